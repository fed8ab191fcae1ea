// What an import did, printed for the person running it.
import type { ImportRun } from "../import-catalogue";

export function printSummary(run: ImportRun, verbose: boolean): void {
  const { mapped, plan, conflicts, identity, source } = run;
  const from = source.commit ? `${source.origin} @ ${source.commit}` : `${source.origin} (${source.retrievedOn ?? "no commit"})`;
  console.log(`Imported ${run.dataset} from ${from} in ${run.seconds.toFixed(1)} s`);
  console.log(`  models: ${mapped.models.length} (added ${plan.added.length}, changed ${plan.changed.length}, removed ${plan.removed.length}, unchanged ${plan.unchanged})`);
  if (mapped.attached > 0 || mapped.unresolved.length > 0)
    console.log(`  listings: ${mapped.attached} attached, ${mapped.unresolved.length} unresolved, ${mapped.skipped.length} ids/providers skipped`);
  list("added", plan.added, verbose);
  list("changed", plan.changed, verbose);
  list("removed", plan.removed, true);
  const byReason = new Map<string, number>();
  for (const s of mapped.skipped) byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
  console.log(`Skipped (${mapped.skipped.length}):`);
  for (const s of mapped.skipped) if (verbose || !s.id.includes("/") || s.id.startsWith("providers/")) console.log(`  ${s.id}: ${s.reason}`);
  if (!verbose) for (const [reason, n] of byReason) if (n > 1) console.log(`  (${n} × ${reason})`);
  if (mapped.unpriced?.length) {
    console.log(`Listings kept without their price (${mapped.unpriced.length}):`);
    for (const u of mapped.unpriced) console.log(`  ${u.id}: ${u.reason}`);
  }
  console.log(`Unresolved listings (${mapped.unresolved.length}):`);
  for (const u of mapped.unresolved) console.log(`  ${u.provider} ${u.listingId}: ${u.reason}`);
  console.log(`Conflicts (${conflicts.length}):`);
  for (const c of conflicts) console.log(`  ${c.slug} ${c.field}: ${c.value} (${c.source}) vs ${c.other} (${c.otherSource})`);
  if (run.catalogueProblems.length > 0) {
    console.log(`The catalogue no longer loads (${run.catalogueProblems.length} problems; npm run catalogue:validate):`);
    for (const p of run.catalogueProblems.slice(0, 50)) console.log(`  ${p}`);
  }
  if (identity.length > 0) {
    console.log(`Identity problems (${identity.length}):`);
    for (const p of identity) console.log(`  ${p.slug}: ${p.problem}`);
  }
}

function list(label: string, slugs: string[], always: boolean): void {
  if (slugs.length === 0) return;
  console.log(`  ${label}: ${always || slugs.length <= 30 ? slugs.join(", ") : `${slugs.slice(0, 30).join(", ")}, … (+${slugs.length - 30})`}`);
}

// What is wrong with the requested comparison, said plainly: unknown slugs, too many or too few
// models, calculator values that were ignored. The rest of the page still shows what it can.
import { MAX_COMPARE_MODELS } from "@/lib/schemas/vocabulary";

export function CompareNotices({
  unknownSlugs,
  overLimit,
  modelCount,
  issues,
  imported = [],
}: {
  unknownSlugs: string[];
  overLimit: string[];
  modelCount: number;
  issues: Array<{ param: string; message: string }>;
  /** Models whose facts all come from datasets: said plainly, since nobody has reviewed them. */
  imported?: Array<{ name: string; from: string[] }>;
}) {
  const notices: Array<{ key: string; text: React.ReactNode }> = [];
  for (const slug of unknownSlugs)
    notices.push({ key: `unknown-${slug}`, text: <>No model called “{slug}” is in the catalogue{modelCount > 0 ? "; the others are shown below" : ""}.</> });
  if (overLimit.length > 0)
    notices.push({
      key: "over-limit",
      text: <>A comparison shows at most {MAX_COMPARE_MODELS} models, so {overLimit.map((s) => `“${s}”`).join(", ")} {overLimit.length === 1 ? "was" : "were"} left out.</>,
    });
  if (modelCount === 1) notices.push({ key: "one", text: "Add another model below to compare it with." });
  if (modelCount === 0 && unknownSlugs.length === 0) notices.push({ key: "none", text: "Pick two to four models to compare." });
  if (issues.length > 0)
    notices.push({ key: "issues", text: `Some cost assumptions in the link were not valid and were replaced by defaults: ${issues.map((i) => i.message).join("; ")}.` });
  for (const m of imported)
    notices.push({ key: `imported-${m.name}`, text: <>{m.name}: imported from {m.from.join(" and ") || "open datasets"}, not yet reviewed — its values are marked with the dataset’s name.</> });
  if (notices.length === 0) return null;
  return (
    <div role="status" className="space-y-1 rounded border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-500 dark:bg-amber-950/40 dark:text-amber-100">
      {notices.map((n) => (
        <p key={n.key}>{n.text}</p>
      ))}
    </div>
  );
}

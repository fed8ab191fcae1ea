// Cross-file checks the per-file schemas cannot make. Pure: the caller
// reads the files. Returns every problem, each naming file and field.
import type { LicenceFile, OrganizationFile } from "@/lib/schemas/catalogue";
import { deriveAccessClass } from "./access-class";
import { FACT_FIELDS } from "./catalogue-rows";
import type { CatalogueModel } from "./merge-catalogue";
import { sizeFromName } from "./parameter-name";

export interface Catalogue {
  organizations: Array<{ file: string; data: OrganizationFile }>;
  licences: Array<{ file: string; data: LicenceFile }>;
  models: Array<{ file: string; data: CatalogueModel }>;
  /** Provider slugs a price may name; absent: not checked. */
  providers?: Array<{ slug: string; name: string; url: string; kind: string }>;
}
export interface CatalogueIssue {
  file: string;
  field: string;
  message: string;
}

/** How far a published count may sit from the size in the name (MPT-7B is 6.7B). */
const NAME_SIZE_TOLERANCE = 0.3;

export function validateCatalogue(catalogue: Catalogue, today: string): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  const add = (file: string, field: string, message: string) => issues.push({ file, field, message });

  const orgs = indexBySlug(catalogue.organizations, "organization", add);
  const licences = indexBySlug(catalogue.licences, "licence", add);
  indexBySlug(catalogue.models, "model", add);

  for (const { file, data } of catalogue.licences) {
    if (data.source.asOf > today) add(file, "source.asOf", `${data.source.asOf} is in the future`);
    if (data.osiApproved && data.category !== "permissive" && data.category !== "copyleft")
      add(file, "category", "an OSI-approved licence must be permissive or copyleft");
    if (data.category === "non-commercial" && data.commercialUse !== "no")
      add(file, "commercialUse", "a non-commercial licence must say commercialUse: no");
    if ((data.commercialUse === null) !== (data.category === "unreviewed"))
      add(file, "commercialUse", "commercial use is unknown (null) exactly when the licence is unreviewed");
    if (data.forbiddenUses && data.useRestrictions !== true)
      add(file, "forbiddenUses", "forbidden uses are listed only for a licence with useRestrictions: true");
    if (data.forbiddenUses && data.forbiddenUses.uses.length === 0 && data.forbiddenUses.policy === null)
      add(file, "forbiddenUses", "list the forbidden uses or name the policy that holds them");
  }
  // Every price names its provider by slug (one name per provider; its display name lives in providers.json).
  const providers = catalogue.providers ? new Set(catalogue.providers.map((p) => p.slug)) : null;

  for (const { file, data: m } of catalogue.models) {
    if (!orgs.has(m.organization)) add(file, "organization", `unknown organization "${m.organization}"`);
    const licence = licences.get(m.licence.value);
    if (!licence) add(file, "licence.value", `unknown licence "${m.licence.value}"`);
    m.licenceHistory?.forEach((change, i) => {
      if (!licences.has(change.licence)) add(file, `licenceHistory.${i}.licence`, `unknown licence "${change.licence}"`);
      if (change.to === null && change.licence !== m.licence.value)
        add(file, `licenceHistory.${i}.to`, "an earlier licence needs the day it stopped applying");
      if (change.to !== null && change.to < change.from) add(file, `licenceHistory.${i}.to`, "ends before it starts");
    });

    for (const [field, ref] of sourceRefs(m)) {
      if (!(ref in m.sources)) add(file, field, `source "${ref}" is not a key of sources`);
    }
    for (const [key, source] of Object.entries(m.sources)) {
      if (source.asOf > today) add(file, `sources.${key}.asOf`, `${source.asOf} is in the future`);
    }
    if (providers)
      m.prices.forEach((p, i) => {
        if (!providers.has(p.provider)) add(file, `prices.${i}.provider`, `unknown provider "${p.provider}" (not in providers.json)`);
      });
    const dates: Array<[string, string | null]> = [
      ["releaseDate.value", m.releaseDate.value],
      ...m.prices.map((p, i): [string, string] => [`prices.${i}.effectiveDate`, p.effectiveDate]),
      ...m.benchmarks.map((b, i): [string, string] => [`benchmarks.${i}.publishedOn`, b.publishedOn]),
    ];
    for (const [field, date] of dates) {
      if (date !== null && date > today) add(file, field, `${date} is in the future`);
    }

    const total = m.parameters.value;
    const active = m.activeParameters?.value ?? null;
    if (active !== null && !m.mixtureOfExperts) add(file, "activeParameters", "only mixture-of-experts models have active parameters");
    if (active !== null && total !== null && active >= total) add(file, "activeParameters", "must be less than the total");
    const named = sizeFromName(m.name);
    if (m.review === "reviewed" && named !== null && total !== null && Math.abs(total - named) / named > NAME_SIZE_TOLERANCE)
      add(file, "parameters.value", `${total} is far from the ${named} the name "${m.name}" advertises`);

    const weights = m.weightsAccess.value;
    if (weights === "none" && m.selfHostable.value === true) add(file, "selfHostable.value", "weights are not released");
    if (weights === "none" && m.openness?.["end-model-weights"].grade === "open")
      add(file, "openness.end-model-weights", "graded open but weights are not released");

    if (licence) {
      const access = deriveAccessClass({ weightsAccess: weights, licence });
      if (access === "open-source" && licence.commercialUse !== "yes")
        add(file, "licence.value", "an open-source model's licence must allow commercial use");
      if (access === "open-source" && licence.category === "unreviewed")
        add(file, "licence.value", "a licence whose terms are unreviewed can never make a model open-source");
    }
  }
  issues.push(...familySizeIssues(catalogue.models));
  return issues;
}

/**
 * Variants of one size in one family (a base model and its chat or instruct
 * tune) share their published parameter count.
 */
function familySizeIssues(models: Catalogue["models"]): CatalogueIssue[] {
  const groups = new Map<string, Array<{ file: string; count: number }>>();
  for (const { file, data } of models) {
    if (data.review !== "reviewed") continue;
    const named = sizeFromName(data.name);
    if (named === null || data.parameters.value === null) continue;
    const key = `${data.family}@${named}`;
    groups.set(key, [...(groups.get(key) ?? []), { file, count: data.parameters.value }]);
  }
  const issues: CatalogueIssue[] = [];
  for (const members of groups.values()) {
    const first = members[0];
    for (const m of members.slice(1))
      if (first && m.count !== first.count)
        issues.push({ file: m.file, field: "parameters.value", message: `${m.count} differs from ${first.count} in ${first.file}, a variant of the same size` });
  }
  return issues;
}

function indexBySlug<T extends { slug: string }>(
  entries: Array<{ file: string; data: T }>,
  kind: string,
  add: (file: string, field: string, message: string) => void,
): Map<string, T> {
  const seen = new Map<string, T>();
  for (const { file, data } of entries) {
    if (seen.has(data.slug)) add(file, "slug", `duplicate ${kind} slug "${data.slug}"`);
    seen.set(data.slug, data);
    const expected = `${data.slug}.json`;
    if (!file.endsWith(`/${expected}`) && file !== expected) add(file, "slug", `file must be named ${expected}`);
  }
  return seen;
}

/** Every (field path, source key) pair a model file uses. */
function sourceRefs(m: CatalogueModel): Array<[string, string]> {
  const refs: Array<[string, string]> = [["identitySource", m.identitySource]];
  for (const field of FACT_FIELDS) {
    const f = m[field];
    if (f?.source !== undefined) refs.push([`${field}.source`, f.source]);
  }
  m.prices.forEach((p, i) => refs.push([`prices.${i}.source`, p.source]));
  m.benchmarks.forEach((b, i) => refs.push([`benchmarks.${i}.source`, b.source]));
  m.licenceHistory?.forEach((c, i) => refs.push([`licenceHistory.${i}.source`, c.source]));
  return refs;
}

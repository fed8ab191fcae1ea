// The European Open Source AI Index (github.com/Language-Technology-Assessment/main-database):
// one YAML file per model family, with the twelve openness parameters each
// as { class, link, notes }. Data under CC BY 4.0: attribution links
// https://osai-index.eu/ and cites Liesenfeld & Dingemanse (2024), FAccT '24.
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { parseFile, type DatasetIssue } from "./parse-files";

/** EOSAI's parameter refs (its _parameters.yml), in its order. */
export const EOSAI_PARAMETERS = [
  "datasources_basemodel",
  "datasources_endmodel",
  "weights_basemodel",
  "weights_endmodel",
  "trainingcode",
  "code",
  "hardware_architecture",
  "preprint",
  "paper",
  "modelcard",
  "datasheet",
  "licenses",
] as const;

const text = z.union([z.string(), z.number()]).transform(String).nullish();
/** A link, or a list of links of which the first https one is the evidence. */
const link = z
  .union([z.string(), z.array(z.string().nullable())])
  .nullish()
  .transform((l) => (Array.isArray(l) ? (l.find((u) => u?.trim().startsWith("https://")) ?? l[0]) : l));
const parameterSchema = z.looseObject({
  class: z.string().trim().pipe(z.enum(["open", "partial", "closed"])),
  link,
});

export const eosaiEntrySchema = z.looseObject({
  system: z.looseObject({
    name: z.union([z.string(), z.number()]).transform(String),
    link,
    type: z.string().nullish(),
    basemodelname: text,
    endmodelname: text,
    endmodellicense: text,
    releasedate: text,
  }),
  org: z.looseObject({ name: text }).nullish(),
  ...Object.fromEntries(EOSAI_PARAMETERS.map((p) => [p, parameterSchema])),
});
export type EosaiEntry = z.infer<typeof eosaiEntrySchema> & Record<(typeof EOSAI_PARAMETERS)[number], z.infer<typeof parameterSchema>>;

/** Every entry file (top-level *.yaml; "_"-prefixed files and the submission template are not entries). */
export function parseEosaiFiles(files: ReadonlyMap<string, string>, issues: DatasetIssue[]): Array<{ file: string; data: EosaiEntry }> {
  const out: Array<{ file: string; data: EosaiEntry }> = [];
  for (const file of [...files.keys()].sort()) {
    if (!/^[^/_][^/]*\.yaml$/.test(file) || file === "a_submission_template.yaml") continue;
    const data = parseFile(file, files.get(file) ?? "", parseYaml, eosaiEntrySchema, issues);
    if (data) out.push({ file, data: data as EosaiEntry });
  }
  return out;
}

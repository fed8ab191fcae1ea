// GET /api/changes' response: the change feed as JSON (the OpenAPI document is generated from it).
import { z } from "zod";
import { CHANGE_KINDS } from "./vocabulary";

const priceValue = z.object({ inputUsdPerMTok: z.number(), outputUsdPerMTok: z.number() }).describe("USD per 1M tokens");
/** A value before or after: a licence slug, access class or lifecycle (string), an openness score (number, or null when ungraded), a price. */
const changeValue = z.union([z.string(), z.number(), priceValue]).nullable();

export const changeSchema = z.object({
  id: z.number().int(),
  day: z.string().describe("ISO 8601 date: the day of the catalogue load that recorded the change"),
  kind: z.enum(CHANGE_KINDS),
  model: z.object({ slug: z.string(), name: z.string() }).nullable().describe("null for catalogue-created"),
  organization: z.string().nullable().describe("The model's organisation slug"),
  provider: z.string().nullable().describe("price-changed: the provider whose listing changed"),
  before: changeValue.describe("The value before (null: none, e.g. a new listing)"),
  after: changeValue.describe("The value after (null: none, e.g. a listing withdrawn)"),
  summary: z.string(),
  source: z.object({ url: z.string(), title: z.string().nullable() }).nullable().describe("Where the new value comes from; null for removals and the catalogue's creation"),
});
export type Change = z.infer<typeof changeSchema>;

export const changeListSchema = z.object({
  items: z.array(changeSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ChangeList = z.infer<typeof changeListSchema>;

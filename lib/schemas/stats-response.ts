// GET /api/stats: every insights chart's series, shaped by
// lib/domain/insights. The route parses its output through this schema.
import { z } from "zod";
import { ACCESS_CLASSES } from "@/lib/schemas/vocabulary";
import { PROS_CONS_DIMENSIONS } from "@/lib/schemas/vocabulary";
import { COMMERCIAL_USE, GRADES, LICENCE_CATEGORIES, OPENNESS_COMPONENTS } from "./catalogue";

const access = z.enum(ACCESS_CLASSES);
const isoDate = z.string().describe("ISO 8601 date");
const epochMs = z.number().describe("Release date as epoch milliseconds (UTC), for time axes");
const perAccess = Object.fromEntries(ACCESS_CLASSES.map((a) => [a, z.number().int()])) as Record<(typeof ACCESS_CLASSES)[number], z.ZodNumber>;

const unplotted = z.object({ slug: z.string(), name: z.string(), access, reason: z.string() }).describe("A model left out of a chart, and why");

const distribution = z.object({
  n: z.number().int().describe("Known values summarised"),
  unknown: z.number().int().describe("Unknown values left out"),
  min: z.number().nullable(),
  q1: z.number().nullable(),
  median: z.number().nullable(),
  q3: z.number().nullable(),
  max: z.number().nullable(),
});

const measure = z
  .object({
    id: z.string(),
    benchmark: z.string(),
    setting: z.string().nullable().describe("null: the source states no setting"),
    label: z.string(),
    counts: z.object({ open: z.number().int(), closed: z.number().int() }),
  })
  .describe("A quality measure: one benchmark in one evaluation setting; scores are compared only within one");

const hostsBar = z.object({ slug: z.string(), name: z.string(), access, hosts: z.number().int().describe("Providers with a current listing") });
const hostsSummary = z.object({ models: z.number().int(), unserved: z.number().int(), median: z.number().nullable() });

const landscapeBar = <K extends z.ZodType<string>>(key: K) => z.object({ key, label: z.string(), total: z.number().int(), ...perAccess });

export const statsResponseSchema = z.object({
  modelCount: z.number().int(),
  byAccess: z.object(perAccess),
  prosCons: z
    .array(
      z.object({
        dimension: z.enum(PROS_CONS_DIMENSIONS),
        label: z.string(),
        side: z.enum(["pro", "con"]).describe("pro: the article says open models win; con: it says they lose"),
        howScored: z.string(),
        groups: z.array(distribution.extend({ access })),
        openMedian: z.number().nullable().describe("Median of open-source and open-weights models pooled"),
        closedMedian: z.number().nullable(),
        verdict: z.enum(["supports", "contradicts", "tie", "no-data"]).describe("Whether the medians agree with the article's claim"),
      }),
    )
    .describe("Derived pros/cons scores (0–100, higher is better for the user) per dimension and access class"),
  priceQuality: z.object({
    series: z
      .array(
        z.object({
          measure,
          points: z.array(
            z.object({
              slug: z.string(),
              name: z.string(),
              access,
              usdPerMTok: z.number().positive().describe("Blended USD per 1M tokens (3 input : 1 output)"),
              score: z.number().describe("The model's score on the measure"),
              estimated: z.boolean().describe("true: an estimated self-hosting cost, not a listed price"),
              basis: z.string(),
              notable: z.boolean().describe("Labelled on the chart: the best per side or on the price/quality frontier"),
            }),
          ),
        }),
      )
      .describe("One scatter per quality measure (a benchmark in one setting) with at least three placed models"),
    unplotted: z.array(unplotted).describe("Models no offered measure can place"),
  }),
  performanceGap: z.array(
    z.object({
      measure,
      steps: z.array(
        z.object({
          t: epochMs,
          date: isoDate,
          released: z.string().describe("Release date at its published precision"),
          bestOpen: z.number().nullable(),
          bestOpenModel: z.string().nullable(),
          bestClosed: z.number().nullable(),
          bestClosedModel: z.string().nullable(),
          gapPoints: z.number().nullable().describe("bestClosed − bestOpen; positive = closed ahead"),
          newBestOpen: z.boolean().describe("An open model released this day set a new best"),
          newBestClosed: z.boolean().describe("A closed model released this day set a new best"),
        }),
      ),
      sources: z.array(
        z.object({
          slug: z.string(),
          name: z.string(),
          open: z.boolean(),
          score: z.number(),
          setting: z.string().nullable(),
          releaseDate: isoDate,
          released: z.string(),
          sourceUrl: z.string(),
          asOf: isoDate,
        }),
      ),
      counts: z.object({ open: z.number().int(), closed: z.number().int() }).describe("Models with a score, per side"),
      first: z.object({ date: isoDate, gapPoints: z.number() }).nullable(),
      latest: z.object({ date: isoDate, gapPoints: z.number() }).nullable(),
      openCaughtUp: isoDate.nullable(),
      unplotted: z.array(unplotted),
    }),
  ),
  sizeOverTime: z.object({
    points: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        access,
        t: epochMs,
        released: z.string().describe("Release date at its published precision"),
        parameters: z.number().positive(),
        activeParameters: z.number().nullable(),
        notable: z.boolean().describe("Labelled on the chart: the largest model of its side so far when released"),
      }),
    ),
    unplotted: z.array(unplotted),
  }),
  opennessHeatmap: z.object({
    ungraded: z.array(unplotted).describe("Models with no openness grade on record (not drawn)"),
    components: z.array(z.enum(OPENNESS_COMPONENTS)),
    rows: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        access,
        score: z.number().nullable(),
        cells: z.array(
          z.object({
            component: z.enum(OPENNESS_COMPONENTS),
            grade: z.enum(GRADES).nullable().describe("null: not graded"),
            evidenceUrl: z.string().nullable(),
            note: z.string().nullable(),
          }),
        ),
      }),
    ),
  }),
  licenceLandscape: z.object({
    byCategory: z.array(landscapeBar(z.enum([...LICENCE_CATEGORIES, "unknown"]))),
    byCommercialUse: z.array(landscapeBar(z.enum([...COMMERCIAL_USE, "unknown"]))),
  }),
  priceOverTime: z
    .array(
      z.object({
        measure,
        levels: z.array(
          z.object({
            level: z.number().describe("Minimum score on the measure"),
            steps: z.array(
              z.object({
                t: epochMs,
                date: isoDate,
                open: z.number().nullable().describe("Blended USD per 1M tokens of the cheapest open model at this level, that day"),
                openModel: z.string().nullable(),
                closed: z.number().nullable(),
                closedModel: z.string().nullable(),
              }),
            ),
            models: z.object({ open: z.number().int(), closed: z.number().int(), openPriced: z.number().int(), closedPriced: z.number().int() }),
            firstPriced: z.object({ open: isoDate.nullable(), closed: isoDate.nullable() }),
          }),
        ),
      }),
    )
    .describe("The cheapest open and closed model at a quality level over time, from the price history"),
  hostsPerModel: z.object({
    top: z.array(hostsBar).describe("The open models served by the most providers"),
    open: z.array(hostsBar).describe("Every open model, most providers first"),
    summary: z.object({ open: hostsSummary, closed: hostsSummary }),
  }),
});

/** The parts GET /api/stats/{part} serves one at a time (the page's data tables load them when opened). */
export const STATS_PARTS = ["prosCons", "priceQuality", "performanceGap", "sizeOverTime", "opennessHeatmap", "licenceLandscape", "priceOverTime", "hostsPerModel"] as const;
export type StatsPart = (typeof STATS_PARTS)[number];

export type StatsResponse = z.infer<typeof statsResponseSchema>;

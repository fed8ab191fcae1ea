// Every insights chart's data from one list of (already filtered) models:
// the single entry point the page and GET /api/stats share.
import { ACCESS_CLASSES, type AccessClass } from "@/lib/schemas/vocabulary";
import { defaultSelfHostEstimate, type DefaultSelfHostEstimate } from "../break-even";
import type { GpuOption } from "../hardware";
import { formatUsd } from "../format";
import type { ProsConsInput } from "../pros-cons";
import type { InsightModel } from "./insight-model";
import type { CommercialUse, LicenceCategory, OpennessComponent } from "./labels";
import { gapMeasures, performanceGap, type GapSeries } from "./performance-gap";
import { hostsPerModel, type HostsPerModel } from "./hosts-per-model";
import { latestPriceDay, priceOverTime, type PriceOverTime } from "./price-over-time";
import { licenceLandscape, type LicenceLandscape } from "./licence-landscape";
import { opennessHeatmap, type OpennessHeatmap } from "./openness-heatmap";
import { prosConsDistribution, type DimensionDistribution } from "./pros-cons-distribution";
import { priceQuality, type PriceQuality } from "./price-quality";
import { sizeOverTime, type SizeOverTime } from "./size-over-time";

export interface Insights {
  modelCount: number;
  byAccess: Record<AccessClass, number>;
  /** The article's dimensions: derived scores per access class. */
  prosCons: DimensionDistribution[];
  priceQuality: PriceQuality;
  /** One series per quality measure both sides have scores on, most-scored first. */
  performanceGap: GapSeries[];
  sizeOverTime: SizeOverTime;
  opennessHeatmap: OpennessHeatmap;
  licenceLandscape: LicenceLandscape;
  /** The cheapest open and closed model at a quality level over time, per measure. */
  priceOverTime: PriceOverTime[];
  hostsPerModel: HostsPerModel;
}

/** The enumerations' orders, passed in so this module stays free of schema values. */
export interface Vocabulary {
  components: readonly OpennessComponent[];
  licenceCategories: readonly LicenceCategory[];
  commercialUse: readonly CommercialUse[];
}

/** Words for a default self-hosting estimate, shown beside the point it places. */
export function describeEstimate(e: DefaultSelfHostEstimate): string {
  const a = e.assumptions;
  return `estimated self-hosting: ${a.gpus}× ${a.gpuName} at ${formatUsd(a.usdPerGpuHour)}/h, ${a.bits}-bit weights, ${Math.round(a.utilisation * 100)}% utilisation`;
}

/** All chart series for the given models. */
export function buildInsights(models: ReadonlyArray<InsightModel & ProsConsInput>, gpus: readonly GpuOption[], vocabulary: Vocabulary): Insights {
  const until = latestPriceDay(models);
  const byAccess = Object.fromEntries(ACCESS_CLASSES.map((a) => [a, models.filter((m) => m.access === a).length])) as Record<AccessClass, number>;
  return {
    modelCount: models.length,
    byAccess,
    prosCons: prosConsDistribution(models, gpus),
    priceQuality: priceQuality(models, (m) => {
      const e = defaultSelfHostEstimate(m, gpus);
      return e && { usdPerMTok: e.usdPerMTok, note: describeEstimate(e) };
    }),
    performanceGap: gapMeasures(models).map((q) => performanceGap(models, q)),
    sizeOverTime: sizeOverTime(models),
    opennessHeatmap: opennessHeatmap(models, vocabulary.components),
    licenceLandscape: licenceLandscape(models, vocabulary.licenceCategories, vocabulary.commercialUse),
    priceOverTime: until ? priceOverTime(models, until) : [],
    hostsPerModel: hostsPerModel(models),
  };
}

// The price the catalogue shows per model and its price filter bounds: the
// blended API price, or (when the reader counts self-hosting at a volume)
// the cheaper of it and the self-hosting estimate at that volume.
import { selfHostCostAtVolume, type SelfHostRates } from "./break-even";

export interface PricedModel {
  price: { blendedUsdPerMTok: number } | null;
  selfHost: SelfHostRates | null;
}
export interface CataloguePrice {
  usdPerMTok: number;
  basis: "api" | "self-host";
}

/** The model's price per 1M tokens as the filter reads it; null when it has none (never $0). */
export function cataloguePrice(m: PricedModel, selfHostAtMTokPerMonth?: number): CataloguePrice | null {
  const api: CataloguePrice | null = m.price ? { usdPerMTok: m.price.blendedUsdPerMTok, basis: "api" } : null;
  if (selfHostAtMTokPerMonth === undefined || !m.selfHost) return api;
  const perMTok = selfHostCostAtVolume(selfHostAtMTokPerMonth * 1e6, m.selfHost).usdPerMTok;
  if (perMTok === null) return api;
  return api && api.usdPerMTok <= perMTok ? api : { usdPerMTok: perMTok, basis: "self-host" };
}

/** The monthly volume (millions of tokens) at which the price column counts self-hosting, if the query asks it to. */
export function selfHostVolume(query: { priceIncludesSelfHost?: boolean; mTokPerMonth?: number }): number | undefined {
  return query.priceIncludesSelfHost === true ? query.mTokPerMonth : undefined;
}

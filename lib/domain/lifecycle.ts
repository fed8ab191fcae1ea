// A model's life: released, retirement announced, retired (API shut off),
// for the model and per provider. Dates the catalogue does not record stay
// unknown; a listing's retirement day comes from its price history.
import type { ModelDetail } from "@/lib/schemas/model-response";
import { retiredOn } from "./price-history";

type LifecycleModel = Pick<ModelDetail, "lifecycle" | "prices">;

export interface ProviderLifecycle {
  provider: string;
  providerName: string;
  status: "deprecated" | "retired";
  /** The day its listing changed to that status, when the price history dates it. */
  since: string | null;
}

/** Providers whose listing is deprecated or retired, by name. */
export function providerLifecycles(model: LifecycleModel): ProviderLifecycle[] {
  const newest = new Map<string, ModelDetail["prices"][number]>();
  for (const p of model.prices) if ((newest.get(p.provider)?.effectiveDate ?? "") < p.effectiveDate) newest.set(p.provider, p);
  const out: ProviderLifecycle[] = [];
  for (const p of newest.values()) {
    if (p.lifecycle === "retired") out.push({ provider: p.provider, providerName: p.providerName, status: "retired", since: retiredOn(model.prices, p.provider) });
    else if (p.lifecycle === "deprecated") out.push({ provider: p.provider, providerName: p.providerName, status: "deprecated", since: null });
  }
  return out.sort((a, b) => a.providerName.localeCompare(b.providerName));
}

/**
 * Retired, for the page's top line: the model itself is marked retired, or
 * every provider that listed it has retired its listing. null while anyone serves it.
 */
export function retirement(model: LifecycleModel): { by: "maker" | "every-provider" } | null {
  if (model.lifecycle === "retired") return { by: "maker" };
  const providers = new Set(model.prices.map((p) => p.provider));
  const retired = providerLifecycles(model).filter((p) => p.status === "retired");
  return providers.size > 0 && retired.length === providers.size ? { by: "every-provider" } : null;
}

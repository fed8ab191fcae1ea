// A model's price as the catalogue's filter reads it, with what it is made of.
import { cataloguePrice } from "@/lib/domain/catalogue-price";
import { formatUsd, UNKNOWN } from "@/lib/domain/format";
import type { ModelSummary } from "@/lib/schemas/model-response";

/** The price cell: the filter's number first, then its parts (API in / out, or the self-hosting set-up). */
export function PriceCell({ model, selfHostAtMTokPerMonth }: { model: Pick<ModelSummary, "price" | "selfHost" | "selfHostable">; selfHostAtMTokPerMonth?: number }) {
  const price = cataloguePrice(model, selfHostAtMTokPerMonth);
  if (!price)
    return model.selfHostable ? <span title="No API price listed: the weights can be run on your own hardware">self-host</span> : <>{UNKNOWN}</>;
  const host = model.selfHost;
  return (
    <span className="inline-flex flex-col items-end">
      <span className="font-medium">{formatUsd(price.usdPerMTok)}</span>
      {price.basis === "api" && model.price ? (
        <span className="text-xs text-zinc-600 dark:text-zinc-400">
          {formatUsd(model.price.inputUsdPerMTok)} in / {formatUsd(model.price.outputUsdPerMTok)} out
        </span>
      ) : host ? (
        <span
          className="text-xs text-zinc-600 dark:text-zinc-400"
          title={`Estimate: ${host.gpus}× ${host.gpu} at ${host.bits}-bit, one always-on server at least${host.bits < 16 ? "; weights quantised to fit, usually with some loss of quality" : ""}`}
        >
          self-host est. ({host.gpus}× GPU{host.bits < 16 ? `, ${host.bits}-bit` : ""})
        </span>
      ) : null}
    </span>
  );
}

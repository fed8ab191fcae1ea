// A retired model says so before anything else: its facts stay here for the
// record, but nobody can call it any more.
import type { ModelDetail } from "@/lib/schemas/model-response";
import { retirement } from "@/lib/domain/lifecycle";

export function LifecycleNotice({ model }: { model: ModelDetail }) {
  const retired = retirement(model);
  if (!retired) return null;
  return (
    <p role="note" className="max-w-3xl rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
      <strong>Retired.</strong>{" "}
      {retired.by === "maker" ? "Its maker no longer serves it; the facts below are kept for the record." : "Every provider that listed it has retired its listing; the facts below are kept for the record."}{" "}
      <a href="#lifecycle" className="underline">Lifecycle</a>
    </p>
  );
}

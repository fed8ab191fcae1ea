// The /choose form: a plain GET form, so every answer is a URL and it works before any JavaScript.
import { CAPABILITY_LABELS, LICENCE_CATEGORY_LABELS, MODALITY_LABELS } from "@/lib/schemas/labels";
import { BENCHMARKS } from "@/lib/schemas/catalogue";
import { PRIORITIES } from "@/lib/schemas/recommend-vocabulary";
import { FILTER_PARAMS, type RecommendQuery } from "@/lib/schemas/recommend-query";
import { CAPABILITIES, LICENCE_CATEGORIES, MODALITIES } from "@/lib/schemas/vocabulary";

const input = "mt-1 block w-full rounded border border-zinc-400 bg-white px-2 py-1 text-sm dark:border-zinc-600 dark:bg-zinc-900";
const legend = "text-base font-semibold";
const PRIORITY_LABELS = { balanced: "Balanced", cost: "Cost", quality: "Quality", openness: "Openness" } as const;

function Field({ label, hint, children }: { label: string; hint?: string; children: React.ReactNode }) {
  return (
    <label className="block text-sm">
      <span className="font-medium">{label}</span>
      {hint && <span className="block text-zinc-600 dark:text-zinc-400">{hint}</span>}
      {children}
    </label>
  );
}

function Check({ name, value, checked, children }: { name: string; value: string; checked: boolean; children: React.ReactNode }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} value={value} defaultChecked={checked} className="h-4 w-4" />
      {children}
    </label>
  );
}

export function ChooseForm({ q, gpuSizes }: { q: RecommendQuery; gpuSizes: number[] }) {
  const f = q.filters as RecommendQuery["filters"] & { selfHostable?: boolean };
  const commercial = f.commercialUse?.includes("conditional") ? "yes,conditional" : f.commercialUse?.includes("yes") ? "yes" : "";
  return (
    <form method="get" action="/choose" className="grid gap-6 rounded-lg border border-zinc-300 p-4 lg:grid-cols-3 dark:border-zinc-700">
      <fieldset className="space-y-3">
        <legend className={legend}>Must-haves</legend>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">Commercial use</legend>
          {[["", "No requirement"], ["yes", "Allowed, with no conditions"], ["yes,conditional", "Allowed; conditions are acceptable"]].map(([value, label]) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="commercialUse" value={value} defaultChecked={commercial === value} className="h-4 w-4" />
              {label}
            </label>
          ))}
        </fieldset>
        <Field label="Where it runs">
          <select name="deploy" defaultValue={q.deploy} className={input}>
            <option value="any">Anywhere (API, host or my GPUs)</option>
            <option value="self-host">My hardware only (data stays here)</option>
            <option value="api">API only (no hardware)</option>
          </select>
        </Field>
        {FILTER_PARAMS.includes("selfHostable") && (
          <Check name="selfHostable" value="true" checked={f.selfHostable === true}>Weights I can run myself</Check>
        )}
        <Check name="available" value="true" checked={q.available}>Available now (not retired)</Check>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">Licence categories I accept</legend>
          <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">
            {LICENCE_CATEGORIES.map((c) => (
              <Check key={c} name="licenceCategory" value={c} checked={f.licenceCategory?.includes(c) ?? false}>{LICENCE_CATEGORY_LABELS[c] ?? c}</Check>
            ))}
          </div>
        </fieldset>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">Capabilities</legend>
          {CAPABILITIES.map((c) => (
            <Check key={c} name="capabilities" value={c} checked={f.capabilities?.includes(c) ?? false}>{CAPABILITY_LABELS[c]}</Check>
          ))}
        </fieldset>
        <Field label="Modality">
          <select name="modality" defaultValue={f.modality?.[0] ?? ""} className={input}>
            <option value="">Any</option>
            {MODALITIES.map((m) => <option key={m} value={m}>{MODALITY_LABELS[m] ?? m}</option>)}
          </select>
        </Field>
        <Field label="Minimum context (tokens)">
          <input type="number" name="minContext" min={1} step={1} defaultValue={q.minContext ?? ""} className={input} />
        </Field>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className={legend}>My situation</legend>
        <Field label="Input tokens a month (millions)"><input type="number" name="inM" min={0} step="any" defaultValue={q.inM} className={input} /></Field>
        <Field label="Output tokens a month (millions)"><input type="number" name="outM" min={0} step="any" defaultValue={q.outM} className={input} /></Field>
        <Field label="Share of input cached (0–1)"><input type="number" name="cachedShare" min={0} max={1} step={0.05} defaultValue={q.cachedShare} className={input} /></Field>
        <Field label="Budget per month (USD)" hint="Leave empty for no budget."><input type="number" name="maxMonthlyUsd" min={0} step="any" defaultValue={q.maxMonthlyUsd ?? ""} className={input} /></Field>
        <Field label="GPU memory (per GPU)" hint="The GPUs you have or would rent.">
          <select name="gpuMemoryGb" defaultValue={q.gpuMemoryGb ?? ""} className={input}>
            <option value="">Any GPU in our price table</option>
            {gpuSizes.map((gb) => <option key={gb} value={gb}>{gb} GB</option>)}
          </select>
        </Field>
        <Field label="Number of GPUs"><input type="number" name="gpus" min={1} max={64} step={1} defaultValue={q.gpus ?? ""} className={input} /></Field>
        <Field label="Precision">
          <select name="bits" defaultValue={q.bits ?? ""} className={input}>
            <option value="">Highest that fits</option>
            <option value="16">16-bit</option>
            <option value="8">8-bit</option>
            <option value="4">4-bit</option>
          </select>
        </Field>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className={legend}>What matters most</legend>
        <div className="space-y-1">
          {PRIORITIES.map((p) => (
            <label key={p} className="flex items-center gap-2 text-sm">
              <input type="radio" name="priority" value={p} defaultChecked={q.priority === p} className="h-4 w-4" />
              {PRIORITY_LABELS[p]}
            </label>
          ))}
        </div>
        <Field label="Quality measured on">
          <select name="benchmark" defaultValue={q.benchmark} className={input}>
            {BENCHMARKS.map((b) => <option key={b} value={b}>{b}</option>)}
          </select>
        </Field>
        <Field label="Minimum score on it" hint="A must-have: models without a score fail it."><input type="number" name="minScore" min={0} step="any" defaultValue={q.minScore ?? ""} className={input} /></Field>
        <button type="submit" className="rounded bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300">
          Show my options
        </button>
      </fieldset>
    </form>
  );
}

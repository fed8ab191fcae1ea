// Memory the weights need at 16, 8 and 4 bits, and GPUs of each listed type to serve them.
import { hardwareFits, SERVING_OVERHEAD_SOURCE_URL, WEIGHTS_MEMORY_FORMULA } from "@/lib/domain/hardware";
import type { GpuOptionRecord } from "@/lib/schemas/gpu";
import { Disclosure } from "@/components/ui/disclosure";

const gb = (value: number) => `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} GB`;

export function HardwareFit({ parameters, selfHostable, gpus }: { parameters: number | null; selfHostable: boolean | null; gpus: readonly GpuOptionRecord[] }) {
  if (selfHostable === null) return <p className="text-sm">Not yet reviewed: unknown whether the weights can be downloaded.</p>;
  if (!selfHostable) return <p className="text-sm">The weights are not released: this model cannot run on your own hardware.</p>;
  if (parameters === null) return <p className="text-sm">The parameter count is unknown, so the memory needed cannot be computed.</p>;
  const gpu = gpus.find((g) => g.memoryGb >= 80) ?? gpus[0];
  const fits = gpu ? hardwareFits(parameters, gpu.memoryGb) : [];
  return (
    <div className="space-y-2 text-sm">
      <div className="overflow-x-auto">
        <table className="w-full">
          <caption className="sr-only">Memory needed by precision</caption>
          <thead className="text-left">
            <tr>
              <th scope="col" className="pr-3">Precision</th>
              <th scope="col" className="pr-3 text-right">Weights</th>
              <th scope="col" className="pr-3 text-right">To serve (+20%)</th>
              {gpu && <th scope="col" className="text-right">{gpu.name} GPUs</th>}
            </tr>
          </thead>
          <tbody>
            {fits.map((f) => (
              <tr key={f.bits} className="border-t border-zinc-200 dark:border-zinc-800">
                <th scope="row" className="pr-3 text-left font-normal">{f.bits}-bit</th>
                <td className="pr-3 text-right tabular-nums">{gb(f.weightsGb)}</td>
                <td className="pr-3 text-right tabular-nums">{gb(f.servingGb)}</td>
                {gpu && <td className="text-right tabular-nums">{f.gpus}{f.fitsOneNode ? "" : " (more than one 8-GPU server)"}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Disclosure>
        <p>
          Formula: {WEIGHTS_MEMORY_FORMULA}. The 20% for serving is a{" "}
          <a className="underline" href={SERVING_OVERHEAD_SOURCE_URL} rel="noopener noreferrer nofollow" target="_blank">published rule of thumb</a>.
          {gpu && ` GPU memory: ${gpu.memoryGb} GB per ${gpu.name}.`}
        </p>
      </Disclosure>
    </div>
  );
}

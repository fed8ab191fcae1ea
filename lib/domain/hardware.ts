// Hardware fit: how much GPU memory a model's weights need, and how many GPUs that takes.
// NOTE: the 20% serving overhead is BentoML's rule of thumb for KV cache, activations and
// framework buffers: https://bentoml.com/llm/getting-started/calculating-gpu-memory-for-llms

/** Weight precisions we size for: 16-bit (FP16/BF16), 8-bit (INT8/FP8), 4-bit (INT4/GPTQ/AWQ). */
export const PRECISION_BITS = [16, 8, 4] as const;
export type PrecisionBits = (typeof PRECISION_BITS)[number];

/** Extra memory on top of the weights while serving (KV cache, activations, buffers): +20%. */
export const SERVING_OVERHEAD_FACTOR = 1.2;
export const SERVING_OVERHEAD_SOURCE_URL = "https://bentoml.com/llm/getting-started/calculating-gpu-memory-for-llms";

/** More GPUs than one 8-GPU server holds means multi-node serving, which we do not estimate. */
export const MAX_GPUS_PER_NODE = 8;

/** The formula in words, for pages that show it next to the numbers. */
export const WEIGHTS_MEMORY_FORMULA =
  "weights memory (bytes) = parameters × bits per weight ÷ 8; serving memory = weights memory × 1.2 (20% for KV cache, activations and runtime buffers)";

/**
 * Memory the weights alone take, in GB (10^9 bytes): parameters × bits ÷ 8.
 * A mixture-of-experts model needs all its parameters in memory, not just the active ones.
 * null when the parameter count is unknown.
 */
export function weightsMemoryGb(parameters: number | null, bits: PrecisionBits): number | null {
  if (parameters === null || !Number.isFinite(parameters) || parameters <= 0) return null;
  return (parameters * bits) / 8 / 1e9;
}

/** Memory needed to serve the model: weights × SERVING_OVERHEAD_FACTOR, in GB. */
export function servingMemoryGb(parameters: number | null, bits: PrecisionBits): number | null {
  const weightsGb = weightsMemoryGb(parameters, bits);
  return weightsGb === null ? null : weightsGb * SERVING_OVERHEAD_FACTOR;
}

/** GPUs of `gpuMemoryGb` each needed to hold the serving memory (at least 1); null if unknown. */
export function gpusNeeded(parameters: number | null, bits: PrecisionBits, gpuMemoryGb: number): number | null {
  const needGb = servingMemoryGb(parameters, bits);
  if (needGb === null || !(gpuMemoryGb > 0)) return null;
  return Math.max(1, Math.ceil(needGb / gpuMemoryGb));
}

export interface HardwareFit {
  bits: PrecisionBits;
  weightsGb: number;
  servingGb: number;
  gpus: number;
  /** false when it needs more than MAX_GPUS_PER_NODE GPUs. */
  fitsOneNode: boolean;
}

/** The fit at each precision on one GPU model; empty when the parameter count is unknown. */
export function hardwareFits(parameters: number | null, gpuMemoryGb: number): HardwareFit[] {
  const fits: HardwareFit[] = [];
  for (const bits of PRECISION_BITS) {
    const weightsGb = weightsMemoryGb(parameters, bits);
    const servingGb = servingMemoryGb(parameters, bits);
    const gpus = gpusNeeded(parameters, bits, gpuMemoryGb);
    if (weightsGb === null || servingGb === null || gpus === null) continue;
    fits.push({ bits, weightsGb, servingGb, gpus, fitsOneNode: gpus <= MAX_GPUS_PER_NODE });
  }
  return fits;
}

/** A rentable GPU as the cost maths needs it (the catalogue's GPU table satisfies this). */
export interface GpuOption {
  id: string;
  name: string;
  memoryGb: number;
  /** Memory bandwidth; decoding is bandwidth-bound, so throughput scales with it. */
  memoryBandwidthGbPerSecond: number;
  usdPerHour: number;
  /** Who rents it at that price ("RunPod (Secure Cloud)"): the same GPU costs differently elsewhere. */
  provider?: string;
  /** Where the price was read, and when (shown next to any number derived from it). */
  sourceUrl?: string;
  asOf?: string;
}

/**
 * A GPU option's name with its provider ("A100 SXM 80GB on RunPod"): the same card is offered by
 * several providers at different prices, so the name alone does not say which price is meant.
 */
export function gpuLabel(gpu: Pick<GpuOption, "name" | "provider">): string {
  const provider = gpu.provider?.replace(/\s*\(.*\)\s*$/, "").trim();
  return provider ? `${gpu.name} on ${provider}` : gpu.name;
}

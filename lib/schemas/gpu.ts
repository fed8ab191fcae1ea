// The schema of the GPU options the self-hosting calculator offers
// (reviewed data in prisma/catalogue/gpus.json, loaded by lib/db/gpu-options.ts).
import { z } from "zod";
import { httpsUrl, isoDay, slug } from "./catalogue";

export const gpuOptionSchema = z.strictObject({
  id: slug,
  name: z.string().trim().min(1).max(80),
  memoryGb: z.number().positive().max(1024),
  memoryBandwidthGbPerSecond: z.number().positive().max(100_000),
  /** The vendor datasheet for memory and bandwidth. */
  specSourceUrl: httpsUrl,
  provider: z.string().trim().min(1).max(120),
  /** What exactly is rented at that price (instance, billing). */
  offer: z.string().trim().min(1).max(200),
  /** On-demand price per GPU per hour, USD. */
  usdPerHour: z.number().positive().max(1000),
  sourceUrl: httpsUrl,
  /** The day the price was read. */
  asOf: isoDay,
  note: z.string().trim().min(1).max(500).optional(),
});

export const gpusFileSchema = z
  .strictObject({ gpus: z.array(gpuOptionSchema).min(1) })
  .refine((f) => new Set(f.gpus.map((g) => g.id)).size === f.gpus.length, { message: "GPU ids must be unique" });

export type GpuOptionRecord = z.infer<typeof gpuOptionSchema>;

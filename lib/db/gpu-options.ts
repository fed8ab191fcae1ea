import "server-only";
// The GPU table: reviewed data in prisma/catalogue/gpus.json, validated at
// import, so a bad edit fails the build and tests/unit/gpus.test.ts.
import gpusFile from "@/prisma/catalogue/gpus.json";
import { gpusFileSchema, type GpuOptionRecord } from "@/lib/schemas/gpu";

export const GPU_OPTIONS: readonly GpuOptionRecord[] = gpusFileSchema.parse(gpusFile).gpus;

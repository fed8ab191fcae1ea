import { readFile } from "node:fs/promises";
import { apiRoute } from "@/lib/api/handler";
import { notFound } from "@/lib/api/errors";
import { readEnv } from "@/lib/schemas/env";

export const dynamic = "force-dynamic";

let floorBodies: Promise<unknown[]> | undefined;
let floorFile: string | undefined;

/**
 * GET /api/bench-floor?i=N: the framework's floor for `npm run bench` —
 * the N-th of a saved list of /api/models answers, through the same proxy
 * and wrapper but without the database, so sizes match the measured mix.
 * Off (404) unless the benchmark sets BENCH_FLOOR_FILE.
 */
export const GET = apiRoute(async (request) => {
  const file = (floorFile ??= readEnv().BENCH_FLOOR_FILE ?? "");
  if (!file) throw notFound("No such endpoint.");
  floorBodies ??= readFile(file, "utf8").then((text) => JSON.parse(text) as unknown[]);
  const bodies = await floorBodies;
  const body = bodies[Number(new URL(request.url).searchParams.get("i") ?? 0)];
  if (body === undefined) throw notFound("No such floor body.");
  return Response.json(body);
});

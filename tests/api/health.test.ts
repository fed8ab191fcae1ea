import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { healthSchema } from "@/lib/schemas/model-response";
import { FIXTURE_MODELS } from "../fixtures/fixture-catalogue";
import { callRoute } from "../helpers/call-route";

describe("GET /api/health", () => {
  it("reports a reachable, fully migrated database and the loaded catalogue", async () => {
    const res = await callRoute(GET, "/api/health");
    expect(res.status).toBe(200);
    const health = healthSchema.parse(res.body);
    expect(health.database.provider).toBe(process.env.DATABASE_URL?.startsWith("file:") ? "sqlite" : "postgresql");
    expect(health.database.migrations).toMatchObject({ pending: [], failed: [], upToDate: true });
    expect(health.catalogue?.models).toBe(FIXTURE_MODELS.length);
  });
});

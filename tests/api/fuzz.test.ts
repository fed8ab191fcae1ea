// The seeded subset of `npm run fuzz`: the same hostile requests, sent to
// the route handlers directly (no server), on the project's database. A
// fixed seed keeps `npm test` reproducible; the full 10,000-case run over
// HTTP is `npm run fuzz`.
import fc from "fast-check";
import { describe, it } from "vitest";
import { GET as listModels } from "@/app/api/models/route";
import { GET as getModel } from "@/app/api/models/[slug]/route";
import { GET as getStats } from "@/app/api/stats/route";
import { GET as listLicences } from "@/app/api/licences/route";
import { GET as listOrganizations } from "@/app/api/organizations/route";
import { POST as mcpPost } from "@/app/api/mcp/route";
import { fuzzRequest, type FuzzRequest } from "../fuzz/arbitraries";
import { checkResponse } from "../fuzz/oracle";
import { fixtureModel } from "../fixtures/fixture-catalogue";
import { callRoute } from "../helpers/call-route";

const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
// A sample of the fixture catalogue's slugs; the generators also invent near misses and hostile ones.
const SLUGS = [fixtureModel("llama-2-70b").slug, fixtureModel("gpt-4").slug, fixtureModel("acme-encoder-base").slug, fixtureModel("mistral-7b").slug, "no-such-model"];

async function send(request: FuzzRequest) {
  const [pathname = "", query = ""] = request.path.split(/\?(.*)/s);
  const init = { headers: request.ifNoneMatch ? { "If-None-Match": request.ifNoneMatch } : undefined };
  const url = query ? `${pathname}?${query}` : pathname;
  switch (request.endpoint) {
    case "models":
    case "export":
      return callRoute(listModels, url, init);
    case "stats":
      return callRoute(getStats, url, init);
    case "licences":
      return callRoute(listLicences, url, init);
    case "organizations":
      return callRoute(listOrganizations, url, init);
    case "mcp":
      return callRoute(mcpPost, url, { method: "POST", body: request.body, headers: { "Content-Type": "application/json", Accept: "application/json, text/event-stream" } });
    case "model": {
      // Next decodes the segment before the handler sees it; one it cannot decode never reaches the handler.
      let slug: string;
      try {
        slug = decodeURIComponent(pathname.slice("/api/models/".length));
      } catch {
        return null;
      }
      return callRoute(getModel, url, { ...init, params: { slug } });
    }
  }
}

describe("API fuzzing, seeded subset", () => {
  it(`${RUNS} hostile requests (seed ${SEED}) all answer 2xx/304/400/404 in the documented shape (MCP: JSON-RPC, tool errors in the API's shape)`, async () => {
    await fc.assert(
      fc.asyncProperty(fuzzRequest(SLUGS), async (request) => {
        const response = await send(request);
        if (!response) return;
        const problems = checkResponse(request, response, { overHttp: false });
        if (problems.length > 0) throw new Error(`${request.path}: ${problems.join("; ")}`);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);
});

import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, MCP_PATH, checkRequestLimits } from "@/lib/api/request-limits";

const check = (method: string, path: string, headers: Record<string, string> = {}) =>
  checkRequestLimits({ method, url: new URL(`http://x${path}`), headers: new Headers(headers) });

describe("request limits", () => {
  it("the API is read-only except the MCP endpoint, which takes POST", () => {
    expect(check("POST", "/api/models")).toMatchObject({ status: 405, headers: { Allow: "GET, HEAD" } });
    expect(check("POST", MCP_PATH)).toBeNull();
    expect(check("GET", MCP_PATH)).toBeNull(); // the route itself answers 405 with its reason
    expect(check("PUT", MCP_PATH)).toMatchObject({ status: 405, headers: { Allow: "POST" } });
    expect(check("POST", `${MCP_PATH}/x`)).toMatchObject({ status: 405 });
  });

  it("the body limit holds on the MCP endpoint too", () => {
    expect(check("POST", MCP_PATH, { "content-length": String(MAX_BODY_BYTES + 1) })).toMatchObject({ status: 413, code: "payload_too_large" });
    expect(check("POST", MCP_PATH, { "content-length": String(MAX_BODY_BYTES) })).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { deriveAccessClass, type AccessFacts } from "@/lib/domain/access-class";

const apache: AccessFacts["licence"] = { category: "permissive", osiApproved: true, commercialUse: "yes", useRestrictions: false };
const llama2: AccessFacts["licence"] = { category: "custom-open-weights", osiApproved: false, commercialUse: "conditional", useRestrictions: true };
const openRail: AccessFacts["licence"] = { category: "rail", osiApproved: false, commercialUse: "yes", useRestrictions: true };
const ccBySa: AccessFacts["licence"] = { category: "open-content", osiApproved: false, commercialUse: "yes", useRestrictions: false };
const ccByNcSa: AccessFacts["licence"] = { category: "non-commercial", osiApproved: false, commercialUse: "no", useRestrictions: false };
const terms: AccessFacts["licence"] = { category: "proprietary", osiApproved: false, commercialUse: "yes", useRestrictions: true };

describe("deriveAccessClass", () => {
  it("calls downloadable weights under an OSI licence open-source", () => {
    expect(deriveAccessClass({ weightsAccess: "open", licence: apache })).toBe("open-source");
  });
  it("keeps an OSI-licensed model open-source behind a registration gate", () => {
    expect(deriveAccessClass({ weightsAccess: "gated", licence: apache })).toBe("open-source");
  });
  it("counts an open-content licence allowing commercial use (CC BY-SA) as open-source", () => {
    expect(deriveAccessClass({ weightsAccess: "open", licence: ccBySa })).toBe("open-source");
  });
  it("calls gated Llama-style weights with a user cap open-weights", () => {
    expect(deriveAccessClass({ weightsAccess: "gated", licence: llama2 })).toBe("open-weights");
  });
  it("calls RAIL-licensed weights open-weights because of their use restrictions", () => {
    expect(deriveAccessClass({ weightsAccess: "open", licence: openRail })).toBe("open-weights");
  });
  it("calls a non-commercial chat variant open-weights, never open-source", () => {
    expect(deriveAccessClass({ weightsAccess: "open", licence: ccByNcSa })).toBe("open-weights");
  });
  it("does not read unknown use restrictions as none", () => {
    expect(deriveAccessClass({ weightsAccess: "open", licence: { ...apache, useRestrictions: null } })).toBe("open-weights");
  });
  it("calls API-only models closed whatever their terms say", () => {
    expect(deriveAccessClass({ weightsAccess: "none", licence: terms })).toBe("closed");
    expect(deriveAccessClass({ weightsAccess: "none", licence: apache })).toBe("closed");
  });
  it("treats unknown weights access as closed", () => {
    expect(deriveAccessClass({ weightsAccess: null, licence: apache })).toBe("closed");
  });
});

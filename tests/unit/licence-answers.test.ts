import { describe, expect, it } from "vitest";
import { licenceAnswers, type LicenceTerms } from "@/lib/domain/licence-answers";

const llama2: LicenceTerms = {
  name: "Llama 2 Community License",
  category: "custom-open-weights",
  osiApproved: false,
  commercialUse: "conditional",
  conditions: "A separate licence is needed above 700 million monthly active users.",
  useRestrictions: true,
  outputTrainingBan: true,
  attributionRequired: true,
  redistributionAllowed: true,
  derivativesAllowed: true,
};

describe("licenceAnswers", () => {
  it("answers the commercial question with the licence's conditions", () => {
    expect(licenceAnswers(llama2)[0]).toEqual({ question: "May I use it commercially?", answer: "conditional", detail: llama2.conditions });
  });
  it("says outputs may not train other models when the licence bans it", () => {
    expect(licenceAnswers(llama2).find((a) => a.question.includes("outputs"))?.answer).toBe("no");
  });
  it("reports unknown terms as unknown, never as yes or no", () => {
    const silent = { ...llama2, outputTrainingBan: null, attributionRequired: null, derivativesAllowed: null };
    const answers = licenceAnswers(silent);
    expect(answers.find((a) => a.question.includes("outputs"))?.answer).toBe("unknown");
    expect(answers.find((a) => a.question.includes("credit"))?.answer).toBe("unknown");
    expect(answers.find((a) => a.question.includes("fine-tune"))?.answer).toBe("unknown");
  });
  it("distinguishes modifying from redistributing", () => {
    const noRedistribution = { ...llama2, redistributionAllowed: false };
    expect(licenceAnswers(noRedistribution).find((a) => a.question.includes("fine-tune"))?.answer).toBe("conditional");
  });
});

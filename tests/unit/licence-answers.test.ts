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
    expect(licenceAnswers(llama2)[0]).toEqual({ question: "May I use it commercially?", answer: "conditional", forYou: "caution", detail: llama2.conditions });
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
  it("marks each answer by what it means for the user, not by the word", () => {
    const apache = { ...llama2, commercialUse: "yes" as const, conditions: null, useRestrictions: false, outputTrainingBan: false, attributionRequired: true };
    const forYou = (t: LicenceTerms, q: string) => licenceAnswers(t).find((a) => a.question.includes(q));
    // "No" to "are some uses forbidden?" is good news; "Yes" is a limit to live with.
    expect(forYou(apache, "forbidden")).toMatchObject({ answer: "no", forYou: "good" });
    expect(forYou(llama2, "forbidden")).toMatchObject({ answer: "yes", forYou: "caution" });
    // "Yes" to "may I…?" is good news; "No" is bad.
    expect(forYou(apache, "commercially")).toMatchObject({ answer: "yes", forYou: "good" });
    expect(forYou({ ...llama2, commercialUse: "no" }, "commercially")).toMatchObject({ answer: "no", forYou: "bad" });
    expect(forYou(apache, "outputs")).toMatchObject({ answer: "yes", forYou: "good" });
    expect(forYou(llama2, "outputs")).toMatchObject({ answer: "no", forYou: "bad" });
    // Crediting the developer is a duty, not a ban; not having to is good news.
    expect(forYou(apache, "credit")).toMatchObject({ answer: "yes", forYou: "caution" });
    expect(forYou({ ...apache, attributionRequired: false }, "credit")).toMatchObject({ answer: "no", forYou: "good" });
  });
  it("never calls an unknown answer good or bad", () => {
    const unreviewed = { ...llama2, commercialUse: null, useRestrictions: null, outputTrainingBan: null, attributionRequired: null, derivativesAllowed: null, redistributionAllowed: null };
    const answers = licenceAnswers(unreviewed);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.map((a) => [a.answer, a.forYou])).toEqual(answers.map(() => ["unknown", "unknown"]));
  });
  it("lists the uses a licence forbids and names the policy that holds them", () => {
    const policy = { name: "Llama 2 Acceptable Use Policy", url: "https://meta.example/use-policy" };
    const forbidden = (t: LicenceTerms) => licenceAnswers(t).find((a) => a.question.includes("forbidden"));
    const listed = forbidden({ ...llama2, forbiddenUses: { policy, uses: ["Improving other large language models"] } });
    expect(listed).toMatchObject({ answer: "yes", forbidden: { policy, uses: ["Improving other large language models"] } });
    expect(listed?.detail).toContain("Llama 2 Acceptable Use Policy");
    // Only the reference to the policy was read: say so rather than implying the list is empty.
    expect(forbidden({ ...llama2, forbiddenUses: { policy, uses: [] } })?.detail).toMatch(/not transcribed/);
    // Nothing recorded: the answer still says yes and sends the reader to the licence.
    expect(forbidden(llama2)).not.toHaveProperty("forbidden");
    expect(forbidden(llama2)?.detail).toMatch(/read the licence/);
    // A licence without use restrictions carries no list, whatever the record holds.
    expect(forbidden({ ...llama2, useRestrictions: false, forbiddenUses: { policy, uses: ["x"] } })).not.toHaveProperty("forbidden");
  });
});

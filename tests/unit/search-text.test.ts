import { describe, expect, it } from "vitest";
import { forgivesTypo, normaliseSearchQuery, normaliseSearchText, rankSearch, searchTextOf, searchTier, trigramsOf, withinOneTypo } from "@/lib/domain/search-text";

describe("normalising search text", () => {
  it("drops case and the spaces, hyphens and dots between letters and digits", () => {
    for (const q of ["gpt4", "GPT 4", "gpt-4", "Gpt.4", "gpt -. 4"]) expect(normaliseSearchQuery(q)).toBe("gpt4");
    expect(normaliseSearchText("DeepSeek-R1 Distill")).toBe("deepseekr1distill");
    expect(normaliseSearchText("GPT-3.5 Turbo")).toBe("gpt35turbo");
  });

  it("keeps other characters and the spaces beside them, so they still mean themselves", () => {
    expect(normaliseSearchText("Acme 50% Mix")).toBe("acme50% mix");
    expect(normaliseSearchText("snake_case back\\slash")).toBe("snake_caseback\\slash");
    expect(normaliseSearchQuery("0%m")).toBe("0%m");
  });

  it("a query of only spaces, hyphens and dots is empty; leading and trailing ones go", () => {
    expect(normaliseSearchQuery(" - . ")).toBe("");
    expect(normaliseSearchQuery("-gpt-")).toBe("gpt");
  });

  it("stores each field apart, so a query never spans two fields", () => {
    expect(searchTextOf(["Llama 2 70B", "llama-2-70b", null, "Meta"])).toBe("llama270b llama270b meta");
  });
});

describe("one typo", () => {
  it("forgives a missing, extra, wrong or swapped letter anywhere in the text", () => {
    for (const q of ["falcn", "falconn", "falcen", "flacon", "falocn"]) expect(withinOneTypo(q, "tii falcon40b"), q).toBe(true);
  });

  it("does not forgive two", () => {
    for (const q of ["flacn", "fxlcxn", "nocalf"]) expect(withinOneTypo(q, "tii falcon40b"), q).toBe(false);
  });

  it("anchored to the start of the text when asked", () => {
    expect(withinOneTypo("deepsekr1", "deepseekr1", "start")).toBe(true);
    expect(withinOneTypo("mistrl", "mistral7b", "start")).toBe(true);
    expect(withinOneTypo("mistrl", "devstral", "start")).toBe(false);
    expect(withinOneTypo("istrl", "mistral7b", "start")).toBe(false);
  });

  it("only in plain words of five letters or more", () => {
    expect(forgivesTypo("falcn")).toBe(true);
    expect(forgivesTypo("gpt4")).toBe(false);
    expect(forgivesTypo("snake_case")).toBe(false);
    expect(forgivesTypo("50% mix")).toBe(false);
  });

  it("candidates share a three-letter piece", () => {
    expect(trigramsOf("falcn")).toEqual(["fal", "alc", "lcn"]);
    expect(trigramsOf("aaaa")).toEqual(["aaa"]);
  });
});

describe("ranking", () => {
  const c = (slug: string, name: string, rest = "") => ({ slug, name, searchText: searchTextOf([name, slug, rest]) });
  const candidates = [
    c("gpt-4o", "GPT-4o"),
    c("gpt-3-5-turbo", "GPT-3.5 Turbo"),
    c("my-gpt4-tune", "Tuned", "GPT4 Fans"),
    c("gpt-4", "GPT-4"),
    c("xgpt4", "XGPT4"),
  ];

  it("the name itself, then names starting with the query, other fields starting with it, text holding it", () => {
    expect(searchTier("gpt4", candidates[3]!)).toBe(0);
    expect(searchTier("gpt4", candidates[0]!)).toBe(1);
    expect(searchTier("gpt4", candidates[2]!)).toBe(2);
    expect(searchTier("gpt4", candidates[4]!)).toBe(3);
    expect(searchTier("gpt4", candidates[1]!)).toBeNull();
    expect(rankSearch("gpt4", candidates)).toEqual(["gpt-4", "gpt-4o", "my-gpt4-tune", "xgpt4"]);
  });

  it("typo matches last: the whole name a typo away, then its start, then any text", () => {
    const typos = [c("b", "Big Falcon", "x"), c("a", "Falcon 40B", "y"), c("f", "Falcon", "y"), c("z", "Exact", "falcn")];
    expect(typos.map((t) => searchTier("falcn", t))).toEqual([6, 5, 4, 2]);
    expect(rankSearch("falcn", typos)).toEqual(["z", "f", "a", "b"]);
  });
});

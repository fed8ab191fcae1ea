import { describe, expect, it } from "vitest";
import { COLUMN_IDS, DEFAULT_COLUMNS, columnsParam, parseColumns } from "@/lib/schemas/catalogue-columns";
import { licenceShortName } from "@/lib/domain/licence-short-name";
import { parseModelsQuery, parseModelsQueryLenient } from "@/lib/schemas/models-query";

describe("the cols parameter", () => {
  it("means the default columns when absent, and a default choice writes no parameter", () => {
    expect(DEFAULT_COLUMNS.length).toBeGreaterThan(0);
    expect(DEFAULT_COLUMNS.length).toBeLessThan(COLUMN_IDS.length);
    expect(parseColumns(null).columns).toEqual(DEFAULT_COLUMNS);
    expect(columnsParam(DEFAULT_COLUMNS)).toBeUndefined();
    expect(columnsParam([...DEFAULT_COLUMNS].reverse())).toBeUndefined();
  });

  it("is canonical: registry order, no duplicates, whatever order it was given in", () => {
    const { columns, unknown } = parseColumns("mmlu, hosts,organization,mmlu");
    expect(unknown).toEqual([]);
    expect(columns).toEqual(["organization", "mmlu", "hosts"]);
    expect(columnsParam(columns)).toBe("organization,mmlu,hosts");
    expect(columnsParam(parseColumns("hosts,organization,mmlu").columns)).toBe("organization,mmlu,hosts");
  });

  it("can hide every optional column, and reads that back", () => {
    expect(columnsParam([])).toBe("none");
    expect(parseColumns("none")).toEqual({ columns: [], unknown: [] });
  });

  it("names the ids it does not know", () => {
    expect(parseColumns("mmlu,colour")).toEqual({ columns: ["mmlu"], unknown: ["colour"] });
  });

  it("is checked by the API and otherwise ignored: it never changes the query", () => {
    const withCols = parseModelsQuery(new URLSearchParams("access=closed&cols=hosts,mmlu"));
    const without = parseModelsQuery(new URLSearchParams("access=closed"));
    expect(withCols).toEqual(without);
    const bad = parseModelsQuery(new URLSearchParams("access=closed&cols=hosts,colour"));
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.issues).toEqual([{ param: "cols", message: "unknown column colour; must be a comma list of " + COLUMN_IDS.join(", ") + ", or none" }]);
    expect(parseModelsQueryLenient(new URLSearchParams("access=closed&cols=colour")).query).toEqual(parseModelsQueryLenient(new URLSearchParams("access=closed")).query);
  });
});

describe("licenceShortName", () => {
  it("uses the SPDX identifier when there is one", () => {
    expect(licenceShortName({ name: "Apache License 2.0", spdxId: "Apache-2.0" })).toBe("Apache-2.0");
  });
  it("drops the words that only say it is a licence, keeping what tells licences apart", () => {
    expect(licenceShortName({ name: "Llama 2 Community License Agreement", spdxId: null })).toBe("Llama 2 Community");
    expect(licenceShortName({ name: "Gemma Terms of Use", spdxId: null })).toBe("Gemma Terms");
    expect(licenceShortName({ name: "Anthropic Commercial Terms of Service", spdxId: null })).toBe("Anthropic Commercial Terms");
    expect(licenceShortName({ name: "TII Falcon LLM License Version 1.0", spdxId: null })).toBe("TII Falcon LLM v1.0");
    expect(licenceShortName({ name: "OpenMDW License Agreement, version 1.1", spdxId: null })).toBe("OpenMDW v1.1");
    expect(licenceShortName({ name: "Qwen LICENSE AGREEMENT", spdxId: null })).toBe("Qwen License");
    expect(licenceShortName({ name: "Modified MIT License (MiniMax, display on every commercial product)", spdxId: null })).toBe("Modified MIT (MiniMax)");
    expect(licenceShortName({ name: "CC-BY-NC 4.0 License with Acceptable Use Addendum (Cohere Labs)", spdxId: null })).toBe("CC-BY-NC 4.0 (Cohere Labs)");
    expect(licenceShortName({ name: "CreativeML Open RAIL++-M License", spdxId: null })).toBe("CreativeML Open RAIL++-M");
  });
  it("keeps a name that has nothing to drop, and says plainly when terms are unreviewed", () => {
    expect(licenceShortName({ name: "DeepSeek License Agreement", spdxId: null })).toBe("DeepSeek License");
    expect(licenceShortName({ name: "OpenAI Services Agreement", spdxId: null })).toBe("OpenAI Services Agreement");
    expect(licenceShortName({ name: "Maker's API terms, not yet reviewed", spdxId: null })).toBe("Not yet reviewed");
  });
});

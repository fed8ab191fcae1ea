import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "@/lib/domain/csv";

describe("csv", () => {
  it("quotes commas, quotes and newlines", () => {
    expect(csvRow(["a,b", 'say "hi"', "x\ny"])).toBe('"a,b","say ""hi""","x\ny"\r\n');
  });
  it("neutralises cells a spreadsheet would evaluate", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  });
  it("leaves numbers as numbers and unknowns empty", () => {
    expect(csvRow([-1.5, null, undefined, 6.7e9])).toBe("-1.5,,,6700000000\r\n");
  });
});

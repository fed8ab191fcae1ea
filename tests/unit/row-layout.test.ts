import { describe, expect, it } from "vitest";
import { guessRowLayout } from "@/components/catalogue/row-layout";

const headers = (h: Record<string, string>) => new Headers(h);

describe("guessRowLayout", () => {
  it("gives cards to a browser that says it is mobile, by client hint or by user agent", () => {
    expect(guessRowLayout(headers({ "sec-ch-ua-mobile": "?1" }))).toBe("cards");
    expect(guessRowLayout(headers({ "user-agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148" }))).toBe("cards");
    expect(guessRowLayout(headers({ "user-agent": "Mozilla/5.0 (Linux; Android 14; SM-X910) AppleWebKit/537.36 Chrome/130.0 Safari/537.36" }))).toBe("cards");
  });

  it("gives the table to a desktop browser, and when nothing is said", () => {
    expect(guessRowLayout(headers({ "sec-ch-ua-mobile": "?0", "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0" }))).toBe("table");
    expect(guessRowLayout(headers({}))).toBe("table");
  });
});

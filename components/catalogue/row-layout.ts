// The catalogue draws one row layout, not both behind CSS: cards below
// 1,024 px, the table from there up (Tailwind's lg). The server cannot see
// the width, so it guesses from the request (a phone's browser says it is
// one); the client corrects a wrong guess right after hydration and follows
// the width from then on (rotation, resizing).
export type RowLayout = "cards" | "table";

/** Tailwind's lg: the table from here up. */
export const TABLE_FROM = "(min-width: 1024px)";

/** Tailwind's xl: the filters as a sidebar from here up (a sheet below). The server guesses it with the table. */
export const SIDEBAR_FROM = "(min-width: 1280px)";

/**
 * The server's guess: cards for a browser that says it is on a phone or a
 * tablet (`Sec-CH-UA-Mobile: ?1`, or "Mobi"/"Android"/"iPhone"/"iPad" in its
 * user agent, for browsers without client hints), the table otherwise.
 */
export function guessRowLayout(headers: { get(name: string): string | null }): RowLayout {
  if (headers.get("sec-ch-ua-mobile") === "?1") return "cards";
  return /Mobi|Android|iPhone|iPad|iPod/i.test(headers.get("user-agent") ?? "") ? "cards" : "table";
}

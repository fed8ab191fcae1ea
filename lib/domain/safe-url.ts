// Links we render come from data: only http(s) URLs become links.

/** The URL if it is a well-formed http(s) URL, else null (never javascript:, data:, …). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

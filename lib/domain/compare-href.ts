// The compare page's address, built where no schema is needed: the "compare"
// links in the catalogue table stay free of zod.

/** The compare URL for a list of slugs, keeping any other params (the calculator's) as they are. */
export function compareHref(slugs: readonly string[], keep?: URLSearchParams): string {
  const params = new URLSearchParams(keep);
  params.delete("models");
  const rest = params.toString();
  // Commas stay readable in the shared URL: slugs never contain them.
  return `/compare?models=${slugs.map(encodeURIComponent).join(",")}${rest ? `&${rest}` : ""}`;
}

// The security headers every response carries. Pure (no Next imports) so
// next.config.ts, proxy.ts and the tests share one definition.

/** Headers that do not depend on the request. */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // frame-ancestors 'none' in the CSP says the same to modern browsers; this covers old ones.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Two years, the preload list's minimum; sent only over HTTPS (browsers ignore it on http). */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** For responses that are not HTML documents: JSON, CSV, SVG, static files. */
export const NON_DOCUMENT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The page CSP: scripts only with this request's nonce (Next adds it to its
 * own scripts), or loaded by such a script ('strict-dynamic').
 * NOTE: style-src keeps 'unsafe-inline' because server-rendered charts and
 * Next's route announcer use style attributes, which nonces cannot cover;
 * inline styles cannot run code. https://nextjs.org/docs/app/guides/content-security-policy
 */
export function documentCsp(nonce: string, options: { https: boolean; dev: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Upgrading on plain http (local runs, tests) would break same-origin loads.
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A fresh, unguessable nonce: 16 random bytes, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** True when the client reached us over HTTPS, directly or through a TLS-terminating proxy. */
export function isHttps(url: URL, headers: Headers): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return url.protocol === "https:" || forwarded === "https";
}

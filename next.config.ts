import type { NextConfig } from "next";
import { HSTS_VALUE, NON_DOCUMENT_CSP, STATIC_SECURITY_HEADERS } from "./lib/api/security-headers";
import { MAX_BODY_BYTES } from "./lib/api/request-limits";

const nextConfig: NextConfig = {
  // Separate build folders let parallel test runs (and benchmarks) coexist.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks everything (tests included) as its own step; the
  // build skips it so `npm start` never fails on a test file's types.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // proxy.ts redirects trailing slashes itself, with the security headers.
  skipTrailingSlashRedirect: true,
  // Bodies the proxy buffers are cut here; proxy.ts refuses larger declared ones.
  experimental: { proxyClientMaxBodySize: MAX_BODY_BYTES },
  // Every response, static files included; proxy.ts adds the per-request CSP
  // to everything else, so the CSP here is only for the paths it skips.
  headers() {
    return Promise.resolve([
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: HSTS_VALUE }],
      },
      ...["/_next/static/:path*", "/_next/image", "/favicon.ico", "/icon.svg"].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: NON_DOCUMENT_CSP }],
      })),
    ]);
  },
  // Browsers ask for /favicon.ico where a page has no icon link (Next's error
  // shells): answer with the app's icon rather than a 404.
  rewrites() {
    return Promise.resolve([{ source: "/favicon.ico", destination: "/icon.svg" }]);
  },
};

export default nextConfig;

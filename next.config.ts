import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Separate build folders let parallel test runs (and benchmarks) coexist.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;

// zod probes `new Function` to compile faster parsers; the CSP (proxy.ts)
// forbids eval, so in the browser the probe is a reported violation. Every
// schema module a client component imports pulls this in first.
import { config } from "zod/mini";

if (typeof window !== "undefined") config({ jitless: true });

"use client";
// One TanStack Query client per browser tab.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { z } from "zod";

// zod 4 probes `new Function` to speed up parsing; the CSP (proxy.ts) forbids
// eval, so the probe is a reported violation. Parse without it in the browser.
if (typeof window !== "undefined") z.config({ jitless: true });

export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, refetchOnWindowFocus: false, retry: 1 } } }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

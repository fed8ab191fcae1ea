"use client";
// The compare charts, each downloaded (Recharts included) and drawn only when
// its frame nears the viewport: Recharts is most of this page's JavaScript, and
// on a phone the charts sit far below the table, so the first screen should not
// wait for it. The same loader as the insights charts (lazy-chart.tsx).
import { lazyChart } from "@/components/charts/lazy-chart";

export const LazyProsConsRadar = lazyChart(() => import("./pros-cons-radar").then((m) => m.ProsConsRadar));
export const LazyBreakEvenChart = lazyChart(() => import("./break-even-chart").then((m) => m.BreakEvenChart));

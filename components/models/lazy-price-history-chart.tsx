"use client";
// The price-history chart, downloaded (Recharts included) only when it comes
// near the viewport: the model page's first load stays free of chart code.
import { lazyChart } from "@/components/charts/lazy-chart";

export const PriceHistoryChart = lazyChart(() => import("./price-history-chart").then((m) => m.PriceHistoryChart));

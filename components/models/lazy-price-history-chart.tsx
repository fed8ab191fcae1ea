"use client";
// The price-history chart, loaded (Recharts included) only when it scrolls
// near the viewport: the model page's first load stays free of chart code.
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { WhenVisible } from "@/components/charts/when-visible";

const Body = dynamic(() => import("./price-history-chart").then((m) => m.PriceHistoryChart), { ssr: false });

export function PriceHistoryChart(props: ComponentProps<typeof Body>) {
  return (
    <WhenVisible>
      <Body {...props} />
    </WhenVisible>
  );
}

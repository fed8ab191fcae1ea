"use client";
// The insights chart bodies, each loaded (Recharts included) only when its
// frame scrolls near the viewport: the page's first load carries no chart
// code, and a phone draws one chart at a time instead of eight at once.
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { WhenVisible } from "@/components/charts/when-visible";

const ProsConsBody = dynamic(() => import("./pros-cons-chart").then((m) => m.ProsConsChart), { ssr: false });
const PriceQualityBody = dynamic(() => import("./price-quality-chart").then((m) => m.PriceQualityChart), { ssr: false });
const PerformanceGapBody = dynamic(() => import("./performance-gap-chart").then((m) => m.PerformanceGapChart), { ssr: false });
const SizeBody = dynamic(() => import("./size-chart").then((m) => m.SizeChart), { ssr: false });
const LicenceLandscapeBody = dynamic(() => import("./licence-landscape-chart").then((m) => m.LicenceLandscapeChart), { ssr: false });
const PriceOverTimeBody = dynamic(() => import("./price-over-time-chart").then((m) => m.PriceOverTimeChart), { ssr: false });
const HostsBody = dynamic(() => import("./hosts-chart").then((m) => m.HostsChart), { ssr: false });


export const ProsConsChart = (p: ComponentProps<typeof ProsConsBody>) => <WhenVisible><ProsConsBody {...p} /></WhenVisible>;
export const PriceQualityChart = (p: ComponentProps<typeof PriceQualityBody>) => <WhenVisible><PriceQualityBody {...p} /></WhenVisible>;
export const PerformanceGapChart = (p: ComponentProps<typeof PerformanceGapBody>) => <WhenVisible><PerformanceGapBody {...p} /></WhenVisible>;
export const SizeChart = (p: ComponentProps<typeof SizeBody>) => <WhenVisible><SizeBody {...p} /></WhenVisible>;
export const LicenceLandscapeChart = (p: ComponentProps<typeof LicenceLandscapeBody>) => <WhenVisible><LicenceLandscapeBody {...p} /></WhenVisible>;
export const PriceOverTimeChart = (p: ComponentProps<typeof PriceOverTimeBody>) => <WhenVisible><PriceOverTimeBody {...p} /></WhenVisible>;
export const HostsChart = (p: ComponentProps<typeof HostsBody>) => <WhenVisible><HostsBody {...p} /></WhenVisible>;

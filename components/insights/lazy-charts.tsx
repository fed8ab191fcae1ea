"use client";
// The insights chart bodies, each downloaded (Recharts included) and drawn
// only when its frame nears the viewport: the page's first load carries no
// chart code, and a phone draws one chart at a time instead of eight at once.
import { lazyChart } from "@/components/charts/lazy-chart";

export const ProsConsChart = lazyChart(() => import("./pros-cons-chart").then((m) => m.ProsConsChart));
export const PriceQualityChart = lazyChart(() => import("./price-quality-chart").then((m) => m.PriceQualityChart));
export const PerformanceGapChart = lazyChart(() => import("./performance-gap-chart").then((m) => m.PerformanceGapChart));
export const SizeChart = lazyChart(() => import("./size-chart").then((m) => m.SizeChart));
export const LicenceLandscapeChart = lazyChart(() => import("./licence-landscape-chart").then((m) => m.LicenceLandscapeChart));
export const PriceOverTimeChart = lazyChart(() => import("./price-over-time-chart").then((m) => m.PriceOverTimeChart));
export const HostsChart = lazyChart(() => import("./hosts-chart").then((m) => m.HostsChart));

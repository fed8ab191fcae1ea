"use client";
// The charts load only when scrolled near: Recharts is most of this page's JavaScript, and on a
// phone the charts sit far below the table, so the first screen should not wait for it.
import dynamic from "next/dynamic";
import { type ComponentProps, useEffect, useRef, useState } from "react";
import type { BreakEvenChart } from "./break-even-chart";
import type { ProsConsRadar } from "./pros-cons-radar";

const loading = () => <p className="text-sm text-zinc-600 dark:text-zinc-400">Loading the chart…</p>;
const Radar = dynamic(() => import("./pros-cons-radar").then((m) => m.ProsConsRadar), { ssr: false, loading });
const Lines = dynamic(() => import("./break-even-chart").then((m) => m.BreakEvenChart), { ssr: false, loading });

function WhenNear({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          io.disconnect();
        }
      },
      { rootMargin: "600px 0px" },
    );
    io.observe(el);
    return () => io.disconnect();
  }, []);
  return (
    <div ref={ref} className="h-full w-full">
      {near ? children : loading()}
    </div>
  );
}

export function LazyProsConsRadar(props: ComponentProps<typeof ProsConsRadar>) {
  return (
    <WhenNear>
      <Radar {...props} />
    </WhenNear>
  );
}

export function LazyBreakEvenChart(props: ComponentProps<typeof BreakEvenChart>) {
  return (
    <WhenNear>
      <Lines {...props} />
    </WhenNear>
  );
}

"use client";
// A chart body whose code (Recharts included) is downloaded only when its
// frame comes near the viewport: the page's first load carries no chart code.
// A plain dynamic import() rather than next/dynamic, whose loader runtime
// would itself add to every first load.
import { useEffect, useState, type ComponentType } from "react";
import { useNearViewport } from "./use-near-viewport";

export function lazyChart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return function LazyChart(props: P) {
    const [ref, near] = useNearViewport<HTMLDivElement>();
    const [body, setBody] = useState<{ Chart: ComponentType<P> } | { failed: true } | null>(null);
    useEffect(() => {
      if (!near || body) return;
      load().then(
        (Chart) => setBody({ Chart }),
        () => setBody({ failed: true }),
      );
    }, [near, body]);
    return (
      <div ref={ref} className="h-full" aria-busy={!body}>
        {body && "Chart" in body ? <body.Chart {...props} /> : null}
        {body && "failed" in body ? <p role="alert" className="text-sm">The chart could not be loaded; the data table below has the same numbers.</p> : null}
      </div>
    );
  };
}

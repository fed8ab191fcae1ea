"use client";
// Mounts its children only once the frame comes near the viewport, so a page
// of charts fetches and draws each one when the reader gets to it (the frame
// keeps its height meanwhile: nothing moves when it appears).
import type { ReactNode } from "react";
import { useNearViewport } from "./use-near-viewport";

export function WhenVisible({ children }: { children: ReactNode }) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return (
    <div ref={ref} className="h-full" aria-busy={!near}>
      {near ? children : null}
    </div>
  );
}

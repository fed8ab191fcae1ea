"use client";
// Mounts a chart body only once its frame comes near the viewport, so a page
// of charts downloads and draws each one when the reader gets to it (the
// frame keeps its height meanwhile: nothing moves when it appears).
import { useEffect, useRef, useState, type ReactNode } from "react";

export function WhenVisible({ children, margin = "400px" }: { children: ReactNode; margin?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || visible) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setVisible(true);
        observer.disconnect();
      }
    }, { rootMargin: margin });
    observer.observe(el);
    return () => observer.disconnect();
  }, [visible, margin]);
  return (
    <div ref={ref} className="h-full" aria-busy={!visible}>
      {visible ? children : null}
    </div>
  );
}

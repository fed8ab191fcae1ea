"use client";
// A scatter point that is a link to its model: focusable, named for screen
// readers, with a visible ring when focused from the keyboard.
import type { ReactNode } from "react";

export function PointLink({ href, label, cx, cy, onFocus, onBlur, children }: { href: string; label: string; cx: number; cy: number; onFocus: () => void; onBlur: () => void; children: ReactNode }) {
  return (
    <a href={href} aria-label={label} onFocus={onFocus} onBlur={onBlur} className="group outline-none">
      <title>{label}</title>
      <circle cx={cx} cy={cy} r={11} fill="none" stroke="currentColor" strokeWidth={2} className="opacity-0 group-focus-visible:opacity-100" />
      {children}
    </a>
  );
}

// The one wrapper every chart goes through: a titled figure, a caption, a
// fixed-height drawing area, and the same data as a table for screen
// readers (and anyone who prefers numbers). Series arrive already shaped
// by lib/domain; nothing is computed here.
import type { ReactNode } from "react";
import { DetailsOnOpen } from "./details-on-open";

const SUMMARY = "Show the data as a table";

export function ChartFrame({
  id,
  title,
  caption,
  table,
  tableOnOpen = false,
  height = 320,
  children,
}: {
  id: string;
  title: string;
  caption?: ReactNode;
  /** The chart's data as an accessible <table>. */
  table: ReactNode;
  /** Mount the table only when the reader opens it (a table that fetches its own data). */
  tableOnOpen?: boolean;
  height?: number;
  children: ReactNode;
}) {
  return (
    <figure aria-labelledby={`${id}-title`} className="min-w-0 space-y-2 rounded border border-zinc-200 p-3 dark:border-zinc-800">
      <h3 id={`${id}-title`} className="font-semibold">{title}</h3>
      {caption && <figcaption className="text-sm text-zinc-700 dark:text-zinc-300">{caption}</figcaption>}
      <div style={{ height }} className="w-full text-zinc-900 dark:text-zinc-100">
        {children}
      </div>
      {tableOnOpen ? (
        <DetailsOnOpen summary={SUMMARY}>
          <div className="mt-2 overflow-x-auto">{table}</div>
        </DetailsOnOpen>
      ) : (
        <details className="text-sm">
          <summary className="cursor-pointer py-3 text-zinc-700 underline dark:text-zinc-300">{SUMMARY}</summary>
          <div className="mt-2 overflow-x-auto">{table}</div>
        </details>
      )}
    </figure>
  );
}

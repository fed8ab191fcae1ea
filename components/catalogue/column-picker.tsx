"use client";
// Which columns the table (and the cards) show; the choice goes to the URL
// as `cols`, so a shared link shows the same view. The choices themselves
// (column-picker-panel.tsx) load when the picker is first pointed at or opened.
import { lazy, Suspense, useRef, useState } from "react";
import type { ColumnId } from "@/lib/schemas/catalogue-columns";

const load = () => import("./column-picker-panel");
const ColumnPickerPanel = lazy(() => load().then((m) => ({ default: m.ColumnPickerPanel })));

export function ColumnPicker({ columns, onChange }: { columns: readonly ColumnId[]; onChange: (columns: ColumnId[]) => void }) {
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <details
      ref={details}
      className="relative"
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={(e) => {
        if (e.key !== "Escape" || !details.current?.open) return;
        details.current.open = false;
        details.current.querySelector("summary")?.focus();
      }}
    >
      <summary
        onPointerEnter={() => void load()}
        onFocus={() => void load()}
        className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1 rounded border border-zinc-400 px-3 text-sm font-medium hover:bg-zinc-100 md:min-h-9 dark:border-zinc-600 dark:hover:bg-zinc-800 [&::-webkit-details-marker]:hidden"
      >
        Columns
      </summary>
      {open && (
        <Suspense fallback={null}>
          <ColumnPickerPanel columns={columns} onChange={onChange} />
        </Suspense>
      )}
    </details>
  );
}

"use client";
// Below 1,280 px the filters open in a sheet. Only its button is in the
// catalogue's first load; the sheet (filter-sheet-dialog.tsx) is fetched
// when the button is pointed at, focused or pressed, and drawn only while open.
import { lazy, Suspense, useState, type ReactNode } from "react";

// React's own lazy, not next/dynamic: the latter adds ~1.5 kB of loader to the first load.
const load = () => import("./filter-sheet-dialog");
const FilterSheetDialog = lazy(() => load().then((m) => ({ default: m.FilterSheetDialog })));

export function FilterSheet({ activeCount, total, updating, onClear, children }: { activeCount: number; total: number | undefined; updating: boolean; onClear: () => void; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const prefetch = () => void load();
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        onPointerEnter={prefetch}
        onFocus={prefetch}
        className="inline-flex min-h-11 shrink-0 items-center gap-2 rounded border border-zinc-400 px-4 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
      >
        Filters
        {activeCount > 0 && <span className="rounded-full bg-emerald-700 px-2 text-xs text-white">{activeCount}<span className="sr-only"> active</span></span>}
      </button>
      {open && (
        <Suspense fallback={null}>
          <FilterSheetDialog activeCount={activeCount} total={total} updating={updating} onClear={onClear} onClosed={() => setOpen(false)}>
            {children}
          </FilterSheetDialog>
        </Suspense>
      )}
    </>
  );
}

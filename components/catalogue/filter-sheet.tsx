"use client";
// Below 1,280 px the filters open in a sheet: a native modal
// <dialog> (the page behind is inert, so focus stays inside; Escape closes
// it and focus returns to the button), with the live number of matching
// models on the button that closes it. The panel inside is drawn only while
// the sheet is open.
import { useEffect, useRef, useState, type ReactNode } from "react";

const modelsText = (n: number) => `${n} model${n === 1 ? "" : "s"}`;

export function FilterSheet({ activeCount, total, updating, onClear, children }: { activeCount: number; total: number | undefined; updating: boolean; onClear: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const d = dialog.current;
    if (open && d && !d.open) d.showModal();
  }, [open]);
  const close = () => dialog.current?.close();
  const count = total === undefined ? "models" : modelsText(total);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className="inline-flex min-h-11 shrink-0 items-center gap-2 rounded border border-zinc-400 px-4 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
      >
        Filters
        {activeCount > 0 && <span className="rounded-full bg-emerald-700 px-2 text-xs text-white">{activeCount}<span className="sr-only"> active</span></span>}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="filter-sheet-title"
        onClose={() => setOpen(false)}
        className="m-0 ml-auto h-dvh max-h-none w-full max-w-md flex-col bg-white text-zinc-900 backdrop:bg-black/50 open:flex dark:bg-zinc-950 dark:text-zinc-100"
      >
        {open && (
          <>
            <div className="flex items-center justify-between border-b border-zinc-200 px-4 py-1 dark:border-zinc-800">
              <h2 id="filter-sheet-title" className="text-lg font-semibold">Filters</h2>
              <button type="button" onClick={close} aria-label="Close filters" className="inline-flex size-11 items-center justify-center rounded text-2xl leading-none hover:bg-zinc-100 dark:hover:bg-zinc-800">
                <span aria-hidden="true">×</span>
              </button>
            </div>
            {/* Tap targets inside the panel grow to 44 px here, without touching the panel's own markup. */}
            <div className="flex-1 overflow-y-auto overscroll-contain px-4 py-4 [&_input:not([type=checkbox]):not([type=radio])]:min-h-11 [&_label:has(input[type=checkbox])]:min-h-11 [&_label:has(input[type=checkbox])]:items-center [&_select]:min-h-11">
              {children}
            </div>
            <div className="flex items-center gap-3 border-t border-zinc-200 px-4 py-3 dark:border-zinc-800">
              <button type="button" onClick={onClear} disabled={activeCount === 0} className="min-h-11 rounded px-3 text-sm font-medium text-emerald-800 underline disabled:text-zinc-500 disabled:no-underline dark:text-emerald-300 dark:disabled:text-zinc-500">
                Clear all
              </button>
              <button type="button" onClick={close} aria-busy={updating} className="ml-auto min-h-11 flex-1 rounded bg-emerald-700 px-4 text-sm font-semibold text-white hover:bg-emerald-800">
                Show {count}
                {updating && <span className="font-normal"> (updating…)</span>}
              </button>
            </div>
            <p aria-live="polite" className="sr-only">{total === undefined ? "" : `${modelsText(total)} match`}</p>
          </>
        )}
      </dialog>
    </>
  );
}

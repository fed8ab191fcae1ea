"use client";
// The filter sheet itself, loaded when first opened (not part of the
// catalogue's first load): a native modal <dialog> — the page behind is
// inert, so focus stays inside; Escape closes it and focus returns to the
// button — with the live number of matching models on the button that closes it.
import { useEffect, useRef, type ReactNode } from "react";

const modelsText = (n: number) => `${n} model${n === 1 ? "" : "s"}`;

export function FilterSheetDialog({ activeCount, total, updating, onClear, onClosed, children }: { activeCount: number; total: number | undefined; updating: boolean; onClear: () => void; onClosed: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const close = () => dialog.current?.close();
  return (
    <dialog
      ref={dialog}
      aria-labelledby="filter-sheet-title"
      onClose={onClosed}
      className="m-0 ml-auto h-dvh max-h-none w-full max-w-md flex-col bg-white text-zinc-900 backdrop:bg-black/50 open:flex dark:bg-zinc-950 dark:text-zinc-100"
    >
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
          Show {total === undefined ? "models" : modelsText(total)}
          {updating && <span className="font-normal"> (updating…)</span>}
        </button>
      </div>
      <p aria-live="polite" className="sr-only">{total === undefined ? "" : `${modelsText(total)} match`}</p>
    </dialog>
  );
}

"use client";
// Page navigation and page size; real links so paging works without JS too.
import Link from "next/link";
import { MAX_PAGE_SIZE } from "@/lib/schemas/vocabulary";

export function Pager({ page, pageSize, total, hrefFor, onPageSize }: { page: number; pageSize: number; total: number; hrefFor: (page: number) => string; onPageSize: (size: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const linkClass = "inline-flex min-h-11 items-center rounded border border-zinc-400 px-3 hover:bg-zinc-100 md:min-h-9 dark:border-zinc-600 dark:hover:bg-zinc-800";
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center gap-3 text-sm">
      {page > 1 ? <Link className={linkClass} href={hrefFor(page - 1)} scroll={false}>Previous page</Link> : <span className="px-3 py-1 text-zinc-600 dark:text-zinc-400">Previous page</span>}
      <span aria-current="page">Page {Math.min(page, pages)} of {pages}</span>
      {page < pages ? <Link className={linkClass} href={hrefFor(page + 1)} scroll={false}>Next page</Link> : <span className="px-3 py-1 text-zinc-600 dark:text-zinc-400">Next page</span>}
      <label className="ml-auto flex items-center gap-2">
        Rows per page
        <select value={pageSize} onChange={(e) => onPageSize(Number(e.currentTarget.value))} className="min-h-11 rounded border border-zinc-400 bg-white px-2 md:min-h-9 dark:border-zinc-600 dark:bg-zinc-900">
          {[10, 25, 50, MAX_PAGE_SIZE].map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
    </nav>
  );
}

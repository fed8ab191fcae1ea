"use client";
// What a reader sees when a page fails to render. A database outage gets its
// own wording (it passes, and retrying is the answer); anything else is a bug
// and says so. Neither shows the error's message or stack: production hides
// them from the browser anyway, and only the digest links to the server log.
import { useState, useTransition } from "react";
import { hasDatabaseUnavailableDigest } from "@/lib/domain/error-digest";

const COPY = {
  unavailable: {
    title: "The catalogue is temporarily unavailable",
    body: "Our catalogue database is not answering right now, so this page cannot be shown. The problem is on our side, not in your request, and it usually passes within a few seconds.",
  },
  failed: {
    title: "Something went wrong",
    body: "An unexpected error stopped this page from loading. Trying again may help; the error has been logged on our side.",
  },
};

/** Asks /api/health (uncached) whether the database answers again. */
async function databaseIsBack(): Promise<boolean> {
  return fetch("/api/health", { cache: "no-store" }).then((r) => r.ok, () => false);
}

/** The error screen for app/error.tsx and app/global-error.tsx; `retry` re-renders the failed page from the server. */
export function ErrorPanel({ error, retry }: { error: unknown; retry: () => void }) {
  const unavailable = hasDatabaseUnavailableDigest(error);
  const copy = unavailable ? COPY.unavailable : COPY.failed;
  const digest = typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  const [pending, startTransition] = useTransition();
  const [stillDown, setStillDown] = useState(0);

  // A failed retry remounts this panel (React remounts an error boundary's
  // fallback), which would look like an ignored click; so while the database
  // is still down we say so here and only retry once it answers again.
  const onRetry = () =>
    startTransition(async () => {
      if (unavailable && !(await databaseIsBack())) setStillDown((n) => n + 1);
      else retry();
    });

  return (
    <section aria-labelledby="error-title" className="max-w-3xl space-y-4 py-6">
      <title>{`${unavailable ? "Temporarily unavailable" : "Something went wrong"} · Open or closed?`}</title>
      <h1 id="error-title" className="text-2xl font-semibold tracking-tight sm:text-3xl">{copy.title}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{copy.body}</p>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={onRetry}
          disabled={pending}
          className="rounded bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60"
        >
          {pending ? "Trying again…" : "Try again"}
        </button>
        <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
          {stillDown > 0 && !pending ? `Still unavailable after ${stillDown} ${stillDown === 1 ? "retry" : "retries"}; try again in a few seconds.` : ""}
        </p>
      </div>
      {!unavailable && digest && <p className="text-sm text-zinc-600 dark:text-zinc-400">Reference for a bug report: {digest}</p>}
    </section>
  );
}

import Link from "next/link";

// Any unknown address (a model's own 404 is app/models/[slug]/not-found.tsx).
export default function NotFound() {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">No page at this address</h1>
      <p className="text-lg text-zinc-700 dark:text-zinc-300">It may be misspelt, or the page has moved.</p>
      <p>
        <Link href="/models" className="underline">Browse the catalogue</Link>, <Link href="/choose" className="underline">find the model for you</Link> or go{" "}
        <Link href="/" className="underline">to the home page</Link>.
      </p>
    </div>
  );
}

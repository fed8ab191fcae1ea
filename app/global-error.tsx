"use client";
// Last resort, for an error in the root layout itself: it replaces the whole
// document, so it brings its own <html>, <body> and the site's styles.
import { ErrorPanel } from "./_components/error-panel";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <main id="main" className="mx-auto max-w-screen-2xl px-4 py-6">
          <ErrorPanel error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { QueryProvider } from "@/components/providers/query-provider";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Open or closed? — AI model catalogue", template: "%s · Open or closed?" },
  description:
    "Compare open and closed AI models by licence, size, cost and openness, with every fact sourced and dated.",
};

const NAV = [
  ["/models", "Catalogue"],
  ["/choose", "Which should I use?"],
  ["/compare", "Compare"],
  ["/insights", "Open vs closed"],
  ["/data", "Data"],
] as const;

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request so Next can put this request's CSP nonce
  // on its scripts (proxy.ts); a prerendered page's scripts would be blocked.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-black">
          Skip to content
        </a>
        <header className="border-b border-zinc-200 dark:border-zinc-800">
          <nav aria-label="Main" className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-4 px-4 py-1">
            <Link href="/" className="inline-flex min-h-11 items-center font-semibold tracking-tight">
              Open or closed?
            </Link>
            {NAV.map(([href, label]) => (
              <Link key={href} href={href} className="inline-flex min-h-11 items-center text-sm hover:underline">{label}</Link>
            ))}
          </nav>
        </header>
        {/* At least a screen tall: the footer starts below the fold, so streamed-in page content never pushes it (CLS). */}
        <main id="main" className="mx-auto min-h-svh max-w-screen-2xl px-4 py-6">
          <QueryProvider>{children}</QueryProvider>
        </main>
        <footer className="mx-auto max-w-screen-2xl px-4 py-8 text-sm text-zinc-600 dark:text-zinc-400">
          Openness grades in part from the <a href="https://osai-index.eu/" className="underline">European Open Source AI Index</a> (CC BY 4.0); model and price
          data in part from models.dev and genai-prices (MIT). <Link href="/data" className="underline">About the data</Link>
        </footer>
      </body>
    </html>
  );
}

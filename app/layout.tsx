import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { QueryProvider } from "@/components/providers/query-provider";
import { CHANGE_FEED_LINK } from "@/lib/domain/feed-links";
import { PhoneMenu } from "./_components/phone-menu";
import { SkipLinks } from "./_components/skip-links";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Open or closed? — AI model catalogue", template: "%s · Open or closed?" },
  description:
    "Compare open and closed AI models by licence, size, cost and openness, with every fact sourced and dated.",
  // The change feed, in every page's head.
  alternates: { types: { "application/atom+xml": [CHANGE_FEED_LINK] } },
};

const NAV: ReadonlyArray<readonly [string, string]> = [
  ["/models", "Catalogue"],
  ["/choose", "Which should I use?"],
  ["/compare", "Compare"],
  ["/insights", "Open vs closed"],
  ["/data", "Data"],
];

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request so Next can put this request's CSP nonce
  // on its scripts (proxy.ts); a prerendered page's scripts would be blocked.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <SkipLinks />
        <header className="border-b border-zinc-200 dark:border-zinc-800">
          <nav aria-label="Main" className="mx-auto flex max-w-screen-2xl items-center justify-between gap-x-6 px-4 py-1 md:justify-start md:py-2">
            <Link href="/" className="inline-flex min-h-11 items-center font-semibold tracking-tight">
              Open or closed?
            </Link>
            <ul className="hidden flex-wrap items-center gap-x-6 md:flex">
              {NAV.map(([href, label]) => (
                <li key={href}><Link href={href} className="inline-flex min-h-9 items-center text-sm hover:underline">{label}</Link></li>
              ))}
            </ul>
            {/* Phones: the catalogue, the page most visits are for, one tap away; the rest behind Menu. */}
            <div className="flex items-center gap-1 md:hidden">
              <Link href={NAV[0]![0]} className="inline-flex min-h-11 min-w-11 items-center px-2 text-sm font-medium underline">{NAV[0]![1]}</Link>
              <PhoneMenu>
                {NAV.map(([href, label]) => (
                  <li key={href}><Link href={href} className="flex min-h-11 items-center px-4 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800">{label}</Link></li>
                ))}
              </PhoneMenu>
            </div>
          </nav>
        </header>
        {/* At least a screen tall: the footer starts below the fold, so streamed-in page content never pushes it (CLS). */}
        <main id="main" className="mx-auto min-h-svh max-w-screen-2xl px-4 py-6">
          <QueryProvider>{children}</QueryProvider>
        </main>
        <footer className="mx-auto max-w-screen-2xl px-4 py-8 text-sm text-zinc-600 dark:text-zinc-400">
          Every fact links to its source and the date it was read. Unknown facts show as “—”, never as zero.{" "}
          Openness grades in part from the <a href="https://osai-index.eu/" className="underline">European Open Source AI Index</a> (CC BY 4.0); model and price data in part from models.dev and genai-prices (MIT). <Link href="/data" className="underline">About the data</Link>
        </footer>
      </body>
    </html>
  );
}

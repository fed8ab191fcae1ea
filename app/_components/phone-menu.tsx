"use client";
// Phones: the main links behind one 44 px button, so the header stays one
// line. Keyed by the path, so it is closed again after a navigation.
import Link from "next/link";
import { usePathname } from "next/navigation";

export function PhoneMenu({ links }: { links: ReadonlyArray<readonly [string, string]> }) {
  const pathname = usePathname();
  return (
    <details key={pathname} className="group relative md:hidden">
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1 rounded border border-zinc-300 px-4 text-sm font-medium dark:border-zinc-700 [&::-webkit-details-marker]:hidden">
        Menu <span aria-hidden="true" className="group-open:rotate-180">▾</span>
      </summary>
      <ul className="absolute right-0 z-40 mt-1 w-56 rounded border border-zinc-300 bg-white py-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
        {links.map(([href, label]) => (
          <li key={href}>
            <Link href={href} aria-current={pathname === href ? "page" : undefined} className="flex min-h-11 items-center px-4 text-sm hover:bg-zinc-100 aria-[current=page]:font-semibold dark:hover:bg-zinc-800">{label}</Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

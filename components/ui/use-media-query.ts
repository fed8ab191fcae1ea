// Whether the window matches a media query, for parts drawn at some widths
// only (not hidden by CSS, so a phone never builds them): the server's guess
// until hydration is done, then the window's answer, followed from then on.
import { useSyncExternalStore } from "react";

export function useMediaQuery(query: string, serverGuess: boolean): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    () => window.matchMedia(query).matches,
    () => serverGuess,
  );
}

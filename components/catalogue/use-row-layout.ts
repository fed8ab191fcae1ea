// The row layout the window's width calls for (row-layout.ts), for client components.
import { useSyncExternalStore } from "react";
import { TABLE_FROM, type RowLayout } from "./row-layout";

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(TABLE_FROM);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** The layout the window's width calls for; the server's guess until hydration is done. */
export function useRowLayout(serverGuess: RowLayout): RowLayout {
  return useSyncExternalStore(
    subscribe,
    () => (window.matchMedia(TABLE_FROM).matches ? "table" : "cards"),
    () => serverGuess,
  );
}

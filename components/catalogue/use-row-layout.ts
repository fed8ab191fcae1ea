// The row layout the window's width calls for (row-layout.ts), for client components.
import { useMediaQuery } from "@/components/ui/use-media-query";
import { TABLE_FROM, type RowLayout } from "./row-layout";

/** The layout the window's width calls for; the server's guess until hydration is done. */
export function useRowLayout(serverGuess: RowLayout): RowLayout {
  return useMediaQuery(TABLE_FROM, serverGuess === "table") ? "table" : "cards";
}

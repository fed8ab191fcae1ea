"use client";
// The keyboard of a combobox's list (WAI-ARIA combobox pattern): ↓ and ↑ move
// through the options, Enter picks the active one, Escape closes the list.
// `startAt` -1 leaves no option active until ↓, so Enter does the field's own
// action (a search form submits); 0 makes Enter pick the first option.
import { useState } from "react";

export function useCombobox({ count, onPick, startAt = 0 }: { count: number; onPick: (index: number) => void; startAt?: 0 | -1 }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<number>(startAt);
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, count - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, startAt));
    } else if (e.key === "Enter") {
      if (open && active >= 0 && active < count) {
        e.preventDefault();
        onPick(active);
      }
    } else if (e.key === "Escape" && open) {
      // Only closes the list; a second Escape does the field's own (a search field clears).
      e.preventDefault();
      setOpen(false);
    }
  };
  /** After the text changes: the list opens, with the first option (or none) active again. */
  const restart = () => {
    setOpen(true);
    setActive(startAt);
  };
  return { open, setOpen, active, onKeyDown, restart };
}

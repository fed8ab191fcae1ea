"use client";
// "/" anywhere on the page (outside a text field, and not behind an open
// modal) puts the cursor in the page's search field, its text selected.
// Announce it on the field with aria-keyshortcuts="/".
import { useEffect, useRef } from "react";

const isTextEntry = (el: Element | null) => el instanceof HTMLElement && (el.isContentEditable || el.closest("input, textarea, select, [role=textbox]") !== null);

export function useSlashShortcut() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (isTextEntry(document.activeElement) || document.querySelector("dialog[open]")) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return input;
}

// Where a keyboard user's focused chart point is described in words,
// since a hover tooltip never appears for focus.
export function FocusedPoint({ text }: { text: string | null }) {
  return (
    <p aria-hidden="true" className="min-h-5 text-xs text-zinc-700 dark:text-zinc-300">
      {text ?? "Tip: Tab moves through the points; Enter opens a model."}
    </p>
  );
}

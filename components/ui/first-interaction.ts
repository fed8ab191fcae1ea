// Runs work the page will need only once the reader does something (code for
// a later click, a parser for a URL they have not asked for yet): on the first
// pointer move or press, key, focus, scroll or history step, not during load,
// where it would only lengthen the tasks between the first paint and the page
// being ready. Returns a function that cancels it.
const EVENTS = ["pointermove", "pointerdown", "touchstart", "keydown", "focusin", "wheel", "scroll", "popstate"] as const;

export function onFirstInteraction(run: () => void): () => void {
  const options = { capture: true, passive: true } as const;
  const cancel = () => EVENTS.forEach((event) => window.removeEventListener(event, fire, options));
  function fire() {
    cancel();
    run();
  }
  EVENTS.forEach((event) => window.addEventListener(event, fire, options));
  return cancel;
}

// The first tab stops of every page: past the navigation to the content,
// and, on a page with a list of results (an element with id "results"),
// straight to it. Hidden until focused. The second link shows only where
// there are results, by CSS (globals.css, :has), so this costs no JavaScript
// and stays right across client-side navigations.
const linkClass =
  "sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:inline-flex focus:min-h-11 focus:items-center focus:rounded focus:bg-white focus:px-4 focus:font-medium focus:text-zinc-900 focus:shadow-lg";

export function SkipLinks() {
  return (
    <>
      <a href="#main" className={linkClass}>Skip to content</a>
      <a href="#results" className={`skip-to-results ${linkClass}`}>Skip to results</a>
    </>
  );
}

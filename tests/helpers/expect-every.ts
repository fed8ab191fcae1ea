// `.every` and `.some` pass on an empty list, so a filter that wrongly
// returns nothing would pass a test written with them. These fail on an
// empty list first, and name the items that fail. Plain throws, so vitest
// and Playwright tests can share them.
const show = (items: readonly unknown[]) => JSON.stringify(items.slice(0, 5), null, 1).slice(0, 2000);

/** `items` is not empty and every item passes `check`. */
export function expectEvery<T>(items: readonly T[], check: (item: T) => boolean, what = "items"): void {
  if (items.length === 0) throw new Error(`${what}: none to check, so "every" would pass vacuously`);
  const failing = items.filter((item) => !check(item));
  if (failing.length > 0) throw new Error(`${failing.length} of ${items.length} ${what} fail the check: ${show(failing)}`);
}

/** `items` is not empty and at least one item passes `check`. */
export function expectSome<T>(items: readonly T[], check: (item: T) => boolean, what = "items"): void {
  if (items.length === 0) throw new Error(`${what}: none to check`);
  if (!items.some(check)) throw new Error(`none of the ${items.length} ${what} pass the check: ${show(items)}`);
}

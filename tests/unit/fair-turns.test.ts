import { describe, expect, it } from "vitest";
import { STARTS_PER_TURN, waitForTurn } from "@/lib/api/fair-turns";

/** Counts event-loop iterations (one setImmediate per iteration) until stopped. */
function iterationCounter() {
  let iteration = 0;
  let running = true;
  const tick = () => {
    iteration++;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return { now: () => iteration, stop: () => (running = false) };
}

const nextIteration = () => new Promise((resolve) => setImmediate(resolve));

describe("waitForTurn", () => {
  it("lets a request on an idle server start in the same iteration", async () => {
    await nextIteration();
    const counter = iterationCounter();
    await waitForTurn();
    expect(counter.now()).toBe(0);
    counter.stop();
  });

  it("starts a burst of requests in arrival order, a few per iteration", async () => {
    await nextIteration();
    const counter = iterationCounter();
    const burst = 9;
    const started: Array<{ request: number; iteration: number }> = [];
    await Promise.all(
      Array.from({ length: burst }, (_, request) => waitForTurn().then(() => started.push({ request, iteration: counter.now() }))),
    );
    counter.stop();

    expect(started.map((s) => s.request)).toEqual(Array.from({ length: burst }, (_, i) => i));
    const perIteration = new Map<number, number>();
    for (const { iteration } of started) perIteration.set(iteration, (perIteration.get(iteration) ?? 0) + 1);
    expect(Math.max(...perIteration.values())).toBeLessThanOrEqual(STARTS_PER_TURN);
    expect(perIteration.size).toBeGreaterThanOrEqual(Math.ceil(burst / STARTS_PER_TURN));
  });

  it("lets new connections' requests in while a backlog drains (the queue never stalls)", async () => {
    await nextIteration();
    const early = Array.from({ length: 6 }, () => waitForTurn());
    await nextIteration();
    const late = waitForTurn();
    await expect(Promise.all([...early, late])).resolves.toHaveLength(7);
  });
});

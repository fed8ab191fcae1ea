// Fair turns for requests under load. Node accepts at most one new
// connection per event-loop iteration (seen with strace: one accept4 per
// epoll wake-up), and one iteration runs every request that is ready. With
// 200 busy keep-alive connections an iteration takes ~0.5 s, so a client
// that connects to a saturated server waits in the kernel's accept queue
// for tens of seconds. Letting only a few requests start per iteration keeps
// iterations short: new connections are accepted within a few milliseconds
// and requests start in arrival order. Throughput is unchanged (the work is
// the same); only the order changes. An idle server passes straight through.

/** Requests allowed to start per event-loop iteration. */
export const STARTS_PER_TURN = 2;

const waiting: Array<() => void> = [];
let startedThisTurn = 0;
let pumpScheduled = false;

function pump() {
  pumpScheduled = false;
  startedThisTurn = 0;
  while (startedThisTurn < STARTS_PER_TURN && waiting.length > 0) {
    startedThisTurn++;
    waiting.shift()?.();
  }
  schedule();
}

function schedule() {
  if (pumpScheduled || (waiting.length === 0 && startedThisTurn === 0)) return;
  pumpScheduled = true;
  // setImmediate runs after the poll phase, where libuv accepts and reads sockets.
  setImmediate(pump);
}

/** Resolves when this request may start: at once while this iteration has room, else in a later one, in arrival order. */
export function waitForTurn(): Promise<void> {
  if (waiting.length === 0 && startedThisTurn < STARTS_PER_TURN) {
    startedThisTurn++;
    schedule();
    return Promise.resolve();
  }
  const turn = new Promise<void>((resolve) => waiting.push(resolve));
  schedule();
  return turn;
}

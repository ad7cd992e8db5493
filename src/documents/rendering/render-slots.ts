/** Thrown when a caller waited for a free slot longer than it was allowed to. */
export class SlotWaitExpired extends Error {}

interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout;
}

/**
 * At most `limit` pieces of work at once. The rest wait in one queue per caller, served round-robin: a
 * caller who queued a hundred renders waits behind another's one, not the other way round. Each caller
 * holds at most `perCaller` renders running or waiting (`admits` says whether it may add one), and gives
 * up after `maxWaitMs` in the queue, so that a burst cannot hold requests for ever.
 */
export class RenderSlots {
  private running = 0;
  /** Per caller, its waiters in order of arrival; the map's order is the round's order. */
  private readonly waiting = new Map<string, Waiter[]>();
  private readonly held = new Map<string, number>();

  constructor(
    readonly limit: number,
    private readonly maxWaitMs: number,
    readonly perCaller: number,
  ) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return [...this.waiting.values()].reduce((sum, queue) => sum + queue.length, 0);
  }

  /** Whether `caller` may start or queue one more render now. */
  admits(caller: string): boolean {
    return (this.held.get(caller) ?? 0) < this.perCaller;
  }

  async run<T>(caller: string, work: () => Promise<T>): Promise<T> {
    this.held.set(caller, (this.held.get(caller) ?? 0) + 1);
    try {
      await this.acquire(caller);
      try {
        return await work();
      } finally {
        this.release();
      }
    } finally {
      this.letGo(caller);
    }
  }

  private letGo(caller: string): void {
    const count = (this.held.get(caller) ?? 1) - 1;
    if (count > 0) this.held.set(caller, count);
    else this.held.delete(caller);
  }

  private acquire(caller: string): Promise<void> {
    if (this.running < this.limit) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.withdraw(caller, waiter);
          reject(new SlotWaitExpired(`waited ${this.maxWaitMs} ms for one of ${this.limit} render slots`));
        }, this.maxWaitMs),
      };
      this.waiting.set(caller, [...(this.waiting.get(caller) ?? []), waiter]);
    });
  }

  private withdraw(caller: string, waiter: Waiter): void {
    const rest = (this.waiting.get(caller) ?? []).filter((other) => other !== waiter);
    if (rest.length > 0) this.waiting.set(caller, rest);
    else this.waiting.delete(caller);
  }

  /**
   * The slot passes straight to the next caller's first waiter, so `running` never dips below the queue's
   * need; that caller goes to the back of the round.
   */
  private release(): void {
    const next = this.waiting.entries().next();
    if (next.done) {
      this.running -= 1;
      return;
    }
    const [caller, [first, ...rest]] = next.value;
    this.waiting.delete(caller);
    if (rest.length > 0) this.waiting.set(caller, rest);
    first.start();
  }
}

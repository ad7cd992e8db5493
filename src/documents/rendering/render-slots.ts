/** Thrown when a caller waited for a free slot longer than it was allowed to. */
export class SlotWaitExpired extends Error {}

/**
 * At most `limit` pieces of work at once; the rest wait in order of arrival. A caller gives up after
 * `maxWaitMs` in the queue, so that a burst cannot hold requests for ever.
 */
export class RenderSlots {
  private running = 0;
  private readonly waiting: Array<{ start: () => void; timer: NodeJS.Timeout }> = [];

  constructor(
    readonly limit: number,
    private readonly maxWaitMs: number,
  ) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.limit) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(new SlotWaitExpired(`waited ${this.maxWaitMs} ms for one of ${this.limit} render slots`));
        }, this.maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  /** The slot passes straight to the first waiter, so `running` never dips below the queue's need. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next.start();
    else this.running -= 1;
  }
}

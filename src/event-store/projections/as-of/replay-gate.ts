/** Every replay slot stayed taken for the whole wait: the caller should come back later. */
export class AsOfBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `Too many views as of a point are being rebuilt right now. Try again in ${retryAfterSeconds} seconds (Retry-After), ` +
        'or read the view without asOf.',
    );
    this.name = 'AsOfBusyError';
  }
}

/** At most `slots` pieces of work at once; a caller waits at most `waitMs` for a slot, first come first served. */
export class ReplayGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly slots: number,
    private readonly waitMs: number,
  ) {}

  async run<T>(work: () => Promise<T> | T): Promise<T> {
    await this.enter();
    try {
      return await work();
    } finally {
      this.leave();
    }
  }

  private enter(): Promise<void> {
    if (this.running < this.slots) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const admit = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(admit), 1);
        reject(new AsOfBusyError(Math.max(1, Math.ceil(this.waitMs / 1000))));
      }, this.waitMs);
      timer.unref();
      this.waiting.push(admit);
    });
  }

  /** The slot passes straight to the next in line, if any, so that `running` never undercounts. */
  private leave(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

import { LaunchBrowser, PdfBrowser, PdfPage } from '../../src/documents/rendering/chromium-browser';

/** A browser standing in for Chromium whose prints end only when the test releases them: no test here waits on speed. */
export class GatedBrowser {
  /** The html of each print started, in order. */
  readonly started: string[] = [];
  private readonly pending: Array<() => void> = [];

  readonly launch: LaunchBrowser = () => Promise.resolve(this.browser());

  /** Prints started and not yet released. */
  get printing(): number {
    return this.pending.length;
  }

  /** Lets the oldest print still running end. */
  releaseOne(): void {
    this.pending.shift()?.();
  }

  private browser(): PdfBrowser {
    return {
      newPage: () => Promise.resolve(this.page()),
      isConnected: () => true,
      onDisconnected: () => undefined,
      close: () => Promise.resolve(),
    };
  }

  private page(): PdfPage {
    let html = '';
    return {
      setContent: (content) => Promise.resolve(void (html = content)),
      pdf: () => {
        this.started.push(html);
        return new Promise((resolve) => this.pending.push(() => resolve(Buffer.from('%PDF-1.7 gated\n'))));
      },
      close: () => Promise.resolve(),
    };
  }
}

/** Waits, a bounded number of short turns, until `condition` holds: it waits for events, not for a speed. */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 2000; turn++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`never happened: ${what}`);
}

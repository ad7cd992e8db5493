import { Logger, OnModuleDestroy } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { LaunchBrowser, PdfBrowser, PdfPage, rendererUnavailable } from './chromium-browser';
import { everySlotBusy, RenderShareExceeded, renderTimedOut, tooManyRows } from './render-refusals';
import { RenderSlots, SlotWaitExpired } from './render-slots';
import { RenderedCache } from './rendered-cache';

/**
 * What one document is printed from: the whole document, Chromium's footer template (page numbers), the
 * rows of its tables, and, when the document carries the moment it was made ("As of"), a key naming all
 * it shows but that moment (otherwise the SHA-256 of the html and the footer is its key).
 */
export interface PrintJob {
  html: string;
  footerTemplate: string;
  rows: number;
  cacheKey?: string;
}

export interface RendererLimits {
  timeoutMs: number;
  concurrency: number;
  /** Renders one caller may have running or waiting at once. */
  perCaller: number;
  /** Bytes of rendered PDFs kept (0: none). */
  cacheBytes: number;
  /** Table rows one document may print. */
  maxRows: number;
}

/**
 * HTML to PDF through one Chromium process, launched on the first render, launched again when it has
 * died, and closed with the engine. A document whose source was rendered before is answered from the
 * cache, and identical requests at once share one render. At most `concurrency` renders run at once
 * (the rest wait, round-robin by caller, as long as one render may take), each on a page kept for the
 * next render; each is bounded by `timeoutMs`, after which its page is closed.
 */
export class PdfRenderer implements OnModuleDestroy {
  private readonly logger = new Logger('PdfRenderer');
  private readonly slots: RenderSlots;
  private readonly cache: RenderedCache;
  private readonly inFlight = new Map<string, Promise<Buffer>>();
  private browser?: Promise<PdfBrowser>;
  /** Pages that printed a letter and wait for the next one, per browser (at most one per slot). */
  private readonly idle = new WeakMap<PdfBrowser, PdfPage[]>();
  private closed = false;
  /** Counts `forgetRendered` calls: a render started before one is not kept. */
  private generation = 0;

  constructor(
    private readonly launch: LaunchBrowser,
    private readonly limits: RendererLimits,
  ) {
    this.slots = new RenderSlots(limits.concurrency, limits.timeoutMs, limits.perCaller);
    this.cache = new RenderedCache(limits.cacheBytes);
  }

  /** Renders running and waiting now. */
  get load(): { active: number; queued: number } {
    return { active: this.slots.active, queued: this.slots.queued };
  }

  /** `caller` names whose share the render counts against (role, State and subject). */
  render(job: PrintJob, caller: string): Promise<Buffer> {
    if (this.closed) return Promise.reject(rendererUnavailable('the engine is shutting down'));
    if (job.rows > this.limits.maxRows) return Promise.reject(tooManyRows(job.rows, this.limits.maxRows));
    const key = job.cacheKey ?? sourceKey(job);
    const ready = this.cache.get(key) ?? this.inFlight.get(key);
    if (ready) return Promise.resolve(ready);
    if (!this.slots.admits(caller)) {
      return Promise.reject(new RenderShareExceeded(this.limits.perCaller, Math.ceil(this.limits.timeoutMs / 1000)));
    }
    const generation = this.generation;
    const rendering = this.rendered(job, caller).then((pdf) => {
      if (!this.closed && generation === this.generation) this.cache.set(key, pdf);
      return pdf;
    });
    this.inFlight.set(key, rendering);
    void rendering.finally(() => this.inFlight.get(key) === rendering && this.inFlight.delete(key)).catch(() => undefined);
    return rendering;
  }

  /** Drops every PDF kept, and keeps none of the renders under way: the personal data they show may have been erased. */
  forgetRendered(): void {
    this.generation += 1;
    this.cache.clear();
    this.inFlight.clear();
  }

  private async rendered(job: PrintJob, caller: string): Promise<Buffer> {
    try {
      return await this.slots.run(caller, () => this.renderNow(job));
    } catch (error) {
      if (error instanceof SlotWaitExpired) throw everySlotBusy(this.limits.timeoutMs);
      throw error;
    }
  }

  onModuleDestroy(): Promise<void> {
    return this.close();
  }

  async close(): Promise<void> {
    this.closed = true;
    const browser = await this.browser?.catch(() => undefined);
    this.browser = undefined;
    await browser?.close().catch(() => undefined);
  }

  /** A page of the live browser: an idle one (a new page costs Chromium a renderer process), else a new one. */
  private async renderNow(job: PrintJob): Promise<Buffer> {
    const browser = await this.liveBrowser();
    const page = this.idle.get(browser)?.pop() ?? (await browser.newPage());
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(renderTimedOut(this.limits.timeoutMs)), this.limits.timeoutMs);
    });
    try {
      const pdf = await Promise.race([print(page, job), expired]);
      this.putBack(browser, page);
      return pdf;
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private putBack(browser: PdfBrowser, page: PdfPage): void {
    if (!browser.isConnected() || this.closed) return;
    const idle = this.idle.get(browser) ?? [];
    this.idle.set(browser, [...idle, page]);
  }

  /** The running browser, or a new one when there is none or it has gone away; concurrent callers share one launch. */
  private async liveBrowser(): Promise<PdfBrowser> {
    const pending = this.browser;
    if (pending) {
      const current = await pending.catch(() => undefined);
      if (current?.isConnected()) return current;
      if (this.browser !== pending) return this.liveBrowser();
    }
    if (this.closed) throw rendererUnavailable('the engine is shutting down');
    this.browser = this.launched();
    return this.browser;
  }

  private launched(): Promise<PdfBrowser> {
    const launching: Promise<PdfBrowser> = this.launch().then((browser) => {
      browser.onDisconnected(() => {
        if (this.browser === launching) this.browser = undefined;
      });
      if (this.closed) void browser.close().catch(() => undefined);
      return browser;
    });
    launching.catch((error: unknown) => {
      if (this.browser === launching) this.browser = undefined;
      this.logger.warn(error instanceof Error ? error.message : String(error));
    });
    return launching;
  }
}

async function print(page: PdfPage, job: PrintJob): Promise<Buffer> {
  await page.setContent(job.html);
  return page.pdf({ footerTemplate: job.footerTemplate });
}

/** A letter's html and footer are all it shows (the footer carries its position in the log and its digest). */
function sourceKey(job: PrintJob): string {
  return createHash('sha256').update(job.html).update('\0').update(job.footerTemplate).digest('hex');
}

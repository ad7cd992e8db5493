import { Logger, OnModuleDestroy } from '@nestjs/common';
import { ApiError } from '../../platform/http/api-error';
import { LaunchBrowser, PdfBrowser, PdfPage, rendererUnavailable } from './chromium-browser';
import { RenderSlots, SlotWaitExpired } from './render-slots';

/** What one letter is printed from: the whole document, and Chromium's footer template (page numbers). */
export interface PrintJob {
  html: string;
  footerTemplate: string;
}

export interface RendererLimits {
  timeoutMs: number;
  concurrency: number;
}

/**
 * HTML to PDF through one Chromium process, launched on the first render, launched again when it has
 * died, and closed with the engine. At most `concurrency` renders run at once (the rest wait, as long as
 * one render may take), each on a page kept for the next render; each is bounded by `timeoutMs`, after
 * which its page is closed.
 */
export class PdfRenderer implements OnModuleDestroy {
  private readonly logger = new Logger('PdfRenderer');
  private readonly slots: RenderSlots;
  private browser?: Promise<PdfBrowser>;
  /** Pages that printed a letter and wait for the next one, per browser (at most one per slot). */
  private readonly idle = new WeakMap<PdfBrowser, PdfPage[]>();
  private closed = false;

  constructor(
    private readonly launch: LaunchBrowser,
    private readonly limits: RendererLimits,
  ) {
    this.slots = new RenderSlots(limits.concurrency, limits.timeoutMs);
  }

  /** Renders running and waiting now. */
  get load(): { active: number; queued: number } {
    return { active: this.slots.active, queued: this.slots.queued };
  }

  async render(job: PrintJob): Promise<Buffer> {
    if (this.closed) throw rendererUnavailable('the engine is shutting down');
    try {
      return await this.slots.run(() => this.renderNow(job));
    } catch (error) {
      if (error instanceof SlotWaitExpired) {
        throw new ApiError('RENDERER_UNAVAILABLE', `Every PDF renderer was busy for ${this.limits.timeoutMs} ms; try again shortly.`);
      }
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
      timer = setTimeout(() => reject(this.timedOut()), this.limits.timeoutMs);
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

  private timedOut(): ApiError {
    return new ApiError(
      'RENDERER_UNAVAILABLE',
      `The PDF took longer than DOCUMENTS_RENDER_TIMEOUT_MS (${this.limits.timeoutMs} ms) to render; try again, or raise the limit.`,
    );
  }
}

async function print(page: PdfPage, job: PrintJob): Promise<Buffer> {
  await page.setContent(job.html);
  return page.pdf({ footerTemplate: job.footerTemplate });
}

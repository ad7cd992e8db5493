import { describe, expect, it, jest } from '@jest/globals';
import { PdfBrowser, PdfPage } from '../../src/documents/rendering/chromium-browser';
import { PdfRenderer } from '../../src/documents/rendering/pdf-renderer';
import { ApiError } from '../../src/platform/http/api-error';

/** A browser whose pages print only when the test says so. */
class FakeBrowser implements PdfBrowser {
  connected = true;
  closed = false;
  readonly pages: FakePage[] = [];
  private listeners: Array<() => void> = [];

  newPage(): Promise<PdfPage> {
    const page = new FakePage();
    this.pages.push(page);
    return Promise.resolve(page);
  }
  isConnected(): boolean {
    return this.connected;
  }
  onDisconnected(listener: () => void): void {
    this.listeners.push(listener);
  }
  crash(): void {
    this.connected = false;
    this.listeners.forEach((listener) => listener());
  }
  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
}

class FakePage implements PdfPage {
  html?: string;
  closed = false;
  private finish?: () => void;
  readonly printing: Promise<void>;
  private printingStarted!: () => void;

  constructor() {
    this.printing = new Promise((resolve) => (this.printingStarted = resolve));
  }
  setContent(html: string): Promise<void> {
    this.html = html;
    return Promise.resolve();
  }
  pdf(): Promise<Buffer> {
    this.printingStarted();
    return new Promise((resolve) => (this.finish = () => resolve(Buffer.from(`%PDF ${this.html}`))));
  }
  done(): void {
    this.finish?.();
  }
  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
}

const job = (html: string) => ({ html, footerTemplate: '<span class="pageNumber"></span>' });
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Waits (a bounded number of turns of the event loop) until the browser's `count`-th page is printing. */
async function printing(browser: FakeBrowser, count: number): Promise<FakePage> {
  for (let turn = 0; turn < 1000 && browser.pages.length < count; turn++) await settle();
  const page = browser.pages[count - 1];
  await page.printing;
  return page;
}

function rendererWith(browsers: FakeBrowser[], limits = { timeoutMs: 60_000, concurrency: 2 }) {
  let launches = 0;
  const renderer = new PdfRenderer(() => {
    const browser = browsers[launches++];
    return browser ? Promise.resolve(browser) : Promise.reject(new Error('no more browsers'));
  }, limits);
  return { renderer, launches: () => launches };
}

describe('PdfRenderer', () => {
  it('launches one browser lazily, shares it between concurrent renders, and closes it', async () => {
    const browser = new FakeBrowser();
    const { renderer, launches } = rendererWith([browser]);
    expect(launches()).toBe(0);
    const renders = [renderer.render(job('a')), renderer.render(job('b'))];
    await printing(browser, 2);
    expect(launches()).toBe(1);
    browser.pages.forEach((page) => page.done());
    expect((await Promise.all(renders)).map(String)).toEqual(['%PDF a', '%PDF b']);
    expect(browser.pages.every((page) => page.closed)).toBe(true);
    await renderer.close();
    expect(browser.closed).toBe(true);
  });

  it('runs at most `concurrency` renders at once and queues the rest in order', async () => {
    const browser = new FakeBrowser();
    const { renderer } = rendererWith([browser], { timeoutMs: 60_000, concurrency: 2 });
    const renders = ['a', 'b', 'c', 'd'].map((html) => renderer.render(job(html)));
    await printing(browser, 2);
    expect(browser.pages.map((page) => page.html)).toEqual(['a', 'b']);
    expect(renderer.load).toEqual({ active: 2, queued: 2 });
    browser.pages[0].done();
    await renders[0];
    await printing(browser, 3);
    expect(browser.pages.map((page) => page.html)).toEqual(['a', 'b', 'c']);
    expect(renderer.load).toEqual({ active: 2, queued: 1 });
    browser.pages[1].done();
    browser.pages[2].done();
    await Promise.all(renders.slice(1, 3));
    (await printing(browser, 4)).done();
    await renders[3];
    expect(renderer.load).toEqual({ active: 0, queued: 0 });
  });

  it('gives up on a render that outlives DOCUMENTS_RENDER_TIMEOUT_MS, closes its page and frees its slot', async () => {
    jest.useFakeTimers();
    try {
      const browser = new FakeBrowser();
      const { renderer } = rendererWith([browser], { timeoutMs: 5_000, concurrency: 1 });
      const stuck = renderer.render(job('stuck'));
      const outcome = stuck.catch((error: unknown) => error);
      await jest.advanceTimersByTimeAsync(5_000);
      const error = await outcome;
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({
        code: 'RENDERER_UNAVAILABLE',
        message: expect.stringContaining('DOCUMENTS_RENDER_TIMEOUT_MS (5000 ms)'),
      });
      expect(browser.pages[0].closed).toBe(true);
      expect(renderer.load).toEqual({ active: 0, queued: 0 });
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses a render that waited for a slot as long as a render may take', async () => {
    jest.useFakeTimers();
    try {
      const browser = new FakeBrowser();
      const { renderer } = rendererWith([browser], { timeoutMs: 5_000, concurrency: 1 });
      const first = renderer.render(job('first')).catch((error: unknown) => error);
      const waiting = renderer.render(job('waiting')).catch((error: unknown) => error);
      await jest.advanceTimersByTimeAsync(5_000);
      expect(await waiting).toMatchObject({ code: 'RENDERER_UNAVAILABLE', message: expect.stringContaining('busy') });
      expect(await first).toMatchObject({ code: 'RENDERER_UNAVAILABLE' });
      expect(browser.pages.map((page) => page.html)).toEqual(['first']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('launches a new browser when the old one has died', async () => {
    const [first, second] = [new FakeBrowser(), new FakeBrowser()];
    const { renderer, launches } = rendererWith([first, second]);
    const one = renderer.render(job('one'));
    (await printing(first, 1)).done();
    await one;
    first.crash();
    const two = renderer.render(job('two'));
    (await printing(second, 1)).done();
    expect(launches()).toBe(2);
    expect(String(await two)).toBe('%PDF two');
  });

  it('tries to launch again after a failed launch', async () => {
    const browser = new FakeBrowser();
    let attempts = 0;
    const renderer = new PdfRenderer(
      () => (attempts++ === 0 ? Promise.reject(new ApiError('RENDERER_UNAVAILABLE', 'not yet')) : Promise.resolve(browser)),
      { timeoutMs: 60_000, concurrency: 1 },
    );
    await expect(renderer.render(job('x'))).rejects.toMatchObject({ code: 'RENDERER_UNAVAILABLE' });
    const again = renderer.render(job('y'));
    (await printing(browser, 1)).done();
    expect(String(await again)).toBe('%PDF y');
  });
});

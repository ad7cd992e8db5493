import { describe, expect, it, jest } from '@jest/globals';
import { PdfBrowser, PdfPage } from '../../src/documents/rendering/chromium-browser';
import { PdfRenderer } from '../../src/documents/rendering/pdf-renderer';
import { ApiError } from '../../src/platform/http/api-error';

/** A browser whose pages print only when the test says so. */
class FakeBrowser implements PdfBrowser {
  connected = true;
  closed = false;
  readonly pages: FakePage[] = [];
  /** The letters whose printing started, in order. */
  readonly started: string[] = [];
  readonly printing = new Map<string, () => void>();
  private listeners: Array<() => void> = [];

  newPage(): Promise<PdfPage> {
    const page = new FakePage(this);
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
  /** Lets the letter `html` finish printing. */
  finish(html: string): void {
    this.printing.get(html)?.();
  }
}

class FakePage implements PdfPage {
  html?: string;
  closed = false;

  constructor(private readonly browser: FakeBrowser) {}

  setContent(html: string): Promise<void> {
    this.html = html;
    return Promise.resolve();
  }
  pdf(): Promise<Buffer> {
    const html = this.html!;
    this.browser.started.push(html);
    return new Promise((resolve) => this.browser.printing.set(html, () => resolve(Buffer.from(`%PDF ${html}`))));
  }
  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
}

const job = (html: string) => ({ html, footerTemplate: '<span class="pageNumber"></span>', rows: 0 });
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Waits (a bounded number of turns of the event loop) until `count` letters have started printing. */
async function started(browser: FakeBrowser, count: number): Promise<string[]> {
  for (let turn = 0; turn < 1000 && browser.started.length < count; turn++) await settle();
  return browser.started;
}

const LIMITS = { timeoutMs: 60_000, concurrency: 2, perCaller: 10, cacheBytes: 0, maxRows: 5000 };

function rendererWith(browsers: FakeBrowser[], limits = LIMITS) {
  let launches = 0;
  const renderer = new PdfRenderer(() => {
    const browser = browsers[launches++];
    return browser ? Promise.resolve(browser) : Promise.reject(new Error('no more browsers'));
  }, limits);
  return { renderer, launches: () => launches };
}

describe('PdfRenderer', () => {
  it('launches one browser lazily, shares it between concurrent renders, reuses its pages, and closes it', async () => {
    const browser = new FakeBrowser();
    const { renderer, launches } = rendererWith([browser]);
    expect(launches()).toBe(0);
    const renders = [renderer.render(job('a'), 'pga:-:alice'), renderer.render(job('b'), 'pga:-:alice')];
    await started(browser, 2);
    expect(launches()).toBe(1);
    ['a', 'b'].forEach((html) => browser.finish(html));
    expect((await Promise.all(renders)).map(String)).toEqual(['%PDF a', '%PDF b']);
    const third = renderer.render(job('c'), 'pga:-:alice');
    await started(browser, 3);
    browser.finish('c');
    expect(String(await third)).toBe('%PDF c');
    expect(browser.pages).toHaveLength(2);
    await renderer.close();
    expect(browser.closed).toBe(true);
  });

  it('runs at most `concurrency` renders at once and queues the rest in order', async () => {
    const browser = new FakeBrowser();
    const { renderer } = rendererWith([browser], { ...LIMITS, concurrency: 2 });
    const renders = ['a', 'b', 'c', 'd'].map((html) => renderer.render(job(html), 'pga:-:alice'));
    expect(await started(browser, 2)).toEqual(['a', 'b']);
    await settle();
    expect(renderer.load).toEqual({ active: 2, queued: 2 });
    browser.finish('a');
    await renders[0];
    expect(await started(browser, 3)).toEqual(['a', 'b', 'c']);
    expect(renderer.load).toEqual({ active: 2, queued: 1 });
    ['b', 'c'].forEach((html) => browser.finish(html));
    await Promise.all(renders.slice(1, 3));
    await started(browser, 4);
    browser.finish('d');
    await renders[3];
    expect(renderer.load).toEqual({ active: 0, queued: 0 });
    expect(browser.pages).toHaveLength(2);
  });

  it('gives up on a render that outlives DOCUMENTS_RENDER_TIMEOUT_MS, closes its page and frees its slot', async () => {
    jest.useFakeTimers();
    try {
      const browser = new FakeBrowser();
      const { renderer } = rendererWith([browser], { ...LIMITS, timeoutMs: 5_000, concurrency: 1 });
      const outcome = renderer.render(job('stuck'), 'pga:-:alice').catch((error: unknown) => error);
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
      const { renderer } = rendererWith([browser], { ...LIMITS, timeoutMs: 5_000, concurrency: 1 });
      const first = renderer.render(job('first'), 'pga:-:alice').catch((error: unknown) => error);
      const waiting = renderer.render(job('waiting'), 'pga:-:alice').catch((error: unknown) => error);
      await jest.advanceTimersByTimeAsync(5_000);
      expect(await waiting).toMatchObject({ code: 'RENDERER_UNAVAILABLE', message: expect.stringContaining('busy') });
      expect(await first).toMatchObject({ code: 'RENDERER_UNAVAILABLE' });
      expect(browser.started).toEqual(['first']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('launches a new browser when the old one has died', async () => {
    const [first, second] = [new FakeBrowser(), new FakeBrowser()];
    const { renderer, launches } = rendererWith([first, second]);
    const one = renderer.render(job('one'), 'pga:-:alice');
    await started(first, 1);
    first.finish('one');
    await one;
    first.crash();
    const two = renderer.render(job('two'), 'pga:-:alice');
    await started(second, 1);
    second.finish('two');
    expect(String(await two)).toBe('%PDF two');
    expect(launches()).toBe(2);
  });

  it('tries to launch again after a failed launch', async () => {
    const browser = new FakeBrowser();
    let attempts = 0;
    const renderer = new PdfRenderer(
      () => (attempts++ === 0 ? Promise.reject(new ApiError('RENDERER_UNAVAILABLE', 'not yet')) : Promise.resolve(browser)),
      { ...LIMITS, concurrency: 1 },
    );
    await expect(renderer.render(job('x'), 'pga:-:alice')).rejects.toMatchObject({ code: 'RENDERER_UNAVAILABLE' });
    const again = renderer.render(job('y'), 'pga:-:alice');
    await started(browser, 1);
    browser.finish('y');
    expect(String(await again)).toBe('%PDF y');
  });

  it('answers a document whose source has not changed from the cache, and renders it again when it has', async () => {
    const browser = new FakeBrowser();
    const { renderer } = rendererWith([browser], { ...LIMITS, cacheBytes: 1024 });
    const first = renderer.render(job('letter'), 'pga:-:alice');
    await started(browser, 1);
    browser.finish('letter');
    await first;
    expect(String(await renderer.render(job('letter'), 'member-state:FRA:bob'))).toBe('%PDF letter');
    expect(browser.started).toEqual(['letter']);
    const moved = renderer.render({ ...job('letter'), footerTemplate: 'position 8' }, 'pga:-:alice');
    await started(browser, 2);
    browser.finish('letter');
    await moved;
    expect(browser.started).toHaveLength(2);
  });

  it("keys a report by its cacheKey, so that its 'As of' moment alone does not render it again", async () => {
    const browser = new FakeBrowser();
    const { renderer } = rendererWith([browser], { ...LIMITS, cacheBytes: 1024 });
    const first = renderer.render({ ...job('report as of 10:00'), cacheKey: 'summary' }, 'pga:-:alice');
    await started(browser, 1);
    browser.finish('report as of 10:00');
    await first;
    expect(String(await renderer.render({ ...job('report as of 11:00'), cacheKey: 'summary' }, 'pga:-:alice'))).toBe(
      '%PDF report as of 10:00',
    );
  });

  it("renders identical requests at once only once, without spending the second caller's share", async () => {
    const browser = new FakeBrowser();
    const { renderer } = rendererWith([browser], { ...LIMITS, perCaller: 1 });
    const renders = [renderer.render(job('same'), 'pga:-:alice'), renderer.render(job('same'), 'pga:-:alice')];
    await started(browser, 1);
    browser.finish('same');
    expect((await Promise.all(renders)).map(String)).toEqual(['%PDF same', '%PDF same']);
    expect(browser.started).toEqual(['same']);
  });

  it('refuses, with 429 RATE_LIMITED, a caller already holding its share, while another caller is admitted', async () => {
    const browser = new FakeBrowser();
    const { renderer } = rendererWith([browser], { ...LIMITS, concurrency: 1, perCaller: 2 });
    const held = [renderer.render(job('a'), 'flood'), renderer.render(job('b'), 'flood')];
    const refused = renderer.render(job('c'), 'flood');
    await expect(refused).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 60,
      message: expect.stringContaining('You already have 2 documents being prepared; wait for them'),
    });
    const other = renderer.render(job('other'), 'another');
    await started(browser, 1);
    browser.finish('a');
    await started(browser, 2);
    expect(browser.started).toEqual(['a', 'b']);
    browser.finish('b');
    await started(browser, 3);
    browser.finish('other');
    expect(String(await other)).toBe('%PDF other');
    await Promise.all(held);
  });

  it('refuses a document with more table rows than DOCUMENTS_MAX_ROWS before rendering it', async () => {
    const browser = new FakeBrowser();
    const { renderer, launches } = rendererWith([browser], { ...LIMITS, maxRows: 100 });
    await expect(renderer.render({ ...job('long'), rows: 101 }, 'pga:-:alice')).rejects.toMatchObject({
      code: 'INVALID_STATE',
      details: { rows: 101, limit: 100 },
      message: expect.stringContaining('CSV or XLSX'),
    });
    expect(launches()).toBe(0);
  });

  it('forgets every PDF kept, and keeps none of a render under way, once told the data they show may be erased', async () => {
    const browser = new FakeBrowser();
    const { renderer } = rendererWith([browser], { ...LIMITS, cacheBytes: 1024 });
    const kept = renderer.render(job('kept'), 'pga:-:alice');
    await started(browser, 1);
    browser.finish('kept');
    await kept;
    const underWay = renderer.render(job('under way'), 'pga:-:alice');
    await started(browser, 2);
    renderer.forgetRendered();
    browser.finish('under way');
    await underWay;
    const again = [renderer.render(job('kept'), 'pga:-:alice'), renderer.render(job('under way'), 'pga:-:alice')];
    await started(browser, 4);
    ['kept', 'under way'].forEach((html) => browser.finish(html));
    await Promise.all(again);
    expect(browser.started).toEqual(['kept', 'under way', 'kept', 'under way']);
  });
});

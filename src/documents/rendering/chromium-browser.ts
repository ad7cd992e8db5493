import { Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ApiError } from '../../platform/http/api-error';

/** What the renderer needs of a browser: a fresh page per render, and to know when it has gone. */
export interface PdfBrowser {
  newPage(): Promise<PdfPage>;
  isConnected(): boolean;
  onDisconnected(listener: () => void): void;
  close(): Promise<void>;
}

export interface PdfPrintOptions {
  footerTemplate: string;
}

/** A page that prints letters: content set from a string (no navigation), printed; reused from one letter to the next. */
export interface PdfPage {
  setContent(html: string): Promise<void>;
  pdf(options: PdfPrintOptions): Promise<Buffer>;
  close(): Promise<void>;
}

export type LaunchBrowser = () => Promise<PdfBrowser>;

/**
 * No GPU process (nothing here draws on a screen), and shared memory in /tmp rather than /dev/shm, which
 * containers make 64 MiB by default: too small for the pages of a long letter. One renderer process, no
 * site isolation and none of the browser's background features: a letter is one local page without
 * scripts or network, and each process more costs memory (docs/documents.md, "Letters": the figures).
 */
const SERVER_FLAGS = [
  '--disable-gpu',
  '--disable-software-rasterizer',
  '--disable-dev-shm-usage',
  '--renderer-process-limit=1',
  '--disable-site-isolation-trials',
  '--disable-features=site-per-process,IsolateOrigins,Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider',
];

const HOW_TO_INSTALL =
  'Install Chromium (Debian and Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable, then restart the engine.';

export function rendererUnavailable(why: string): ApiError {
  return new ApiError('RENDERER_UNAVAILABLE', `Letters cannot be rendered to PDF: ${why}. ${HOW_TO_INSTALL}`);
}

/**
 * Launches Chromium headless at `executablePath`; sandboxed unless the engine runs as root, where Chromium
 * cannot be. Why it failed, with the path and Chromium's own words, goes to the log: the answer says what
 * to do without telling a caller where the engine's files are.
 */
export function chromiumLauncher(executablePath: string | undefined, timeoutMs: number): LaunchBrowser {
  const logger = new Logger('PdfRenderer');
  return async () => {
    if (!executablePath) throw rendererUnavailable('no Chromium is configured (CHROMIUM_PATH) and none is at the default path');
    if (!existsSync(executablePath)) {
      logger.error(`CHROMIUM_PATH names ${executablePath}, which does not exist`);
      throw rendererUnavailable('the executable CHROMIUM_PATH names does not exist (the engine log names it)');
    }
    const args = [...SERVER_FLAGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
    try {
      const browser = await chromium.launch({ executablePath, args, timeout: timeoutMs });
      return wrapBrowser(browser);
    } catch (error) {
      logger.error(`Chromium at ${executablePath} did not start: ${firstLine(error)}`);
      throw rendererUnavailable('Chromium did not start (the engine log says why)');
    }
  };
}

type Browser = Awaited<ReturnType<typeof chromium.launch>>;

function wrapBrowser(browser: Browser): PdfBrowser {
  let context: ReturnType<typeof isolatedContext> | undefined;
  return {
    newPage: async () => printablePage(await (context ??= isolatedContext(browser))),
    isConnected: () => browser.isConnected(),
    onDisconnected: (listener) => void browser.on('disconnected', listener),
    close: () => browser.close(),
  };
}

/**
 * One context for every letter, without JavaScript, whose every request is refused: a letter is set as
 * content and needs nothing from any network, so that no name a user typed can make it fetch anything.
 */
async function isolatedContext(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  return context;
}

async function printablePage(context: Awaited<ReturnType<typeof isolatedContext>>): Promise<PdfPage> {
  const page = await context.newPage();
  return {
    setContent: (html) => page.setContent(html, { waitUntil: 'load' }),
    pdf: ({ footerTemplate }) =>
      page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate,
        margin: { top: '22mm', bottom: '26mm', left: '25mm', right: '22mm' },
      }),
    close: () => page.close(),
  };
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].slice(0, 300);
}

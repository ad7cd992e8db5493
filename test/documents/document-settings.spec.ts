import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { ConfigError, DEFAULT_CHROMIUM_PATH, loadConfig } from '../../src/platform/config';

const MIB = 1024 * 1024;

describe('config: the PDF renderer', () => {
  it('takes Debian’s Chromium when present, a 30 s bound per render, 1 render at a time, 2 per caller, 64 MiB of PDFs kept, 5000 rows', () => {
    const { documents } = loadConfig({});
    expect(documents).toEqual({
      ...(existsSync(DEFAULT_CHROMIUM_PATH) ? { chromiumPath: DEFAULT_CHROMIUM_PATH } : {}),
      renderTimeoutMs: 30_000,
      renderConcurrency: 1,
      rendersPerCaller: 2,
      cacheBytes: 64 * MIB,
      maxRows: 5000,
    });
  });

  it('reads CHROMIUM_PATH and the DOCUMENTS_ settings', () => {
    const env = {
      CHROMIUM_PATH: ' /opt/chrome/chrome ',
      DOCUMENTS_RENDER_TIMEOUT_MS: '5000',
      DOCUMENTS_RENDER_CONCURRENCY: '1',
      DOCUMENTS_RENDERS_PER_CALLER: '3',
      DOCUMENTS_CACHE_MB: '0',
      DOCUMENTS_MAX_ROWS: '200',
    };
    expect(loadConfig(env).documents).toEqual({
      chromiumPath: '/opt/chrome/chrome',
      renderTimeoutMs: 5000,
      renderConcurrency: 1,
      rendersPerCaller: 3,
      cacheBytes: 0,
      maxRows: 200,
    });
  });

  it.each(['DOCUMENTS_RENDER_TIMEOUT_MS', 'DOCUMENTS_RENDER_CONCURRENCY', 'DOCUMENTS_RENDERS_PER_CALLER', 'DOCUMENTS_MAX_ROWS'])(
    'refuses %s=0, which would switch the bound off',
    (name) => {
      expect(() => loadConfig({ [name]: '0' })).toThrow(ConfigError);
    },
  );
});

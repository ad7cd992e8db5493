import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { ConfigError, DEFAULT_CHROMIUM_PATH, loadConfig } from '../../src/platform/config';

describe('config: the PDF renderer', () => {
  it('takes Debian’s Chromium when present, a 30 s bound per render and 1 render at a time by default', () => {
    const { documents } = loadConfig({});
    expect(documents).toEqual({
      ...(existsSync(DEFAULT_CHROMIUM_PATH) ? { chromiumPath: DEFAULT_CHROMIUM_PATH } : {}),
      renderTimeoutMs: 30_000,
      renderConcurrency: 1,
    });
  });

  it('reads CHROMIUM_PATH, DOCUMENTS_RENDER_TIMEOUT_MS and DOCUMENTS_RENDER_CONCURRENCY', () => {
    const env = { CHROMIUM_PATH: ' /opt/chrome/chrome ', DOCUMENTS_RENDER_TIMEOUT_MS: '5000', DOCUMENTS_RENDER_CONCURRENCY: '1' };
    expect(loadConfig(env).documents).toEqual({ chromiumPath: '/opt/chrome/chrome', renderTimeoutMs: 5000, renderConcurrency: 1 });
  });

  it.each(['DOCUMENTS_RENDER_TIMEOUT_MS', 'DOCUMENTS_RENDER_CONCURRENCY'])('refuses %s=0, which would switch the bound off', (name) => {
    expect(() => loadConfig({ [name]: '0' })).toThrow(ConfigError);
  });
});

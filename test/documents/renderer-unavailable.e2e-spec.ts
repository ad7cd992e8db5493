import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { getPdf } from './pdf-support';

describe('HTTP: letters without Chromium', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: '2013-04-19T15:00:00Z', env: { CHROMIUM_PATH: '/nowhere/chromium' } });
    const p = procedure(t);
    await p.createMeeting();
    await p.createList('other-ngos', 'non-objection');
    await p.propose('other-ngos', [org('Walk Free', 'AUS')]);
    await p.submit('other-ngos', '2013-04-26T18:00:00-04:00');
  });
  afterAll(() => t.close());

  it('answers 503 RENDERER_UNAVAILABLE, saying how to install Chromium without naming its path, and keeps answering so', async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await getPdf(t, '/v1/meetings/trafficking-2013/lists/other-ngos/batches/1/letter', bearer('pga'));
      expect(response.json()).toMatchObject({
        statusCode: 503,
        code: 'RENDERER_UNAVAILABLE',
        message: expect.stringMatching(/CHROMIUM_PATH names does not exist.*apt-get install chromium.*CHROMIUM_PATH/),
      });
      expect(response.bytes.toString('utf8')).not.toContain('/nowhere');
    }
  });
});

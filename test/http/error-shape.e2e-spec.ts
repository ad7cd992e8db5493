import { procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { MEETING, CALLERS, expectError } from './roles.fixtures';

/** Every refusal, whatever its status, answers in the contract's error shape (statusCode, code, message, details). */
describe('HTTP: every error body has the contract shape', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await procedure(t, MEETING).createMeeting();
  });
  afterAll(() => t?.close());
  const pga = CALLERS.pga;

  it('400 VALIDATION_FAILED lists each field in details', async () => {
    const response = await t.inject({ method: 'POST', url: '/v1/meetings', headers: pga, payload: { id: 'X', timezone: 'Mars/Olympus' } });
    expectError(response, 400, 'VALIDATION_FAILED');
    expect(response.json().details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'id' }), expect.objectContaining({ field: 'title' })]),
    );
  });

  it('400 VALIDATION_FAILED for a malformed path value', async () => {
    expectError(await t.inject({ method: 'GET', url: '/v1/meetings/NOT_A_SLUG', headers: pga }), 400, 'VALIDATION_FAILED');
  });

  it('400 VALIDATION_FAILED for a body that is not JSON, 415 UNSUPPORTED_MEDIA_TYPE for one not sent as JSON', async () => {
    const base = await t.app.getUrl();
    const url = `${base.replace('[::1]', '127.0.0.1')}/v1/meetings`;
    for (const [contentType, body, status, code] of [
      ['application/json', '{"id": "broken', 400, 'VALIDATION_FAILED'],
      ['text/plain', 'hello', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ] as const) {
      const response = await fetch(url, { method: 'POST', headers: { ...pga, 'content-type': contentType }, body });
      const text = await response.text();
      expectError(
        { statusCode: response.status, headers: Object.fromEntries(response.headers.entries()), body: text, json: () => JSON.parse(text) },
        status,
        code,
      );
    }
  });

  it('404 NOT_FOUND for a meeting or list that does not exist, and for an unknown route', async () => {
    expectError(await t.inject({ method: 'GET', url: '/v1/meetings/no-such-meeting', headers: pga }), 404, 'NOT_FOUND');
    expectError(await t.inject({ method: 'GET', url: `/v1/meetings/${MEETING}/lists/no-such-list`, headers: pga }), 404, 'NOT_FOUND');
    expectError(await t.inject({ method: 'GET', url: '/v1/no-such-route', headers: pga }), 404, 'NOT_FOUND');
  });

  it('409 ALREADY_EXISTS for a taken id', async () => {
    const again = { id: MEETING, title: 'Trafficking in persons', timezone: 'America/New_York' };
    expectError(await t.inject({ method: 'POST', url: '/v1/meetings', headers: pga, payload: again }), 409, 'ALREADY_EXISTS');
  });

  it('422 IDEMPOTENCY_KEY_REUSED for one key with two bodies', async () => {
    const headers = { ...pga, 'idempotency-key': 'create-list-1' };
    const url = `/v1/meetings/${MEETING}/lists`;
    const first = await t.inject({ method: 'POST', url, headers, payload: { id: 'list-one', kind: 'ecosoc', title: 'One' } });
    expect(first.statusCode).toBe(201);
    const other = await t.inject({ method: 'POST', url, headers, payload: { id: 'list-two', kind: 'ecosoc', title: 'Two' } });
    expectError(other, 422, 'IDEMPOTENCY_KEY_REUSED');
  });
});

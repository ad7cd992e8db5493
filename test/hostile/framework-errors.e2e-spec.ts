import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { expectContractError, expectErrorBody, expectHealthy, parseRawAnswer, sendOverSocket, sendRaw } from './hostile-support';

const MARKER = 'hostile-marker-7f3a';

/** Short timeouts, so that slow clients are cut off within the test. */
const SLOW_CLIENT_ENV = { HTTP_HEADERS_TIMEOUT_MS: '500', HTTP_REQUEST_TIMEOUT_MS: '1000', HTTP_MAX_HEADER_SIZE: '8192' };

describe('errors the HTTP framework raises itself: in the contract shape, never echoing the request', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ env: SLOW_CLIENT_ENV })));
  afterAll(async () => {
    expect(await t.eventCount()).toBe(0);
    await expectHealthy(t);
    await t.close();
  });

  const get = (url: string, method = 'GET') => sendRaw(t, { method, url, headers: bearer('pga') });

  it('answers 404 to an unknown route without quoting its URL', async () => {
    for (const url of [`/v1/${MARKER}`, `/${MARKER}?q=${MARKER}`, '/v1/meetings/x/y/z/w']) {
      expect(expectContractError(await get(url), 404, 'NOT_FOUND', MARKER).message).toMatch(/no such route/);
    }
  });

  it('answers 405 with Allow to a known route with another method', async () => {
    const answer = await get('/v1/meetings/trafficking-2013', 'DELETE');
    expect(expectContractError(answer, 405, 'METHOD_NOT_ALLOWED').details).toEqual({ allow: ['GET', 'HEAD'] });
    expect(answer.headers.allow).toBe('GET, HEAD');
    expect(expectContractError(await get('/v1/meetings', 'PATCH'), 405, 'METHOD_NOT_ALLOWED').details).toEqual({
      allow: ['GET', 'HEAD', 'POST'],
    });
  });

  it('answers 414 to a URL over 4096 characters and to a path segment over 200', async () => {
    expectContractError(await get(`/v1/meetings?asOf=${'x'.repeat(5000)}`), 414, 'URI_TOO_LONG', 'xxxxxxxxxx');
    expectContractError(await get(`/v1/meetings/${'m'.repeat(201)}`), 414, 'URI_TOO_LONG', 'mmmmmmmmmm');
  });

  it('answers 400 to bad percent-encoding without quoting the URL', async () => {
    expectContractError(await get(`/v1/meetings/%E0%A4%A${MARKER}`), 400, 'VALIDATION_FAILED', MARKER);
  });

  it('answers 431 to headers over HTTP_MAX_HEADER_SIZE', async () => {
    const raw = await sendOverSocket(t, `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(10_000)}\r\n\r\n`);
    const answer = parseRawAnswer(raw);
    expect(answer.statusCode).toBe(431);
    expectErrorBody(answer.body, 431, 'HEADERS_TOO_LARGE', 'bbbbbbbbbb');
  });

  it('answers 400 to a request that is not HTTP', async () => {
    const answer = parseRawAnswer(await sendOverSocket(t, `${MARKER} \u0000\u0001 NOT/HTTP\r\n\r\n`));
    expect(answer.statusCode).toBe(400);
    expectErrorBody(answer.body, 400, 'VALIDATION_FAILED', MARKER);
  });

  it('answers 408 to a client that sends its headers too slowly', async () => {
    const raw = await sendOverSocket(t, 'GET /health HTTP/1.1\r\nHost: x\r\n', { keepOpenMs: 5000 });
    const answer = parseRawAnswer(raw);
    expect(answer.statusCode).toBe(408);
    expectErrorBody(answer.body, 408, 'REQUEST_TIMEOUT');
  });

  it('answers 408 to a client that never finishes its body', async () => {
    const raw = await sendOverSocket(
      t,
      `POST /v1/meetings HTTP/1.1\r\nHost: x\r\nAuthorization: ${bearer('pga').authorization}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"id":',
      { keepOpenMs: 5000 },
    );
    const answer = parseRawAnswer(raw);
    expect(answer.statusCode).toBe(408);
    expectErrorBody(answer.body, 408, 'REQUEST_TIMEOUT');
  });
});

import { connect } from 'node:net';
import { bearer } from '../support/tokens';
import { TestApp, TestResponse } from '../support/test-app';

const ERROR_KEYS = ['statusCode', 'code', 'message', 'details'];

/** A request with the body bytes and headers exactly as given (test-app's inject always sends JSON). */
export async function sendRaw(
  t: TestApp,
  request: { method: string; url: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<TestResponse> {
  const baseUrl = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  const response = await fetch(`${baseUrl}${request.url}`, { method: request.method, headers: request.headers, body: request.body });
  const body = await response.text();
  return { statusCode: response.status, headers: Object.fromEntries(response.headers.entries()), body, json: () => JSON.parse(body) };
}

/** Bytes straight onto a socket, for what fetch will not send (huge headers, broken HTTP); resolves with what came back before close. */
export function sendOverSocket(t: TestApp, bytes: string | Buffer, options: { keepOpenMs?: number } = {}): Promise<string> {
  const address = t.app.getHttpServer().address() as { port: number };
  return new Promise((resolve, reject) => {
    const socket = connect(address.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = options.keepOpenMs === undefined ? undefined : setTimeout(() => socket.destroy(), options.keepOpenMs);
    const finish = () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', finish);
    socket.on('close', finish);
    socket.write(bytes, (error) => error && reject(error));
  });
}

/** The status and contract body of a raw HTTP answer. */
export function parseRawAnswer(raw: string): { statusCode: number; body: unknown } {
  const [head, ...rest] = raw.split('\r\n\r\n');
  return { statusCode: Number(head.split(' ')[1]), body: JSON.parse(rest.join('\r\n\r\n')) };
}

/** The answer is the contract's error: that status and code, a message, nothing else, and no echo of `echo`. */
export function expectContractError(response: TestResponse, statusCode: number, code: string, echo?: string): Record<string, unknown> {
  expect({ statusCode: response.statusCode, body: response.body.slice(0, 300) }).toMatchObject({ statusCode });
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  return expectErrorBody(response.json(), statusCode, code, echo);
}

export function expectErrorBody(body: unknown, statusCode: number, code: string, echo?: string): Record<string, unknown> {
  const error = body as Record<string, unknown>;
  expect(Object.keys(error).filter((key) => !ERROR_KEYS.includes(key))).toEqual([]);
  expect(error).toMatchObject({ statusCode, code, message: expect.any(String) });
  expect((error.message as string).length).toBeGreaterThan(10);
  if (echo) expect(JSON.stringify(error)).not.toContain(echo);
  return error;
}

/** What a refused request must leave as it was: the log, its hash chain, and the views of the meeting and its list. */
export interface Snapshot {
  events: number;
  verification: unknown;
  meeting: string;
  list: string;
}

export async function snapshot(t: TestApp, meetingId: string, listId: string): Promise<Snapshot> {
  const get = async (url: string) => (await t.inject({ method: 'GET', url, headers: bearer('auditor') })).body;
  return {
    events: await t.eventCount(),
    verification: JSON.parse(await get('/v1/audit/verification')),
    meeting: await get(`/v1/meetings/${meetingId}`),
    list: await get(`/v1/meetings/${meetingId}/lists/${listId}`),
  };
}

/** The engine still answers /health. */
export async function expectHealthy(t: TestApp): Promise<void> {
  const health = await t.inject({ method: 'GET', url: '/health' });
  expect(health.statusCode).toBe(200);
}

/** `depth` arrays inside each other: `[[[...]]]`. */
export function nestedArrays(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/** `depth` objects inside each other under the key "a". */
export function nestedObjects(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

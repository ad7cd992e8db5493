/** The engine's HTTP API as the example loader uses it: one request at a time, errors as exceptions. */

export type TokenFor = (role: 'pga' | 'member-state', state?: string) => string;
export type Log = (line: string) => void;

/** A JSON object the engine answers with; an error's carries its `code` and `message`. */
export type Answer = Record<string, unknown>;

const isAnswer = (value: unknown): value is Answer => typeof value === 'object' && value !== null;

/** The value at `path` in an answer, or undefined where there is none. */
export const at = (answer: Answer, ...path: string[]): unknown =>
  path.reduce<unknown>((value, name) => (isAnswer(value) ? value[name] : undefined), answer);

export class Api {
  constructor(
    private readonly baseUrl: string,
    private readonly tokens: TokenFor,
  ) {}

  /** Sends one request; `tolerated` error codes come back as the answer instead of failing. */
  async call(
    method: string,
    path: string,
    options: { body?: unknown; key?: string; state?: string; tolerated?: string[] } = {},
  ): Promise<Answer> {
    const token = options.state ? this.tokens('member-state', options.state) : this.tokens('pga');
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.key) headers['idempotency-key'] = `example-${options.key}`;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const answer: unknown = JSON.parse((await response.text()) || '{}');
    if (!isAnswer(answer))
      throw new Error(`${method} ${path} answered ${response.status} without a JSON object: ${JSON.stringify(answer)}`);
    const code = typeof answer.code === 'string' ? answer.code : undefined;
    if (response.ok || (code !== undefined && options.tolerated?.includes(code))) return answer;
    const message = typeof answer.message === 'string' ? answer.message : JSON.stringify(answer);
    throw new Error(`${method} ${path} answered ${response.status} ${code ?? ''}: ${message}`);
  }
}

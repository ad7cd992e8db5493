import { createParser } from 'eventsource-parser';
import { TestApp } from './test-app';

/** One message of GET /v1/events/stream: its `id` and its data. */
export interface LiveMessage {
  id: string;
  position: string;
  meetingId: string;
  listId?: string;
  view: string;
}

/**
 * Reads GET /v1/events/stream over real HTTP with fetch and eventsource-parser (the parser the console
 * uses): the answer's status, then every message and comment as it comes, until closed.
 */
export class LiveReader {
  readonly messages: LiveMessage[] = [];
  readonly comments: string[] = [];
  private readonly abort = new AbortController();
  private changed: () => void = () => undefined;
  /** Resolves when the stream ends (the engine closed it, or the test did). */
  ended: Promise<void> = Promise.resolve();

  private constructor(readonly response: Response) {}

  /** `engine`: a test app, or the base address of an engine process. */
  static async open(engine: TestApp | string, headers: Record<string, string>): Promise<LiveReader> {
    const base = typeof engine === 'string' ? engine : (await engine.app.getUrl()).replace('[::1]', '127.0.0.1');
    const abort = new AbortController();
    const response = await fetch(`${base}/v1/events/stream`, { headers, signal: abort.signal });
    const reader = new LiveReader(response);
    reader.abort.signal.addEventListener('abort', () => abort.abort());
    if (response.ok) reader.ended = reader.read();
    return reader;
  }

  /** Resolves once a message satisfies `found` (rejects after `timeoutMs`, naming what arrived). */
  async until(found: (message: LiveMessage) => boolean, timeoutMs = 5_000): Promise<LiveMessage[]> {
    const deadline = Date.now() + timeoutMs;
    while (!this.messages.some(found)) {
      if (Date.now() > deadline) throw new Error(`No such message in ${timeoutMs} ms; received: ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        this.changed = resolve;
        setTimeout(resolve, 50);
      });
    }
    return this.messages;
  }

  close(): void {
    this.abort.abort();
  }

  private async read(): Promise<void> {
    const parser = createParser({
      onEvent: ({ id, data }) => {
        this.messages.push({ id: id ?? '', ...(JSON.parse(data) as Omit<LiveMessage, 'id'>) });
        this.changed();
      },
      onComment: (comment) => this.comments.push(comment.trim()),
    });
    const decoder = new TextDecoder();
    try {
      for await (const chunk of this.response.body!) parser.feed(decoder.decode(chunk as Uint8Array, { stream: true }));
    } catch {
      // closed by the test, or by the engine when it stops
    }
  }
}

/** A message as `view` or `view/listId`, for assertions that read like the stream. */
export const shortly = ({ view, listId }: LiveMessage) => (listId ? `${view}/${listId}` : view);

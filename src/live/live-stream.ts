import { ServerResponse } from 'node:http';
import { Actor, Position } from '../event-store/event-store.port';
import { LiveChange, mayLearnOf } from '../kernel/live-views';
import { comparePositions } from '../kernel/position';

/** How often a comment keeps an idle stream open through proxies that drop silent connections. */
export const HEARTBEAT_MS = 15_000;
/** What a client may leave unread before its stream is ended (it reconnects with Last-Event-ID and loses nothing). */
const MAX_UNREAD_BYTES = 1024 * 1024;

/** One event's changes, at its position in the log. */
export interface LiveDelivery {
  position: Position;
  changes: readonly LiveChange[];
}

/**
 * One caller's open stream: it receives every event's changes in log order and writes those the caller
 * may learn of, each once (`after`: the last position it has dealt with). While the events before it
 * joined are read from the log, the live ones wait in `held`.
 */
export class LiveStream {
  private held: LiveDelivery[] | undefined = [];
  private after: Position | undefined;
  private readonly heartbeat: NodeJS.Timeout;
  private expiry?: NodeJS.Timeout;
  private closed = false;

  constructor(
    readonly viewer: Actor,
    private readonly response: ServerResponse,
    private readonly onClose: () => void,
  ) {
    this.heartbeat = setInterval(() => this.write(': keep-alive\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
    response.on('close', () => this.close());
  }

  /** Where the stream starts: it deals with the events after this position only (undefined: the log is empty). */
  startAfter(position: Position | undefined): void {
    this.after = position;
  }

  /** A live event's changes: written now, or once the stream has caught up. */
  receive(delivery: LiveDelivery): void {
    if (this.held) this.held.push(delivery);
    else this.send(delivery);
  }

  /** Writes one event's changes the caller may learn of, unless it dealt with that position already. */
  send({ position, changes }: LiveDelivery): void {
    if (this.after !== undefined && comparePositions(position, this.after) <= 0) return;
    this.after = position;
    const seen = new Set<string>();
    const messages = changes
      .filter((change) => mayLearnOf(this.viewer, change))
      .map(({ view, meetingId, listId }) => JSON.stringify({ position, meetingId, ...(listId !== undefined ? { listId } : {}), view }))
      .filter((data) => !seen.has(data) && seen.add(data));
    if (messages.length) this.write(messages.map((data) => `id: ${position}\ndata: ${data}\n\n`).join(''));
  }

  /** The events before it joined are written: the live ones held meanwhile follow, then every new one as it comes. */
  caughtUp(): void {
    const held = this.held ?? [];
    this.held = undefined;
    held.forEach((delivery) => this.send(delivery));
  }

  /** Ends the stream at `atMs` (epoch milliseconds; undefined: never), e.g. when the caller's token expires. */
  endAt(atMs: number | undefined): void {
    if (atMs === undefined) return;
    // setTimeout takes at most 2^31 - 1 ms (about 24 days); a token lives at most hours.
    this.expiry = setTimeout(() => this.close(), Math.min(Math.max(0, atMs - Date.now()), 2 ** 31 - 1));
    this.expiry.unref();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    clearTimeout(this.expiry);
    if (!this.response.writableEnded) this.response.end();
    this.onClose();
  }

  write(text: string): void {
    if (this.closed) return;
    if (this.response.writableLength > MAX_UNREAD_BYTES) return this.close();
    this.response.write(text);
  }
}

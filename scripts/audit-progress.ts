/**
 * The audit's progress on stderr: `verify [#####-----] 52% 520,000/1,000,000 events 140k/s`. On a terminal
 * cli-progress redraws it in place (its TTY handling: cursor, line clearing, width, ten redraws a second); on
 * anything else (a file, a pipe, CI logs) a plain line every two seconds and one at the end.
 */
import { Format, SingleBar } from 'cli-progress';

export interface ProgressIo {
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  /** Milliseconds, for rates and for spacing progress lines. */
  clock?: () => number;
}

const BAR_WIDTH = 30;
const BAR_STYLE = {
  barsize: BAR_WIDTH,
  barCompleteString: '#'.repeat(BAR_WIDTH),
  barIncompleteString: '-'.repeat(BAR_WIDTH),
  barGlue: '',
};
const LINE_EVERY_MS = 2000;

/** The bars of one audit run: `close` stops any still drawn, so that no redraw timer outlives the run. */
export class Progress {
  private readonly bars: ProgressBar[] = [];

  constructor(private readonly io: ProgressIo) {}

  bar(label: string, unit: string, total?: number): ProgressBar {
    const bar = new ProgressBar(this.io, label, unit, total);
    this.bars.push(bar);
    return bar;
  }

  close(): void {
    for (const bar of this.bars) bar.stop();
  }
}

export class ProgressBar {
  private readonly clock: () => number;
  private readonly started: number;
  private readonly terminal?: SingleBar;
  private lastShown = -Infinity;
  private done = 0;

  constructor(
    private readonly io: ProgressIo,
    private readonly label: string,
    private readonly unit: string,
    private total?: number,
  ) {
    this.clock = io.clock ?? (() => performance.now());
    this.started = this.clock();
    if (io.stderr.isTTY) this.terminal = this.drawnOn(io.stderr);
  }

  update(done: number, total = this.total): void {
    this.done = done;
    this.total = total;
    if (this.terminal) return this.terminal.update(done);
    const now = this.clock();
    if (now - this.lastShown < LINE_EVERY_MS) return;
    this.lastShown = now;
    this.io.stderr.write(`${this.line(now)}\n`);
  }

  finish(done = this.done): void {
    this.done = done;
    if (this.total !== undefined && done > this.total) this.total = done;
    if (this.terminal) return this.stop();
    this.io.stderr.write(`${this.line()}\n`);
  }

  /** Stops redrawing on the terminal (the last drawing stays); nothing on anything else. */
  stop(): void {
    this.terminal?.update(this.done);
    this.terminal?.stop();
  }

  /** The line as it stands: also what tests read. */
  line(now = this.clock()): string {
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? ` ${formatRate(this.done / seconds)}/s` : '';
    const counted = `${formatCount(this.done)}${this.total !== undefined ? `/${formatCount(this.total)}` : ''} ${this.unit}${rate}`;
    if (this.total === undefined || this.total === 0) return `${this.label} ${counted}`;
    const fraction = Math.min(1, this.done / this.total);
    const bar = Format.BarFormat(fraction, BAR_STYLE);
    return `${this.label} [${bar}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${counted}`;
  }

  private drawnOn(stream: ProgressIo['stderr']): SingleBar {
    // cli-progress writes to the stream and reads isTTY and columns: the fields ProgressIo gives it.
    const terminal = new SingleBar({ stream: stream as NodeJS.WritableStream, format: () => this.line(), ...BAR_STYLE });
    terminal.start(this.total ?? 0, 0);
    return terminal;
  }
}

function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function formatRate(perSecond: number): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(1)}M`;
  if (perSecond >= 1e4) return `${Math.round(perSecond / 1e3)}k`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)}k`;
  return `${Math.round(perSecond)}`;
}

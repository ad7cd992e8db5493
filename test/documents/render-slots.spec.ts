import { describe, expect, it, jest } from '@jest/globals';
import { RenderSlots, SlotWaitExpired } from '../../src/documents/rendering/render-slots';

/** Work that ends when the test says so, and records when it started. */
function gate(started: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { work: () => (started.push(name), done.then(() => name)), finish };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('RenderSlots', () => {
  it('serves the waiting callers round-robin, not in order of arrival', async () => {
    const slots = new RenderSlots(1, 60_000, 10);
    const started: string[] = [];
    const gates = new Map<string, ReturnType<typeof gate>>();
    const run = (caller: string, name: string) => {
      const g = gate(started, name);
      gates.set(name, g);
      return slots.run(caller, g.work);
    };
    const runs = [run('flood', 'f1'), run('flood', 'f2'), run('flood', 'f3'), run('flood', 'f4'), run('other', 'o1'), run('third', 't1')];
    await settle();
    expect(started).toEqual(['f1']);
    for (const name of ['f1', 'f2', 'o1', 't1', 'f3']) {
      gates.get(name)!.finish();
      await settle();
    }
    gates.get('f4')!.finish();
    await Promise.all(runs);
    expect(started).toEqual(['f1', 'f2', 'o1', 't1', 'f3', 'f4']);
    expect({ active: slots.active, queued: slots.queued }).toEqual({ active: 0, queued: 0 });
  });

  it("admits a caller's renders up to its share, running and waiting alike, and again once one has ended", async () => {
    const slots = new RenderSlots(1, 60_000, 2);
    const started: string[] = [];
    const [a, b] = [gate(started, 'a'), gate(started, 'b')];
    const runs = [slots.run('flood', a.work), slots.run('flood', b.work)];
    expect(slots.admits('flood')).toBe(false);
    expect(slots.admits('other')).toBe(true);
    a.finish();
    await runs[0];
    expect(slots.admits('flood')).toBe(true);
    b.finish();
    await runs[1];
  });

  it('gives a waiter up after maxWaitMs, frees its share, and keeps the round for the others', async () => {
    jest.useFakeTimers();
    try {
      const slots = new RenderSlots(1, 5_000, 2);
      const started: string[] = [];
      const busy = gate(started, 'busy');
      const running = slots.run('a', busy.work);
      const waiting = slots.run('b', () => Promise.resolve('b')).catch((error: unknown) => error);
      await jest.advanceTimersByTimeAsync(5_000);
      expect(await waiting).toBeInstanceOf(SlotWaitExpired);
      expect(slots.queued).toBe(0);
      expect(slots.admits('b')).toBe(true);
      const later = slots.run('c', () => Promise.resolve('c'));
      busy.finish();
      await running;
      expect(await later).toBe('c');
      expect(slots.active).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it("frees the caller's share when its work fails", async () => {
    const slots = new RenderSlots(1, 60_000, 1);
    await expect(slots.run('a', () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(slots.admits('a')).toBe(true);
    expect(slots.active).toBe(0);
  });
});

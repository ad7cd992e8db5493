import { afterAll, describe, expect, it } from '@jest/globals';
import { EngineProcess, sharedStoreEnv } from '../support/engine-process';
import { LiveReader } from '../support/live-reader';
import { temporaryDirectory } from '../support/temporary-directory';
import { bearer } from '../support/tokens';

/**
 * Two compiled engine processes on one embedded store, each with views of its own: a command answered by one
 * reaches the other's streams through the log, once the other's views include it (so the refetch sees it).
 */
describe('live updates across engine processes (compiled, as child processes)', () => {
  const dir = temporaryDirectory();
  const engines: EngineProcess[] = [];
  const envFor = (name: string) => sharedStoreEnv(dir.path, name);
  afterAll(async () => {
    await Promise.all(engines.map((e) => e.kill()));
    dir.remove();
  });

  it("sends a command answered by process one on process two's stream, and two's views already show it", async () => {
    const [one, two] = await Promise.all([EngineProcess.start(envFor('one')), EngineProcess.start(envFor('two'))]);
    engines.push(one, two);
    const live = await LiveReader.open(two.url, bearer('observer', 'VAT'));
    const created = await one.fetch('/v1/meetings', {
      method: 'POST',
      headers: { ...bearer('pga'), 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'amr-2024', title: 'Antimicrobial resistance', timezone: 'America/New_York' }),
    });
    expect(created.status).toBe(201);
    const { position } = (await created.json()) as { position: string };

    const [message] = await live.until((m) => m.view === 'meeting');
    // Asked without x-consistent-at: the message came only once process two could show the meeting.
    const meeting = await two.fetch('/v1/meetings/amr-2024', { headers: bearer('observer', 'VAT') });
    live.close();
    expect(message).toEqual({ id: position, position, meetingId: 'amr-2024', view: 'meetings' });
    expect(meeting.status).toBe(200);
    expect(live.messages.map((m) => m.view)).toEqual(['meetings', 'meeting']);
  });
});

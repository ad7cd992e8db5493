import { describe, expect, it } from '@jest/globals';
import { ENGINE_MANIFESTS } from '../../src/engine/manifests';
import { LIVE_VIEWS, LiveChange, LiveMappings } from '../../src/kernel/live-views';
import { StoredEvent } from '../../src/kernel/events';
import { everyEventLog } from '../engine/every-event-log';

/** Live updates are derived from the capabilities' own mappings: a new event type must say which views it changes. */
describe('live updates: each capability maps its event types to the views they change', () => {
  it.each(ENGINE_MANIFESTS.map((manifest) => [manifest.name, manifest] as const))(
    '%s maps every event type of its streams, and only those',
    (_, manifest) => {
      const types = manifest.streams.flatMap((kind) => Object.keys(kind.events)).sort();
      const missing = types.filter((type) => !(type in manifest.liveViews));
      expect(missing.map((type) => `${type}: no live mapping in the ${manifest.name} manifest's liveViews`)).toEqual([]);
      expect(Object.keys(manifest.liveViews).sort()).toEqual(types);
    },
  );

  it('maps every event of the every-event log to known views of the meeting its stream belongs to', async () => {
    const log = everyEventLog();
    const mappings: LiveMappings = Object.assign({}, ...ENGINE_MANIFESTS.map((manifest) => manifest.liveViews));
    const problems: string[] = [];
    for (const event of log) {
      const earlier = { ofStream: () => Promise.resolve(log.filter((e) => e.streamId === event.streamId && e.revision < event.revision)) };
      const changes: readonly LiveChange[] = await mappings[event.type](event, earlier);
      for (const change of changes) problems.push(...problemsOf(event, change));
    }
    expect(problems).toEqual([]);
  });
});

function problemsOf(event: StoredEvent, { view, meetingId, listId }: LiveChange): string[] {
  const problems: string[] = [];
  if (!LIVE_VIEWS.includes(view)) problems.push(`${event.type}: unknown view ${view}`);
  if (!meetingId || !event.streamId.includes(meetingId))
    problems.push(`${event.type}: meeting "${meetingId}" is not its stream's (${event.streamId})`);
  if (listId !== undefined && !event.streamId.endsWith(`.${listId}`)) problems.push(`${event.type}: list "${listId}" is not its stream's`);
  return problems;
}

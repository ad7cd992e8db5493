import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { partitionStreams } from '../../src/audit/parallel-rebuild';
import { rebuildAndCompare, RebuildReport } from '../../src/audit/projection-rebuild';
import { engineUpcasters } from '../../src/engine/engine-upcasters';
import { engineProjections } from '../../src/engine/manifests';
import { REBUILD_CATALOGUE_MODULE } from '../../src/engine/rebuild-catalogue';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { temporaryDirectory } from '../support/temporary-directory';
import { bearer } from '../support/tokens';
import { PROGRAMME } from './replay-history';

const MEETINGS = Array.from({ length: 8 }, (_, i) => `meeting-${i + 1}-2013`);

/** One step of the 2013 procedure for one meeting: lists, programme, a chair, opening speakers, a speaker. */
type Step = (p: ReturnType<typeof procedure>, t: TestApp) => Promise<unknown>;

const ok = async (response: Promise<{ statusCode: number; body: string }>) => {
  const answer = await response;
  if (answer.statusCode >= 300) throw new Error(`${answer.statusCode}: ${answer.body}`);
};

const entries = new Map<string, string>();
const STEPS: Step[] = [
  (p) => p.createMeeting(),
  (p) => p.createList('ecosoc-ngos', 'ecosoc'),
  async (p) => entries.set(p.base, (await p.propose('ecosoc-ngos', [org('La Strada', 'NLD', { ecosocStatus: 'special' })]))[0]),
  (p) => p.createList('other-ngos', 'non-objection'),
  (p) => p.propose('other-ngos', [org('Walk Free', 'AUS'), org('Kav LaOved', 'ISR')]),
  (p) => ok(p.put(`${p.base}/programme`, { segments: PROGRAMME })),
  (p) => ok(p.post(`${p.base}/panels/panel-1/consultations`, { regionalGroup: 'Asia-Pacific Group' })),
  (p) => ok(p.post(`${p.base}/panels/panel-1/chair-invitation`, { state: 'PHL' })),
  (p) => ok(p.post(`${p.base}/panels/panel-1/chair-invitation/response`, { accept: true }, bearer('member-state', 'PHL'))),
  (p) => ok(p.put(`${p.base}/opening-speakers/eminent-person`, { name: 'A. Eminent' })),
  (p) => ok(p.put(`${p.base}/opening-speakers/ngo-representative`, { name: 'B. Rep', entryId: entries.get(p.base), survivor: true })),
  (p) =>
    ok(
      p.post(
        `${p.base}/speakers`,
        { segmentId: 'plenary-1', level: 'minister', speakerName: 'FRA minister' },
        bearer('member-state', 'FRA'),
      ),
    ),
  (p) => ok(p.post(`${p.base}/arrangements/finalization`, {})),
];

/** Every meeting takes each step in turn, so that the streams of different meetings interleave in the log. */
async function runProcedure(t: TestApp): Promise<void> {
  await ok(
    t.inject({
      method: 'PUT',
      url: '/v1/member-states/me/webhook',
      headers: bearer('member-state', 'FRA'),
      payload: { url: 'https://fra.example/reminders' },
    }),
  );
  for (const step of STEPS) {
    for (const meetingId of MEETINGS) await step(procedure(t, meetingId), t);
  }
}

/** The meeting streams in a partition of their own, every other stream dealt over the rest: each meeting's streams are split apart. */
function meetingStreamsApart(dealt: string[][]) {
  return (sizes: ReadonlyArray<[string, number]>, count: number): string[][] => {
    const isMeeting = ([streamId]: [string, number]) => streamId.startsWith('meeting-');
    const partitions = [
      sizes.filter(isMeeting).map(([streamId]) => streamId),
      ...partitionStreams(
        sizes.filter((s) => !isMeeting(s)),
        count - 1,
      ),
    ];
    dealt.push(...partitions);
    return partitions;
  };
}

const partitionOf = (dealt: string[][], streamId: string) => dealt.findIndex((streams) => streams.includes(streamId));

describe("a parallel rebuild with each meeting's streams in different workers", () => {
  const dir = temporaryDirectory();
  const events = `${dir.path}/events.db`;
  const live = `${dir.path}/projections.db`;
  const dealt: string[][] = [];
  let report: RebuildReport;

  beforeAll(async () => {
    const t = await startTestApp({ dataDir: dir.path, now: '2013-04-30T15:00:00Z', env: { WEBHOOK_ALLOW_PRIVATE: 'true' } });
    try {
      await runProcedure(t);
    } finally {
      await t.close();
    }
    const store = new SqliteEventStore({ path: events });
    const liveDocuments = new ProjectionStore(live);
    try {
      const parallel = { eventsPath: events, livePath: live, workers: 2, minEventsPerWorker: 1, catalogueModule: REBUILD_CATALOGUE_MODULE };
      report = await rebuildAndCompare(store, liveDocuments, engineProjections(), {
        upcasters: engineUpcasters,
        parallel: { ...parallel, partition: meetingStreamsApart(dealt) },
      });
    } finally {
      liveDocuments.close();
      await store.close();
    }
  }, 120_000);
  afterAll(() => dir.remove());

  it('dealt every meeting stream to another worker than its arrangements, lists and speakers', () => {
    expect(dealt).toHaveLength(2);
    for (const meetingId of MEETINGS) {
      const meeting = partitionOf(dealt, `meeting-${meetingId}`);
      expect(meeting).toBe(0);
      for (const related of [`arrangements-${meetingId}`, `list-${meetingId}.ecosoc-ngos`, `speakers-${meetingId}.plenary-1`]) {
        expect([related, partitionOf(dealt, related)]).toEqual([related, 1]);
      }
    }
  });

  it('matches the live projections document for document', () => {
    const differing = report.perProjection.filter((p) => !p.matches).map(({ name, differences }) => ({ name, differences }));
    expect(differing).toEqual([]);
    expect(report.matches).toBe(true);
    for (const projection of report.perProjection) {
      expect(projection).toEqual(expect.objectContaining({ matches: true, differenceCount: 0, differences: [], liveBehindBy: 0 }));
      expect(projection.documents).toBe(projection.liveDocuments);
    }
    const documents = Object.fromEntries(report.perProjection.map((p) => [p.name, p.documents]));
    expect(documents).toEqual({ meetings: 8, lists: 8 * (2 + 3), arrangements: 8, speakers: 8, webhooks: 1 });
  });
});

import { DEADLINE_SCHEDULER } from '../../src/deadlines/deadline-scheduler.port';
import { InProcessDeadlineScheduler } from '../../src/deadlines/in-process-deadline-scheduler';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { temporaryDirectory } from '../support/temporary-directory';

describe('deadlines without Redis (in-process scheduler)', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  const dir = temporaryDirectory();
  afterEach(() => t.close());
  afterAll(() => dir.remove());

  async function openBatch(deadline: string): Promise<void> {
    p = procedure(t);
    await p.createMeeting();
    await p.createList('other-ngos', 'non-objection');
    await p.propose('other-ngos', [org('La Strada International', 'NLD'), org('Polaris Project', 'USA')]);
    await p.submit('other-ngos', deadline);
  }

  async function waitForBatchStatus(status: string): Promise<Record<string, unknown>> {
    for (let i = 0; i < 100; i += 1) {
      const list = await p.list('other-ngos');
      if ((list.batches as Array<{ status: string }>)[0].status === status) return list;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`batch never became ${status}`);
  }

  it('closes a batch by itself once its deadline comes, as the system actor', async () => {
    t = await startTestApp();
    t.clock.set('2013-04-26T21:59:58Z');
    await openBatch('2013-04-26T18:00:00-04:00');
    t.clock.set('2013-04-26T22:00:00Z');
    const list = await waitForBatchStatus('closed');
    expect((list.entries as Array<{ status: string }>).map((e) => e.status)).toEqual(['approved', 'approved']);
    const closed = (await t.store.readStream('list-trafficking-2013.other-ngos')).find((e) => e.type === 'BatchClosed')!;
    expect(closed.metadata.actor).toEqual({ role: 'system', subject: 'deadline-scheduler' });
  });

  it('does nothing for the old deadline after an extension, and closes at the new one', async () => {
    t = await startTestApp();
    t.clock.set('2013-04-20T12:00:00Z');
    await openBatch('2013-04-26T18:00:00-04:00');
    const extended = await p.post(`${p.base}/lists/other-ngos/batches/1/extension`, { deadline: '2013-04-30T18:00:00-04:00' });
    expect(extended.statusCode).toBe(200);
    const scheduler = t.app.get<InProcessDeadlineScheduler>(DEADLINE_SCHEDULER);
    t.clock.set('2013-04-27T00:00:00Z');
    await scheduler.runDue();
    expect((await p.list('other-ngos')).batches[0].status).toBe('open');
    t.clock.set('2013-04-30T22:00:00Z');
    await scheduler.runDue();
    expect((await p.list('other-ngos')).batches[0]).toMatchObject({ status: 'closed', deadline: '2013-04-30T22:00:00.000Z' });
    expect(await scheduler.health()).toMatchObject({ kind: 'in-process', delayed: 0, failed: 0 });
  });

  it('closes at start-up a batch whose deadline passed while the engine was down', async () => {
    t = await startTestApp({ dataDir: dir.path });
    t.clock.set('2013-04-20T12:00:00Z');
    await openBatch('2013-04-26T18:00:00-04:00');
    await t.close();
    t = await startTestApp({ dataDir: dir.path, now: '2013-05-01T00:00:00Z' });
    p = procedure(t);
    await waitForBatchStatus('closed');
  });
});

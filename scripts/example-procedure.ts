/**
 * Paragraph 9 played through, and paragraph 5's lists of speakers, for the example meeting: a first batch
 * submitted with a deadline seconds ahead, objected to (once by a State for itself, once on behalf of two
 * others) and closed, so that its outcome shows; a second batch left open until a few days ahead; States
 * inscribed to speak. The objecting States, reasons and speakers are illustrative, not the historical ones.
 */
import { Api, Log } from './example-api';

export interface BatchPlan {
  /** Names of the organizations of the first batch, which closes during the load (proposed before it). */
  closed: string[];
  /** The organizations of the second batch, left open: proposed once the first batch is closed. */
  open: Array<{ name: string; country: string; category: string }>;
}

export interface ProcedureTiming {
  /** How far ahead the first batch's deadline lies, in ms (the loader waits for it to pass). */
  closedBatchDeadlineMs: number;
  /** How far ahead the open batch's deadline lies, in days. */
  openBatchDeadlineDays: number;
  /** Resolves once the engine's clock has passed `deadline` (the real clock: by waiting; a test's: by setting it). */
  passDeadline: (deadline: string, log: Log) => Promise<void>;
}

export const DEFAULT_TIMING: ProcedureTiming = { closedBatchDeadlineMs: 5000, openBatchDeadlineDays: 4, passDeadline: waitUntil };

async function waitUntil(deadline: string, log: Log): Promise<void> {
  const wait = Date.parse(deadline) - Date.now() + 250;
  if (wait <= 0) return;
  log(`Waiting ${Math.ceil(wait / 1000)} s for batch 1's deadline to pass...`);
  await new Promise((resolve) => setTimeout(resolve, wait));
}

const OBJECTIONS = [
  {
    organization: 'Walk Free Foundation',
    state: 'EGY',
    onBehalfOf: ['DZA', 'MAR'],
    reason: 'Illustrative: not in line with the purpose of the meeting.',
  },
  { organization: 'Thomson Reuters Foundation', state: 'RUS', reason: 'Illustrative objection, for the example.' },
];

const INSCRIPTIONS = [
  { state: 'PHL', level: 'minister', speakerName: 'H.E. Minister of Foreign Affairs (example)' },
  { state: 'FRA', level: 'head-of-delegation', speakerName: 'H.E. Permanent Representative of France (example)' },
  { state: 'NGA', level: 'vice-president', speakerName: 'H.E. Vice-President of Nigeria (example)' },
  { state: 'BRA', level: 'head-of-delegation', speakerName: 'H.E. Permanent Representative of Brazil (example)' },
];
const SPEAKERS_SEGMENT = 'plenary-13-may-morning';

type EntrySeen = { id: string; status: string; organization: { name: string } };
type ListSeen = { entries: EntrySeen[]; batches: Array<{ number: number; status: string }> };

/** Submits, objects to and closes the first batch, then submits the second; a batch already there is left as it is. */
export async function loadBatches(api: Api, listUrl: string, plan: BatchPlan, log: Log, timing = DEFAULT_TIMING): Promise<void> {
  const list = async () => (await api.call('GET', listUrl)) as unknown as ListSeen;
  let seen = await list();
  if (seen.batches.length === 0) {
    const deadline = new Date(Date.now() + timing.closedBatchDeadlineMs).toISOString();
    await api.call('POST', `${listUrl}/batches`, { body: { deadline }, key: 'batch-1' });
    await objectInFirstBatch(api, listUrl, seen.entries);
    log(`Submitted batch 1 (${plan.closed.length} organizations) to Member States; ${OBJECTIONS.length} objections raised.`);
    await timing.passDeadline(deadline, log);
    // The engine's scheduler may have closed it already: the closure is then a no-op.
    await api.call('POST', `${listUrl}/batches/1/closure`);
    seen = await list();
    const outcome = seen.entries.filter((e) => plan.closed.includes(e.organization.name)).map((e) => `${e.organization.name}: ${e.status}`);
    log(`Batch 1 closed. ${outcome.join('; ')}.`);
  }
  if (seen.batches.length < 2) {
    const present = new Set(seen.entries.map((e) => e.organization.name));
    const missing = plan.open.filter((organization) => !present.has(organization.name));
    if (missing.length) await api.call('POST', `${listUrl}/entries`, { body: { organizations: missing }, key: 'entries-batch-2' });
    const deadline = new Date(Date.now() + timing.openBatchDeadlineDays * 86_400_000).toISOString();
    await api.call('POST', `${listUrl}/batches`, { body: { deadline }, key: 'batch-2' });
    log(`Submitted batch 2 (${plan.open.length} organizations), open until ${deadline}.`);
  }
}

async function objectInFirstBatch(api: Api, listUrl: string, entries: EntrySeen[]): Promise<void> {
  for (const { organization, state, ...body } of OBJECTIONS) {
    const entry = entries.find((e) => e.organization.name === organization)!;
    await api.call('POST', `${listUrl}/entries/${entry.id}/objections`, { body, state, tolerated: ['ALREADY_EXISTS'] });
  }
}

/** Paragraph 5: four delegations inscribed on the first plenary's list; the engine keeps them in speaking order. */
export async function loadInscriptions(api: Api, meetingUrl: string, log: Log): Promise<void> {
  let added = 0;
  for (const { state, ...inscription } of INSCRIPTIONS) {
    const answer = await api.call('POST', `${meetingUrl}/speakers`, {
      body: { segmentId: SPEAKERS_SEGMENT, ...inscription },
      state,
      tolerated: ['ALREADY_EXISTS'],
    });
    if (!answer.code) added += 1;
  }
  log(`List of speakers of ${SPEAKERS_SEGMENT}: ${added} inscription(s) added, ${INSCRIPTIONS.length - added} already there.`);
}

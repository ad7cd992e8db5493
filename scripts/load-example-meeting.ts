/**
 * Loads the 2013 High-level Meeting on the Appraisal of the Global Plan of Action to Combat Trafficking in
 * Persons (the founding resolution, ../shared/reference) into a running engine, through its public HTTP API:
 *
 *   npm start            # in one terminal
 *   npm run example      # in another; BASE_URL (default http://localhost:3000), AUTH_JWT_SECRET as the engine's
 *
 * Idempotent: fixed ids, Idempotency-Key headers on what it creates, and it reads before each step, so what is
 * already there is left as it is (a PUT of the same programme or speaker is a no-op).
 * The programme and themes are the resolution's; the organizations are real anti-trafficking organizations
 * (consultative status as best known: check the ECOSOC NGO database before relying on it); the chairs and
 * the two opening speakers are illustrative, not the historical ones.
 */
import { createHash, createHmac } from 'node:crypto';
import { loadConfig } from '../src/platform/config';

import { Api, at, Log, TokenFor } from './example-api';
import { BatchPlan, DEFAULT_TIMING, loadBatches, loadInscriptions, ProcedureTiming } from './example-procedure';

export type { TokenFor } from './example-api';

const MEETING = 'trafficking-2013';
const ECOSOC_LIST = 'ecosoc-ngos';
const OTHER_LIST = 'other-stakeholders';
const NY = (local: string) => `${local}-04:00`;

const THEME_1 =
  'The Global Plan of Action, relevant legal instruments, and Effective Partnerships to Protect and Assist Victims of Human Trafficking';
const THEME_2 =
  'Sharing Best Practices and Lessons Learned for Prevention and Prosecution in the implementation of the Global Plan of Action, and relevant legal instruments';

/** Paragraphs 1 and 3 of the resolution. */
const PROGRAMME = [
  {
    id: 'opening-plenary',
    kind: 'opening-plenary',
    title: 'Opening plenary meeting',
    startsAt: NY('2013-05-13T09:00:00'),
    endsAt: NY('2013-05-13T10:00:00'),
  },
  {
    id: 'plenary-13-may-morning',
    kind: 'plenary',
    title: 'Plenary meeting',
    startsAt: NY('2013-05-13T10:00:00'),
    endsAt: NY('2013-05-13T13:00:00'),
  },
  {
    id: 'panel-1',
    kind: 'panel',
    title: 'Interactive panel discussion 1',
    theme: THEME_1,
    startsAt: NY('2013-05-13T15:00:00'),
    endsAt: NY('2013-05-13T16:30:00'),
  },
  {
    id: 'panel-2',
    kind: 'panel',
    title: 'Interactive panel discussion 2',
    theme: THEME_2,
    startsAt: NY('2013-05-13T16:30:00'),
    endsAt: NY('2013-05-13T18:00:00'),
  },
  {
    id: 'plenary-14-may-morning',
    kind: 'plenary',
    title: 'Plenary meeting',
    startsAt: NY('2013-05-14T10:00:00'),
    endsAt: NY('2013-05-14T13:00:00'),
  },
  {
    id: 'plenary-14-may-afternoon',
    kind: 'plenary',
    title: 'Plenary meeting',
    startsAt: NY('2013-05-14T15:00:00'),
    endsAt: NY('2013-05-14T18:00:00'),
  },
  {
    id: 'closing-plenary',
    kind: 'closing-plenary',
    title: 'Closing plenary meeting (after the list of speakers is exhausted)',
    startsAt: NY('2013-05-14T18:00:00'),
  },
];

const ECOSOC_ORGANIZATIONS = [
  { name: 'Coalition Against Trafficking in Women', country: 'USA', category: 'ngo', ecosocStatus: 'special' },
  { name: 'Global Alliance Against Traffic in Women', country: 'THA', category: 'ngo', ecosocStatus: 'special' },
  { name: 'Anti-Slavery International', country: 'GBR', category: 'ngo', ecosocStatus: 'special' },
  { name: 'ECPAT International', country: 'THA', category: 'ngo', ecosocStatus: 'special' },
  { name: 'Franciscans International', country: 'CHE', category: 'ngo', ecosocStatus: 'general' },
];

const OTHER_ORGANIZATIONS = [
  { name: 'La Strada International', country: 'NLD', category: 'ngo' },
  { name: 'Polaris Project', country: 'USA', category: 'ngo' },
  { name: 'Walk Free Foundation', country: 'AUS', category: 'civil-society' },
  { name: 'Thomson Reuters Foundation', country: 'GBR', category: 'media' },
  { name: 'Human Trafficking Center, University of Denver', country: 'USA', category: 'academia' },
  { name: 'Terre des hommes International Federation', country: 'CHE', category: 'ngo' },
  { name: 'Shared Hope International', country: 'USA', category: 'ngo' },
  { name: 'STOP THE TRAFFIK', country: 'GBR', category: 'civil-society' },
];

/** The first five go to Member States in a batch that closes during the load, the last three in one left open. */
const BATCHES: BatchPlan = {
  closed: OTHER_ORGANIZATIONS.slice(0, 5).map((o) => o.name),
  open: OTHER_ORGANIZATIONS.slice(5),
};

/** Illustrative chairs from two regional groups, after consulting each. */
const CHAIRS = [
  { panelId: 'panel-1', regionalGroup: 'Asia-Pacific Group', state: 'PHL' },
  { panelId: 'panel-2', regionalGroup: 'Eastern European Group', state: 'BLR' },
];

/** Loads the example meeting through the API at `baseUrl`; `tokens` mints a bearer token per role. */
export async function loadExampleMeeting(
  baseUrl: string,
  tokens: TokenFor,
  log: Log = () => undefined,
  timing: ProcedureTiming = DEFAULT_TIMING,
): Promise<void> {
  const api = new Api(baseUrl.replace(/\/$/, ''), tokens);
  const base = `/v1/meetings/${MEETING}`;
  const meeting = {
    id: MEETING,
    title: 'High-level Meeting of the General Assembly on the Appraisal of the Global Plan of Action to Combat Trafficking in Persons',
    timezone: 'America/New_York',
    venue: 'United Nations Headquarters, New York',
    mandate: ['A/RES/67/190', 'A/RES/64/293'],
  };
  const exists = !(await api.call('GET', base, { tolerated: ['NOT_FOUND'] })).code;
  if (!exists) await api.call('POST', '/v1/meetings', { body: meeting, key: 'meeting', tolerated: ['ALREADY_EXISTS'] });
  log(exists ? `Meeting ${MEETING} was already there.` : `Created meeting ${MEETING} (America/New_York).`);
  const ecosocIds = await loadList(
    api,
    base,
    log,
    { id: ECOSOC_LIST, kind: 'ecosoc', title: 'Non-governmental organizations in consultative status with ECOSOC (paragraph 8)' },
    ECOSOC_ORGANIZATIONS,
  );
  await loadList(
    api,
    base,
    log,
    { id: OTHER_LIST, kind: 'non-objection', title: 'Other NGOs, civil society, private sector, media and academia (paragraph 9)' },
    OTHER_ORGANIZATIONS.slice(0, 5),
  );
  await loadBatches(api, `${base}/lists/${OTHER_LIST}`, BATCHES, log, timing);
  await loadArrangements(api, base, log, ecosocIds);
  await loadInscriptions(api, base, log);
}

/** Paragraphs 1, 2, 3 and 10: the programme, the chairs, the opening speakers, then finalization. */
async function loadArrangements(api: Api, base: string, log: Log, ecosocIds: Map<string, string>): Promise<void> {
  if (at(await api.call('GET', base), 'arrangements', 'status') === 'finalized')
    return log('Arrangements already finalized: left as they are.');
  const programme = await api.call('PUT', `${base}/programme`, { body: { segments: PROGRAMME } });
  log(programme.changed ? `Set the programme: ${PROGRAMME.length} segments, 13-14 May 2013.` : 'Programme already set.');
  await loadChairs(api, base, log);
  await identifySpeakers(api, base, log, ecosocIds.get('Global Alliance Against Traffic in Women')!);
  await api.call('POST', `${base}/arrangements/finalization`);
  log('Finalized the arrangements (paragraph 10).');
}

/** Creates the list if needed and proposes the organizations it lacks; answers the entry id of each by name. */
async function loadList(
  api: Api,
  base: string,
  log: Log,
  list: { id: string; kind: string; title: string },
  organizations: Array<{ name: string; country: string }>,
) {
  const exists = !(await api.call('GET', `${base}/lists/${list.id}`, { tolerated: ['NOT_FOUND'] })).code;
  if (!exists) await api.call('POST', `${base}/lists`, { body: list, key: `list-${list.id}`, tolerated: ['ALREADY_EXISTS'] });
  const present = async () =>
    (await api.call('GET', `${base}/lists/${list.id}`)).entries as Array<{ id: string; organization: { name: string } }>;
  const names = new Set((await present()).map((entry) => entry.organization.name));
  const missing = organizations.filter((organization) => !names.has(organization.name));
  const key = `entries-${list.id}-${createHash('sha256').update(JSON.stringify(missing)).digest('hex').slice(0, 16)}`;
  if (missing.length)
    await api.call('POST', `${base}/lists/${list.id}/entries`, { body: { organizations: missing }, key, tolerated: ['ALREADY_EXISTS'] });
  log(
    `${exists ? 'List' : 'Created list'} ${list.id} (${list.kind}): ${missing.length} organization(s) proposed, ${organizations.length - missing.length} already there.`,
  );
  return new Map((await present()).map((entry) => [entry.organization.name, entry.id]));
}

type PanelSeen = { id: string; chair: { state: string; status: string } | null; consultations: Array<{ regionalGroup: string }> };

/** Paragraph 3: consult the group, invite the State, the State accepts; what is done already is skipped. */
async function loadChairs(api: Api, base: string, log: Log): Promise<void> {
  const panels = (await api.call('GET', `${base}/panels`)).panels as PanelSeen[];
  for (const { panelId, regionalGroup, state } of CHAIRS) {
    const panel = panels.find((p) => p.id === panelId)!;
    const chair = panel.chair;
    if (chair && chair.state !== state && chair.status !== 'declined') {
      log(`Panel ${panelId}: ${chair.state} is ${chair.status}; left as it is.`);
      continue;
    }
    if (!panel.consultations.some((c) => c.regionalGroup === regionalGroup)) {
      await api.call('POST', `${base}/panels/${panelId}/consultations`, {
        body: { regionalGroup, note: 'Example consultation with the Chair of the group' },
      });
    }
    if (chair?.status !== 'accepted' && chair?.status !== 'invited') {
      await api.call('POST', `${base}/panels/${panelId}/chair-invitation`, { body: { state } });
    }
    if (chair?.status !== 'accepted') {
      await api.call('POST', `${base}/panels/${panelId}/chair-invitation/response`, { body: { accept: true }, state });
    }
    log(`Panel ${panelId}: chaired by ${state} (${regionalGroup}), after consulting the group.`);
  }
}

/** Paragraph 2: the two speakers the PGA identifies (illustrative names). */
async function identifySpeakers(api: Api, base: string, log: Log, gaatwEntry: string): Promise<void> {
  await api.call('PUT', `${base}/opening-speakers/eminent-person`, { body: { name: 'Eminent person (example)' } });
  const representative = { name: 'Representative of GAATW (example)', entryId: gaatwEntry, survivor: false };
  await api.call('PUT', `${base}/opening-speakers/ngo-representative`, { body: representative });
  log('Identified the eminent person and the NGO representative (from the ECOSOC list).');
}

function sign(claims: object, secret: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

async function main(): Promise<void> {
  const baseUrl = process.env.BASE_URL ?? 'http://localhost:3000';
  const config = loadConfig();
  if (config.auth.usingDevelopmentSecret) console.error('(signing tokens with the development secret: AUTH_JWT_SECRET is unset)');
  const iat = Math.floor(Date.now() / 1000);
  const exp = iat + Math.min(3600, Math.floor(config.auth.maxTokenLifetimeMs / 1000));
  const tokens: TokenFor = (role, state) =>
    sign({ sub: `example-loader-${state ?? role}`, role, ...(state ? { state } : {}), iat, exp }, config.auth.secret);
  await loadExampleMeeting(baseUrl, tokens, (line) => console.log(`- ${line}`));
  console.log(`\nLook at it in the console: ${baseUrl}/ (sign in as the President's office, or as a State such as Egypt or France)
Or through the API (token: npm run token -- --role pga):
  GET ${baseUrl}/v1/meetings/${MEETING}                    programme (UTC and New York time), panels, opening speakers
  GET ${baseUrl}/v1/meetings/${MEETING}/panels             chairs, consultations
  GET ${baseUrl}/v1/meetings/${MEETING}/lists/${ECOSOC_LIST}   and /lists/${OTHER_LIST} (batch 1 closed, batch 2 open)
  GET ${baseUrl}/v1/meetings/${MEETING}/speakers?segmentId=plenary-13-may-morning
  Swagger UI: ${baseUrl}/docs`);
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  main().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      message === 'fetch failed'
        ? `No engine answers at ${process.env.BASE_URL ?? 'http://localhost:3000'}: start it (npm start) or set BASE_URL.`
        : message,
    );
    process.exit(1);
  });
}

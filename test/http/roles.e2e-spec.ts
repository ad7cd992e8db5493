import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { DEVELOPMENT_JWT_SECRET } from '../../src/platform/config';
import { ANY_ROLE, isPublicRoute, Role, rolesOf } from '../support/contract-routes';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp, TestResponse } from '../support/test-app';
import { bearer } from '../support/tokens';

/**
 * Who may do what, over real HTTP. The routes come from the app's own OpenAPI document, so a new
 * route is covered as soon as it is documented; the roles come from the route table
 * (../support/contract-routes.ts), which the OpenAPI test keeps equal to the documented routes.
 */

/** Routes where an allowed role may still be refused for its State (only the invited State, only the chair). */
const STATE_CHECKED = new Set([
  'POST /v1/meetings/{meetingId}/panels/{panelId}/chair-invitation/response',
  'POST /v1/meetings/{meetingId}/panels/{panelId}/summary',
]);

/** The only commands an observer may send: its own inscription on a list of speakers. */
const OBSERVER_MAY = new Set(['POST /v1/meetings/{meetingId}/speakers', 'DELETE /v1/meetings/{meetingId}/speakers/mine']);
const COMMAND_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** GET routes that answer only after a step the seeded list has not taken (its transmittal): 409 INVALID_STATE lets the role through. */
const LATER_IN_THE_PROCEDURE = new Set(['GET /v1/meetings/{meetingId}/lists/{listId}/transmittal-letter']);
const MEETING = 'trafficking-2013';
const LIST = 'civil-society';

/** Minimal valid-looking bodies of the contract's routes; routes not listed get one built from their schema. */
const BODIES: Record<string, unknown> = {
  'POST /v1/meetings': { id: 'trafficking-2014', title: 'Trafficking in persons', timezone: 'America/New_York' },
  'POST /v1/meetings/{meetingId}/lists': { id: 'ecosoc-organizations', kind: 'ecosoc', title: 'ECOSOC organizations' },
  'POST /v1/meetings/{meetingId}/lists/{listId}/entries': { organization: org('La Strada International', 'NLD') },
  'POST /v1/meetings/{meetingId}/lists/{listId}/batches': { deadline: '2013-05-20T18:00:00-04:00' },
  'POST /v1/meetings/{meetingId}/lists/{listId}/batches/{batch}/extension': { deadline: '2013-05-24T18:00:00-04:00' },
  'POST /v1/meetings/{meetingId}/lists/{listId}/batches/{batch}/cancellation': { reason: 'The deadline was mistyped.' },
  'POST /v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/objections': { reason: 'Not related to the purpose of the meeting.' },
  'POST /v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/general-assembly-decision': {
    decision: 'approve',
    reference: 'A/67/L.99',
  },
  'PUT /v1/meetings/{meetingId}/programme': {
    segments: [
      {
        id: 'opening-plenary',
        kind: 'opening-plenary',
        title: 'Opening plenary',
        startsAt: '2013-05-13T10:00:00-04:00',
        endsAt: '2013-05-13T13:00:00-04:00',
      },
    ],
  },
  'POST /v1/meetings/{meetingId}/panels/{panelId}/consultations': { regionalGroup: 'African Group' },
  'POST /v1/meetings/{meetingId}/panels/{panelId}/chair-invitation': { state: 'NGA' },
  'POST /v1/meetings/{meetingId}/panels/{panelId}/chair-invitation/response': { accept: true },
  'POST /v1/meetings/{meetingId}/panels/{panelId}/summary': { text: 'The panel discussed prevention.' },
  'PUT /v1/meetings/{meetingId}/opening-speakers/{role}': { name: 'A. Person' },
  'POST /v1/meetings/{meetingId}/arrangements/reopening': { reason: 'The programme changes.' },
  'POST /v1/meetings/{meetingId}/speakers': { segmentId: 'opening-plenary', level: 'minister', speakerName: 'A. Minister' },
  'POST /v1/meetings/{meetingId}/speakers/closure': { segmentId: 'opening-plenary' },
  'PUT /v1/member-states/me/webhook': { url: 'https://mission.example.org/hooks/nihil-obstat' },
};

/** A caller of each role; the States are a Member State and an observer. */
const CALLERS: Record<Role, Record<string, string>> = {
  pga: bearer('pga'),
  'member-state': bearer('member-state', 'FRA'),
  observer: bearer('observer', 'VAT'),
  auditor: bearer('auditor'),
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the OpenAPI document as /docs-json answers it, walked by JSON pointer: `any` on purpose, like every JSON answer in the tests (see eslint.config.mjs)
type Schema = Record<string, any>;
interface DocumentedRoute {
  key: string;
  method: string;
  path: string;
  operation: Schema;
}

// ---------------------------------------------------------------- the contract's error body

const ERROR_KEYS = ['statusCode', 'code', 'message', 'details'];

/** Why `response` is not the contract's error `{ statusCode, code, message, details? }` with this status and code, if it is not. */
function errorProblem(response: TestResponse, status: number, code: string): string | undefined {
  if (response.statusCode !== status) return `answered ${response.statusCode} (wanted ${status} ${code}): ${response.body.slice(0, 200)}`;
  if (!/^application\/json/.test(response.headers['content-type'] ?? '')) return `content-type is ${response.headers['content-type']}`;
  let body: Record<string, unknown>;
  try {
    body = response.json();
  } catch {
    return `body is not JSON: ${response.body.slice(0, 200)}`;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return `body is not an object: ${response.body.slice(0, 200)}`;
  const extra = Object.keys(body).filter((k) => !ERROR_KEYS.includes(k));
  if (extra.length > 0) return `body has keys outside the contract: ${extra.join(', ')}`;
  if (body.statusCode !== status) return `body.statusCode is ${JSON.stringify(body.statusCode)}`;
  if (body.code !== code) return `body.code is ${JSON.stringify(body.code)} (wanted ${code})`;
  if (typeof body.message !== 'string' || body.message.trim() === '') return 'body.message is not a sentence';
  if ('details' in body && body.details === undefined) return 'body.details is present but undefined';
  return undefined;
}

function expectError(response: TestResponse, status: number, code: string): void {
  expect({ problem: errorProblem(response, status, code) }).toEqual({ problem: undefined });
}

// ---------------------------------------------------------------- tokens that must be refused

const now = () => Math.floor(Date.now() / 1000);
const rightKey = new JwtService({ secret: DEVELOPMENT_JWT_SECRET, signOptions: { algorithm: 'HS256' } });
const wrongKey = new JwtService({ secret: 'some-other-secret-that-the-engine-does-not-know', signOptions: { algorithm: 'HS256' } });
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

const soon = () => now() + 600;

const REFUSED_TOKENS: Record<string, Record<string, string>> = {
  'no token': {},
  'an expired token': auth(rightKey.sign({ sub: 'pga-user', role: 'pga', exp: now() - 60 })),
  'a token without exp': auth(rightKey.sign({ sub: 'pga-user', role: 'pga' })),
  'a token that lives longer than AUTH_MAX_TOKEN_LIFETIME_MS': auth(rightKey.sign({ sub: 'pga-user', role: 'pga' }, { expiresIn: '13h' })),
  'a token without iat that lives too long from now': auth(
    rightKey.sign({ sub: 'pga-user', role: 'pga', exp: now() + 13 * 3600 }, { noTimestamp: true }),
  ),
  'a token signed with another secret': auth(wrongKey.sign({ sub: 'pga-user', role: 'pga', exp: soon() })),
  'a member-state token without state': auth(rightKey.sign({ sub: 'mission-fra', role: 'member-state', exp: soon() })),
  'an observer token without state': auth(rightKey.sign({ sub: 'mission-vat', role: 'observer', exp: soon() })),
  'a token with an unknown role': auth(rightKey.sign({ sub: 'someone', role: 'secretariat', exp: soon() })),
  'a token without sub': auth(rightKey.sign({ role: 'pga', exp: soon() })),
  'a token signed with HS512': auth(rightKey.sign({ sub: 'pga-user', role: 'pga', exp: soon() }, { algorithm: 'HS512' })),
  'an unsigned token (alg none)': auth(`${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'pga-user', role: 'pga', exp: now() + 600 })}.`),
  'a token that is not a JWT': auth('not-a-jwt'),
  'Basic instead of Bearer': { authorization: `Basic ${Buffer.from('pga:secret').toString('base64')}` },
};

// ---------------------------------------------------------------- the document and the requests

async function documentedRoutes(t: TestApp): Promise<{ routes: DocumentedRoute[]; document: Schema }> {
  const response = await t.inject({ method: 'GET', url: '/docs-json' });
  expect(response.statusCode).toBe(200);
  const document = response.json();
  const routes: DocumentedRoute[] = [];
  for (const [path, operations] of Object.entries<Schema>(document.paths)) {
    if (!path.startsWith('/v1/')) continue;
    for (const [method, operation] of Object.entries<Schema>(operations)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      // Public routes (no token, no roles) have nothing to refuse: the OpenAPI test checks that they answer.
      if (isPublicRoute(`${method.toUpperCase()} ${path}`)) continue;
      routes.push({ key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, operation });
    }
  }
  return { routes, document };
}

function resolve(document: Schema, schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (let depth = 0; current.$ref && depth < 20; depth++) {
    current =
      current.$ref
        .replace(/^#\//, '')
        .split('/')
        .reduce((node: Schema, part: string) => node?.[part], document) ?? {};
  }
  return current;
}

/** A valid-looking value for a schema, for routes this test does not know yet. */
function sample(document: Schema, given: Schema | undefined, name = ''): unknown {
  const schema = resolve(document, given);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part: Schema) => sample(document, part, name)));
  if (schema.oneOf || schema.anyOf) return sample(document, (schema.oneOf ?? schema.anyOf)[0], name);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.type === 'object' || schema.properties) {
    const required: string[] = schema.required ?? [];
    return Object.fromEntries(required.map((key) => [key, sample(document, schema.properties?.[key], key)]));
  }
  if (schema.type === 'array') return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => sample(document, schema.items, name));
  if (schema.type === 'boolean') return true;
  if (schema.type === 'integer' || schema.type === 'number') return schema.minimum ?? 1;
  if (schema.format === 'date-time') return '2013-05-20T18:00:00-04:00';
  if (schema.format === 'uuid') return randomUUID();
  if (schema.format === 'uri' || /url|website/i.test(name)) return 'https://example.org/';
  if (schema.format === 'email') return 'someone@example.org';
  return 'trafficking-2013';
}

function urlOf(document: Schema, route: DocumentedRoute, known: Record<string, string>): string {
  const parameters: Schema[] = (route.operation.parameters ?? []).map((p: Schema) => resolve(document, p));
  return route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (known[name] !== undefined) return encodeURIComponent(known[name]);
    const parameter = parameters.find((p) => p.in === 'path' && p.name === name);
    return encodeURIComponent(String(sample(document, parameter?.schema, name)));
  });
}

function bodyOf(document: Schema, route: DocumentedRoute): unknown {
  if (route.key in BODIES) return BODIES[route.key];
  const schema = route.operation.requestBody?.content?.['application/json']?.schema;
  return schema ? sample(document, schema) : undefined;
}

/** A meeting with a non-objection list, two proposed entries under consideration in batch 1. */
async function seed(t: TestApp): Promise<Record<string, string>> {
  const steps = procedure(t, MEETING);
  await steps.createMeeting();
  await steps.createList(LIST, 'non-objection');
  const [entryId] = await steps.propose(LIST, [org('Polaris Project', 'USA'), org('Fundación Esperanza', 'COL')]);
  await steps.submit(LIST, '2013-05-10T18:00:00-04:00');
  return {
    meetingId: MEETING,
    listId: LIST,
    entryId,
    batch: '1',
    panelId: 'prevention-panel',
    role: 'eminent-person',
    segmentId: 'opening-plenary',
  };
}

// ---------------------------------------------------------------- the tests

describe('HTTP: roles and authentication', () => {
  let t: TestApp;
  let routes: DocumentedRoute[];
  let document: Schema;
  let params: Record<string, string>;

  beforeAll(async () => {
    // Every refused token on every route comes from one address: more than its budget of a minute.
    t = await startTestApp({ env: { RATE_LIMIT_PUBLIC_RPM: '0' } });
    params = await seed(t);
    ({ routes, document } = await documentedRoutes(t));
  });
  afterAll(() => t?.close());

  const commandRoutes = () => routes.filter((r) => COMMAND_METHODS.has(r.method));
  const send = (route: DocumentedRoute, headers: Record<string, string>) =>
    t.inject({ method: route.method, url: urlOf(document, route, params), headers, payload: bodyOf(document, route) });

  /** Sends each route as `headers`, collects every answer that is not `status code`, and checks nothing was stored. */
  async function expectRefused(selected: DocumentedRoute[], headers: Record<string, string>, status: number, code: string) {
    const before = await t.eventCount();
    const problems: string[] = [];
    for (const route of selected) {
      const problem = errorProblem(await send(route, headers), status, code);
      if (problem) problems.push(`${route.key}: ${problem}`);
    }
    expect(problems).toEqual([]);
    expect(await t.eventCount()).toBe(before);
  }

  it('finds the command routes in the OpenAPI document', () => {
    const keys = commandRoutes().map((r) => r.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'POST /v1/meetings',
        'POST /v1/meetings/{meetingId}/lists',
        'POST /v1/meetings/{meetingId}/lists/{listId}/entries',
        'POST /v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/objections',
      ]),
    );
  });

  it('refuses the auditor every command with 403 FORBIDDEN and stores nothing', async () => {
    await expectRefused(commandRoutes(), CALLERS.auditor, 403, 'FORBIDDEN');
  });

  it('refuses an observer every command but inscribing a speaker, with 403 FORBIDDEN, and stores nothing', async () => {
    await expectRefused(
      commandRoutes().filter((r) => !OBSERVER_MAY.has(r.key)),
      CALLERS.observer,
      403,
      'FORBIDDEN',
    );
  });

  it('refuses a Member State every pga-only route with 403 FORBIDDEN and stores nothing', async () => {
    const pgaOnly = routes.filter((r) => rolesOf(r.key).every((role) => role === 'pga'));
    expect(pgaOnly.map((r) => r.key)).toContain('POST /v1/meetings');
    await expectRefused(pgaOnly, CALLERS['member-state'], 403, 'FORBIDDEN');
  });

  it.each(ANY_ROLE)('refuses %s every route that its table does not give to that role', async (role) => {
    const closed = routes.filter((r) => !rolesOf(r.key).includes(role));
    await expectRefused(closed, CALLERS[role], 403, 'FORBIDDEN');
  });

  it('lets the auditor read every GET route that is open to it', async () => {
    const problems: string[] = [];
    for (const route of routes.filter((r) => r.method === 'GET' && rolesOf(r.key).includes('auditor'))) {
      const response = await send(route, CALLERS.auditor);
      if (LATER_IN_THE_PROCEDURE.has(route.key) && errorProblem(response, 409, 'INVALID_STATE') === undefined) continue;
      if (response.statusCode !== 200) problems.push(`${route.key}: ${response.statusCode} ${response.body.slice(0, 200)}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(Object.keys(REFUSED_TOKENS))('answers %s with 401 UNAUTHENTICATED on every /v1 route, GET included', async (name) => {
    expect(routes.some((r) => r.method === 'GET')).toBe(true);
    await expectRefused(routes, REFUSED_TOKENS[name], 401, 'UNAUTHENTICATED');
  });

  it('asks for authentication before looking at the body or the path', async () => {
    const before = await t.eventCount();
    expectError(await t.inject({ method: 'POST', url: '/v1/meetings', payload: { id: 'X' } }), 401, 'UNAUTHENTICATED');
    expectError(await t.inject({ method: 'GET', url: '/v1/meetings/NOT%20A%20SLUG' }), 401, 'UNAUTHENTICATED');
    expectError(await t.inject({ method: 'POST', url: '/v1/meetings', headers: CALLERS.auditor, payload: { id: 'X' } }), 403, 'FORBIDDEN');
    expect(await t.eventCount()).toBe(before);
  });

  it('needs no token for /health and the OpenAPI document', async () => {
    expect((await t.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    expect((await t.inject({ method: 'GET', url: '/docs-json' })).statusCode).toBe(200);
  });
});

describe('HTTP: allowed roles are not refused for their role', () => {
  let t: TestApp;
  let routes: DocumentedRoute[];
  let document: Schema;
  let params: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    params = await seed(t);
    ({ routes, document } = await documentedRoutes(t));
  });
  afterAll(() => t?.close());

  it.each(['auditor', 'observer', 'member-state', 'pga'] as Role[])(
    'lets %s through on every route its table gives it (the answer may be anything but 401 or 403)',
    async (role) => {
      const problems: string[] = [];
      for (const route of routes) {
        if (!rolesOf(route.key).includes(role) || STATE_CHECKED.has(route.key)) continue;
        const response = await t.inject({
          method: route.method,
          url: urlOf(document, route, params),
          headers: CALLERS[role],
          payload: bodyOf(document, route),
        });
        if (response.statusCode === 401 || response.statusCode === 403)
          problems.push(`${route.key}: ${response.statusCode} ${response.body}`);
      }
      expect(problems).toEqual([]);
    },
  );
});

describe('HTTP: every error body has the contract shape', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await procedure(t, MEETING).createMeeting();
  });
  afterAll(() => t?.close());
  const pga = CALLERS.pga;

  it('400 VALIDATION_FAILED lists each field in details', async () => {
    const response = await t.inject({ method: 'POST', url: '/v1/meetings', headers: pga, payload: { id: 'X', timezone: 'Mars/Olympus' } });
    expectError(response, 400, 'VALIDATION_FAILED');
    expect(response.json().details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'id' }), expect.objectContaining({ field: 'title' })]),
    );
  });

  it('400 VALIDATION_FAILED for a malformed path value', async () => {
    expectError(await t.inject({ method: 'GET', url: '/v1/meetings/NOT_A_SLUG', headers: pga }), 400, 'VALIDATION_FAILED');
  });

  it('400 VALIDATION_FAILED for a body that is not JSON, 415 UNSUPPORTED_MEDIA_TYPE for one not sent as JSON', async () => {
    const base = await t.app.getUrl();
    const url = `${base.replace('[::1]', '127.0.0.1')}/v1/meetings`;
    for (const [contentType, body, status, code] of [
      ['application/json', '{"id": "broken', 400, 'VALIDATION_FAILED'],
      ['text/plain', 'hello', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ] as const) {
      const response = await fetch(url, { method: 'POST', headers: { ...pga, 'content-type': contentType }, body });
      const text = await response.text();
      expectError(
        { statusCode: response.status, headers: Object.fromEntries(response.headers.entries()), body: text, json: () => JSON.parse(text) },
        status,
        code,
      );
    }
  });

  it('404 NOT_FOUND for a meeting or list that does not exist, and for an unknown route', async () => {
    expectError(await t.inject({ method: 'GET', url: '/v1/meetings/no-such-meeting', headers: pga }), 404, 'NOT_FOUND');
    expectError(await t.inject({ method: 'GET', url: `/v1/meetings/${MEETING}/lists/no-such-list`, headers: pga }), 404, 'NOT_FOUND');
    expectError(await t.inject({ method: 'GET', url: '/v1/no-such-route', headers: pga }), 404, 'NOT_FOUND');
  });

  it('409 ALREADY_EXISTS for a taken id', async () => {
    const again = { id: MEETING, title: 'Trafficking in persons', timezone: 'America/New_York' };
    expectError(await t.inject({ method: 'POST', url: '/v1/meetings', headers: pga, payload: again }), 409, 'ALREADY_EXISTS');
  });

  it('422 IDEMPOTENCY_KEY_REUSED for one key with two bodies', async () => {
    const headers = { ...pga, 'idempotency-key': 'create-list-1' };
    const url = `/v1/meetings/${MEETING}/lists`;
    const first = await t.inject({ method: 'POST', url, headers, payload: { id: 'list-one', kind: 'ecosoc', title: 'One' } });
    expect(first.statusCode).toBe(201);
    const other = await t.inject({ method: 'POST', url, headers, payload: { id: 'list-two', kind: 'ecosoc', title: 'Two' } });
    expectError(other, 422, 'IDEMPOTENCY_KEY_REUSED');
  });
});

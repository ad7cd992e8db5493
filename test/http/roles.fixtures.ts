/** The role and error-shape tests share these: the documented routes, callers and refused tokens, sample bodies, and a seeded meeting. */
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { DEVELOPMENT_JWT_SECRET } from '../../src/platform/config';
import { isPublicRoute, Role } from '../support/contract-routes';
import { org, procedure } from '../support/procedure';
import { TestApp, TestResponse } from '../support/test-app';
import { bearer } from '../support/tokens';

/** Routes where an allowed role may still be refused for its State (only the invited State, only the chair). */
export const STATE_CHECKED = new Set([
  'POST /v1/meetings/{meetingId}/panels/{panelId}/chair-invitation/response',
  'POST /v1/meetings/{meetingId}/panels/{panelId}/summary',
]);

/** The only commands an observer may send: its own inscription on a list of speakers. */
export const OBSERVER_MAY = new Set(['POST /v1/meetings/{meetingId}/speakers', 'DELETE /v1/meetings/{meetingId}/speakers/mine']);
export const COMMAND_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Contract 1.2: starting an audit job is not a command (no event, no position, no receipt), the one POST an auditor may make. */
export const NOT_A_COMMAND = new Set(['POST /v1/audit/jobs']);
/** GET routes that answer only after a step the seeded list has not taken (its transmittal): 409 INVALID_STATE lets the role through. */
export const LATER_IN_THE_PROCEDURE = new Set(['GET /v1/meetings/{meetingId}/lists/{listId}/transmittal-letter']);
export const MEETING = 'trafficking-2013';
export const LIST = 'civil-society';

/** Minimal valid-looking bodies of the contract's routes; routes not listed get one built from their schema. */
export const BODIES: Record<string, unknown> = {
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
export const CALLERS: Record<Role, Record<string, string>> = {
  pga: bearer('pga'),
  'member-state': bearer('member-state', 'FRA'),
  observer: bearer('observer', 'VAT'),
  auditor: bearer('auditor'),
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the OpenAPI document as /docs-json answers it, walked by JSON pointer: `any` on purpose, like every JSON answer in the tests (see eslint.config.mjs)
export type Schema = Record<string, any>;
export interface DocumentedRoute {
  key: string;
  method: string;
  path: string;
  operation: Schema;
}

// ---------------------------------------------------------------- the contract's error body

export const ERROR_KEYS = ['statusCode', 'code', 'message', 'details'];

/** Why `response` is not the contract's error `{ statusCode, code, message, details? }` with this status and code, if it is not. */
export function errorProblem(response: TestResponse, status: number, code: string): string | undefined {
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

export function expectError(response: TestResponse, status: number, code: string): void {
  expect({ problem: errorProblem(response, status, code) }).toEqual({ problem: undefined });
}

// ---------------------------------------------------------------- tokens that must be refused

export const now = () => Math.floor(Date.now() / 1000);
export const rightKey = new JwtService({ secret: DEVELOPMENT_JWT_SECRET, signOptions: { algorithm: 'HS256' } });
export const wrongKey = new JwtService({ secret: 'some-other-secret-that-the-engine-does-not-know', signOptions: { algorithm: 'HS256' } });
export const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

export const soon = () => now() + 600;

export const REFUSED_TOKENS: Record<string, Record<string, string>> = {
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

export async function documentedRoutes(t: TestApp): Promise<{ routes: DocumentedRoute[]; document: Schema }> {
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

export function resolve(document: Schema, schema: Schema | undefined): Schema {
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
export function sample(document: Schema, given: Schema | undefined, name = ''): unknown {
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

export function urlOf(document: Schema, route: DocumentedRoute, known: Record<string, string>): string {
  const parameters: Schema[] = (route.operation.parameters ?? []).map((p: Schema) => resolve(document, p));
  return route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (known[name] !== undefined) return encodeURIComponent(known[name]);
    const parameter = parameters.find((p) => p.in === 'path' && p.name === name);
    return encodeURIComponent(String(sample(document, parameter?.schema, name)));
  });
}

export function bodyOf(document: Schema, route: DocumentedRoute): unknown {
  if (route.key in BODIES) return BODIES[route.key];
  const schema = route.operation.requestBody?.content?.['application/json']?.schema;
  return schema ? sample(document, schema) : undefined;
}

/** A meeting with a non-objection list, two proposed entries under consideration in batch 1. */
export async function seed(t: TestApp): Promise<Record<string, string>> {
  const steps = procedure(t, MEETING);
  await steps.createMeeting();
  await steps.createList(LIST, 'non-objection');
  const [entryId] = await steps.propose(LIST, [org('Polaris Project', 'USA'), org('Fundación Esperanza', 'COL')]);
  await steps.submit(LIST, '2013-05-10T18:00:00-04:00');
  return {
    jobId: await auditJobDone(t),
    // The meeting's creation, the log's first event.
    position: '1',
    meetingId: MEETING,
    listId: LIST,
    entryId,
    batch: '1',
    panelId: 'prevention-panel',
    role: 'eminent-person',
    segmentId: 'opening-plenary',
  };
}

/** A verification job run to its end, so that the job routes have a job (and its report) to answer. */
async function auditJobDone(t: TestApp): Promise<string> {
  const started = await t.inject({ method: 'POST', url: '/v1/audit/jobs', headers: bearer('pga'), payload: { kind: 'verification' } });
  const { jobId } = started.json() as { jobId: string };
  for (let tries = 0; tries < 200; tries += 1) {
    const job = await t.inject({ method: 'GET', url: `/v1/audit/jobs/${jobId}`, headers: bearer('pga') });
    if (job.json().state === 'done') return jobId;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`The verification job ${jobId} did not finish`);
}

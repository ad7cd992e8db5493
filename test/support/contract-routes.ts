/**
 * The routes of the HTTP contract (../shared/api-contract.md, beside the repository) in OpenAPI form,
 * with the roles its tables name and what it says of their body and answer: the one table the HTTP
 * tests take routes and roles from.
 */

import { ENGINE_MANIFESTS } from '../../src/engine/manifests';

export type Role = 'pga' | 'member-state' | 'observer' | 'auditor';
export const ANY_ROLE: Role[] = ['pga', 'member-state', 'observer', 'auditor'];
/** The roles of a route that needs no token (documented without the bearer scheme; no 401, no 403). */
export const PUBLIC: Role[] = [];

export interface ContractRoute {
  roles: Role[];
  /** The status of a successful answer, where the contract names it ("200 or 201" where it does not). */
  success?: 200 | 201;
  /** Body fields the contract names; `required` are those it does not mark optional. */
  body?: { fields: string[]; required: string[] };
  /** Top-level fields of the answer the contract names. */
  answer: string[];
  /** Query parameters the contract names. */
  query?: string[];
  /** The media types of an answer that is a file rather than JSON (its `answer` then names no field). */
  files?: string[];
  /** A second successful answer the contract names, e.g. a dry run's 200 beside a command's 201. */
  alsoAnswers?: { status: 200; answer: string[] };
}

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const POSITION = ['position'];

export const CONTRACT_ROUTES: Record<string, ContractRoute> = {
  // Meetings
  'POST /v1/meetings': {
    roles: ['pga'],
    success: 201,
    body: { fields: ['id', 'title', 'timezone', 'venue', 'mandate', 'policy'], required: ['id', 'title', 'timezone'] },
    answer: ['id', 'position'],
  },
  // Read routes the console already uses (1.2)
  'GET /v1/meetings': { roles: ANY_ROLE, success: 200, answer: ['meetings'] },
  'GET /v1/meetings/{meetingId}': {
    roles: ANY_ROLE,
    success: 200,
    answer: ['id', 'title', 'timezone', 'policy', 'programme', 'panels', 'openingSpeakers', 'arrangements'],
  },
  'GET /v1/meetings/{meetingId}/accreditations': { roles: ANY_ROLE, success: 200, answer: ['organizations'] },
  // Stakeholder lists
  'POST /v1/meetings/{meetingId}/lists': {
    roles: ['pga'],
    success: 201,
    body: { fields: ['id', 'kind', 'title'], required: ['id', 'kind', 'title'] },
    answer: POSITION,
  },
  // Every list of the meeting, without entries (1.2)
  'GET /v1/meetings/{meetingId}/lists': { roles: ANY_ROLE, success: 200, answer: ['lists'] },
  'GET /v1/meetings/{meetingId}/lists/{listId}': {
    roles: ANY_ROLE,
    success: 200,
    answer: ['id', 'kind', 'title', 'status', 'batches', 'entries', 'representation'],
  },
  'POST /v1/meetings/{meetingId}/lists/{listId}/entries': {
    roles: ['pga'],
    success: 201,
    body: { fields: ['organization', 'organizations'], required: [] },
    answer: ['entryId', 'entryIds', 'position'],
  },
  // A CSV or XLSX file as the body (not JSON): no `body` fields here; ?dryRun=true answers 200 and stores nothing.
  'POST /v1/meetings/{meetingId}/lists/{listId}/entries/import': {
    roles: ['pga'],
    success: 201,
    answer: ['entryIds', 'position'],
    query: ['dryRun'],
    alsoAnswers: { status: 200, answer: ['rows', 'errors'] },
  },
  'DELETE /v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}': { roles: ['pga'], success: 200, answer: POSITION },
  'POST /v1/meetings/{meetingId}/lists/{listId}/batches': {
    roles: ['pga'],
    success: 201,
    body: { fields: ['deadline'], required: ['deadline'] },
    answer: ['batch', 'entryIds', 'deadline', 'position'],
  },
  'POST /v1/meetings/{meetingId}/lists/{listId}/batches/{batch}/extension': {
    roles: ['pga'],
    success: 200,
    body: { fields: ['deadline'], required: ['deadline'] },
    answer: POSITION,
  },
  'POST /v1/meetings/{meetingId}/lists/{listId}/batches/{batch}/closure': { roles: ['pga'], success: 200, answer: POSITION },
  'POST /v1/meetings/{meetingId}/lists/{listId}/batches/{batch}/cancellation': {
    roles: ['pga'],
    success: 200,
    body: { fields: ['reason'], required: ['reason'] },
    answer: POSITION,
  },
  'POST /v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/objections': {
    roles: ['member-state'],
    success: 201,
    body: { fields: ['reason', 'onBehalfOf'], required: [] },
    answer: POSITION,
  },
  'DELETE /v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/objections/mine': {
    roles: ['member-state'],
    success: 200,
    answer: POSITION,
  },
  'DELETE /v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/objections/on-behalf/mine': {
    roles: ['member-state'],
    success: 200,
    answer: POSITION,
  },
  'POST /v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/general-assembly-decision': {
    roles: ['pga'],
    body: { fields: ['decision', 'reference'], required: ['decision', 'reference'] },
    answer: POSITION,
  },
  'POST /v1/meetings/{meetingId}/lists/{listId}/transmittal': { roles: ['pga'], answer: POSITION },
  // The general basis of an objection (1.1)
  'POST /v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/basis-requests': {
    roles: ['member-state'],
    success: 201,
    answer: POSITION,
  },
  'POST /v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/basis-requests/answer': {
    roles: ['pga'],
    success: 200,
    body: { fields: ['state'], required: ['state'] },
    answer: POSITION,
  },
  'GET /v1/member-states/me/basis-requests': { roles: ['member-state'], success: 200, answer: ['requests'] },
  // Programme, panels and arrangements
  'PUT /v1/meetings/{meetingId}/programme': {
    roles: ['pga'],
    success: 200,
    body: { fields: ['segments'], required: ['segments'] },
    answer: POSITION,
  },
  'POST /v1/meetings/{meetingId}/panels/{panelId}/consultations': {
    roles: ['pga'],
    success: 201,
    body: { fields: ['regionalGroup', 'note'], required: ['regionalGroup'] },
    answer: POSITION,
  },
  'POST /v1/meetings/{meetingId}/panels/{panelId}/chair-invitation': {
    roles: ['pga'],
    success: 201,
    body: { fields: ['state'], required: ['state'] },
    answer: POSITION,
  },
  'DELETE /v1/meetings/{meetingId}/panels/{panelId}/chair-invitation': { roles: ['pga'], success: 200, answer: POSITION },
  'POST /v1/meetings/{meetingId}/panels/{panelId}/chair-invitation/response': {
    roles: ['member-state'],
    success: 200,
    body: { fields: ['accept'], required: ['accept'] },
    answer: POSITION,
  },
  'POST /v1/meetings/{meetingId}/panels/{panelId}/summary': {
    roles: ['member-state', 'pga'],
    success: 201,
    body: { fields: ['text'], required: ['text'] },
    answer: POSITION,
  },
  'GET /v1/meetings/{meetingId}/panels': { roles: ANY_ROLE, success: 200, answer: ['panels'] },
  'PUT /v1/meetings/{meetingId}/opening-speakers/{role}': {
    roles: ['pga'],
    success: 200,
    body: { fields: ['name', 'organization', 'entryId', 'survivor'], required: ['name'] },
    answer: POSITION,
  },
  'POST /v1/meetings/{meetingId}/arrangements/finalization': { roles: ['pga'], success: 200, answer: POSITION },
  'POST /v1/meetings/{meetingId}/arrangements/reopening': {
    roles: ['pga'],
    success: 200,
    body: { fields: ['reason'], required: ['reason'] },
    answer: POSITION,
  },
  'POST /v1/meetings/{meetingId}/speakers': {
    roles: ['member-state', 'observer'],
    success: 201,
    body: { fields: ['segmentId', 'level', 'speakerName'], required: ['segmentId', 'level', 'speakerName'] },
    answer: POSITION,
  },
  'DELETE /v1/meetings/{meetingId}/speakers/mine': {
    roles: ['member-state', 'observer'],
    success: 200,
    answer: POSITION,
    query: ['segmentId'],
  },
  'GET /v1/meetings/{meetingId}/speakers': { roles: ANY_ROLE, success: 200, answer: ['speakers'], query: ['segmentId'] },
  'POST /v1/meetings/{meetingId}/speakers/closure': {
    roles: ['pga'],
    success: 200,
    body: { fields: ['segmentId'], required: ['segmentId'] },
    answer: POSITION,
  },
  // Documents and exports (1.1)
  'GET /v1/meetings/{meetingId}/lists/{listId}/export': {
    roles: ANY_ROLE,
    success: 200,
    answer: [],
    query: ['format'],
    files: [CSV, XLSX],
  },
  'GET /v1/meetings/{meetingId}/speakers/export': {
    roles: ANY_ROLE,
    success: 200,
    answer: [],
    query: ['segmentId', 'format', 'lang'],
    files: [CSV, XLSX, 'application/pdf'],
  },
  'PUT /v1/meetings/{meetingId}/summary': {
    roles: ['pga'],
    success: 200,
    body: { fields: ['text', 'achievements', 'gaps', 'challenges'], required: ['text'] },
    answer: POSITION,
  },
  'GET /v1/meetings/{meetingId}/summary': {
    roles: ANY_ROLE,
    success: 200,
    answer: ['president', 'panels'],
    query: ['format', 'lang'],
    files: ['application/json', 'application/pdf'],
  },
  // Public (1.1): no token
  'GET /v1/public/meetings/{meetingId}': { roles: PUBLIC, success: 200, answer: ['id', 'title', 'timezone', 'programme'] },
  'GET /v1/public/meetings/{meetingId}/programme.ics': { roles: PUBLIC, success: 200, answer: [], files: ['text/calendar'] },
  'GET /v1/public/meetings/{meetingId}/organizations': {
    roles: PUBLIC,
    success: 200,
    answer: ['organizations'],
    query: ['format'],
    files: ['application/json', CSV],
  },
  'GET /v1/meetings/{meetingId}/lists/{listId}/batches/{batch}/letter': {
    roles: ANY_ROLE,
    success: 200,
    answer: [],
    query: ['lang'],
    files: ['application/pdf'],
  },
  'GET /v1/meetings/{meetingId}/lists/{listId}/transmittal-letter': {
    roles: ANY_ROLE,
    success: 200,
    answer: [],
    query: ['lang'],
    files: ['application/pdf'],
  },
  // Member States
  'PUT /v1/member-states/me/webhook': {
    roles: ['member-state'],
    success: 200,
    body: { fields: ['url'], required: ['url'] },
    answer: ['url', 'secret', 'position'],
  },
  // 1.2: never the secret; 404 while none is registered
  'GET /v1/member-states/me/webhook': { roles: ['member-state'], success: 200, answer: ['url', 'registeredAt'] },
  'POST /v1/member-states/me/webhook/secret': { roles: ['member-state'], success: 200, answer: ['secret', 'position'] },
  'GET /v1/member-states/me/pending': { roles: ['member-state'], success: 200, answer: ['batches'] },
  // Audit
  'GET /v1/audit/events': { roles: ['auditor', 'pga'], success: 200, answer: ['events', 'next'], query: ['after', 'limit', 'stream'] },
  'GET /v1/audit/verification': { roles: ['auditor', 'pga'], success: 200, answer: ['ok', 'eventsChecked'] },
  // Console and sign-in (1.1): only when NODE_ENV is development or test (404 otherwise)
  'POST /v1/dev/tokens': {
    roles: PUBLIC,
    success: 201,
    body: { fields: ['role', 'state', 'sub'], required: ['role'] },
    answer: ['token'],
  },
  'GET /v1/me': { roles: ANY_ROLE, success: 200, answer: ['sub', 'role', 'state', 'stateName'] },
  'GET /v1/auth/config': { roles: PUBLIC, success: 200, answer: ['issuer', 'clientId', 'scopes', 'devSignIn'] },
  // Reference (1.2, role "any"): served without a token too, since the development sign-in offers the States before one.
  'GET /v1/reference/states': { roles: PUBLIC, success: 200, answer: ['states'] },
};

/**
 * Routes beyond the contract, with their roles (where it is silent, the engine may add routes and
 * must document them). Listed so that a typo in a contract route cannot pass as an extension.
 */
export const EXTENSION_ROUTES: Record<string, Role[]> = {
  'GET /v1/scheduled-jobs/failed': ['pga', 'auditor'],
};

/**
 * Routes of the table that the engine does not serve yet, being built on another branch: those the
 * capability manifests name in `pendingRoutes`. Whoever serves one takes it out of its manifest: the
 * route table test fails until then.
 */
export const PENDING_ROUTES: ReadonlySet<string> = new Set(ENGINE_MANIFESTS.flatMap((manifest) => manifest.pendingRoutes ?? []));

/** Every route of the table the engine must serve now. */
export const SERVED_ROUTES: string[] = [...Object.keys(CONTRACT_ROUTES), ...Object.keys(EXTENSION_ROUTES)].filter(
  (key) => !PENDING_ROUTES.has(key),
);

export function rolesOf(key: string): Role[] {
  const roles = CONTRACT_ROUTES[key]?.roles ?? EXTENSION_ROUTES[key];
  if (!roles) throw new Error(`${key} is not in the route table (test/support/contract-routes.ts)`);
  return roles;
}

/** A route that needs no token. */
export function isPublicRoute(key: string): boolean {
  return rolesOf(key).length === 0;
}

/** How the routes the engine documents (`METHOD /path` keys from /docs-json) differ from the table. */
export function routeTableProblems(documented: string[]): string[] {
  const unknown = documented.filter((key) => !SERVED_ROUTES.includes(key) && !PENDING_ROUTES.has(key));
  const nowServed = documented.filter((key) => PENDING_ROUTES.has(key));
  const missing = SERVED_ROUTES.filter((key) => !documented.includes(key));
  return [
    ...unknown.map((key) => `${key}: served, but not in the route table`),
    ...nowServed.map((key) => `${key}: served now: take it out of its capability manifest's pendingRoutes`),
    ...missing.map((key) => `${key}: in the route table, but not served`),
  ];
}

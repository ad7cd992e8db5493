/**
 * The routes that version 1.2 of the HTTP contract adds. Where 1.2 changes a route of an earlier
 * version, that route's row keeps what the engine serves, with the change noted beside it.
 */

import { ANY_ROLE, COMMAND_ANSWER, ContractRoute, JSON_TYPE, PDF, PUBLIC } from './route-types';

const AUDIT: ContractRoute['roles'] = ['auditor', 'pga'];
const LIST_VIEW = ['id', 'kind', 'title', 'status', 'batches', 'entries', 'representation'];

const READ_ROUTES: Record<string, ContractRoute> = {
  'GET /v1/meetings': { roles: ANY_ROLE, success: 200, answer: ['meetings'] },
  'GET /v1/meetings/{meetingId}/lists': { roles: ANY_ROLE, success: 200, answer: ['lists'] },
  // Never the secret; 404 while none is registered.
  'GET /v1/member-states/me/webhook': { roles: ['member-state'], success: 200, answer: ['url', 'registeredAt'] },
  // Role "any": served without a token too, since the development sign-in offers the States before one.
  'GET /v1/reference/states': { roles: PUBLIC, success: 200, answer: ['states'] },
  // "As served today".
  'GET /v1/scheduled-jobs/failed': { roles: ['pga', 'auditor'], success: 200, answer: ['jobs', 'scheduler'] },
};

const AUDITORS: Record<string, ContractRoute> = {
  'GET /v1/audit/events/{position}': { roles: AUDIT, success: 200, answer: ['event', 'causedBy', 'ledTo'] },
  // Not a command: no event, no position, no receipt; the one POST an auditor may make.
  'POST /v1/audit/jobs': {
    roles: AUDIT,
    success: 202,
    body: { fields: ['kind'], required: ['kind'] },
    answer: ['jobId'],
  },
  'GET /v1/audit/jobs/{jobId}': {
    roles: AUDIT,
    success: 200,
    answer: ['jobId', 'kind', 'state', 'progress', 'startedAt', 'finishedAt', 'summary'],
  },
  // JSON for verification, replay and rebuild comparison; NDJSON for an export.
  'GET /v1/audit/jobs/{jobId}/report': { roles: AUDIT, success: 200, answer: [], files: [JSON_TYPE, 'application/x-ndjson'] },
};

const TRANSPARENCY: Record<string, ContractRoute> = {
  // A signed note, `text/plain; charset=utf-8`.
  'GET /v1/transparency/checkpoint': { roles: PUBLIC, success: 200, answer: [], files: ['text/plain'] },
  'GET /v1/transparency/key': {
    roles: PUBLIC,
    success: 200,
    answer: ['origin', 'name', 'keyId', 'publicKey', 'verifierKey'],
  },
  'GET /v1/transparency/proofs/inclusion': {
    roles: PUBLIC,
    success: 200,
    answer: ['index', 'treeSize', 'leafHash', 'proof'],
    query: ['index', 'treeSize'],
  },
  'GET /v1/transparency/proofs/consistency': {
    roles: PUBLIC,
    success: 200,
    answer: ['from', 'to', 'proof'],
    query: ['from', 'to'],
  },
  'GET /v1/member-states/me/receipts': { roles: ['member-state', 'observer'], success: 200, answer: ['receipts'] },
};

const PERSONAL_DATA: Record<string, ContractRoute> = {
  'POST /v1/personal-data/erasures': {
    roles: ['pga'],
    success: 200,
    body: { fields: ['subject', 'reason'], required: ['subject', 'reason'] },
    answer: ['erased', 'notErasable', 'position', 'receipt'],
  },
};

const ENTRY = '/v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}';
const REVISION = '/v1/meetings/{meetingId}/lists/{listId}/revisions/{revision}';
const PENDING_STEP = '/v1/meetings/{meetingId}/pending-steps/{pendingId}';

const PROCEDURE: Record<string, ContractRoute> = {
  'POST /v1/meetings/{meetingId}/amendments': {
    roles: ['pga'],
    success: 200,
    body: { fields: ['reason', 'title', 'venue', 'timezone', 'policy'], required: ['reason'] },
    answer: ['amendment', ...COMMAND_ANSWER],
  },
  [`PATCH ${ENTRY}`]: {
    roles: ['pga'],
    success: 200,
    body: { fields: ['organization', 'reason'], required: ['organization', 'reason'] },
    answer: COMMAND_ANSWER,
  },
  'POST /v1/meetings/{meetingId}/lists/{listId}/revisions': {
    roles: ['pga'],
    success: 201,
    body: { fields: ['note'], required: [] },
    answer: ['revision', ...COMMAND_ANSWER],
  },
  [`GET ${REVISION}`]: { roles: ANY_ROLE, success: 200, answer: [...LIST_VIEW, 'diff'] },
  // "As batch letters": every role.
  [`GET ${REVISION}/letter`]: { roles: ANY_ROLE, success: 200, answer: [], query: ['lang'], files: [PDF] },
  [`POST ${ENTRY}/information-requests`]: {
    roles: ['member-state'],
    success: 201,
    body: { fields: ['fields'], required: ['fields'] },
    answer: COMMAND_ANSWER,
  },
  [`POST ${ENTRY}/information-requests/answer`]: {
    roles: ['pga'],
    success: 200,
    body: { fields: ['state'], required: ['state'] },
    answer: COMMAND_ANSWER,
  },
  'GET /v1/member-states/me/information-requests': { roles: ['member-state'], success: 200, answer: ['requests'] },
  'POST /v1/meetings/{meetingId}/lists/{listId}/general-assembly-decisions': {
    roles: ['pga'],
    success: 201,
    body: {
      fields: ['symbol', 'adoptedAt', 'scope', 'enBloc', 'outcome', 'outcomes', 'vote'],
      required: ['symbol', 'adoptedAt', 'scope', 'enBloc'],
    },
    answer: COMMAND_ANSWER,
  },
  // "The step's own answer" (200 or 201); the officer who asked: 403.
  [`POST ${PENDING_STEP}/confirmation`]: { roles: ['pga'], answer: COMMAND_ANSWER },
  [`DELETE ${PENDING_STEP}`]: { roles: ['pga'], success: 200, answer: COMMAND_ANSWER },
  'GET /v1/meetings/{meetingId}/pending-steps': { roles: ['pga', 'auditor'], success: 200, answer: ['steps'] },
};

const PARTICIPATION: Record<string, ContractRoute> = {
  // Indico's registration export, CSV or XLSX, with "the same answers and limits" as the organizations' import.
  'POST /v1/meetings/{meetingId}/representatives/import': {
    roles: ['pga'],
    success: 201,
    answer: COMMAND_ANSWER,
    query: ['dryRun'],
    alsoAnswers: { status: 200, answer: ['rows', 'errors'] },
  },
};

export const V1_2_ROUTES: Record<string, ContractRoute> = {
  ...READ_ROUTES,
  ...AUDITORS,
  ...TRANSPARENCY,
  ...PERSONAL_DATA,
  ...PROCEDURE,
  ...PARTICIPATION,
};

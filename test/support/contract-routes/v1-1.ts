/** The routes that version 1.1 of the HTTP contract adds. */

import { ANY_ROLE, ContractRoute, CSV, JSON_TYPE, PDF, POSITION, PUBLIC, XLSX } from './route-types';

const ENTRY = '/v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}';
const AMOUNT = { fields: ['amount'], required: ['amount'] };

const DOCUMENTS_AND_SIGN_IN: Record<string, ContractRoute> = {
  // Correcting a batch; a State named in onBehalfOf disowning an objection
  'POST /v1/meetings/{meetingId}/lists/{listId}/batches/{batch}/cancellation': {
    roles: ['pga'],
    success: 200,
    body: { fields: ['reason'], required: ['reason'] },
    answer: POSITION,
  },
  'DELETE /v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/objections/on-behalf/mine': {
    roles: ['member-state'],
    success: 200,
    answer: POSITION,
  },
  // The general basis of an objection
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
  // Documents and exports
  // A CSV or XLSX file as the body (not JSON): no `body` fields here; ?dryRun=true answers 200 and stores nothing.
  'POST /v1/meetings/{meetingId}/lists/{listId}/entries/import': {
    roles: ['pga'],
    success: 201,
    answer: ['entryIds', 'position'],
    query: ['dryRun'],
    alsoAnswers: { status: 200, answer: ['rows', 'errors'] },
  },
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
    files: [CSV, XLSX, PDF],
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
    files: [JSON_TYPE, PDF],
  },
  // Public: no token
  'GET /v1/public/meetings/{meetingId}': { roles: PUBLIC, success: 200, answer: ['id', 'title', 'timezone', 'programme'] },
  'GET /v1/public/meetings/{meetingId}/programme.ics': { roles: PUBLIC, success: 200, answer: [], files: ['text/calendar'] },
  'GET /v1/public/meetings/{meetingId}/organizations': {
    roles: PUBLIC,
    success: 200,
    answer: ['organizations'],
    query: ['format'],
    files: [JSON_TYPE, CSV],
  },
  'GET /v1/meetings/{meetingId}/lists/{listId}/batches/{batch}/letter': {
    roles: ANY_ROLE,
    success: 200,
    answer: [],
    query: ['lang'],
    files: [PDF],
  },
  'GET /v1/meetings/{meetingId}/lists/{listId}/transmittal-letter': {
    roles: ANY_ROLE,
    success: 200,
    answer: [],
    query: ['lang'],
    files: [PDF],
  },
  // Webhooks, signed
  'POST /v1/member-states/me/webhook/secret': { roles: ['member-state'], success: 200, answer: ['secret', 'position'] },
  // Console and sign-in: only when NODE_ENV is development or test (404 otherwise)
  'POST /v1/dev/tokens': {
    roles: PUBLIC,
    success: 201,
    // `sub` is 1.2's.
    body: { fields: ['role', 'state', 'sub'], required: ['role'] },
    answer: ['token'],
  },
  'GET /v1/me': { roles: ANY_ROLE, success: 200, answer: ['sub', 'role', 'state', 'stateName'] },
  'GET /v1/auth/config': { roles: PUBLIC, success: 200, answer: ['issuer', 'clientId', 'scopes', 'devSignIn'] },
};

const PARTICIPATION: Record<string, ContractRoute> = {
  'PUT /v1/meetings/{meetingId}/delegations/me': {
    roles: ['member-state', 'observer'],
    success: 200,
    body: { fields: ['headOfDelegation', 'members'], required: ['headOfDelegation', 'members'] },
    answer: POSITION,
  },
  'GET /v1/meetings/{meetingId}/delegations': { roles: ANY_ROLE, success: 200, answer: ['delegations', 'counts'] },
  // Its JSON answer is named by 1.2 (Participation additions).
  'GET /v1/meetings/{meetingId}/participants': {
    roles: ANY_ROLE,
    success: 200,
    answer: ['delegations', 'organizations'],
    query: ['format'],
    files: [PDF, CSV, JSON_TYPE],
  },
  [`POST ${ENTRY}/representatives`]: {
    roles: ['pga'],
    success: 201,
    body: { fields: ['name', 'title', 'email'], required: ['name', 'email'] },
    answer: ['representativeId', 'position'],
  },
  [`DELETE ${ENTRY}/representatives/{representativeId}`]: { roles: ['pga'], success: 200, answer: POSITION },
  [`GET ${ENTRY}/approval-letter`]: { roles: ['pga', 'auditor'], success: 200, answer: [], query: ['lang'], files: [PDF] },
  'POST /v1/meetings/{meetingId}/support-requests': {
    roles: ['pga'],
    success: 201,
    body: {
      fields: ['entryId', 'representativeId', 'from', 'amount', 'note'],
      required: ['entryId', 'representativeId', 'from', 'amount'],
    },
    answer: ['requestId', 'position'],
  },
  'POST /v1/meetings/{meetingId}/support-pledges': { roles: ['member-state'], success: 201, body: AMOUNT, answer: POSITION },
  'POST /v1/meetings/{meetingId}/support-requests/{requestId}/grant': {
    roles: ['pga'],
    success: 200,
    body: AMOUNT,
    answer: POSITION,
  },
  'GET /v1/meetings/{meetingId}/support': { roles: ANY_ROLE, success: 200, answer: ['pledged', 'granted', 'requests'] },
  'GET /v1/public/meetings/{meetingId}/support': { roles: PUBLIC, success: 200, answer: ['pledged', 'granted', 'requests'] },
};

const LIVE_UPDATES: Record<string, ContractRoute> = {
  // Server-sent events naming the views that changed; `Last-Event-ID` resumes.
  'GET /v1/events/stream': { roles: ANY_ROLE, success: 200, answer: [], files: ['text/event-stream'] },
};

export const V1_1_ROUTES: Record<string, ContractRoute> = { ...DOCUMENTS_AND_SIGN_IN, ...PARTICIPATION, ...LIVE_UPDATES };

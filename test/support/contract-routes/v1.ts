/** The routes of version 1 of the HTTP contract (../shared/api-contract.md, beside the repository). */

import { ANY_ROLE, ContractRoute, POSITION } from './route-types';

export const V1_ROUTES: Record<string, ContractRoute> = {
  // Meetings
  'POST /v1/meetings': {
    roles: ['pga'],
    success: 201,
    body: { fields: ['id', 'title', 'timezone', 'venue', 'mandate', 'policy'], required: ['id', 'title', 'timezone'] },
    answer: ['id', 'position'],
  },
  // 1.2: `arrangements` carries `missing`; every command answer (POSITION) gains `index` and `receipt`.
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
  // 1.2 replaces it: an optional body { reason } (required once the list has a revision), which the engine does not take yet.
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
  'POST /v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/general-assembly-decision': {
    roles: ['pga'],
    body: { fields: ['decision', 'reference'], required: ['decision', 'reference'] },
    answer: POSITION,
  },
  'POST /v1/meetings/{meetingId}/lists/{listId}/transmittal': { roles: ['pga'], answer: POSITION },
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
  // Member States
  'PUT /v1/member-states/me/webhook': {
    roles: ['member-state'],
    success: 200,
    body: { fields: ['url'], required: ['url'] },
    answer: ['url', 'secret', 'position'],
  },
  'GET /v1/member-states/me/pending': { roles: ['member-state'], success: 200, answer: ['batches'] },
  // Audit
  // 1.2 adds `index` to each event and the filters meetingId, streamId, type, actorRole, actorState, correlationId,
  // from, to, order and before, which the engine does not serve yet.
  'GET /v1/audit/events': { roles: ['auditor', 'pga'], success: 200, answer: ['events', 'next'], query: ['after', 'limit', 'stream'] },
  'GET /v1/audit/verification': { roles: ['auditor', 'pga'], success: 200, answer: ['ok', 'eventsChecked'] },
};

import { CommandEnvelope, Decider } from '../../kernel/decider';
import { fail } from '../../kernel/domain-error';
import { requireRole } from '../../kernel/require-role';
import { textProblems } from '../../kernel/text';
import { ErasureRequest, PersonalDataEvent, personalDataEvent } from './erasure.events';

export const MAX_REASON_LENGTH = 2000;

/** The handler found the subjects with a key (`subjectIds`) and the entries stored in the clear (`notErasable`). */
export interface ErasePersonalData extends CommandEnvelope {
  kind: 'ErasePersonalData';
  request: ErasureRequest;
  reason: string;
  subjectIds: string[];
  notErasable: string[];
}

export type PersonalDataCommand = ErasePersonalData;

export interface ErasuresState {
  /** Every subject erased so far. */
  erased: ReadonlySet<string>;
}

/**
 * Erasures on request (the PGA) and by retention (the engine itself, actor `system`). A subject already erased is
 * not erased twice; a request that finds nothing to erase or report stores nothing.
 */
export const erasureDecider: Decider<PersonalDataCommand, PersonalDataEvent, ErasuresState> = {
  initialState: () => ({ erased: new Set() }),

  decide(command, state) {
    const byRetention = command.request.by === 'retention';
    requireRole(command.actor, byRetention ? 'system' : 'pga', byRetention ? 'erase personal data by retention' : 'erase personal data');
    const reason = command.reason?.trim() ?? '';
    if (!reason) fail('VALIDATION_FAILED', 'Say why the personal data is erased (reason).', [{ field: 'reason', problems: ['blank'] }]);
    const problems = [
      ...textProblems(reason),
      ...(reason.length > MAX_REASON_LENGTH ? [`longer than ${MAX_REASON_LENGTH} characters`] : []),
    ];
    if (problems.length) fail('VALIDATION_FAILED', `The reason cannot be stored: ${problems.join('; ')}.`, [{ field: 'reason', problems }]);
    const subjectIds = [...new Set(command.subjectIds)].filter((id) => !state.erased.has(id));
    const notErasable = [...new Set(command.notErasable)];
    if (subjectIds.length === 0 && notErasable.length === 0) return [];
    return [personalDataEvent('PersonalDataErased', { request: command.request, reason, subjectIds, notErasable })];
  },

  evolve: (state, event) => ({ erased: new Set([...state.erased, ...event.data.subjectIds]) }),
};

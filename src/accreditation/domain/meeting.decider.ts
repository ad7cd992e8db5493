import { CommandEnvelope, Decider } from '../../kernel/decider';
import { fail } from '../../kernel/domain-error';
import { requireRole } from '../../kernel/require-role';
import { requireSafeText } from '../../kernel/safe-text';
import { DEFAULT_POLICY, MeetingCreated, MeetingEvent, meetingEvent, MeetingPolicy } from './meeting.events';

export interface CreateMeeting extends CommandEnvelope {
  kind: 'CreateMeeting';
  meetingId: string;
  title: string;
  timezone: string;
  venue?: string;
  mandate?: string[];
  policy?: Partial<MeetingPolicy>;
}

export type MeetingCommand = CreateMeeting;

export interface MeetingState {
  exists: boolean;
  policy?: MeetingPolicy;
}

export const meetingDecider: Decider<MeetingCommand, MeetingEvent, MeetingState> = {
  initialState: () => ({ exists: false }),

  decide(command, state) {
    requireRole(command.actor, 'pga', 'create a meeting');
    requireSafeText({ title: command.title, venue: command.venue, mandate: command.mandate });
    if (state.exists) fail('ALREADY_EXISTS', `A meeting with id "${command.meetingId}" already exists.`);
    return [created(command)];
  },

  evolve(state, event) {
    switch (event.type) {
      case 'MeetingCreated':
        return { exists: true, policy: event.data.policy };
      default:
        return state;
    }
  },
};

function created(command: CreateMeeting): MeetingCreated {
  const { meetingId, title, timezone, venue, mandate = [], policy = {} } = command;
  return meetingEvent('MeetingCreated', { meetingId, title, timezone, ...(venue ? { venue } : {}), mandate, policy: withDefaults(policy) });
}

/** The PGA's choices over the defaults; a field left out (or undefined) keeps its default. */
function withDefaults(policy: Partial<MeetingPolicy>): MeetingPolicy {
  const chosen = Object.fromEntries(Object.entries(policy).filter(([, value]) => value !== undefined));
  return { ...DEFAULT_POLICY, ...chosen };
}

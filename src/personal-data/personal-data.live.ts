import { LiveMapping } from '../kernel/live-views';
import { PersonalDataEvent } from './domain/erasure.events';

/**
 * An erasure changes no stored view (the views keep the envelopes, which read `[erased]` once the keys are
 * gone) and names no meeting's view: the PGA's console refetches after its own command.
 */
export const PERSONAL_DATA_LIVE_VIEWS: Record<PersonalDataEvent['type'], LiveMapping> = {
  PersonalDataErased: () => [],
};

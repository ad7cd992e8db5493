import type { ArrangedMeeting } from '../../api/arrangements-queries';
import { useSession } from '../../auth/session';

/** A refused mutation is already shown by its `error` next to the form; its promise needs no other handling. */
export const ignore = (): void => undefined;

/** Only the PGA's office changes the arrangements, and only while they are open; an auditor reads them. */
export function useCanChange(meeting: ArrangedMeeting): boolean {
  const { session } = useSession();
  return session?.claims.role === 'pga' && meeting.arrangements.status === 'open';
}

export function useIsPga(): boolean {
  return useSession().session?.claims.role === 'pga';
}

/** A timeline's segments by day of the meeting's clock, each day in order of start. */
export function byStart<T extends { startsAt: string }>(segments: readonly T[]): T[] {
  return [...segments].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

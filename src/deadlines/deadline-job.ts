/** The engine's intent to close one batch at one deadline. */
export interface DeadlineJob {
  meetingId: string;
  listId: string;
  batch: number;
  /** ISO 8601 instant (UTC). */
  deadline: string;
}

/**
 * Derived from everything that identifies the closure, so that scheduling twice makes one job and
 * an extended deadline makes a new one (the old one then finds its deadline superseded).
 */
export function jobIdOf(job: DeadlineJob): string {
  return `close:${job.meetingId}:${job.listId}:${job.batch}:${new Date(job.deadline).getTime()}`;
}

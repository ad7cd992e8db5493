export const BATCH_DEADLINES = Symbol('BATCH_DEADLINES');

/**
 * Told when a batch was submitted or its deadline extended, so that it closes by itself at its
 * deadline. The deadlines capability provides it; the composition root binds it. Never fails a
 * command: whatever it misses, the deadlines' reconciliation catches up.
 */
export interface BatchDeadlines {
  planBatchQuietly(meetingId: string, listId: string, batch: number): Promise<void>;
}

/** The reports of GET /v1/audit/jobs/{jobId}/report, as the engine writes them (the OpenAPI document types them as objects). */

export interface BrokenEvent {
  position: string;
  streamId: string;
  revision: number;
  reason: string;
  detail?: string;
}

export interface VerificationReport {
  ok: boolean;
  eventsChecked: number;
  firstBroken?: BrokenEvent;
}

export interface ReplayedEvent {
  type: string;
}

export interface ReplayMismatch {
  streamId: string;
  position: string;
  revision: number;
  command: string;
  expected: ReplayedEvent[];
  produced: ReplayedEvent[] | { error: { message: string } };
}

export interface ReplayReport {
  ok: boolean;
  commandsReplayed: number;
  mismatchCount: number;
  mismatches: ReplayMismatch[];
}

export interface DocumentDifference {
  key: string;
  position?: string;
  live?: unknown;
  rebuilt?: unknown;
}

export interface RebuildReport {
  matches: boolean;
  events: number;
  uncovered: string[];
  perProjection: Array<{ name: string; differenceCount: number; differences: DocumentDifference[] }>;
}

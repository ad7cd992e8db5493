import type { TFunction } from 'i18next';
import type { AuditJob } from '../../api/audit-job-queries';
import { formatInstant, viewerTimeZone } from '../../format/dates';

/** A job's kind in words ("Verification"). */
export const kindName = (t: TFunction, kind: AuditJob['kind']) => t(`auditJobs.kinds.${kind}.name`);

/** "1,234 of 10,000 events"; "1,234 events" while the total is unknown (EventStoreDB). */
export function progressText(t: TFunction, { done, total }: AuditJob['progress']): string {
  return total > 0 ? t('auditJobs.progress', { done, total }) : t('auditJobs.progressUnknown', { done });
}

/** An instant of a job, on the viewer's clock with its time zone: jobs belong to no meeting. */
export const jobTime = (instant: string, language: string) => formatInstant(instant, viewerTimeZone(), language);

/** The share done, 0 to 100. */
export const percentDone = ({ done, total }: AuditJob['progress']) => (total > 0 ? Math.min(100, (done / total) * 100) : 0);

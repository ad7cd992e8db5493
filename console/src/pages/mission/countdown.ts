import type { TFunction } from 'i18next';
import { remaining } from '../../format/dates';

/** "4 days 5 h", "3 h 20 min", or "Closing now": what is left until a batch's deadline. */
export function countdownText(deadline: string, now: Date, t: TFunction): string {
  const left = remaining(deadline, now);
  if (left.passed) return t('pending.closing');
  if (left.days > 0) return t('pending.daysHours', { days: left.days, hours: left.hours, count: left.days });
  return t('pending.hoursMinutes', { hours: left.hours, minutes: left.minutes });
}

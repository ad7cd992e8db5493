import { Anchor, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ArrangedMeeting } from '../../api/arrangements-queries';
import type { CheckItem } from './readiness';
import { wallClockOf } from '../../format/zoned-time';
import { useStateNames } from '../../format/state-names';

/** GOV.UK "check answers": each item of the arrangements, what it is now, and where to change it. */
export function CheckList({ meeting, items }: { meeting: ArrangedMeeting; items: CheckItem[] }) {
  const { t } = useTranslation();
  const stateName = useStateNames();
  const base = `/meetings/${meeting.id}/arrangements`;
  const days = new Set(meeting.programme.map((segment) => wallClockOf(segment.startsAt, meeting.timezone).date)).size;

  const line = (item: CheckItem) => {
    if (item.kind === 'programme') {
      return {
        label: t('arrangements.finalization.programme'),
        value: item.done
          ? t('arrangements.finalization.programmeSet', { count: meeting.programme.length, days })
          : t('arrangements.finalization.noProgramme'),
        link: item.done ? base : `${base}/programme/edit`,
        action: t('arrangements.finalization.programme'),
      };
    }
    if (item.kind === 'panel-chair') {
      const chair = item.panel!.chair;
      return {
        label: t('arrangements.finalization.panelChair', { panel: item.panel!.title }),
        value: chair
          ? t('arrangements.finalization.chairIs', { state: stateName(chair.state), status: t(`arrangements.chairStatus.${chair.status}`) })
          : t('arrangements.finalization.noInvitation'),
        link: `${base}/panels`,
        action: t('arrangements.finalization.panelChair', { panel: item.panel!.title }),
      };
    }
    const speaker = meeting.openingSpeakers.find((s) => s.role === item.role);
    return {
      label: t(`arrangements.openingRoles.${item.role!}`),
      value: speaker?.name ? [speaker.name, speaker.organization].filter(Boolean).join(', ') : t('arrangements.opening.notIdentified'),
      link: `${base}/opening-speakers`,
      action: t(`arrangements.openingRoles.${item.role!}`),
    };
  };

  return (
    <dl className="no-arr-check">
      {items.map((item) => {
        const { label, value, link, action } = line(item);
        return (
          <div key={item.key} className={item.done ? 'no-arr-check-row' : 'no-arr-check-row no-arr-check-missing'}>
            <dt>{label}</dt>
            <dd>
              {!item.done && (
                <Badge className="no-arr-badge" color="orange" variant="outline" radius="xs" me="xs">
                  {t('arrangements.finalization.missing')}
                </Badge>
              )}
              {value}
            </dd>
            <dd className="no-arr-check-action">
              <Anchor component={Link} to={link}>
                {t('arrangements.finalization.change')}
                <span className="no-visually-hidden"> {action}</span>
              </Anchor>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

import { Badge, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArrangedMeeting, PanelView } from '../../api/arrangements-queries';
import { formatInstant } from '../../format/dates';
import { useRegionalGroupNames, useStateNames } from '../../format/state-names';
import { ChairInvitation } from './ChairInvitation';
import { Consultations } from './Consultations';
import { dayOf, spanOf } from './format';
import { useCanChange } from './shared';

/** One panel: when, its theme, its chair (and the invitation's status), the consultations on it. */
export function PanelCard({ panel, meeting }: { panel: PanelView; meeting: ArrangedMeeting }) {
  const { t, i18n } = useTranslation();
  const canChange = useCanChange(meeting);
  const stateName = useStateNames();
  const groupName = useRegionalGroupNames();
  const [result, setResult] = useState('');
  const headingId = `panel-${panel.id}-title`;
  const chair = panel.chair;
  return (
    <section className="no-arr-panel" aria-labelledby={headingId}>
      <Title order={3} id={headingId}>
        {panel.title}
      </Title>
      <Text size="sm">{panel.theme}</Text>
      <Text className="no-secondary">
        {dayOf(panel.startsAt, meeting.timezone, i18n.language)}, {spanOf(panel.startsAt, panel.endsAt, meeting.timezone, i18n.language)}
      </Text>
      {result && (
        <Text role="status" className="no-arr-result">
          {result}
        </Text>
      )}
      <dl className="no-arr-facts">
        <dt>{t('arrangements.panels.chair')}</dt>
        <dd data-testid={`chair-${panel.id}`}>
          {chair ? (
            <>
              {stateName(chair.state)} ({groupName(chair.regionalGroup)}){' '}
              <Badge
                className="no-arr-badge"
                variant="outline"
                radius="xs"
                color={chair.status === 'accepted' ? 'green' : chair.status === 'declined' ? 'red' : 'gray'}
              >
                {t(`arrangements.chairStatus.${chair.status}`)}
              </Badge>
              <div className="no-secondary">
                {t('arrangements.panels.invitedAt', { time: formatInstant(chair.invitedAt, meeting.timezone, i18n.language) })}
                {chair.respondedAt &&
                  ` · ${t('arrangements.panels.respondedAt', { time: formatInstant(chair.respondedAt, meeting.timezone, i18n.language) })}`}
              </div>
            </>
          ) : (
            t('arrangements.panels.noChair')
          )}
        </dd>
      </dl>
      {canChange && <ChairInvitation panel={panel} meetingId={meeting.id} onDone={setResult} />}
      <Consultations panel={panel} meeting={meeting} canChange={canChange} onDone={setResult} />
    </section>
  );
}

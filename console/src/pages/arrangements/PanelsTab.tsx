import { Loader, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePanels, type ArrangedMeeting } from '../../api/arrangements-queries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { PanelCard } from './PanelCard';

/** Each panel with the consultations on its chair and the invitation to chair it (paragraph 3). */
export function PanelsTab({ meeting }: { meeting: ArrangedMeeting }) {
  const { t } = useTranslation();
  const panels = usePanels(meeting.id);
  return (
    <section aria-labelledby="panels-title">
      <Title order={2} id="panels-title">
        {t('arrangements.panels.title')}
      </Title>
      <Text className="no-reading" mb="md">
        {t('arrangements.panels.intro')}
      </Text>
      {panels.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {panels.isError && <ProblemAlert error={panels.error} />}
      {panels.data?.length === 0 && <Text>{t('arrangements.panels.none')}</Text>}
      {panels.data?.map((panel) => (
        <PanelCard key={panel.id} panel={panel} meeting={meeting} />
      ))}
    </section>
  );
}

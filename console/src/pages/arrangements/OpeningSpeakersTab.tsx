import { Badge, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArrangedMeeting } from '../../api/arrangements-queries';
import { OpeningSpeakerForm } from './OpeningSpeakerForm';
import { useCanChange, useIsPga } from './shared';

/** The speakers of the opening plenary (paragraph 2): three by virtue of office, two the PGA identifies. */
export function OpeningSpeakersTab({ meeting }: { meeting: ArrangedMeeting }) {
  const { t } = useTranslation();
  const canChange = useCanChange(meeting);
  const isPga = useIsPga();
  const [result, setResult] = useState('');
  const speakers = meeting.openingSpeakers;
  const identified = (role: string) => speakers.find((speaker) => speaker.role === role);
  const rows = [
    ...speakers.filter((s) => s.fixed),
    ...(['eminent-person', 'ngo-representative'] as const).map((role) => identified(role) ?? { role }),
  ];
  return (
    <section aria-labelledby="opening-title">
      <Title order={2} id="opening-title" mb="sm">
        {t('arrangements.opening.title')}
      </Title>
      {result && (
        <Text role="status" className="no-arr-result">
          {result}
        </Text>
      )}
      <div className="no-table-wrap">
        <Table className="no-table no-arr-opening" captionSide="top">
          <caption className="no-secondary">{t('arrangements.opening.caption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('arrangements.opening.role')}</Table.Th>
              <Table.Th scope="col">{t('arrangements.opening.speaker')}</Table.Th>
              <Table.Th scope="col">{t('arrangements.opening.organization')}</Table.Th>
              {isPga && <Table.Th scope="col">{t('arrangements.opening.survivor')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((speaker) => (
              <Table.Tr key={speaker.role}>
                <Table.Th scope="row">{t(`arrangements.openingRoles.${speaker.role}`)}</Table.Th>
                <Table.Td>
                  {'fixed' in speaker && speaker.fixed ? (
                    t('arrangements.opening.byOffice')
                  ) : 'name' in speaker && speaker.name ? (
                    speaker.name
                  ) : (
                    <Badge className="no-arr-badge" color="orange" variant="outline" radius="xs">
                      {t('arrangements.opening.notIdentified')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{('organization' in speaker && speaker.organization) || '—'}</Table.Td>
                {isPga && <Table.Td>{'survivor' in speaker && speaker.survivor ? t('arrangements.opening.yes') : '—'}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      {canChange && (
        <div className="no-arr-two-forms">
          <OpeningSpeakerForm role="eminent-person" meeting={meeting} current={identified('eminent-person')} onDone={setResult} />
          <OpeningSpeakerForm role="ngo-representative" meeting={meeting} current={identified('ngo-representative')} onDone={setResult} />
        </div>
      )}
    </section>
  );
}

import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListView, MeetingView, PanelsView } from './as-of-queries';
import { valueWords, type Wording } from './change-words';
import type { Json } from './view-diff';

type Row = { key: string; cells: string[] };

/** A table of plain text cells with its caption and column headers. */
function StoodTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: Row[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text className="no-secondary">{t('asOf.stood.empty', { what: caption })}</Text>;
  return (
    <div className="no-table-wrap">
      <Table className="no-table no-dense" striped captionSide="top">
        <caption>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th scope="col" key={column}>
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              {row.cells.map((cell, index) => (
                <Table.Td key={index}>{cell}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

const words = (w: Wording, value: unknown, field?: string) => (value === undefined ? '—' : valueWords(value as Json, field, w));

export function ListStood({ list, wording: w }: { list: ListView; wording: Wording }) {
  const { t } = useTranslation();
  const col = (name: string) => t(`asOf.fields.${name}`);
  const objectionsOf = (entry: ListView['entries'][number]) => {
    const states = (entry.objections ?? []).map((o) => w.stateName(o.state));
    if (states.length > 0) return states.join(', ');
    return entry.objectionCount ? String(entry.objectionCount) : '—';
  };
  return (
    <>
      <Text mb="sm">{t('asOf.stood.list', { title: list.title, status: words(w, list.status, 'status') })}</Text>
      <StoodTable
        caption={col('batches')}
        columns={[col('number'), col('deadline'), col('status'), col('closedAt')]}
        rows={list.batches.map((b) => ({
          key: String(b.number),
          cells: [String(b.number), words(w, b.deadline), words(w, b.status, 'status'), words(w, b.closedAt)],
        }))}
      />
      <StoodTable
        caption={col('entries')}
        columns={[col('organization'), col('country'), col('status'), col('batch'), col('objections')]}
        rows={list.entries.map((e) => ({
          key: e.id,
          cells: [
            e.organization.name,
            w.stateName(e.organization.country),
            words(w, e.status, 'status'),
            words(w, e.batch),
            objectionsOf(e),
          ],
        }))}
      />
    </>
  );
}

export function PanelsStood({ view, wording: w }: { view: PanelsView; wording: Wording }) {
  const { t } = useTranslation();
  const col = (name: string) => t(`asOf.fields.${name}`);
  return (
    <StoodTable
      caption={col('panels')}
      columns={[col('theme'), col('startsAt'), col('chair'), col('consultations'), col('summary')]}
      rows={view.panels.map((p) => ({
        key: p.id,
        cells: [
          p.theme,
          words(w, p.startsAt),
          p.chair ? t('asOf.stood.chair', { state: w.stateName(p.chair.state), status: words(w, p.chair.status, 'status') }) : '—',
          p.consultations.map((c) => w.groupName?.(c.regionalGroup) ?? c.regionalGroup).join(', ') || '—',
          words(w, Boolean(p.summary)),
        ],
      }))}
    />
  );
}

type Segment = { id: string; title: string; kind: string; startsAt: string };

export function MeetingStood({ meeting, wording: w }: { meeting: MeetingView; wording: Wording }) {
  const { t } = useTranslation();
  const col = (name: string) => t(`asOf.fields.${name}`);
  const programme = meeting.programme as unknown as Segment[];
  return (
    <>
      <Text mb="sm">
        {t('asOf.stood.meeting', { title: meeting.title, arrangements: words(w, meeting.arrangements.status, 'status') })}
      </Text>
      <StoodTable
        caption={col('programme')}
        columns={[col('title'), col('startsAt')]}
        rows={programme.map((s) => ({ key: s.id, cells: [s.title, words(w, s.startsAt)] }))}
      />
      <Title order={3} size="h5" mt="sm">
        {col('openingSpeakers')}
      </Title>
      <ul>
        {meeting.openingSpeakers.map((speaker) => (
          <li key={speaker.role}>{speaker.name ? t('asOf.stood.speaker', { title: speaker.title, name: speaker.name }) : speaker.title}</li>
        ))}
      </ul>
    </>
  );
}

import { Anchor, Code, Loader, Stack, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isRequestCause, useAuditEvent, type AuditEvent, type AuditEventLinks } from '../../api/history-queries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatInstant } from '../../format/dates';
import { eventLabel } from '../../format/event-labels';
import { useStateNames } from '../../format/state-names';
import { meetingOfStream, useMeetingZones, useTimeMode, shownTime } from './event-time';
import { actorText } from './event-text';
import { EventData } from './EventData';
import { historyLink } from './history-url';
import { PageHeading } from './PageHeading';
import { useNow } from '../../hooks';

/** One event of the log: its fields, who and when, its correlation, what caused it and what it led to. */
export function EventPage() {
  const { t } = useTranslation();
  const { position = '' } = useParams();
  const answer = useAuditEvent(position);
  if (answer.isError) return <ProblemAlert error={answer.error} />;
  if (!answer.data) return <Loader size="sm" aria-label={t('common.loading')} />;
  return <EventDetails links={answer.data} />;
}

function EventDetails({ links }: { links: AuditEventLinks }) {
  const { t, i18n } = useTranslation();
  const stateName = useStateNames();
  const zoneOf = useMeetingZones();
  const [timeMode, setTimeMode] = useTimeMode();
  const now = useNow();
  const { event, causedBy, ledTo, sameCommand } = links;
  const meetingId = meetingOfStream(event.streamId);
  const zone = zoneOf(event.streamId);
  const when = (instant: string) => shownTime(instant, timeMode, zone, now, i18n.language);
  return (
    <div className="no-reading no-history-event">
      <Anchor component={Link} to="/history" size="sm">
        {t('history.event.back')}
      </Anchor>
      <PageHeading
        title={t('history.event.title', { type: eventLabel(event.type, t), index: event.index })}
        timeMode={timeMode}
        onTimeMode={setTimeMode}
      />
      <Table className="no-table no-history-fields" variant="vertical" withTableBorder captionSide="top">
        <caption className="no-secondary">{t('history.event.fieldsCaption')}</caption>
        <Table.Tbody>
          <Field label={t('history.event.type')}>
            {eventLabel(event.type, t)} <Code>{event.type}</Code>
          </Field>
          <Field label={t('history.event.position')}>
            {t('history.event.positionValue', { position: event.position, index: event.index })}
          </Field>
          <Field label={t('history.event.stream')}>
            <Anchor component={Link} to={historyLink({ streamId: event.streamId })}>
              {event.streamId}
            </Anchor>{' '}
            {t('history.event.revision', { revision: event.revision })}
          </Field>
          <Field label={t('history.event.actor')}>
            {actorText(event.metadata.actor, t, stateName)} ({event.metadata.actor.subject})
          </Field>
          <Field label={t('history.event.occurredAt')}>
            {when(event.metadata.occurredAt)}{' '}
            <span className="no-secondary">{formatInstant(event.metadata.occurredAt, 'UTC', i18n.language)}</span>
          </Field>
          <Field label={t('history.event.recordedAt')}>
            {when(event.recordedAt)} <span className="no-secondary">{formatInstant(event.recordedAt, 'UTC', i18n.language)}</span>
          </Field>
          <Field label={t('history.event.correlation')}>
            <Anchor component={Link} to={historyLink({ correlationId: event.metadata.correlationId })}>
              {event.metadata.correlationId}
            </Anchor>
          </Field>
          <Field label={t('history.event.causation')}>
            <Code>{event.metadata.causationId}</Code>
          </Field>
        </Table.Tbody>
      </Table>
      {meetingId && (
        <Anchor component={Link} to={`/meetings/${meetingId}/as-of?position=${event.position}`} mt="sm" display="inline-block">
          {t('history.event.asOf')}
        </Anchor>
      )}
      <section aria-labelledby="caused-by">
        <Title order={2} id="caused-by" size="h3" mt="lg" mb="xs">
          {t('history.event.causedBy')}
        </Title>
        {isRequestCause(causedBy) ? (
          <Text>
            {t('history.event.request', {
              command: causedBy.command ?? t('history.event.unknownCommand'),
              actor: actorText(causedBy.actor, t, stateName),
              at: when(causedBy.at),
            })}
          </Text>
        ) : (
          <EventLinks events={[causedBy]} t={t} />
        )}
      </section>
      <LinkedSection id="led-to" title={t('history.event.ledTo')} empty={t('history.event.ledToNone')} events={ledTo} t={t} />
      <LinkedSection
        id="same-command"
        title={t('history.event.sameCommand')}
        empty={t('history.event.sameCommandNone')}
        events={sameCommand}
        t={t}
      />
      <EventData event={event} />
    </div>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

interface LinkedProps {
  id: string;
  title: string;
  empty: string;
  events: AuditEvent[];
  t: TFunction;
}

function LinkedSection({ id, title, empty, events, t }: LinkedProps) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} id={id} size="h3" mt="lg" mb="xs">
        {title}
      </Title>
      {events.length === 0 ? <Text className="no-secondary">{empty}</Text> : <EventLinks events={events} t={t} />}
    </section>
  );
}

function EventLinks({ events, t }: { events: AuditEvent[]; t: TFunction }) {
  return (
    <Stack component="ul" gap={4} className="no-history-links">
      {events.map((event) => (
        <li key={event.position}>
          <Anchor component={Link} to={`/history/${event.position}`}>
            {t('history.event.link', { type: eventLabel(event.type, t), index: event.index })}
          </Anchor>{' '}
          <span className="no-secondary">{event.streamId}</span>
        </li>
      ))}
    </Stack>
  );
}

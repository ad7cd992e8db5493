import { Alert, Anchor, Loader, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuditJobReport, type AuditJob } from '../../api/audit-job-queries';
import { DownloadButton } from '../../components/documents/DownloadButton';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { RebuildReport, ReplayMismatch, ReplayReport, VerificationReport } from './report-types';

/** A done job's report: what it found, each finding linked to its event in the history. */
export function JobReport({ job }: { job: AuditJob }) {
  const { t } = useTranslation();
  const report = useAuditJobReport(job);
  return (
    <section aria-labelledby="audit-report" className="no-audit-report">
      <Title order={2} id="audit-report" mb="sm">
        {t('auditJobs.report')}
      </Title>
      {job.kind === 'export' && <ExportReport job={job} />}
      {report.isPending && job.kind !== 'export' && <Loader size="sm" aria-label={t('common.loading')} />}
      {report.isError && <ProblemAlert error={report.error} />}
      {report.data !== undefined && job.kind === 'verification' && <Verification report={report.data as VerificationReport} />}
      {report.data !== undefined && job.kind === 'replay' && <Replay report={report.data as ReplayReport} />}
      {report.data !== undefined && job.kind === 'rebuild-comparison' && <Rebuild report={report.data as RebuildReport} />}
    </section>
  );
}

/** A link to an event of the history: `/history/<position>` (the History pages). */
function EventLink({ position }: { position: string }) {
  const { t } = useTranslation();
  return (
    <Anchor inherit component={Link} to={`/history/${position}`}>
      {t('auditJobs.event', { position })}
    </Anchor>
  );
}

function Verification({ report }: { report: VerificationReport }) {
  const { t } = useTranslation();
  const broken = report.firstBroken;
  if (!broken) return <Alert color="green" variant="outline" title={t('auditJobs.verification.ok', { count: report.eventsChecked })} />;
  return (
    <Alert color="red" variant="outline" title={t('auditJobs.verification.broken')}>
      <Text>
        {t('auditJobs.verification.where', { streamId: broken.streamId, revision: broken.revision, reason: broken.reason })}{' '}
        <EventLink position={broken.position} />
      </Text>
      {broken.detail && <Text className="no-secondary">{broken.detail}</Text>}
    </Alert>
  );
}

function Replay({ report }: { report: ReplayReport }) {
  const { t } = useTranslation();
  if (report.ok) return <Alert color="green" variant="outline" title={t('auditJobs.replay.ok', { count: report.commandsReplayed })} />;
  return (
    <>
      <Text mb="sm">{t('auditJobs.replay.mismatches', { count: report.mismatchCount })}</Text>
      <div className="no-table-wrap">
        <Table className="no-table" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('auditJobs.columns.event')}</Table.Th>
              <Table.Th scope="col">{t('auditJobs.replay.command')}</Table.Th>
              <Table.Th scope="col">{t('auditJobs.columns.stream')}</Table.Th>
              <Table.Th scope="col">{t('auditJobs.replay.stored')}</Table.Th>
              <Table.Th scope="col">{t('auditJobs.replay.produced')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.mismatches.map((mismatch) => (
              <Table.Tr key={mismatch.position}>
                <Table.Td>
                  <EventLink position={mismatch.position} />
                </Table.Td>
                <Table.Td>{mismatch.command}</Table.Td>
                <Table.Td>
                  <code>{mismatch.streamId}</code> #{mismatch.revision}
                </Table.Td>
                <Table.Td>{mismatch.expected.map((event) => event.type).join(', ')}</Table.Td>
                <Table.Td>{producedText(mismatch, t)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </>
  );
}

function producedText(mismatch: ReplayMismatch, t: TFunction): string {
  const { produced } = mismatch;
  if ('error' in produced) return t('auditJobs.replay.refused', { message: produced.error.message });
  if (produced.length === 0) return t('auditJobs.replay.nothing');
  const types = produced.map((event) => event.type).join(', ');
  const sameTypes = types === mismatch.expected.map((event) => event.type).join(', ');
  return sameTypes ? t('auditJobs.replay.otherData', { types }) : types;
}

function Rebuild({ report }: { report: RebuildReport }) {
  const { t } = useTranslation();
  const differences = report.perProjection.flatMap((projection) =>
    projection.differences.map((d) => ({ ...d, projection: projection.name })),
  );
  const count = report.perProjection.reduce((sum, projection) => sum + projection.differenceCount, 0);
  if (report.matches) return <Alert color="green" variant="outline" title={t('auditJobs.rebuild.ok', { count: report.events })} />;
  return (
    <>
      <Text mb="sm">{t('auditJobs.rebuild.differences', { count })}</Text>
      {report.uncovered.length > 0 && <Text mb="sm">{t('auditJobs.rebuild.uncovered', { names: report.uncovered.join(', ') })}</Text>}
      <div className="no-table-wrap">
        <Table className="no-table" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('auditJobs.columns.event')}</Table.Th>
              <Table.Th scope="col">{t('auditJobs.rebuild.view')}</Table.Th>
              <Table.Th scope="col">{t('auditJobs.rebuild.document')}</Table.Th>
              <Table.Th scope="col">{t('auditJobs.rebuild.how')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {differences.map((difference) => (
              <Table.Tr key={`${difference.projection}/${difference.key}`}>
                <Table.Td>{difference.position ? <EventLink position={difference.position} /> : t('auditJobs.rebuild.noEvent')}</Table.Td>
                <Table.Td>{difference.projection}</Table.Td>
                <Table.Td>
                  <code>{difference.key}</code>
                </Table.Td>
                <Table.Td>{t(`auditJobs.rebuild.${differenceKind(difference)}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </>
  );
}

const differenceKind = ({ live, rebuilt }: { live?: unknown; rebuilt?: unknown }) =>
  live === undefined ? 'missingLive' : rebuilt === undefined ? 'onlyLive' : 'changed';

function ExportReport({ job }: { job: AuditJob }) {
  const { t } = useTranslation();
  const { events, sha256 } = (job.summary ?? {}) as { events?: number; sha256?: string };
  return (
    <>
      <Text mb="xs">{t('auditJobs.export.ready', { count: events ?? 0 })}</Text>
      <DownloadButton
        path={`/v1/audit/jobs/${job.jobId}/report`}
        fallbackName={`history-${job.jobId}.ndjson`}
        label={t('auditJobs.export.download')}
      />
      <Text mt="xs" className="no-secondary">
        {t('auditJobs.export.digest')} <code>{sha256}</code>
      </Text>
      <Text className="no-secondary">{t('auditJobs.export.check')}</Text>
    </>
  );
}

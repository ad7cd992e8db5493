import { Alert, Anchor, Button, Loader, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AUDIT_JOB_KINDS, isRunning, useAuditJobs, useStartAuditJob, type AuditJob, type AuditJobKind } from '../../api/audit-job-queries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { jobTime, kindName, progressText } from './job-text';

const BUSY_ID = 'audit-job-running';

/** The auditor's jobs: start a verification, a replay, a rebuild comparison or an export; follow the recent ones. */
export function AuditJobsPage() {
  const { t, i18n } = useTranslation();
  const jobs = useAuditJobs();
  const start = useStartAuditJob();
  const navigate = useNavigate();
  const running = jobs.data?.find(isRunning);
  const startJob = (kind: AuditJobKind) => start.mutate(kind, { onSuccess: (jobId) => void navigate(`/audit/jobs/${jobId}`) });
  return (
    <>
      <Title order={1} mb="xs">
        {t('auditJobs.title')}
      </Title>
      <Text className="no-reading" mb="lg">
        {t('auditJobs.intro')}
      </Text>
      {running && (
        <Alert id={BUSY_ID} className="no-audit-busy" color="orange" variant="outline" mb="md" title={t('auditJobs.busyTitle')}>
          {t('auditJobs.busy', { kind: kindName(t, running.kind), since: jobTime(running.startedAt, i18n.language) })}{' '}
          <Anchor inherit component={Link} to={`/audit/jobs/${running.jobId}`}>
            {t('auditJobs.follow')}
          </Anchor>
        </Alert>
      )}
      {start.isError && <ProblemAlert error={start.error} />}
      <section aria-labelledby="audit-start" className="no-audit-start">
        <Title order={2} id="audit-start" mb="sm">
          {t('auditJobs.start')}
        </Title>
        {AUDIT_JOB_KINDS.map((kind) => (
          <div key={kind} className="no-audit-kind">
            <Title order={3}>{kindName(t, kind)}</Title>
            <Text className="no-reading">{t(`auditJobs.kinds.${kind}.what`)}</Text>
            <Button
              mt="xs"
              disabled={Boolean(running) || start.isPending}
              aria-describedby={running ? BUSY_ID : undefined}
              onClick={() => startJob(kind)}
            >
              {t(`auditJobs.kinds.${kind}.start`)}
            </Button>
          </div>
        ))}
      </section>
      <Title order={2} mt="xl" mb="sm">
        {t('auditJobs.recent')}
      </Title>
      {jobs.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {jobs.isError && <ProblemAlert error={jobs.error} />}
      {jobs.data && jobs.data.length === 0 && <Text>{t('auditJobs.none')}</Text>}
      {jobs.data && jobs.data.length > 0 && <RecentJobs jobs={jobs.data} />}
    </>
  );
}

function RecentJobs({ jobs }: { jobs: AuditJob[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="no-table-wrap">
      <Table className="no-table" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('auditJobs.columns.job')}</Table.Th>
            <Table.Th scope="col">{t('auditJobs.columns.state')}</Table.Th>
            <Table.Th scope="col">{t('auditJobs.columns.started')}</Table.Th>
            <Table.Th scope="col">{t('auditJobs.columns.finished')}</Table.Th>
            <Table.Th scope="col">{t('auditJobs.columns.progress')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((job) => (
            <Table.Tr key={job.jobId}>
              <Table.Td>
                <Anchor component={Link} to={`/audit/jobs/${job.jobId}`}>
                  {t('auditJobs.jobLink', { kind: kindName(t, job.kind), time: jobTime(job.startedAt, i18n.language) })}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`auditJobs.states.${job.state}`)}</Table.Td>
              <Table.Td className="no-instant">{jobTime(job.startedAt, i18n.language)}</Table.Td>
              <Table.Td className="no-instant">{job.finishedAt ? jobTime(job.finishedAt, i18n.language) : '—'}</Table.Td>
              <Table.Td>{progressText(t, job.progress)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

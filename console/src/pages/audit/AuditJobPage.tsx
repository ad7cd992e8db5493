import { Alert, Anchor, Loader, Progress, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isRunning, useAuditJob } from '../../api/audit-job-queries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { jobTime, kindName, percentDone, progressText } from './job-text';
import { JobReport } from './JobReport';

/** One audit job: its progress while it runs (polled), then its report. */
export function AuditJobPage() {
  const { t, i18n } = useTranslation();
  const { jobId = '' } = useParams();
  const job = useAuditJob(jobId);
  if (job.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (job.isError) return <ProblemAlert error={job.error} />;
  const { data } = job;
  const label = progressText(t, data.progress);
  return (
    <>
      <Anchor component={Link} to="/audit/jobs">
        {t('auditJobs.back')}
      </Anchor>
      <Title order={1} mt="xs" mb="xs">
        {t('auditJobs.jobTitle', { kind: kindName(t, data.kind) })}
      </Title>
      <dl className="no-audit-facts">
        <dt>{t('auditJobs.columns.state')}</dt>
        <dd>{t(`auditJobs.states.${data.state}`)}</dd>
        <dt>{t('auditJobs.columns.started')}</dt>
        <dd>{jobTime(data.startedAt, i18n.language)}</dd>
        {data.finishedAt && (
          <>
            <dt>{t('auditJobs.columns.finished')}</dt>
            <dd>{jobTime(data.finishedAt, i18n.language)}</dd>
          </>
        )}
      </dl>
      {isRunning(data) && (
        <section aria-labelledby="audit-progress" className="no-audit-progress">
          <Title order={2} id="audit-progress" mb="xs">
            {t('auditJobs.progressTitle')}
          </Title>
          <Progress value={percentDone(data.progress)} aria-label={label} size="lg" />
          <Text mt="xs" aria-live="polite">
            {label}
          </Text>
        </section>
      )}
      {data.state === 'failed' && (
        <Alert color="red" variant="outline" role="alert" title={t('auditJobs.failed')}>
          {typeof data.summary?.error === 'string' ? data.summary.error : ''}
        </Alert>
      )}
      {data.state === 'done' && <JobReport job={data} />}
    </>
  );
}

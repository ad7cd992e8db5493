import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../auth/session';
import { unwrap, type Schemas } from './client';

export type AuditJob = Schemas['AuditJobView'];
export type AuditJobKind = AuditJob['kind'];
export const AUDIT_JOB_KINDS: readonly AuditJobKind[] = ['verification', 'replay', 'rebuild-comparison', 'export'];

/** How often a running job (and the list, while one runs) is asked again. */
const WHILE_RUNNING_MS = 1000;

export const isRunning = (job: Pick<AuditJob, 'state'>) => job.state === 'running' || job.state === 'queued';

/** The recent audit jobs, newest first (query key ['audit-jobs']), refetched while one of them runs. */
export function useAuditJobs() {
  const { api } = useSession();
  return useQuery({
    queryKey: ['audit-jobs'],
    queryFn: async () => (await unwrap(api.GET('/v1/audit/jobs'))).jobs,
    refetchInterval: (query) => (query.state.data?.some(isRunning) ? WHILE_RUNNING_MS : false),
  });
}

/** One job (query key ['audit-job', jobId]), polled while it runs. */
export function useAuditJob(jobId: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['audit-job', jobId],
    queryFn: () => unwrap(api.GET('/v1/audit/jobs/{jobId}', { params: { path: { jobId } } })),
    refetchInterval: (query) => (query.state.data && !isRunning(query.state.data) ? false : WHILE_RUNNING_MS),
  });
}

/** A done job's JSON report (verification, replay, rebuild comparison); query key ['audit-job-report', jobId]. */
export function useAuditJobReport(job: AuditJob | undefined) {
  const { api } = useSession();
  const jobId = job?.jobId ?? '';
  return useQuery({
    queryKey: ['audit-job-report', jobId],
    queryFn: async () => (await unwrap(api.GET('/v1/audit/jobs/{jobId}/report', { params: { path: { jobId } } }))) as unknown,
    enabled: job?.state === 'done' && job.kind !== 'export',
    staleTime: Infinity,
  });
}

/** Starts a job; answers its id. */
export function useStartAuditJob() {
  const { api } = useSession();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (kind: AuditJobKind) => (await unwrap(api.POST('/v1/audit/jobs', { body: { kind } }))).jobId,
    onSettled: () => queries.invalidateQueries({ queryKey: ['audit-jobs'] }),
  });
}

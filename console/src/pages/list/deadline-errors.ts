import { ApiProblem } from '../../api/problem';

/** The engine's refusal of a deadline, to show on the deadline's field; undefined when it is about something else. */
export function deadlineProblem(error: unknown): string | undefined {
  if (!(error instanceof ApiProblem) || error.code !== 'VALIDATION_FAILED') return undefined;
  const problems = error.fieldProblems.deadline;
  return problems?.length ? problems.join(' ') : error.message;
}

import type { ImportProblem } from '../../api/import-queries';
import { ApiProblem } from '../../api/problem';

function isImportProblem(item: unknown): item is ImportProblem {
  if (typeof item !== 'object' || item === null) return false;
  const candidate = item as Record<string, unknown>;
  return typeof candidate.row === 'number' && typeof candidate.field === 'string' && typeof candidate.message === 'string';
}

/** The rows a refused import names in `details` (`{ row, field, message }`), if it names any. */
export function problemsOfFile(problem: ApiProblem): ImportProblem[] | undefined {
  if (!Array.isArray(problem.details)) return undefined;
  const rows = (problem.details as unknown[]).filter(isImportProblem);
  return rows.length ? rows : undefined;
}

/** The message of a refusal of the whole file (not UTF-8, too many rows, too large): shown on the file field. */
export function wholeFileProblem(error: unknown): string | undefined {
  if (!(error instanceof ApiProblem) || error.code === 'NETWORK') return undefined;
  return error.message || undefined;
}

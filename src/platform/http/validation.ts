import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ApiError } from './api-error';

export interface FieldProblem {
  field: string;
  row?: number;
  problems: string[];
}

/** Flattens class-validator's tree into one line per field, with the row index of bulk input. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldProblem[] = error.constraints ? [withRow({ field, problems: Object.values(error.constraints) })] : [];
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

function withRow(problem: FieldProblem): FieldProblem {
  const match = /^organizations\.(\d+)(\.|$)/.exec(problem.field);
  return match ? { ...problem, row: Number(match[1]) } : problem;
}

export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const details = fieldProblems(errors);
      return new ApiError('VALIDATION_FAILED', `The request is not valid: ${summaryOf(details)}`, details);
    },
  });
}

/** The message names the first problems only: a bulk body can have thousands, all of them in `details`. */
const SUMMARIZED_PROBLEMS = 10;

function summaryOf(details: FieldProblem[]): string {
  const summary = details
    .slice(0, SUMMARIZED_PROBLEMS)
    .map((d) => `${d.field}: ${d.problems.join('; ')}`)
    .join(' | ');
  const more = details.length - SUMMARIZED_PROBLEMS;
  return more > 0 ? `${summary} | and ${more} more (see details)` : summary;
}

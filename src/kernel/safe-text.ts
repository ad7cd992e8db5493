import { DomainError } from './domain-error';
import { textProblems } from './text';

/** One field's text problems, shaped like the edge's validation details. */
export interface TextProblem {
  field: string;
  problems: string[];
}

/** The problems of each given free-text field (undefined fields are skipped). */
export function textFieldProblems(fields: Readonly<Record<string, string | readonly string[] | undefined>>): TextProblem[] {
  return Object.entries(fields).flatMap(([field, value]) => {
    if (value === undefined) return [];
    const values = typeof value === 'string' ? [[field, value] as const] : value.map((text, i) => [`${field}.${i}`, text] as const);
    return values.flatMap(([name, text]) => {
      const problems = textProblems(text);
      return problems.length ? [{ field: name, problems }] : [];
    });
  });
}

/** Refuses the command (400 VALIDATION_FAILED naming each field) when a free-text field is unsafe to show. */
export function requireSafeText(fields: Readonly<Record<string, string | readonly string[] | undefined>>): void {
  const problems = textFieldProblems(fields);
  if (!problems.length) return;
  const summary = problems.map((p) => `${p.field} ${p.problems.join('; ')}`).join('; ');
  throw new DomainError('VALIDATION_FAILED', `The text is not valid: ${summary}. Remove the invisible or control characters.`, problems);
}

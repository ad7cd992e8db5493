import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { instantOf, type WallClock } from '../../format/zoned-time';

/** The engine's refusal of a deadline, to show on the deadline's field; undefined when it is about something else. */
export function deadlineProblem(error: unknown): string | undefined {
  if (!(error instanceof ApiProblem) || error.code !== 'VALIDATION_FAILED') return undefined;
  const problems = error.fieldProblems.deadline;
  return problems?.length ? problems.join(' ') : error.message;
}

/**
 * The two steps that submitting and extending a batch share: a deadline typed on the meeting's clock, then a check
 * of what will happen. `tooEarly` says why an instant will not do; a refusal of the deadline by the engine brings
 * the person back to the field, with the engine's words.
 */
export function useDeadlineSteps(timeZone: string, initial: () => WallClock, tooEarly: (instant: string) => string | undefined) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<WallClock>(initial);
  const [step, setStep] = useState<'deadline' | 'confirm'>('deadline');
  const [fieldError, setFieldError] = useState<string>();
  const instant = instantOf(draft, timeZone);

  const toConfirm = (resetMutation: () => void) => {
    const problem = instant ? tooEarly(instant) : t('list.deadline.invalid');
    setFieldError(problem);
    if (problem) return;
    resetMutation();
    setStep('confirm');
  };

  const refused = (error: unknown) => {
    const problem = deadlineProblem(error);
    if (!problem) return;
    setFieldError(problem);
    setStep('deadline');
  };

  /** What the check step shows above its button: a refusal that is not about the deadline. */
  const otherError = (isError: boolean, error: unknown) => (isError && !deadlineProblem(error) ? error : undefined);

  return { draft, setDraft, step, fieldError, instant, toConfirm, refused, otherError, back: () => setStep('deadline') };
}

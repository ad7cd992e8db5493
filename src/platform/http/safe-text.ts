import { ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';
import { isIsoCountry } from '../../kernel/reference/iso-3166-alpha3';
import { textProblems } from '../../kernel/text';

const problemsOf = (value: unknown): string[] => (typeof value === 'string' ? textProblems(value) : []);

/** Free text that is safe to show in letters and views (the same check as the deciders'; see kernel/text.ts). */
export const IsSafeText = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isSafeText',
      validator: {
        validate: (value: unknown) => problemsOf(value).length === 0,
        defaultMessage: ({ value }: ValidationArguments) => {
          const values: unknown[] = Array.isArray(value) ? value : [value];
          const problems = values.flatMap(problemsOf);
          return `$property ${[...new Set(problems)].join('; ')}`;
        },
      },
    },
    options,
  );

/** An officially assigned ISO 3166-1 alpha-3 code, in capitals. */
export const IsIsoCountry = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isIsoCountry',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoCountry(value),
        // The value is quoted only when it is short: an answer never echoes a long input back.
        defaultMessage: ({ value }: ValidationArguments) =>
          `$property must be an assigned ISO 3166-1 alpha-3 code in capitals, such as FRA` +
          (typeof value === 'string' && value.length <= 8 ? `; "${value}" is not one` : ''),
      },
    },
    options,
  );

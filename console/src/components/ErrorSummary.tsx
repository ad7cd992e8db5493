import { Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** The id of the field the problem is about (the link moves the focus there). */
  fieldId?: string;
  message: string;
}

/**
 * GOV.UK-style error summary at the top of a form: a heading, then one link per problem to its field.
 * It takes the focus when it appears, so that a screen reader announces it.
 */
export function ErrorSummary({ items }: { items: SummaryItem[] }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const shown = items.length > 0;
  useEffect(() => {
    if (shown) box.current?.focus();
  }, [shown, items]);
  if (!shown) return null;
  return (
    <div className="no-error-summary" ref={box} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <Title order={2} id="error-summary-title" size="h3" mb="xs">
        {t('form.errorSummaryTitle')}
      </Title>
      <ul>
        {items.map((item, index) => (
          <li key={`${item.fieldId ?? 'form'}-${index}`}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(item.fieldId!)?.focus();
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  error?: string;
  onChoose: (file: File | undefined) => void;
}

/** GOV.UK's file upload: a native file input with its label, a hint naming the columns, and its error above it. */
export function ImportFileField({ id, error, onChoose }: Props) {
  const { t } = useTranslation();
  const described = [`${id}-hint`, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return (
    <div className={error ? 'no-file-field no-file-field-error' : 'no-file-field'}>
      <label htmlFor={id} className="no-file-label">
        {t('import.file.label')}
      </label>
      <div id={`${id}-hint`} className="no-file-hint">
        <p>{t('import.file.hint')}</p>
        <p>
          <code>{t('import.file.columns')}</code>
        </p>
        <p>{t('import.file.limits')}</p>
      </div>
      {error && (
        <p id={`${id}-error`} className="no-file-error">
          {error}
        </p>
      )}
      <input
        id={id}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChoose(event.currentTarget.files?.[0])}
      />
    </div>
  );
}

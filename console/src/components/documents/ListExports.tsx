import { DownloadButton } from './DownloadButton';
import { useTranslation } from 'react-i18next';

/** A list's entries as CSV and Excel: what the signed-in reader's own view of the list holds, no more. */
export function ListExports({ meetingId, listId }: { meetingId: string; listId: string }) {
  const { t } = useTranslation();
  return (['csv', 'xlsx'] as const).map((format) => (
    <DownloadButton
      key={format}
      path={`/v1/meetings/${meetingId}/lists/${listId}/export?format=${format}`}
      fallbackName={`${meetingId}-${listId}.${format}`}
      label={t(format === 'csv' ? 'documents.exportCsv' : 'documents.exportXlsx')}
    />
  ));
}

import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { unLanguageOf } from '../../format/languages';
import { DownloadButton } from './DownloadButton';

const FORMATS = ['csv', 'xlsx', 'pdf'] as const;
const LABELS = { csv: 'documents.exportCsv', xlsx: 'documents.exportXlsx', pdf: 'documents.exportPdf' } as const;

/** The list of speakers of a meeting as CSV, Excel or PDF (the PDF in the console's language where letters have it). */
export function SpeakersExports({ meetingId }: { meetingId: string }) {
  const { t, i18n } = useTranslation();
  const lang = unLanguageOf(i18n.language);
  return (
    <Group gap="xs" mb="md" role="group" aria-label={t('documents.speakersExports')}>
      {FORMATS.map((format) => (
        <DownloadButton
          key={format}
          path={`/v1/meetings/${meetingId}/speakers/export?format=${format}${format === 'pdf' ? `&lang=${lang}` : ''}`}
          fallbackName={`${meetingId}-speakers.${format}`}
          label={t(LABELS[format])}
        />
      ))}
    </Group>
  );
}

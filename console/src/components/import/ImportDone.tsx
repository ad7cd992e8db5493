import { Anchor, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The result of an import, announced (role=status), with the way back to the list. */
export function ImportDone({ count, listTitle, listUrl }: { count: number; listTitle: string; listUrl: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="no-import-done">
      <Title order={2} size="h3" mb="xs">
        {t('import.done.title', { count })}
      </Title>
      <Text mb="sm">{t('import.done.body', { count, list: listTitle })}</Text>
      <Anchor component={Link} to={listUrl}>
        {t('import.done.back')}
      </Anchor>
    </div>
  );
}

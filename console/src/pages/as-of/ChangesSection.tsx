import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { lastField, pathWords, valueWords, type Wording } from './change-words';
import type { Change } from './view-diff';

/** Each kind of change has its word and an icon, never a colour alone. */
const ICONS: Record<Change['kind'], string> = { added: '+', removed: '−', changed: '✎' };

/** What differs between the view as it stood and now, one line a change, in words. */
export function ChangesSection({ changes, wording }: { changes: Change[]; wording: Wording }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="as-of-changes" className="no-as-of-section">
      <Title order={2} id="as-of-changes" className="no-dash-heading">
        {t('asOf.changes.title', { count: changes.length })}
      </Title>
      {changes.length === 0 ? (
        <Text>{t('asOf.changes.none')}</Text>
      ) : (
        <ul className="no-changes">
          {changes.map((change) => (
            <li key={JSON.stringify(change.path.map((step) => (typeof step === 'string' ? step : step.id)))} className="no-change">
              <span aria-hidden="true" className={`no-change-icon no-change-${change.kind}`}>
                {ICONS[change.kind]}
              </span>
              <span>
                <strong>{t(`asOf.changes.kinds.${change.kind}`)}</strong> {pathWords(change.path, wording)}
                <ChangeDetail change={change} wording={wording} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ChangeDetail({ change, wording }: { change: Change; wording: Wording }) {
  const { t } = useTranslation();
  const field = lastField(change.path);
  const last = change.path.at(-1);
  // An added or removed item is named by its path already; a field's value is worth saying.
  if (change.kind !== 'changed' && typeof last !== 'string') return null;
  if (change.kind === 'added') return <> {t('asOf.changes.now', { value: valueWords(change.to, field, wording) })}</>;
  if (change.kind === 'removed') return <> {t('asOf.changes.then', { value: valueWords(change.from, field, wording) })}</>;
  const from = valueWords(change.from, field, wording);
  const to = valueWords(change.to, field, wording);
  return <> {t('asOf.changes.fromTo', { from, to })}</>;
}

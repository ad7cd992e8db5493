import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useReferenceStates, type ReferenceState } from '../api/queries';
import type { Claims } from './claims';

/** English names that take "the" after "Permanent Mission of". */
const WITH_ARTICLE =
  /^(Bahamas|Central African Republic|Comoros|Congo|Czech|Democratic|Dominican Republic|Gambia|Holy See|Lao|Marshall Islands|Netherlands|Niger$|Philippines|Republic of|Russian Federation|Solomon Islands|Sudan|Syrian|United|European Union|State of Palestine)/;

/** Who the session acts as, in words: "Permanent Mission of France", "Office of the President of the General Assembly". */
export function useActingAs(claims: Claims | undefined): string {
  const { t, i18n } = useTranslation();
  const states = useReferenceStates();
  if (!claims?.role) return t('actingAs.unknown');
  if (claims.role === 'pga') return t('actingAs.pga');
  if (claims.role === 'auditor') return t('actingAs.auditor');
  const state = states.data?.find((s) => s.code === claims.state);
  const name = state?.name ?? claims.state ?? '';
  return missionName(claims.role, state, name, i18n.language, t);
}

function missionName(
  role: 'member-state' | 'observer',
  state: ReferenceState | undefined,
  name: string,
  language: string,
  t: TFunction,
): string {
  const article = language === 'en' && WITH_ARTICLE.test(name) ? 'the ' : '';
  if (role === 'observer') {
    return state?.code === 'EUU' ? t('actingAs.euDelegation') : t('actingAs.observerMission', { article, name });
  }
  return t('actingAs.mission', { article, name });
}

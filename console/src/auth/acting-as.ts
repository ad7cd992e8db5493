import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/me-queries';
import { useStateNames } from '../format/state-names';
import { ROLES, type Claims, type Role } from './claims';

/** English names that take "the" after "Permanent Mission of". */
const WITH_ARTICLE =
  /^(Bahamas|Central African Republic|Comoros|Congo|Czech|Democratic|Dominican Republic|Gambia|Holy See|Lao|Marshall Islands|Netherlands|Niger$|Philippines|Republic of|Russian Federation|Solomon Islands|Sudan|Syrian|United|European Union|State of Palestine)/;

/**
 * Who the session acts as, in words: "Permanent Mission of France", "Office of the President of the General Assembly".
 * The engine's word (GET /v1/me: role and State name) once it has answered; the token's claims and the reference list until then.
 */
export function useActingAs(claims: Claims | undefined): string {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const nameOf = useStateNames();
  const role = ROLES.includes(me.data?.role as Role) ? (me.data?.role as Role) : claims?.role;
  if (!role) return t('actingAs.unknown');
  if (role === 'pga') return t('actingAs.pga');
  if (role === 'auditor') return t('actingAs.auditor');
  const code = me.data?.state ?? claims?.state ?? '';
  // The State's name in the console's language; the engine's (English) while the names load.
  const named = nameOf(code);
  const name = named !== code ? named : (me.data?.stateName ?? code);
  return missionName(role, code, name, i18n.language, t);
}

function missionName(role: 'member-state' | 'observer', code: string, name: string, language: string, t: TFunction): string {
  const article = language === 'en' && WITH_ARTICLE.test(name) ? 'the ' : '';
  if (role === 'observer') return code === 'EUU' ? t('actingAs.euDelegation') : t('actingAs.observerMission', { article, name });
  return t('actingAs.mission', { article, name });
}

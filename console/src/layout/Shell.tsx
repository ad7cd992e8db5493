import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveUpdates } from '../api/live-updates';
import { Link, NavLink, Navigate, useLocation, useNavigate } from 'react-router';
import { useActingAs } from '../auth/acting-as';
import { homeOf } from '../auth/claims';
import { useSession } from '../auth/session';
import { LanguageSwitch } from '../components/LanguageSwitch';

/** The header every page shares: the wordmark, who the session acts as, the language switch, sign out; then the page. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  const actingAs = useActingAs(session?.claims);
  const role = session?.claims.role;
  useLiveUpdates();
  return (
    <>
      <a className="no-skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="no-header">
        <div className="no-header-inner">
          <div>
            <Link to={session ? homeOf(role) : '/sign-in'} className="no-wordmark">
              {t('app.name')}
            </Link>
            <div className="no-tagline">{t('app.tagline')}</div>
          </div>
          <div className="no-header-tools">
            {session && (
              <span className="no-acting-as" data-testid="acting-as">
                {t('layout.actingAs')} <strong>{actingAs}</strong>
              </span>
            )}
            <LanguageSwitch />
            {session && (
              <Button
                variant="default"
                size="xs"
                onClick={() => {
                  signOut();
                  void navigate('/sign-in');
                }}
              >
                {t('layout.signOut')}
              </Button>
            )}
          </div>
        </div>
        {session && (
          <nav className="no-nav" aria-label={t('layout.navigation')}>
            {role === 'member-state' && <NavLink to="/pending">{t('nav.pending')}</NavLink>}
            {role === 'member-state' && <NavLink to="/invitations">{t('missionNav.invitations')}</NavLink>}
            {(role === 'member-state' || role === 'observer') && <NavLink to="/speakers">{t('missionNav.speakers')}</NavLink>}
            {/* A mission reaches a batch (under /meetings/…) from what awaits it: only the meetings list itself is "Meetings". */}
            <NavLink to="/meetings" end={role === 'member-state' || role === 'observer'}>
              {t('nav.meetings')}
            </NavLink>
            {role === 'member-state' && <NavLink to="/settings">{t('missionNav.settings')}</NavLink>}
            {(role === 'auditor' || role === 'pga') && <NavLink to="/history">{t('history.nav')}</NavLink>}
            {(role === 'auditor' || role === 'pga') && <NavLink to="/audit/jobs">{t('auditJobs.nav')}</NavLink>}
          </nav>
        )}
      </header>
      <main id="main" className="no-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/** Pages that need a session: without one (or once it expired), the sign-in page, which brings the user back here. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

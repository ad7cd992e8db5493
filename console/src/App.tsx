import { Suspense } from 'react';
import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { homeOf } from './auth/claims';
import { useSession } from './auth/session';
import { onDemand, usePagesLoaded } from './layout/on-demand';
import { RequireSession, Shell } from './layout/Shell';
import { NotFoundPage } from './pages/NotFoundPage';
import { SignInPage } from './pages/SignInPage';
import { AuthCallbackPage } from './pages/auth/AuthCallbackPage';
import { usePrefetchHistoryPage } from './pages/history/history-prefetch';

const AuditJobPage = onDemand(() => import('./pages/audit/AuditJobPage'), 'AuditJobPage');
const AuditJobsPage = onDemand(() => import('./pages/audit/AuditJobsPage'), 'AuditJobsPage');
const DashboardPage = onDemand(() => import('./pages/dashboard/DashboardPage'), 'DashboardPage');
const ArrangementsPage = onDemand(() => import('./pages/arrangements/ArrangementsPage'), 'ArrangementsPage');
const AsOfPage = onDemand(() => import('./pages/as-of/AsOfPage'), 'AsOfPage');
const ListPage = onDemand(() => import('./pages/list/ListPage'), 'ListPage');
const MeetingsPage = onDemand(() => import('./pages/MeetingsPage'), 'MeetingsPage');
const ImportPage = onDemand(() => import('./pages/import/ImportPage'), 'ImportPage');
const EventPage = onDemand(() => import('./pages/history/EventPage'), 'EventPage');
const HistoryPage = onDemand(() => import('./pages/history/HistoryPage'), 'HistoryPage', usePrefetchHistoryPage);
const NewMeetingPage = onDemand(() => import('./pages/NewMeetingPage'), 'NewMeetingPage');
const PendingPage = onDemand(() => import('./pages/PendingPage'), 'PendingPage');
const BatchPage = onDemand(() => import('./pages/mission/BatchPage'), 'BatchPage');
const InvitationsPage = onDemand(() => import('./pages/mission/InvitationsPage'), 'InvitationsPage');
const SettingsPage = onDemand(() => import('./pages/mission/SettingsPage'), 'SettingsPage');
const SpeakersPage = onDemand(() => import('./pages/mission/SpeakersPage'), 'SpeakersPage');

export function App() {
  const { session } = useSession();
  const { t } = useTranslation();
  usePagesLoaded();
  const guarded = (page: React.ReactNode) => <RequireSession>{page}</RequireSession>;
  return (
    <Shell>
      <Suspense fallback={<Loader size="sm" aria-label={t('common.loading')} />}>
        <Routes>
          <Route path="/" element={<Navigate to={session ? homeOf(session.claims.role) : '/sign-in'} replace />} />
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/auth/callback" element={<AuthCallbackPage />} />
          <Route path="/meetings" element={guarded(<MeetingsPage />)} />
          <Route path="/meetings/new" element={guarded(<NewMeetingPage />)} />
          <Route path="/meetings/:meetingId" element={guarded(<DashboardPage />)} />
          <Route path="/meetings/:meetingId/lists/:listId" element={guarded(<ListPage />)} />
          <Route path="/meetings/:meetingId/as-of" element={guarded(<AsOfPage />)} />
          <Route path="/pending" element={guarded(<PendingPage />)} />
          <Route path="/meetings/:meetingId/arrangements/*" element={guarded(<ArrangementsPage />)} />
          <Route path="/meetings/:meetingId/lists/:listId/batches/:batch" element={guarded(<BatchPage />)} />
          <Route path="/invitations" element={guarded(<InvitationsPage />)} />
          <Route path="/speakers" element={guarded(<SpeakersPage />)} />
          <Route path="/settings" element={guarded(<SettingsPage />)} />
          <Route path="/meetings/:meetingId/lists/:listId/import" element={guarded(<ImportPage />)} />
          <Route path="/audit/jobs" element={guarded(<AuditJobsPage />)} />
          <Route path="/audit/jobs/:jobId" element={guarded(<AuditJobPage />)} />
          <Route path="/history" element={guarded(<HistoryPage />)} />
          <Route path="/history/:position" element={guarded(<EventPage />)} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}

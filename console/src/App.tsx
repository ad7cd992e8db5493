import { Navigate, Route, Routes } from 'react-router';
import { homeOf } from './auth/claims';
import { AuditJobPage } from './pages/audit/AuditJobPage';
import { AuditJobsPage } from './pages/audit/AuditJobsPage';
import { useSession } from './auth/session';
import { RequireSession, Shell } from './layout/Shell';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { ArrangementsPage } from './pages/arrangements/ArrangementsPage';
import { AsOfPage } from './pages/as-of/AsOfPage';
import { ListPage } from './pages/list/ListPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { ImportPage } from './pages/import/ImportPage';
import { EventPage } from './pages/history/EventPage';
import { HistoryPage } from './pages/history/HistoryPage';
import { NewMeetingPage } from './pages/NewMeetingPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PendingPage } from './pages/PendingPage';
import { SignInPage } from './pages/SignInPage';
import { AuthCallbackPage } from './pages/auth/AuthCallbackPage';
import { BatchPage } from './pages/mission/BatchPage';
import { InvitationsPage } from './pages/mission/InvitationsPage';
import { SettingsPage } from './pages/mission/SettingsPage';
import { SpeakersPage } from './pages/mission/SpeakersPage';

export function App() {
  const { session } = useSession();
  const guarded = (page: React.ReactNode) => <RequireSession>{page}</RequireSession>;
  return (
    <Shell>
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
    </Shell>
  );
}

import { Navigate, Route, Routes } from 'react-router';
import { homeOf } from './auth/claims';
import { useSession } from './auth/session';
import { RequireSession, Shell } from './layout/Shell';
import { MeetingsPage } from './pages/MeetingsPage';
import { ImportPage } from './pages/import/ImportPage';
import { NewMeetingPage } from './pages/NewMeetingPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PendingPage } from './pages/PendingPage';
import { SignInPage } from './pages/SignInPage';

export function App() {
  const { session } = useSession();
  const guarded = (page: React.ReactNode) => <RequireSession>{page}</RequireSession>;
  return (
    <Shell>
      <Routes>
        <Route path="/" element={<Navigate to={session ? homeOf(session.claims.role) : '/sign-in'} replace />} />
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/meetings" element={guarded(<MeetingsPage />)} />
        <Route path="/meetings/new" element={guarded(<NewMeetingPage />)} />
        <Route path="/pending" element={guarded(<PendingPage />)} />
        <Route path="/meetings/:meetingId/lists/:listId/import" element={guarded(<ImportPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Shell>
  );
}

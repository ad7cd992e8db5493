import { Navigate, Route, Routes } from 'react-router';
import { homeOf } from './auth/claims';
import { useSession } from './auth/session';
import { RequireSession, Shell } from './layout/Shell';
import { ListPage } from './pages/list/ListPage';
import { MeetingsPage } from './pages/MeetingsPage';
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
        <Route path="/meetings/:meetingId/lists/:listId" element={guarded(<ListPage />)} />
        <Route path="/pending" element={guarded(<PendingPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Shell>
  );
}

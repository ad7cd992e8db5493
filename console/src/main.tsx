import '@mantine/core/styles.css';
import 'virtual:theme.css';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { ApiProblem } from './api/problem';
import { App } from './App';
import { SessionProvider } from './auth/session';
import { setUpI18n } from './i18n';
import { ConsoleMantineProvider } from './layout/ConsoleMantineProvider';

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change by asking again; a network failure or a 5xx may.
      retry: (count, error) => !(error instanceof ApiProblem && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/** The console renders once the first language's messages have arrived. */
async function start(): Promise<void> {
  const i18n = await setUpI18n();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ConsoleMantineProvider>
          <QueryClientProvider client={queries}>
            <BrowserRouter>
              <SessionProvider>
                <App />
              </SessionProvider>
            </BrowserRouter>
          </QueryClientProvider>
        </ConsoleMantineProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();

import { Button } from '@mantine/core';
import { useState } from 'react';
import { consistentAtHeader } from '../../api/consistency';
import { ApiProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../ProblemAlert';

interface DownloadButtonProps {
  /** The engine's path, query included (e.g. `/v1/meetings/m/lists/l/export?format=csv`). */
  path: string;
  /** The file name offered when the engine names none. */
  fallbackName: string;
  label: string;
}

/**
 * Downloads a document the engine answers to the session's token: a plain link cannot carry the bearer
 * token (it lives in the tab, never in a cookie), so the file is fetched and handed to the browser as a blob.
 */
export function DownloadButton({ path, fallbackName, label }: DownloadButtonProps) {
  const { session } = useSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const download = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const authorization: Record<string, string> = session ? { authorization: `Bearer ${session.token}` } : {};
      const response = await fetch(path, { headers: { ...authorization, ...consistentAtHeader() } });
      if (!response.ok) throw ApiProblem.from(response.status, await response.json().catch(() => undefined));
      save(await response.blob(), fileNameOf(response) ?? fallbackName);
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : ApiProblem.from(0, undefined));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="xs" variant="default" loading={busy} onClick={() => void download()}>
        {label}
      </Button>
      {problem && <ProblemAlert error={problem} />}
    </>
  );
}

function fileNameOf(response: Response): string | undefined {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(disposition)?.[1];
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

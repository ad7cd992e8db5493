import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useSession } from '../auth/session';
import { newIdempotencyKey, unwrap, type Schemas } from './client';

export type ImportPreview = Schemas['ImportPreviewResponse'];
export type ImportProblem = Schemas['ImportProblemResponse'];
export type ImportRow = Schemas['ImportRowResponse'];

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The media type the engine reads the file as, from its name: browsers give a CSV file several types. */
export function importTypeOf(file: File): typeof CSV | typeof XLSX | undefined {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return XLSX;
  if (name.endsWith('.csv')) return CSV;
  return undefined;
}

interface ImportTarget {
  meetingId: string;
  listId: string;
}

/** The list's title and kind, for the page's heading. */
export function useImportList({ meetingId, listId }: ImportTarget) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['list', meetingId, listId],
    queryFn: () => unwrap(api.GET('/v1/meetings/{meetingId}/lists/{listId}', { params: { path: { meetingId, listId } } })),
  });
}

/** Sends the file itself as the body (not JSON), as a dry run or for real; `key` makes a retry of one import harmless. */
function useSendFile({ meetingId, listId }: ImportTarget) {
  const { api } = useSession();
  return (file: File, dryRun: boolean, key?: string) =>
    unwrap(
      api.POST('/v1/meetings/{meetingId}/lists/{listId}/entries/import', {
        params: { path: { meetingId, listId }, query: dryRun ? { dryRun: 'true' } : {} },
        // The File is the body as it is: openapi-fetch would otherwise serialize it as JSON.
        body: file as unknown as string,
        bodySerializer: (body: unknown) => body as BodyInit,
        headers: { 'content-type': importTypeOf(file) ?? CSV, ...(key ? { 'idempotency-key': key } : {}) },
      }),
    );
}

/** "Check the file": the engine reads it and answers every row and problem, storing nothing. */
export function useImportCheck(target: ImportTarget) {
  const send = useSendFile(target);
  return useMutation({ mutationFn: async (file: File) => (await send(file, true)) as ImportPreview });
}

/** The import itself, all or nothing; one Idempotency-Key per file chosen. */
export function useImportFile(target: ImportTarget) {
  const send = useSendFile(target);
  const queries = useQueryClient();
  const key = useRef(newIdempotencyKey());
  const mutation = useMutation({
    mutationFn: async (file: File) => (await send(file, false, key.current)) as Schemas['EntriesImportedResponse'],
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: ['list', target.meetingId, target.listId] });
      await queries.invalidateQueries({ queryKey: ['meeting', target.meetingId] });
    },
  });
  const forNewFile = () => {
    key.current = newIdempotencyKey();
    mutation.reset();
  };
  return { ...mutation, forNewFile };
}

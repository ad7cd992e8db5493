import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../auth/session';
import { unwrap, type Schemas } from './client';

export type ListView = Schemas['ListResponse'];
export type Entry = Schemas['EntryView'];
export type Batch = Schemas['BatchView'];
export type Organization = Schemas['OrganizationDto'];

export interface ListKey {
  meetingId: string;
  listId: string;
}

const listQueryKey = ({ meetingId, listId }: ListKey) => ['list', meetingId, listId];

/** The list as the caller may see it: batches, entries (with objections for the PGA), representation. */
export function useList(key: ListKey) {
  const { api } = useSession();
  return useQuery({
    queryKey: listQueryKey(key),
    queryFn: () => unwrap(api.GET('/v1/meetings/{meetingId}/lists/{listId}', { params: { path: key } })),
  });
}

/**
 * A mutation on the list that refreshes the list (and the meeting's dashboard) once it is done. The refresh is
 * not awaited: the caller's own callbacks run first, even when the new list unmounts the form that called it.
 */
function useListMutation<TInput, TResult>(key: ListKey, run: (input: TInput) => Promise<TResult>) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => {
      void queries.invalidateQueries({ queryKey: listQueryKey(key) });
      void queries.invalidateQueries({ queryKey: ['meeting', key.meetingId] });
    },
  });
}

export function useProposeOrganization(key: ListKey, idempotencyKey: () => string) {
  const { api } = useSession();
  return useListMutation(key, (organization: Organization) =>
    unwrap(
      api.POST('/v1/meetings/{meetingId}/lists/{listId}/entries', {
        params: { path: key },
        body: { organization },
        headers: { 'idempotency-key': idempotencyKey() },
      }),
    ),
  );
}

/** Withdraws each entry in turn; answers which ones were withdrawn and which were refused, with the engine's word. */
export function useWithdrawEntries(key: ListKey) {
  const { api } = useSession();
  return useListMutation(key, async (entryIds: string[]) => {
    const withdrawn: string[] = [];
    const refused: { entryId: string; error: unknown }[] = [];
    for (const entryId of entryIds) {
      try {
        await unwrap(api.DELETE('/v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}', { params: { path: { ...key, entryId } } }));
        withdrawn.push(entryId);
      } catch (error) {
        refused.push({ entryId, error });
      }
    }
    return { withdrawn, refused };
  });
}

export function useSubmitBatch(key: ListKey) {
  const { api } = useSession();
  return useListMutation(key, (deadline: string) =>
    unwrap(api.POST('/v1/meetings/{meetingId}/lists/{listId}/batches', { params: { path: key }, body: { deadline } })),
  );
}

export function useExtendBatch(key: ListKey) {
  const { api } = useSession();
  return useListMutation(key, ({ batch, deadline }: { batch: number; deadline: string }) =>
    unwrap(
      api.POST('/v1/meetings/{meetingId}/lists/{listId}/batches/{batch}/extension', {
        params: { path: { ...key, batch } },
        body: { deadline },
      }),
    ),
  );
}

export function useCancelBatch(key: ListKey) {
  const { api } = useSession();
  return useListMutation(key, ({ batch, reason }: { batch: number; reason: string }) =>
    unwrap(
      api.POST('/v1/meetings/{meetingId}/lists/{listId}/batches/{batch}/cancellation', {
        params: { path: { ...key, batch } },
        body: { reason },
      }),
    ),
  );
}

export function useRecordDecision(key: ListKey) {
  const { api } = useSession();
  return useListMutation(key, ({ entryId, ...body }: { entryId: string } & Schemas['GeneralAssemblyDecisionDto']) =>
    unwrap(
      api.POST('/v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/general-assembly-decision', {
        params: { path: { ...key, entryId } },
        body,
      }),
    ),
  );
}

export function useAnswerBasisRequest(key: ListKey) {
  const { api } = useSession();
  return useListMutation(key, ({ entryId, state }: { entryId: string; state: string }) =>
    unwrap(
      api.POST('/v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/basis-requests/answer', {
        params: { path: { ...key, entryId } },
        body: { state },
      }),
    ),
  );
}

export function useTransmitList(key: ListKey) {
  const { api } = useSession();
  return useListMutation(key, () => unwrap(api.POST('/v1/meetings/{meetingId}/lists/{listId}/transmittal', { params: { path: key } })));
}

/** Erases the entry's contact (contract 1.2): its key is destroyed, the list then reads `[erased]`. */
export function useErasePersonalData(key: ListKey) {
  const { api } = useSession();
  return useListMutation(key, ({ entryId, reason }: { entryId: string; reason: string }) =>
    unwrap(api.POST('/v1/personal-data/erasures', { body: { subject: { entryId }, reason } })),
  );
}

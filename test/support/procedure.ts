import { bearer } from './tokens';
import { TestApp, TestResponse } from './test-app';

/** Small HTTP steps of the accreditation procedure, for readable end-to-end tests. */
export function procedure(t: TestApp, meetingId = 'trafficking-2013') {
  const base = `/v1/meetings/${meetingId}`;
  const expectOk = (response: TestResponse) => {
    if (response.statusCode >= 300) throw new Error(`${response.statusCode}: ${response.body}`);
    return response.json();
  };
  const post = (url: string, payload: unknown, headers = bearer('pga')) => t.inject({ method: 'POST', url, headers, payload });
  return {
    base,
    post,
    put: (url: string, payload: unknown, headers = bearer('pga')) => t.inject({ method: 'PUT', url, headers, payload }),
    get: (url: string, headers = bearer('pga')) => t.inject({ method: 'GET', url, headers }),
    del: (url: string, headers = bearer('pga')) => t.inject({ method: 'DELETE', url, headers }),
    createMeeting: async (policy: object = {}) =>
      expectOk(await post('/v1/meetings', { id: meetingId, title: 'Trafficking in persons', timezone: 'America/New_York', policy })),
    createList: async (listId: string, kind: 'ecosoc' | 'non-objection') =>
      expectOk(await post(`${base}/lists`, { id: listId, kind, title: `List ${listId}` })),
    propose: async (listId: string, organizations: object[]) =>
      expectOk(await post(`${base}/lists/${listId}/entries`, { organizations })).entryIds as string[],
    submit: async (listId: string, deadline: string) => expectOk(await post(`${base}/lists/${listId}/batches`, { deadline })),
    object: (listId: string, entryId: string, state: string, body: object = {}) =>
      post(`${base}/lists/${listId}/entries/${entryId}/objections`, body, bearer('member-state', state)),
    close: (listId: string, batch: number) => post(`${base}/lists/${listId}/batches/${batch}/closure`, {}),
    list: async (listId: string, headers = bearer('pga')) =>
      expectOk(await t.inject({ method: 'GET', url: `${base}/lists/${listId}`, headers })),
  };
}

export const org = (name: string, country: string, extra: object = {}) => ({ name, country, category: 'ngo', ...extra });

import { DEADLINE_SCHEDULER } from '../../src/deadlines/deadline-scheduler.port';
import { InProcessDeadlineScheduler } from '../../src/deadlines/in-process-deadline-scheduler';
import { org, procedure } from '../support/procedure';
import { TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';

export const HISTORY_START = '2013-04-24T22:00:00Z';

/** The commands `recordHistory` sends that change something, one per kind and then some. */
export const HISTORY_COMMANDS = [
  'CreateMeeting',
  'RegisterWebhook',
  'RotateWebhookSecret',
  'CreateList',
  'ProposeEntries',
  'CreateList',
  'ProposeEntries',
  'ProposeEntries',
  'WithdrawEntry',
  'SubmitBatch',
  'ExtendDeadline',
  'RaiseObjection',
  'RaiseObjection',
  'WithdrawObjection',
  'RecordReminder',
  'CloseBatch',
  'RequestObjectionBasis',
  'MakeObjectionBasisKnown',
  'RecordGeneralAssemblyDecision',
  'TransmitList',
  'SetProgramme',
  'ConsultRegionalGroup',
  'InviteChair',
  'WithdrawChairInvitation',
  'InviteChair',
  'RespondToChairInvitation',
  'IdentifyOpeningSpeaker',
  'InscribeSpeaker',
  'WithdrawInscription',
  'InscribeSpeaker',
  'CloseSpeakersList',
];

/** Paragraphs 1 and 3 of the 2013 meeting, as a client sends them (New York time). */
export const PROGRAMME = [
  {
    id: 'opening-plenary',
    kind: 'opening-plenary',
    title: 'Opening plenary meeting',
    startsAt: '2013-05-13T09:00:00-04:00',
    endsAt: '2013-05-13T10:00:00-04:00',
  },
  {
    id: 'plenary-1',
    kind: 'plenary',
    title: 'Plenary meeting',
    startsAt: '2013-05-13T10:00:00-04:00',
    endsAt: '2013-05-13T13:00:00-04:00',
  },
  {
    id: 'panel-1',
    kind: 'panel',
    title: 'Interactive panel discussion 1',
    theme: 'Partnerships',
    startsAt: '2013-05-13T15:00:00-04:00',
    endsAt: '2013-05-13T16:30:00-04:00',
  },
  { id: 'closing-plenary', kind: 'closing-plenary', title: 'Closing plenary meeting', startsAt: '2013-05-14T18:00:00-04:00' },
];

/** `recordHistory` registers a webhook on the loopback interface (or one that does not resolve): its app must allow that. */
export const ALLOW_LOCAL_WEBHOOKS = { WEBHOOK_ALLOW_PRIVATE: 'true' };

/**
 * Every command of the engine through its HTTP API and its scheduler (a reminder, the closure at
 * the deadline), on a test app started at HISTORY_START. `webhookUrl`: where FRA wants reminders.
 */
export async function recordHistory(t: TestApp, webhookUrl = 'http://127.0.0.1:9/unreachable'): Promise<{ entryIds: string[] }> {
  const p = procedure(t);
  const scheduler = t.app.get<InProcessDeadlineScheduler>(DEADLINE_SCHEDULER);
  const ok = async (response: Promise<{ statusCode: number; body: string }>) => {
    const answer = await response;
    if (answer.statusCode >= 300) throw new Error(`${answer.statusCode}: ${answer.body}`);
  };
  await p.createMeeting({ objectedGoToGeneralAssembly: true });
  await ok(p.put('/v1/member-states/me/webhook', { url: webhookUrl }, bearer('member-state', 'FRA')));
  await ok(p.post('/v1/member-states/me/webhook/secret', {}, bearer('member-state', 'FRA')));

  await p.createList('ecosoc', 'ecosoc');
  await p.propose('ecosoc', [
    org('Stichting La Strada', 'NLD', { ecosocStatus: 'special' }),
    org('Polaris Project', 'USA', { ecosocStatus: 'roster' }),
  ]);

  await p.createList('other-ngos', 'non-objection');
  const first = await p.propose('other-ngos', [
    org('Walk Free', 'AUS'),
    org('Anti-Slavery International', 'GBR'),
    org('Kav LaOved', 'ISR'),
  ]);
  const [withdrawn] = await p.propose('other-ngos', [org('Coalition Against Trafficking', 'PHL')]);
  const entryIds = [...first, withdrawn];
  await ok(p.del(`${p.base}/lists/other-ngos/entries/${withdrawn}`));
  await p.submit('other-ngos', '2013-04-26T22:00:00Z');
  await ok(p.post(`${p.base}/lists/other-ngos/batches/1/extension`, { deadline: '2013-04-27T18:00:00-04:00' }));
  await ok(p.object('other-ngos', entryIds[0], 'KEN', { reason: 'Not independent of a government.', onBehalfOf: ['UGA', 'TZA'] }));
  await ok(p.object('other-ngos', entryIds[1], 'FRA'));
  await ok(p.del(`${p.base}/lists/other-ngos/entries/${entryIds[1]}/objections/mine`, bearer('member-state', 'FRA')));

  t.clock.set('2013-04-26T22:00:00Z'); // 24 hours before the extended deadline: the reminder
  await scheduler.runDue();
  await scheduler.runDue(); // the webhook delivery it scheduled
  t.clock.set('2013-04-27T22:00:01Z'); // the closure at the deadline, by the engine
  await scheduler.runDue();

  await ok(p.post(`${p.base}/lists/other-ngos/entries/${entryIds[0]}/basis-requests`, {}, bearer('member-state', 'FRA')));
  await ok(p.post(`${p.base}/lists/other-ngos/entries/${entryIds[0]}/basis-requests/answer`, { state: 'FRA' }));
  await ok(
    p.post(`${p.base}/lists/other-ngos/entries/${entryIds[0]}/general-assembly-decision`, { decision: 'approve', reference: 'A/67/L.75' }),
  );
  await ok(p.post(`${p.base}/lists/other-ngos/transmittal`, {}));

  await ok(p.put(`${p.base}/programme`, { segments: PROGRAMME }));
  await ok(p.post(`${p.base}/panels/panel-1/consultations`, { regionalGroup: 'Asia-Pacific Group', note: 'Asked for a chair' }));
  await ok(p.post(`${p.base}/panels/panel-1/chair-invitation`, { state: 'PHL' }));
  await ok(p.del(`${p.base}/panels/panel-1/chair-invitation`));
  await ok(p.post(`${p.base}/panels/panel-1/chair-invitation`, { state: 'PHL' }));
  await ok(p.post(`${p.base}/panels/panel-1/chair-invitation/response`, { accept: true }, bearer('member-state', 'PHL')));
  await ok(p.put(`${p.base}/opening-speakers/eminent-person`, { name: 'A. Eminent' }));
  const inscribeFrance = () =>
    p.post(`${p.base}/speakers`, { segmentId: 'plenary-1', level: 'minister', speakerName: 'FRA minister' }, bearer('member-state', 'FRA'));
  await ok(inscribeFrance());
  await ok(p.del(`${p.base}/speakers/mine?segmentId=plenary-1`, bearer('member-state', 'FRA')));
  await ok(inscribeFrance());
  await ok(p.post(`${p.base}/speakers/closure`, { segmentId: 'plenary-1' }));
  return { entryIds };
}

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { flowing, getPdf, pdfText } from './pdf-support';

const NOW = '2013-04-19T15:00:00Z';

/** The annex's two parts, each from its title to the next (pdftotext reads a table column by column, a cell's lines together). */
function partsOf(text: string, first: string, second: string): [string, string] {
  const start = text.indexOf(first);
  const middle = text.indexOf(second);
  expect(start).toBeGreaterThan(-1);
  expect(middle).toBeGreaterThan(start);
  return [text.slice(start, middle), text.slice(middle)];
}

const DEADLINE = '2013-04-26T18:00:00-04:00';
const LIST = 'other-ngos';

/** A meeting with the given disclosure: three organizations, one objected to by Egypt and the Russian Federation. */
async function transmittedList(t: TestApp, objectionDisclosure: string, meetingId: string) {
  const p = procedure(t, meetingId);
  await p.createMeeting({ objectionDisclosure });
  await p.createList(LIST, 'non-objection');
  const [, objected] = await p.propose(LIST, [
    org('Walk Free', 'AUS'),
    org('Polaris Project', 'USA'),
    org('La Strada International', 'NLD'),
  ]);
  await p.submit(LIST, DEADLINE);
  for (const state of ['EGY', 'RUS'])
    expect((await p.object(LIST, objected, state, { reason: 'a reason kept from the letter' })).statusCode).toBe(201);
  return p;
}

describe('HTTP: the transmittal letter (PDF)', () => {
  let t: TestApp;
  const letterUrl = (meetingId: string, lang = 'en') => `/v1/meetings/${meetingId}/lists/${LIST}/transmittal-letter?lang=${lang}`;

  beforeAll(async () => {
    t = await startTestApp({ now: NOW });
    const meetings = [
      ['organizations-and-states', 'disclose-states'],
      ['organizations', 'disclose-count'],
      ['none', 'disclose-nothing'],
    ];
    const lists = [];
    for (const [disclosure, meetingId] of meetings) lists.push(await transmittedList(t, disclosure, meetingId));
    expect((await getPdf(t, letterUrl('disclose-states'), bearer('pga'))).json()).toMatchObject({
      statusCode: 409,
      code: 'INVALID_STATE',
      message: expect.stringContaining('has not been transmitted'),
    });
    t.clock.set('2013-04-27T00:00:00Z');
    for (const p of lists) {
      expect((await p.close(LIST, 1)).statusCode).toBe(200);
      expect((await p.post(`${p.base}/lists/${LIST}/transmittal`, {})).statusCode).toBe(200);
    }
  });
  afterAll(() => t.close());

  it('brings the final list to the attention of the General Assembly, naming the objecting States where the policy discloses them', async () => {
    const response = await getPdf(t, letterUrl('disclose-states'), bearer('member-state', 'FRA'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('disclose-states-other-ngos-transmittal-letter-en.pdf');
    const text = flowing(pdfText(response.bytes));
    expect(text).toContain('THE PRESIDENT OF THE GENERAL ASSEMBLY');
    // Transmitted at 00:00 UTC on 27 April: still 26 April in New York.
    expect(text).toContain('26 April 2013');
    expect(text).toContain('I have the honour to bring to the attention of the General Assembly the final list');
    expect(text).toContain('Please accept, Excellency, the assurances of my highest consideration.');
    const [approved, objected] = partsOf(text, 'I. Organizations approved', 'II. Organizations to which objections were raised');
    for (const cell of ['Walk Free', 'Australia', 'La Strada International']) expect(approved).toContain(cell);
    expect(approved).not.toContain('Polaris Project');
    expect(objected).toContain('Polaris Project');
    expect(objected).toContain('United States of America');
    expect(objected).toContain('Objection by Egypt and Russian Federation');
    expect(text).not.toContain('a reason kept from the letter');
  });

  it('gives only the number of objecting States under disclosure "organizations"', async () => {
    const text = flowing(pdfText((await getPdf(t, letterUrl('disclose-count'), bearer('pga'))).bytes));
    const [, objected] = partsOf(text, 'I. Organizations approved', 'II. Organizations to which objections were raised');
    expect(objected).toContain('Polaris Project');
    expect(objected).toContain('Objections by 2 Member States');
    expect(text).not.toMatch(/Egypt|Russian/);
  });

  it('says only "not approved" under disclosure "none", to every role alike', async () => {
    for (const headers of [bearer('pga'), bearer('observer', 'VAT'), bearer('member-state', 'EGY')]) {
      const text = flowing(pdfText((await getPdf(t, letterUrl('disclose-nothing'), headers)).bytes));
      const [, refused] = partsOf(text, 'I. Organizations approved', 'II. Organizations not approved');
      expect(refused).toContain('Polaris Project');
      expect(refused).toContain('Not approved');
      expect(text).not.toMatch(/Egypt|Russian|objection by/i);
    }
  });

  it('is written in French with ?lang=fr', async () => {
    const text = flowing(pdfText((await getPdf(t, letterUrl('disclose-states', 'fr'), bearer('auditor'))).bytes));
    expect(text).toContain('LE PRÉSIDENT DE L’ASSEMBLÉE GÉNÉRALE');
    expect(text).toContain('Le 26 avril 2013');
    expect(text).toContain('j’ai l’honneur de porter à l’attention de l’Assemblée générale la liste définitive');
    expect(text).toContain('Veuillez agréer, Excellence, les assurances de ma très haute considération.');
    const [, objected] = partsOf(text, 'I. Organisations approuvées', 'II. Organisations ayant fait l’objet d’objections');
    expect(objected).toContain('Polaris Project');
    expect(objected).toContain('États-Unis');
    expect(objected).toContain('Objection de : Égypte et Fédération de Russie');
  });
});

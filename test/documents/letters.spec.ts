import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { batchLetter } from '../../src/documents/letters/batch-letter';
import { cityOfZone, deadlineWording, letterDate } from '../../src/documents/letters/letter-dates';
import { canonicalJson } from '../../src/documents/letters/letter-digest';
import { escapeHtml, html } from '../../src/documents/letters/html';

describe('letters: dates and deadlines on the meeting’s clock', () => {
  it.each([
    [
      '2013-04-26T22:00:00Z',
      'America/New_York',
      '6 p.m. (New York time) on Friday, 26 April 2013',
      '18 heures (heure de New York) le vendredi 26 avril 2013',
    ],
    [
      '2013-04-26T20:30:00Z',
      'America/New_York',
      '4.30 p.m. (New York time) on Friday, 26 April 2013',
      '16 h 30 (heure de New York) le vendredi 26 avril 2013',
    ],
    [
      '2013-05-01T10:00:00Z',
      'Europe/Zurich',
      '12 noon (Geneva time) on Wednesday, 1 May 2013',
      'midi (heure de Genève) le mercredi 1er mai 2013',
    ],
    [
      '2013-05-01T23:00:00Z',
      'Africa/Addis_Ababa',
      '2 a.m. (Addis Ababa time) on Thursday, 2 May 2013',
      '2 heures (heure d’Addis-Abeba) le jeudi 2 mai 2013',
    ],
    [
      '2013-05-02T05:00:00Z',
      'America/Los_Angeles',
      '10 p.m. (Los Angeles time) on Wednesday, 1 May 2013',
      '22 heures (heure de Los Angeles) le mercredi 1er mai 2013',
    ],
    ['2013-05-02T00:00:00Z', 'UTC', '12 midnight (UTC time) on Thursday, 2 May 2013', 'minuit (heure UTC) le jeudi 2 mai 2013'],
  ])('%s in %s', (instant, zone, english, french) => {
    // An hour keeps its unit on its line: a no-break space between them.
    const plain = (text: string) => text.replace(/\u00a0/g, ' ');
    expect(plain(deadlineWording(instant, zone, 'en'))).toBe(english);
    expect(plain(deadlineWording(instant, zone, 'fr'))).toBe(french);
    expect(deadlineWording(instant, zone, 'en')).toMatch(/^\S+\u00a0/);
  });

  it('dates a letter on the meeting’s clock, not UTC’s', () => {
    expect(letterDate('2013-04-20T02:00:00Z', 'America/New_York', 'en')).toBe('19 April 2013');
    expect(letterDate('2013-05-01T12:00:00Z', 'America/New_York', 'fr')).toBe('1er mai 2013');
  });

  it('takes the city from the zone, or none', () => {
    expect(cityOfZone('America/Argentina/Buenos_Aires', 'en')).toBe('Buenos Aires');
    expect(cityOfZone('Etc/GMT+5', 'en')).toBeUndefined();
  });
});

describe('letters: escaping and the digest', () => {
  it('escapes every interpolated value, attributes included', () => {
    const name = `<img src=x onerror="fetch('//evil')"> & 'Co'`;
    expect(html`<td title="${name}">${name}</td>`.markup).toBe(
      `<td title="${escapeHtml(name)}">&lt;img src=x onerror=&quot;fetch(&#39;//evil&#39;)&quot;&gt; &amp; &#39;Co&#39;</td>`,
    );
  });

  it('digests canonical JSON: keys sorted at every depth, no white space', () => {
    expect(canonicalJson({ b: [{ z: 1, a: 'é' }], a: null })).toBe('{"a":null,"b":[{"a":"é","z":1}]}');
  });
});

describe('letters: the digest a reader recomputes', () => {
  it('is the SHA-256 of the canonical JSON of the list view’s facts, whatever the order of the organizations', () => {
    const facts = (organizations: Array<{ name: string; country: string }>) => ({
      meeting: {
        id: 'trafficking-2013',
        title: 'Trafficking in persons',
        timezone: 'America/New_York',
        mandate: [],
        policy: { objectionDisclosure: 'organizations' as const, objectedGoToGeneralAssembly: false, reminders: [] },
      },
      list: { id: 'other-ngos', kind: 'non-objection' as const, title: 'Other NGOs' },
      batch: { number: 1, deadline: '2013-04-26T22:00:00.000Z', status: 'open' as const, submittedAt: '2013-04-19T15:00:00.000Z' },
      organizations,
      position: '8',
    });
    const walk = { name: 'Walk Free', country: 'AUS' };
    const polaris = { name: 'Polaris Project', country: 'USA' };
    const expected = createHash('sha256')
      .update(
        '{"batch":1,"deadline":"2013-04-26T22:00:00.000Z","document":"batch-letter","listId":"other-ngos","meetingId":"trafficking-2013",' +
          '"organizations":[{"country":"AUS","name":"Walk Free"},{"country":"USA","name":"Polaris Project"}],"timezone":"America/New_York"}',
      )
      .digest('hex');
    expect(batchLetter(facts([polaris, walk]), 'en').sha256).toBe(expected);
    expect(batchLetter(facts([walk, polaris]), 'fr').sha256).toBe(expected);
  });
});

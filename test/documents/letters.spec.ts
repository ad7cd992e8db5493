import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { UN_LANGUAGES } from '../../src/kernel/languages';
import { batchLetter } from '../../src/documents/letters/batch-letter';
import { cityOfZone, deadlineWording, letterDate, momentWording } from '../../src/documents/letters/letter-dates';
import { transmittalLetterAr } from '../../src/documents/letters/transmittal-letter.ar';
import { transmittalLetterRu } from '../../src/documents/letters/transmittal-letter.ru';
import { TransmittalLetterWords } from '../../src/documents/letters/transmittal-words';
import { batchLetterRu } from '../../src/documents/letters/batch-letter.ru';
import { arabicOrganizations } from '../../src/documents/letters/batch-letter.ar';
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

  // Spanish, Russian, Chinese and Arabic as United Nations correspondence writes them; Arabic keeps Western digits.
  it.each([
    ['2013-04-26T22:00:00Z', 'America/New_York', 'es', 'las 18.00 horas (hora de Nueva York) del viernes 26 de abril de 2013'],
    ['2013-04-26T22:00:00Z', 'America/New_York', 'ru', '18 ч 00 мин (по нью-йоркскому времени) в пятницу, 26 апреля 2013 года'],
    ['2013-04-26T22:00:00Z', 'America/New_York', 'zh', '2013年4月26日星期五纽约时间下午6时'],
    ['2013-04-26T22:00:00Z', 'America/New_York', 'ar', 'الساعة 18:00 (بتوقيت نيويورك) من يوم الجمعة 26 نيسان/أبريل 2013'],
    ['2013-05-01T10:30:00Z', 'Europe/Zurich', 'es', 'las 12.30 horas (hora de Ginebra) del miércoles 1 de mayo de 2013'],
    ['2013-05-01T10:30:00Z', 'Europe/Zurich', 'ru', '12 ч 30 мин (по женевскому времени) в среду, 1 мая 2013 года'],
    ['2013-05-01T10:30:00Z', 'Europe/Zurich', 'zh', '2013年5月1日星期三日内瓦时间中午12时30分'],
    ['2013-05-01T10:30:00Z', 'Europe/Zurich', 'ar', 'الساعة 12:30 (بتوقيت جنيف) من يوم الأربعاء 1 أيار/مايو 2013'],
    ['2013-05-01T23:00:00Z', 'Africa/Addis_Ababa', 'ru', '2 ч 00 мин (по времени Аддис-Абебы) в четверг, 2 мая 2013 года'],
    ['2013-05-02T00:00:00Z', 'UTC', 'es', 'las 0.00 horas (hora UTC) del jueves 2 de mayo de 2013'],
    ['2013-05-02T03:00:00Z', 'UTC', 'zh', '2013年5月2日星期四UTC时间上午3时'],
  ])('%s in %s, in %s', (instant, zone, lang, expected) => {
    expect(deadlineWording(instant, zone, lang as (typeof UN_LANGUAGES)[number]).replace(/\u00a0/g, ' ')).toBe(expected);
  });

  it('gives a moment and a letter’s date in every language', () => {
    const at = (lang: (typeof UN_LANGUAGES)[number]) =>
      momentWording('2013-04-26T14:05:00Z', 'America/New_York', lang).replace(/\u00a0/g, ' ');
    expect(at('es')).toBe('26 de abril de 2013, a las 10.05 horas (hora de Nueva York)');
    expect(at('ru')).toBe('26 апреля 2013 года, 10 ч 05 мин (по нью-йоркскому времени)');
    expect(at('zh')).toBe('2013年4月26日纽约时间上午10时5分');
    expect(at('ar')).toBe('26 نيسان/أبريل 2013، الساعة 10:05 (بتوقيت نيويورك)');
    expect(letterDate('2013-07-04T12:00:00Z', 'America/New_York', 'ar')).toBe('4 تموز/يوليه 2013');
  });

  it('dates a letter on the meeting’s clock, not UTC’s', () => {
    expect(letterDate('2013-04-20T02:00:00Z', 'America/New_York', 'en')).toBe('19 April 2013');
    expect(letterDate('2013-05-01T12:00:00Z', 'America/New_York', 'fr')).toBe('1er mai 2013');
  });

  it('takes the city from the zone, or none', () => {
    expect(cityOfZone('America/Argentina/Buenos_Aires', 'en')).toBe('Buenos Aires');
    expect(cityOfZone('Etc/GMT+5', 'en')).toBeUndefined();
    expect(UN_LANGUAGES.map((lang) => cityOfZone('Europe/Zurich', lang))).toEqual([
      'جنيف',
      '日内瓦',
      'Geneva',
      'Genève',
      'Женева',
      'Ginebra',
    ]);
  });
});

describe('letters: numbers agree with their nouns', () => {
  const transmittal = (approved: number, objectionCount: number): TransmittalLetterWords => ({
    meetingTitle: 'Trafficking in persons',
    resolutions: [],
    listTitle: 'Other NGOs',
    date: '',
    listKind: 'non-objection',
    disclosure: 'organizations',
    objectedGoToGeneralAssembly: false,
    approved: Array.from({ length: approved }, () => ({ name: 'N', countryName: 'C', status: 'approved' as const })),
    others: [{ name: 'O', countryName: 'C', status: 'objected', objectionCount }],
  });
  const batchRu = (count: number) =>
    batchLetterRu({ meetingTitle: 'T', resolutions: [], listTitle: 'L', date: '', batch: 1, count, deadline: '', rows: [] }).paragraphs[1];

  it('in Russian: one, few and many (Intl.PluralRules)', () => {
    const said = (n: number) => transmittalLetterRu(transmittal(n, n)).paragraphs[2];
    expect(said(1)).toContain('1 организация была утверждена');
    expect(said(21)).toContain('21 организация была утверждена');
    expect(said(3)).toContain('3 организации были утверждены');
    expect(said(11)).toContain('11 организаций были утверждены');
    expect(transmittalLetterRu(transmittal(2, 21)).annex.parts[1].rows[0][3]).toBe('Возражения 21 государства-члена');
    expect(transmittalLetterRu(transmittal(2, 5)).annex.parts[1].rows[0][3]).toBe('Возражения 5 государств-членов');
    expect(batchRu(1)).toContain('из 1 организации (');
    expect(batchRu(5)).toContain('из 5 организаций (');
  });

  it('in Arabic: one, two, three to ten, and more', () => {
    expect([1, 2, 3, 10, 11, 99, 100, 103].map(arabicOrganizations)).toEqual([
      'منظمة واحدة',
      'منظمتين',
      '3 منظمات',
      '10 منظمات',
      '11 منظمة',
      '99 منظمة',
      '100 منظمة',
      '103 منظمات',
    ]);
    expect(transmittalLetterAr(transmittal(1, 2)).annex.parts[1].rows[0][3]).toBe('اعتراض من دولتين عضوين');
    expect(transmittalLetterAr(transmittal(1, 4)).annex.parts[1].rows[0][3]).toBe('اعتراض من 4 دول أعضاء');
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

describe('letters: the digest a reader recomputes, and the direction of the page', () => {
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

  it('is the SHA-256 of the canonical JSON of the list view’s facts, whatever the order of the organizations', () => {
    const expected = createHash('sha256')
      .update(
        '{"batch":1,"deadline":"2013-04-26T22:00:00.000Z","document":"batch-letter","listId":"other-ngos","meetingId":"trafficking-2013",' +
          '"organizations":[{"country":"AUS","name":"Walk Free"},{"country":"USA","name":"Polaris Project"}],"timezone":"America/New_York"}',
      )
      .digest('hex');
    expect(batchLetter(facts([polaris, walk]), 'en').sha256).toBe(expected);
    for (const lang of UN_LANGUAGES) expect(batchLetter(facts([walk, polaris]), lang).sha256).toBe(expected);
  });

  it('is set right to left in Arabic, its seal left to right', () => {
    const arabic = batchLetter(facts([walk]), 'ar');
    expect(arabic.html).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.footerTemplate).toMatch(/dir="rtl"[\s\S]*<span dir="ltr"\s*>SHA-256/);
    expect(batchLetter(facts([walk]), 'ru').html).toContain('<html lang="ru" dir="ltr">');
  });
});

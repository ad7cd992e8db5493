import { dateLocale, unLanguageOf, UN_LANGUAGES, zoneNameLocale } from '../../console/src/format/languages';
import { defaultDeadline, instantOf, wallClockOf, zoneName } from '../../console/src/format/zoned-time';

const NEW_YORK = 'America/New_York';

describe('the meeting clock (console/src/format/zoned-time)', () => {
  it('reads an ordinary time in summer and in winter', () => {
    expect(instantOf({ date: '2013-05-10', time: '18:00' }, NEW_YORK)).toBe('2013-05-10T22:00:00.000Z');
    expect(instantOf({ date: '2013-12-10', time: '18:00' }, NEW_YORK)).toBe('2013-12-10T23:00:00.000Z');
    expect(instantOf({ date: '2013-05-13', time: '10:00' }, 'Asia/Bangkok')).toBe('2013-05-13T03:00:00.000Z');
  });

  it('reads the minutes just before and after the clocks go forward on either side of UTC', () => {
    expect(instantOf({ date: '2013-03-10', time: '01:59' }, NEW_YORK)).toBe('2013-03-10T06:59:00.000Z');
    expect(instantOf({ date: '2013-03-10', time: '03:00' }, NEW_YORK)).toBe('2013-03-10T07:00:00.000Z');
    expect(instantOf({ date: '2013-03-31', time: '01:59' }, 'Europe/Paris')).toBe('2013-03-31T00:59:00.000Z');
    expect(instantOf({ date: '2013-03-31', time: '03:00' }, 'Europe/Paris')).toBe('2013-03-31T01:00:00.000Z');
  });

  it('moves a time the clocks skip past the gap, west and east of Greenwich alike', () => {
    // 02:30 does not exist on these nights: it is read with the offset before the change, as Temporal's "compatible".
    expect(instantOf({ date: '2013-03-10', time: '02:30' }, NEW_YORK)).toBe('2013-03-10T07:30:00.000Z');
    expect(wallClockOf('2013-03-10T07:30:00.000Z', NEW_YORK)).toEqual({ date: '2013-03-10', time: '03:30' });
    expect(instantOf({ date: '2013-03-31', time: '02:30' }, 'Europe/Paris')).toBe('2013-03-31T01:30:00.000Z');
    // Lord Howe Island moves its clocks by half an hour.
    expect(instantOf({ date: '2013-10-06', time: '02:15' }, 'Australia/Lord_Howe')).toBe('2013-10-05T15:45:00.000Z');
  });

  it('takes the earlier of a time the clocks show twice', () => {
    expect(instantOf({ date: '2013-11-03', time: '01:30' }, NEW_YORK)).toBe('2013-11-03T05:30:00.000Z');
    expect(instantOf({ date: '2013-10-27', time: '02:30' }, 'Europe/Paris')).toBe('2013-10-27T00:30:00.000Z');
    expect(instantOf({ date: '2013-11-03', time: '02:00' }, NEW_YORK)).toBe('2013-11-03T07:00:00.000Z');
  });

  it('keeps the seconds of an old local mean time', () => {
    // New York kept its own mean time, 4:56:02 behind Greenwich, until 18 November 1883.
    expect(instantOf({ date: '1880-01-01', time: '12:00' }, NEW_YORK)).toBe('1880-01-01T16:56:02.000Z');
  });

  it('turns an instant back into the same wall clock', () => {
    for (const time of ['00:00', '01:30', '02:30', '12:45', '23:59']) {
      const instant = instantOf({ date: '2013-05-10', time }, NEW_YORK)!;
      expect(wallClockOf(instant, NEW_YORK)).toEqual({ date: '2013-05-10', time });
    }
  });

  it('refuses a malformed or non-existent date or time', () => {
    expect(instantOf({ date: '2013-02-30', time: '10:00' }, NEW_YORK)).toBeUndefined();
    expect(instantOf({ date: '2013-13-01', time: '10:00' }, NEW_YORK)).toBeUndefined();
    expect(instantOf({ date: '2013-05-10', time: '24:00' }, NEW_YORK)).toBeUndefined();
    expect(instantOf({ date: '10/05/2013', time: '10:00' }, NEW_YORK)).toBeUndefined();
    expect(instantOf({ date: '2013-05-10', time: '' }, NEW_YORK)).toBeUndefined();
  });

  it('proposes a deadline at 18:00 on the meeting clock, days ahead', () => {
    expect(defaultDeadline(NEW_YORK, 14, new Date('2013-04-26T03:00:00Z'))).toEqual({ date: '2013-05-09', time: '18:00' });
  });

  it('names the zone as the reader would', () => {
    expect(zoneName('2013-05-10T22:00:00Z', NEW_YORK, 'en')).toBe('EDT');
    expect(zoneName('2013-12-10T22:00:00Z', NEW_YORK, 'en')).toBe('EST');
    expect(zoneName('2013-05-10T22:00:00Z', NEW_YORK, 'fr')).toBe('UTC−4');
  });
});

describe('the languages (console/src/format/languages)', () => {
  it('gives each of the six UN languages locales Intl knows', () => {
    for (const language of UN_LANGUAGES) {
      for (const locale of [dateLocale(language), zoneNameLocale(language)]) {
        expect(Intl.DateTimeFormat.supportedLocalesOf(locale)).toEqual([locale]);
        expect(locale.split('-')[0]).toBe(language);
      }
    }
  });

  it('reads a regional tag as its language, and another language as English', () => {
    expect(unLanguageOf('fr-CA')).toBe('fr');
    expect(unLanguageOf('ZH-Hant')).toBe('zh');
    expect(unLanguageOf('de')).toBe('en');
    expect(dateLocale('es')).toBe('es-ES');
  });
});

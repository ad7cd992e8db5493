import { readFileSync } from 'node:fs';
import { isISO31661Alpha3 } from 'class-validator';
import { ISO_3166_ALPHA3, isIsoCountry } from '../../src/kernel/reference/iso-3166-alpha3';
import {
  isMemberState,
  isObserver,
  MEMBER_STATES,
  memberState,
  OBSERVERS,
  OTHER_GROUP,
  REGIONAL_GROUPS,
  regionalGroupOf,
} from '../../src/kernel/reference/reference-data';

const FOLDER = 'src/kernel/reference';

/**
 * RFC 4180 CSV: fields separated by commas, a field in double quotes may hold commas, line breaks
 * and doubled quotes (""). Returns the rows as objects keyed by the header row.
 */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  return body.map((cells, index) => {
    if (cells.length !== header.length) throw new Error(`CSV row ${index + 2} has ${cells.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((name, k) => [name, cells[k]]));
  });
}

const csv = (file: string) => parseCsv(readFileSync(`${FOLDER}/${file}`, 'utf8'));

describe('parseCsv (the helper of this test)', () => {
  it('handles quoted fields with commas, doubled quotes and CRLF', () => {
    expect(parseCsv('a,b,c\r\n"Korea, Republic of","say ""hi""",x\r\nplain,,z\n')).toEqual([
      { a: 'Korea, Republic of', b: 'say "hi"', c: 'x' },
      { a: 'plain', b: '', c: 'z' },
    ]);
  });
});

describe('reference data: the TypeScript tables match the CSV files', () => {
  const states = csv('un-member-states.csv');
  const observers = csv('observers.csv');

  it('MEMBER_STATES equals un-member-states.csv, row by row', () => {
    expect(MEMBER_STATES.map((s) => ({ code: s.code, name: s.name, regionalGroup: s.regionalGroup }))).toEqual(
      states.map((row) => ({ code: row.iso3, name: row.name, regionalGroup: row.regional_group })),
    );
  });

  it('OBSERVERS equals observers.csv, row by row', () => {
    expect(OBSERVERS.map((o) => ({ code: o.code, name: o.name, observerType: o.observerType }))).toEqual(
      observers.map((row) => ({ code: row.code, name: row.name, observerType: row.observer_type })),
    );
  });

  it('has 193 Member States with unique three-letter codes, none of them an observer', () => {
    const codes = MEMBER_STATES.map((s) => s.code);
    expect(codes).toHaveLength(193);
    expect(new Set(codes).size).toBe(193);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
    for (const observer of OBSERVERS) expect(codes).not.toContain(observer.code);
    expect(new Set(MEMBER_STATES.map((s) => s.name)).size).toBe(193);
  });

  it('puts every Member State in one of the five regional groups, with the counts of the UN list', () => {
    const counts: Record<string, number> = {};
    for (const state of MEMBER_STATES) counts[state.regionalGroup] = (counts[state.regionalGroup] ?? 0) + 1;
    expect(counts).toEqual({
      'African Group': 54,
      'Asia-Pacific Group': 54,
      'Eastern European Group': 23,
      'Latin American and Caribbean Group': 33,
      'Western European and Others Group': 29,
    });
    expect(Object.keys(counts).sort()).toEqual([...REGIONAL_GROUPS].sort());
  });

  it('agrees with the notes on the States whose group is disputed', () => {
    for (const note of csv('regional-group-notes.csv')) {
      expect({ code: note.iso3, group: regionalGroupOf(note.iso3) }).toEqual({ code: note.iso3, group: note.regional_group });
    }
  });
});

describe('reference data: look-ups', () => {
  it('places Türkiye in WEOG only', () => {
    expect(regionalGroupOf('TUR')).toBe('Western European and Others Group');
    expect(MEMBER_STATES.filter((s) => s.code === 'TUR')).toHaveLength(1);
  });

  it('counts a country in no regional group, and the observers, as "Other"', () => {
    expect(OTHER_GROUP).toBe('Other');
    expect(regionalGroupOf('XKX')).toBe('Other');
    expect(regionalGroupOf('VAT')).toBe('Other');
    expect(regionalGroupOf('PSE')).toBe('Other');
    expect(regionalGroupOf('EUU')).toBe('Other');
  });

  it('tells Member States from observers', () => {
    expect(isMemberState('EUU')).toBe(false);
    expect(isObserver('EUU')).toBe(true);
    expect(isMemberState('VAT')).toBe(false);
    expect(isObserver('VAT')).toBe(true);
    expect(isMemberState('PSE')).toBe(false);
    expect(isObserver('PSE')).toBe(true);
    expect(isMemberState('FRA')).toBe(true);
    expect(isObserver('FRA')).toBe(false);
    expect(isMemberState('XKX')).toBe(false);
    expect(isObserver('XKX')).toBe(false);
    expect(isMemberState('fra')).toBe(false);
    expect(memberState('FRA')).toEqual({ code: 'FRA', name: 'France', regionalGroup: 'Western European and Others Group' });
    expect(memberState('EUU')).toBeUndefined();
  });
});

describe('reference data: ISO 3166-1 alpha-3', () => {
  const rows = csv('iso-3166-alpha3.csv');

  it('ISO_3166_ALPHA3 equals iso-3166-alpha3.csv, row by row', () => {
    expect(ISO_3166_ALPHA3.map((c) => ({ ...c }))).toEqual(rows.map((row) => ({ alpha3: row.alpha3, numeric: row.numeric })));
  });

  it('holds the 249 assigned codes, each one in the independent list of validator.js (through class-validator)', () => {
    const codes = ISO_3166_ALPHA3.map((c) => c.alpha3);
    expect(new Set(codes).size).toBe(249);
    for (const code of codes) expect(isISO31661Alpha3(code)).toBe(true);
    for (const numeric of ISO_3166_ALPHA3.map((c) => c.numeric)) expect(numeric).toMatch(/^\d{3}$/);
  });

  it('includes every Member State and both observer States, but not EUU nor user-assigned codes', () => {
    for (const state of MEMBER_STATES)
      expect({ code: state.code, assigned: isIsoCountry(state.code) }).toEqual({ code: state.code, assigned: true });
    expect(['VAT', 'PSE', 'TWN', 'ESH'].filter(isIsoCountry)).toEqual(['VAT', 'PSE', 'TWN', 'ESH']);
    expect(['EUU', 'XKX', 'AAA', 'QMA', 'ZZZ', 'fra', 'FR', 'FRAN', ''].filter(isIsoCountry)).toEqual([]);
  });
});

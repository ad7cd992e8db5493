import { nameComparisonKey, normalizeName, textProblems } from '../../src/kernel/text';
import { requireSafeText, textFieldProblems } from '../../src/kernel/safe-text';
import { DomainError } from '../../src/kernel/domain-error';

describe('free text: textProblems', () => {
  it.each([
    ['plain Latin', 'La Strada International'],
    ['Arabic with an implicit right-to-left mark', 'جمعية\u200F الأمل'],
    ['Persian with a zero-width non-joiner', 'می\u200Cخواهم'],
    ['prose with line breaks and a tab', 'First line.\r\nSecond\tline.'],
    ['an emoji (a surrogate pair)', 'Ocean 🌊 Alliance'],
    ['Hebrew mixed with Latin and a left-to-right mark', 'עמותת\u200E ABC'],
  ])('accepts %s', (_what, text) => {
    expect(textProblems(text)).toEqual([]);
  });

  it.each([
    ['a NUL', 'Acme\u0000', 'contains a control character'],
    ['an escape sequence', '\u001b[31mRed', 'contains a control character'],
    ['a C1 control (NEL)', 'Acme\u0085Inc', 'contains a control character'],
    ['a right-to-left override', 'Acme \u202Egnp.exe', 'bidirectional override or isolate'],
    ['a left-to-right embedding', '\u202AAcme', 'bidirectional override or isolate'],
    ['a first-strong isolate', 'Acme\u2068x\u2069', 'bidirectional override or isolate'],
    ['an unpaired surrogate', 'Acme\uD800', 'unpaired surrogate'],
    ['only zero-width spaces', '\u200B\u200B', 'has no visible character'],
    ['only a word joiner and a space', '\u2060 ', 'has no visible character'],
    ['only a soft hyphen', '\u00AD', 'has no visible character'],
    ['only Hangul fillers', '\u3164\u115F', 'has no visible character'],
    ['only a combining accent', '\u0301', 'has no visible character'],
    ['only a right-to-left mark', '\u200F', 'has no visible character'],
    ['only ideographic spaces', '\u3000\u3000', 'has no visible character'],
  ])('refuses %s', (_what, text, problem) => {
    expect(textProblems(text).join('; ')).toContain(problem);
  });

  it('leaves the empty string to the length rules', () => {
    expect(textProblems('')).toEqual([]);
  });
});

describe('free text: names', () => {
  it('normalizes to NFKC with white space folded and trimmed', () => {
    expect(normalizeName('  Ｌａ\u00A0Strada\t\n International\u3000')).toBe('La Strada International');
    expect(normalizeName('ﬁnance ① Café')).toBe('finance 1 Café');
    expect(normalizeName('Cafe\u0301')).toBe('Café');
  });

  it('compares names case-folded, without invisible characters', () => {
    const key = nameComparisonKey('Straße e.V.');
    expect(nameComparisonKey('STRASSE E.V.')).toBe(key);
    expect(nameComparisonKey('Stra\u00ADße  e.V. ')).toBe(key);
    expect(nameComparisonKey('La Strada')).toBe(nameComparisonKey('LA\u200B STRADA'));
    expect(nameComparisonKey('Ｌａ Ｓｔｒａｄａ')).toBe(nameComparisonKey('la strada'));
    expect(nameComparisonKey('La Strada')).not.toBe(nameComparisonKey('La Stradа')); // Cyrillic а: another name
  });
});

describe('free text: the domain guard', () => {
  it('names each offending field, and each item of a list', () => {
    expect(textFieldProblems({ title: 'ok', venue: '\u202Ex', mandate: ['A/RES/1', 'x\u0007'], note: undefined })).toEqual([
      { field: 'venue', problems: [expect.stringContaining('bidirectional')] },
      { field: 'mandate.1', problems: ['contains a control character'] },
    ]);
  });

  it('refuses with VALIDATION_FAILED and a message that says what to do', () => {
    let error: unknown;
    try {
      requireSafeText({ reason: '\u200B' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'reason', problems: ['has no visible character'] }] });
    expect((error as DomainError).message).toMatch(/reason has no visible character.*Remove the invisible or control characters/);
    expect(() => requireSafeText({ reason: 'Fine.' })).not.toThrow();
  });
});

import CODES from 'i18n-iso-countries/codes.json';
import { UN_LANGUAGES } from '../../src/kernel/languages';
import { ISO_3166_ALPHA3 } from '../../src/kernel/reference/iso-3166-alpha3';
import { MEMBER_STATES, OBSERVERS, OTHER_GROUP, REGIONAL_GROUPS } from '../../src/kernel/reference/reference-data';
import UN_SHORT_NAMES from '../../src/kernel/reference/un-short-names.json';
import { alpha2Of, alpha3Of, regionalGroupName, stateName } from '../../src/platform/reference/state-names';

const STATES = [...MEMBER_STATES, ...OBSERVERS];

describe('names of States in the six UN languages', () => {
  it('names every Member State and observer in each language', () => {
    for (const lang of UN_LANGUAGES)
      for (const { code } of STATES)
        expect({ code, lang, name: stateName(code, lang).trim() }).toEqual({ code, lang, name: expect.stringMatching(/\S/) });
  });

  it('gives in English exactly the UN short names of un-member-states.csv and observers.csv', () => {
    for (const { code, name } of STATES) expect({ code, name: stateName(code, 'en') }).toEqual({ code, name });
  });

  it('gives no other language the English name of a State, apart from the few the package writes alike', () => {
    for (const lang of UN_LANGUAGES.filter((l) => l !== 'en' && l !== 'fr' && l !== 'es')) {
      const alike = STATES.filter(({ code }) => stateName(code, lang) === stateName(code, 'en'));
      expect({ lang, alike: alike.map((s) => s.code) }).toEqual({ lang, alike: [] });
    }
  });

  it.each([
    ['fr', 'RUS', 'Fédération de Russie'],
    ['fr', 'BOL', 'Bolivie (État plurinational de)'],
    ['fr', 'CZE', 'Tchéquie'],
    ['fr', 'VAT', 'Saint-Siège'],
    ['fr', 'FRA', 'France'],
    ['es', 'GBR', 'Reino Unido de Gran Bretaña e Irlanda del Norte'],
    ['es', 'IRN', 'Irán (República Islámica del)'],
    ['es', 'VNM', 'Viet Nam'],
    ['ru', 'USA', 'Соединенные Штаты Америки'],
    ['ru', 'RUS', 'Российская Федерация'],
    ['ru', 'SYR', 'Сирийская Арабская Республика'],
    ['zh', 'KOR', '大韩民国'],
    ['zh', 'BOL', '多民族玻利维亚国'],
    ['zh', 'CHN', '中国'],
    ['ar', 'PRK', 'جمهورية كوريا الشعبية الديمقراطية'],
    ['ar', 'RUS', 'الاتحاد الروسي'],
    ['ar', 'PSE', 'دولة فلسطين'],
    ['en', 'TUR', 'Türkiye'],
    ['en', 'EUU', 'European Union'],
  ] as const)('in %s, %s is %s', (lang, code, name) => {
    expect(stateName(code, lang)).toBe(name);
  });

  it('names the European Union in each language though it has no ISO code', () => {
    for (const lang of UN_LANGUAGES) expect(stateName('EUU', lang)).not.toBe('EUU');
  });

  it('names any ISO 3166 country, and shows an unknown code as it is', () => {
    expect(stateName('TWN', 'fr')).toBe('Taïwan');
    expect(stateName('GRL', 'en')).toBe('Greenland');
    for (const lang of UN_LANGUAGES) for (const { alpha3 } of ISO_3166_ALPHA3) expect(stateName(alpha3, lang)).not.toBe(alpha3);
    expect(stateName('XKX', 'fr')).toBe('XKX');
    expect(stateName('', 'en')).toBe('');
  });

  it('keeps in un-short-names.json only codes the reference data or ISO 3166 know', () => {
    const known = new Set([...STATES.map((s) => s.code), ...ISO_3166_ALPHA3.map((c) => c.alpha3)]);
    for (const lang of UN_LANGUAGES)
      for (const code of Object.keys(UN_SHORT_NAMES.states[lang]))
        expect({ lang, code, known: known.has(code) }).toEqual({ lang, code, known: true });
  });

  it('names the five regional groups and "Other" in each language', () => {
    for (const lang of UN_LANGUAGES)
      for (const group of [...REGIONAL_GROUPS, OTHER_GROUP] as const) expect(regionalGroupName(group, lang)).toMatch(/\S/);
    for (const group of REGIONAL_GROUPS) expect(regionalGroupName(group, 'en')).toBe(group);
    expect(regionalGroupName('African Group', 'fr')).toBe("Groupe des États d'Afrique");
    expect(regionalGroupName('African Group', 'es')).toBe('Grupo de los Estados de África');
    expect(regionalGroupName('African Group', 'ru')).toBe('Группа африканских государств');
    expect(regionalGroupName('African Group', 'zh')).toBe('非洲国家组');
    expect(regionalGroupName('African Group', 'ar')).toBe('مجموعة الدول الأفريقية');
  });

  it("maps the kernel's 249 assigned alpha-3 codes to the package's alpha-2 codes and back", () => {
    for (const { alpha3, numeric } of ISO_3166_ALPHA3) {
      expect(alpha3Of(alpha2Of(alpha3) ?? '')).toBe(alpha3);
      expect(CODES.find(([, code]) => code === alpha3)?.[2]).toBe(numeric);
    }
  });
});

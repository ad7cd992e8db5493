import { countryCode } from '../../src/accreditation/import/country-cell';

describe("an imported file's country cell", () => {
  it.each([
    ['FRA', 'FRA'],
    ['fra', 'FRA'],
    ['fr', 'FRA'],
    ['United States', 'USA'],
    ['United States of America', 'USA'],
    ['Russia', 'RUS'],
    ['Russian Federation', 'RUS'],
    ['Türkiye', 'TUR'],
    ['Turkey', 'TUR'],
    ['Korea, Republic of', 'KOR'],
    ['South Korea', 'KOR'],
    ["Cote d'Ivoire", 'CIV'],
    ['Netherlands (Kingdom of the)', 'NLD'],
    ['  viet nam ', 'VNM'],
    ['Holy See', 'VAT'],
    ['State of Palestine', 'PSE'],
    ['European Union', 'EUU'],
  ])('reads %j as %s', (cell, code) => {
    expect(countryCode(cell)).toBe(code);
  });

  it('leaves what names no assigned country as it is, for the check to refuse', () => {
    expect(countryCode('Kosovo')).toBe('Kosovo');
    expect(countryCode('XK')).toBe('XK');
    expect(countryCode('Atlantis')).toBe('Atlantis');
  });
});

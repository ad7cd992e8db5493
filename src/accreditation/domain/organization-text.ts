import { isIsoCountry } from '../../kernel/reference/iso-3166-alpha3';
import { normalizeName, textProblems } from '../../kernel/text';
import { Organization } from './list.state';

/** One offending row of a bulk proposal, shaped like the edge's validation details. */
interface RowProblem {
  row: number;
  field: string;
  problems: string[];
}

/** A name that cannot be shown safely, or a country that is no assigned ISO 3166-1 alpha-3 code. */
export function organizationTextAndCountryProblems(organization: Organization, row: number): RowProblem[] {
  const problems: RowProblem[] = [];
  const nameProblems = organization.name?.trim() ? textProblems(organization.name) : [];
  if (nameProblems.length) problems.push({ row, field: 'name', problems: nameProblems });
  const { country } = organization;
  if (country?.trim() && !isIsoCountry(country)) {
    problems.push({ row, field: 'country', problems: [`"${country}" is not an assigned ISO 3166-1 alpha-3 code (such as FRA)`] });
  }
  return problems;
}

/** The organization as stored: its name NFKC-normalized with white space folded. */
export function withNormalizedName(organization: Organization): Organization {
  return { ...organization, name: normalizeName(organization.name) };
}

/** What a row of the route table says of a route, and the values rows share. */

export type Role = 'pga' | 'member-state' | 'observer' | 'auditor';
export const ANY_ROLE: Role[] = ['pga', 'member-state', 'observer', 'auditor'];
/** The roles of a route that needs no token (documented without the bearer scheme; no 401, no 403). */
export const PUBLIC: Role[] = [];

export interface ContractRoute {
  roles: Role[];
  /** The status of a successful answer, where the contract names it ("200 or 201" where it does not). */
  success?: 200 | 201 | 202;
  /** Body fields the contract names; `required` are those it does not mark optional. */
  body?: { fields: string[]; required: string[] };
  /** Top-level fields of the answer the contract names. */
  answer: string[];
  /** Query parameters the contract names. */
  query?: string[];
  /** The media types of an answer that is a file rather than JSON (its `answer` then names no field). */
  files?: string[];
  /** A second successful answer the contract names, e.g. a dry run's 200 beside a command's 201. */
  alsoAnswers?: { status: 200; answer: string[] };
}

export const CSV = 'text/csv';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF = 'application/pdf';
export const JSON_TYPE = 'application/json';

/** A command's answer as version 1 names it (1.2 adds `index` and `receipt` to every command answer). */
export const POSITION = ['position'];
/** A command's answer as version 1.2 names it. */
export const COMMAND_ANSWER = ['position', 'index', 'receipt'];

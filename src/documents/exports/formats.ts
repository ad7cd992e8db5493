import { ApiError } from '../../platform/http/api-error';

/** The formats of contract 1.1 "Documents and exports", with their media types. */
export const DOCUMENT_FORMATS = ['csv', 'xlsx', 'pdf', 'json'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const MEDIA_TYPES: Record<DocumentFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  json: 'application/json',
};

/** What a route serves now, and what the contract names that it does not serve yet (answered 406 with why). */
export interface Offer {
  served: readonly DocumentFormat[];
  notYet?: Partial<Record<DocumentFormat, string>>;
}

/**
 * The format of the answer: `?format=` when given, else the first served format `Accept` names (by
 * quality), else the first served format. A format the route does not serve: 406 NOT_ACCEPTABLE.
 */
export function chooseFormat(offer: Offer, format: DocumentFormat | undefined, accept: string | undefined): DocumentFormat {
  if (format) return served(offer, format);
  const wanted = acceptedFormats(accept);
  if (wanted === 'anything') return offer.served[0];
  const found = wanted.find((candidate) => offer.served.includes(candidate));
  if (found) return found;
  const first = wanted[0];
  if (first) return served(offer, first);
  throw notAcceptable(offer, `None of the media types in Accept is offered here.`);
}

function served(offer: Offer, format: DocumentFormat): DocumentFormat {
  if (offer.served.includes(format)) return format;
  const why = offer.notYet?.[format];
  throw notAcceptable(offer, why ?? `This document is not offered as ${format}.`);
}

function notAcceptable(offer: Offer, why: string): ApiError {
  const offered = offer.served.map((format) => `${format} (${MEDIA_TYPES[format]})`).join(', ');
  return new ApiError('NOT_ACCEPTABLE', `${why} Ask for ${offered}, by ?format= or Accept.`);
}

const FORMAT_OF_MEDIA_TYPE = new Map(Object.entries(MEDIA_TYPES).map(([format, type]) => [type, format as DocumentFormat]));

/** The formats `Accept` names, best first; 'anything' when it is absent or allows any type. */
function acceptedFormats(accept: string | undefined): DocumentFormat[] | 'anything' {
  if (!accept?.trim()) return 'anything';
  const ranges = accept
    .split(',')
    .map((range) => parseRange(range))
    .filter((range) => range.quality > 0)
    .sort((a, b) => b.quality - a.quality);
  if (ranges.some((range) => range.type === '*/*')) return 'anything';
  return ranges.flatMap((range) => {
    const format = FORMAT_OF_MEDIA_TYPE.get(range.type);
    return format ? [format] : [];
  });
}

function parseRange(range: string): { type: string; quality: number } {
  const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
  const q = parameters.find((parameter) => parameter.startsWith('q='));
  const quality = q ? Number(q.slice(2)) : 1;
  return { type, quality: Number.isFinite(quality) ? quality : 0 };
}

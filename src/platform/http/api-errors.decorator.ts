import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { STATUS_OF } from './api-error';

export class ApiErrorDto {
  @ApiProperty({ example: 409 })
  statusCode!: number;

  @ApiProperty({ enum: Object.keys(STATUS_OF), example: 'ALREADY_EXISTS' })
  code!: string;

  @ApiProperty({ example: 'A meeting with id "trafficking-2013" already exists.' })
  message!: string;

  @ApiPropertyOptional({ description: 'Per-field problems for VALIDATION_FAILED, missing items for ARRANGEMENTS_INCOMPLETE' })
  details?: unknown;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'VALIDATION_FAILED: a body, query or path value is malformed',
  401: 'UNAUTHENTICATED: no token, a bad signature, or an expired token',
  403: 'FORBIDDEN: the role or the State may not do this',
  404: 'NOT_FOUND',
  406: 'NOT_ACCEPTABLE: none of the formats the route offers is acceptable (Accept, or ?format=)',
  409: 'ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure',
  413: "PAYLOAD_TOO_LARGE: a body over the route's size limit, or JSON nested deeper than 32 levels",
  415: 'UNSUPPORTED_MEDIA_TYPE: a body that is not application/json (text/csv or XLSX on the routes that take files)',
  422: 'IDEMPOTENCY_KEY_REUSED',
  429: "RATE_LIMITED: over the caller's request budget, or its share of the PDF renderer (Retry-After says when to try again)",
  503: 'PROJECTION_TIMEOUT: the write is stored but the views did not catch up in time; STORE_UNAVAILABLE: the event store could not be reached or did not answer in time; RENDERER_UNAVAILABLE: no Chromium to render a PDF',
};

/** Documents the contract's error responses of a route in the OpenAPI document. */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status], type: ApiErrorDto })));

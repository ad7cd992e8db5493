import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** Identifiers that clients choose (meeting, list, panel, segment). */
export const SLUG = /^[a-z0-9][a-z0-9-]{2,63}$/;

export const IsSlug = (description: string) =>
  applyDecorators(
    ApiProperty({ description, pattern: SLUG.source, example: 'trafficking-2013' }),
    Matches(SLUG, {
      message: '$property must be 3-64 characters: lower-case letters, digits and hyphens, starting with a letter or digit',
    }),
  );

/** ISO 8601 duration as used for reminders, e.g. PT72H or P3D. */
export const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

/** `:meetingId` of a route. */
export class MeetingParams {
  @IsSlug('The meeting id')
  meetingId!: string;
}

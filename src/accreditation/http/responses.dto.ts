import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { ORGANIZATION_CATEGORIES, LIST_KINDS } from '../domain/list.events';
import { OBJECTION_DISCLOSURES } from '../domain/meeting.events';
import { OrganizationDto } from './list.dto';
import { EntryBasisRequestView } from './basis-requests.dto';
import { PositionResponse } from '../../platform/http/position-response';
import { AsOfStamped } from '../../platform/http/as-of';

/**
 * Answers of the accreditation routes, for the OpenAPI document only: the controllers return plain
 * objects shaped by the commands and the projections; these classes describe them for clients.
 */

const INSTANT = { format: 'date-time', example: '2013-05-10T22:00:00.000Z' };
const STATUSES = ['proposed', 'under-consideration', 'approved', 'objected', 'not-approved', 'rejected', 'withdrawn'];

export class CreatedResponse extends PositionResponse {
  @ApiProperty({ example: 'trafficking-2013', description: 'The id the client chose' })
  id!: string;
}

export class EntriesProposedResponse extends PositionResponse {
  @ApiPropertyOptional({ format: 'uuid', description: 'When one `organization` was sent' })
  entryId?: string;

  @ApiPropertyOptional({ type: [String], description: 'When `organizations` were sent: their entry ids, in the order sent' })
  entryIds?: string[];
}

export class BatchSubmittedResponse extends PositionResponse {
  @ApiProperty({ example: 1, description: 'Number of the new batch, from 1 on each list' })
  batch!: number;

  @ApiProperty({ type: [String], description: 'Every entry that went under consideration' })
  entryIds!: string[];

  @ApiProperty(INSTANT)
  deadline!: string;
}

export class DeadlineExtendedResponse extends PositionResponse {
  @ApiProperty({ example: 1 })
  batch!: number;

  @ApiProperty(INSTANT)
  deadline!: string;
}

export class BatchClosureResponse extends PositionResponse {
  @ApiProperty({ example: 1 })
  batch!: number;

  @ApiProperty({ description: 'false when the batch was already closed (a no-op)' })
  closed!: boolean;

  @ApiPropertyOptional(INSTANT)
  deadline?: string;

  @ApiPropertyOptional(INSTANT)
  closedAt?: string;

  @ApiPropertyOptional({ description: 'Entries approved at this closure' })
  approved?: number;

  @ApiPropertyOptional({ description: 'Entries with a standing objection at this closure' })
  objected?: number;
}

export class MeetingPolicyView {
  @ApiProperty({ enum: OBJECTION_DISCLOSURES })
  objectionDisclosure!: string;

  @ApiProperty()
  objectedGoToGeneralAssembly!: boolean;

  @ApiProperty({ type: [String], example: ['PT72H', 'PT24H'] })
  reminders!: string[];
}

export class OpeningSpeakerView {
  @ApiProperty({ example: 'secretary-general' })
  role!: string;

  @ApiProperty({ example: 'Secretary-General' })
  title!: string;

  @ApiProperty({ description: 'Speaks by virtue of office' })
  fixed!: boolean;

  @ApiPropertyOptional()
  name?: string;

  @ApiPropertyOptional()
  organization?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  entryId?: string;

  @ApiPropertyOptional({ description: 'Shown only to pga and auditor' })
  survivor?: boolean;
}

export class MissingArrangementView {
  @ApiProperty({ enum: ['programme', 'panel-chair', 'opening-speaker'] })
  item!: string;

  @ApiPropertyOptional({ example: 'panel-1' })
  panelId?: string;

  @ApiPropertyOptional({ example: 'ngo-representative' })
  role?: string;

  @ApiProperty({ example: 'Panel "panel-1" has no chair who accepted (no State is invited).' })
  message!: string;
}

export class ArrangementsView {
  @ApiProperty({ enum: ['open', 'finalized'] })
  status!: string;

  @ApiProperty({
    type: [MissingArrangementView],
    description:
      'What keeps open arrangements from being finalized (paragraph 10), as a refused finalization would list it; empty once finalized',
  })
  missing!: MissingArrangementView[];

  @ApiPropertyOptional({ format: 'date-time' })
  finalizedAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  reopenedAt?: string;

  @ApiPropertyOptional()
  reopeningReason?: string;
}

export class MeetingResponse extends AsOfStamped {
  @ApiProperty({ example: 'trafficking-2013' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ example: 'America/New_York' })
  timezone!: string;

  @ApiPropertyOptional({ example: 'United Nations Headquarters, New York' })
  venue?: string;

  @ApiProperty({ type: [String] })
  mandate!: string[];

  @ApiProperty({ type: MeetingPolicyView })
  policy!: MeetingPolicyView;

  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Segments of the programme' })
  programme!: object[];

  @ApiProperty({ type: 'array', items: { type: 'object' } })
  panels!: object[];

  @ApiProperty({ type: [OpeningSpeakerView] })
  openingSpeakers!: OpeningSpeakerView[];

  @ApiProperty({ type: ArrangementsView })
  arrangements!: ArrangementsView;

  @ApiProperty(INSTANT)
  createdAt!: string;
}

/** A meeting as the list of meetings shows it: the meeting view's own fields, without its arrangements. */
export class MeetingSummaryView extends PickType(MeetingResponse, ['id', 'title', 'timezone', 'venue', 'createdAt'] as const) {}

export class MeetingsResponse {
  @ApiProperty({ type: [MeetingSummaryView], description: 'Every meeting, the most recently created first' })
  meetings!: MeetingSummaryView[];
}

export class ObjectionView {
  @ApiProperty({ example: 'DZA' })
  state!: string;

  @ApiProperty({ type: [String] })
  onBehalfOf!: string[];

  @ApiPropertyOptional()
  reason?: string;

  @ApiProperty(INSTANT)
  raisedAt!: string;
}

export class OnMyBehalfView {
  @ApiProperty({ example: 'KEN', description: 'The State that objected on behalf of the caller' })
  state!: string;

  @ApiProperty(INSTANT)
  raisedAt!: string;
}

export class GeneralAssemblyDecisionView {
  @ApiProperty({ enum: ['approve', 'reject'] })
  decision!: string;

  @ApiProperty({ example: 'A/78/L.99' })
  reference!: string;

  @ApiProperty(INSTANT)
  recordedAt!: string;
}

export class BatchView {
  @ApiProperty({ example: 1 })
  number!: number;

  @ApiProperty(INSTANT)
  deadline!: string;

  @ApiProperty({ enum: ['open', 'closed', 'cancelled'] })
  status!: string;

  @ApiPropertyOptional(INSTANT)
  closedAt?: string;

  @ApiPropertyOptional(INSTANT)
  cancelledAt?: string;

  @ApiPropertyOptional({ description: "The PGA's reason for cancelling the batch" })
  cancellationReason?: string;
}

export class EntryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: OrganizationDto })
  organization!: OrganizationDto;

  @ApiProperty({ enum: STATUSES })
  status!: string;

  @ApiPropertyOptional()
  batch?: number;

  @ApiPropertyOptional({ type: [ObjectionView], description: 'pga and auditor: every standing objection; a Member State: its own' })
  objections?: ObjectionView[];

  @ApiPropertyOptional({ type: [OnMyBehalfView], description: 'A Member State: the standing objections made on its behalf' })
  objectionsOnMyBehalf?: OnMyBehalfView[];

  @ApiPropertyOptional({ type: [String], description: 'After closure, under disclosure "organizations-and-states"' })
  objectingStates?: string[];

  @ApiPropertyOptional({ description: 'After closure, under disclosure "organizations"' })
  objectionCount?: number;

  @ApiPropertyOptional({ type: [EntryBasisRequestView], description: 'pga and auditor: requests for the general basis of the objections' })
  basisRequests?: EntryBasisRequestView[];

  @ApiPropertyOptional({ type: GeneralAssemblyDecisionView })
  generalAssemblyDecision?: GeneralAssemblyDecisionView;
}

export class RepresentationView {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Approved or under-consideration entries per regional group ("Other" for a country in none)',
    example: { 'African Group': 2, Other: 1 },
  })
  byRegionalGroup!: Record<string, number>;

  @ApiProperty({ type: [String], description: 'The regional groups with no such entry' })
  missingGroups!: string[];
}

export class ListResponse extends AsOfStamped {
  @ApiProperty({ example: 'civil-society' })
  id!: string;

  @ApiProperty({ enum: LIST_KINDS })
  kind!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: ['open', 'transmitted'] })
  status!: string;

  @ApiPropertyOptional(INSTANT)
  transmittedAt?: string;

  @ApiProperty({ type: [BatchView] })
  batches!: BatchView[];

  @ApiProperty({ type: [EntryView], description: 'In order of proposal' })
  entries!: EntryView[];

  @ApiProperty({ type: RepresentationView })
  representation!: RepresentationView;
}

/** A list as the meeting's lists show it: the list view without its entries and representation. */
export class ListSummaryView extends PickType(ListResponse, ['id', 'kind', 'title', 'status', 'transmittedAt', 'batches'] as const) {}

export class ListsResponse extends AsOfStamped {
  @ApiProperty({ type: [ListSummaryView], description: 'In order of identifier' })
  lists!: ListSummaryView[];
}

export class AccreditedOrganizationView {
  @ApiProperty({ format: 'uuid' })
  entryId!: string;

  @ApiProperty({ example: 'civil-society' })
  listId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ example: 'NLD' })
  country!: string;

  @ApiProperty({ enum: ORGANIZATION_CATEGORIES })
  category!: string;
}

export class AccreditationsResponse extends AsOfStamped {
  @ApiProperty({ type: [AccreditedOrganizationView], description: 'Every approved organization of the meeting' })
  organizations!: AccreditedOrganizationView[];
}

export class MyObjectionView {
  @ApiPropertyOptional()
  reason?: string;

  @ApiProperty({ type: [String] })
  onBehalfOf!: string[];

  @ApiProperty(INSTANT)
  raisedAt!: string;
}

export class PendingEntryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: OrganizationDto })
  organization!: OrganizationDto;

  @ApiPropertyOptional({ type: MyObjectionView, description: "The caller's standing objection" })
  myObjection?: MyObjectionView;

  @ApiPropertyOptional({ type: [OnMyBehalfView], description: 'The standing objections made on behalf of the caller' })
  objectionsOnMyBehalf?: OnMyBehalfView[];
}

export class PendingBatchView {
  @ApiProperty({ example: 'trafficking-2013' })
  meetingId!: string;

  @ApiProperty({ example: 'High-level Meeting on Trafficking in Persons', description: "The meeting's title" })
  meetingTitle!: string;

  @ApiProperty({ example: 'America/New_York', description: "The meeting's time zone (IANA), for showing the deadline" })
  meetingTimezone!: string;

  @ApiProperty({ example: 'civil-society' })
  listId!: string;

  @ApiProperty({ example: 'Other non-governmental organizations', description: "The list's title" })
  listTitle!: string;

  @ApiProperty({ example: 1 })
  batch!: number;

  @ApiProperty(INSTANT)
  deadline!: string;

  @ApiProperty({ type: [PendingEntryView] })
  entries!: PendingEntryView[];
}

export class PendingResponse {
  @ApiProperty({ type: [PendingBatchView], description: 'Every open batch, soonest deadline first' })
  batches!: PendingBatchView[];
}

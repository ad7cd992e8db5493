import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PositionResponse } from '../../platform/http/position-response';
import { AsOfStamped } from '../../platform/http/as-of';
import { REGIONAL_GROUPS } from '../../kernel/reference/reference-data';
import { SEGMENT_KINDS } from '../domain/segments';
import { LEVELS } from '../domain/speaking-order';

/** Answers of the arrangements routes, for the OpenAPI document only. */

const INSTANT = { format: 'date-time', example: '2013-05-13T19:00:00.000Z' };
const LOCAL = { example: '2013-05-13T15:00:00-04:00', description: "The same instant on the meeting's local clock (its timezone)" };

export class ChangeResponse extends PositionResponse {
  @ApiProperty({ description: 'false when the request changed nothing (a no-op)' })
  changed!: boolean;
}

export class ArrangementsStatusResponse extends ChangeResponse {
  @ApiProperty({ enum: ['open', 'finalized'] })
  status!: string;
}

export class SegmentView {
  @ApiProperty({ example: 'panel-1' })
  id!: string;

  @ApiProperty({ enum: SEGMENT_KINDS })
  kind!: string;

  @ApiProperty()
  title!: string;

  @ApiPropertyOptional()
  theme?: string;

  @ApiProperty(INSTANT)
  startsAt!: string;

  @ApiPropertyOptional({ ...INSTANT, description: 'Absent for a closing plenary that follows the exhausted list of speakers' })
  endsAt?: string;

  @ApiProperty(LOCAL)
  startsAtLocal!: string;

  @ApiPropertyOptional(LOCAL)
  endsAtLocal?: string;
}

export class ChairView {
  @ApiProperty({ example: 'PHL' })
  state!: string;

  @ApiProperty({ enum: REGIONAL_GROUPS })
  regionalGroup!: string;

  @ApiProperty({ enum: ['invited', 'accepted', 'declined'] })
  status!: string;

  @ApiProperty(INSTANT)
  invitedAt!: string;

  @ApiPropertyOptional(INSTANT)
  respondedAt?: string;
}

export class ConsultationView {
  @ApiProperty({ enum: REGIONAL_GROUPS })
  regionalGroup!: string;

  @ApiPropertyOptional()
  note?: string;

  @ApiProperty(INSTANT)
  recordedAt!: string;
}

export class SummaryView {
  @ApiProperty()
  text!: string;

  @ApiProperty({ example: 'PHL', description: 'The chair whose summary it is' })
  chair!: string;

  @ApiProperty(INSTANT)
  recordedAt!: string;
}

export class PanelView {
  @ApiProperty({ example: 'panel-1' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  theme!: string;

  @ApiProperty(INSTANT)
  startsAt!: string;

  @ApiProperty(INSTANT)
  endsAt!: string;

  @ApiProperty(LOCAL)
  startsAtLocal!: string;

  @ApiProperty(LOCAL)
  endsAtLocal!: string;

  @ApiProperty({ type: ChairView, nullable: true, description: 'null until a State is invited' })
  chair!: ChairView | null;

  @ApiProperty({ type: [ConsultationView] })
  consultations!: ConsultationView[];

  @ApiPropertyOptional({ type: SummaryView })
  summary?: SummaryView;
}

export class PanelsResponse extends AsOfStamped {
  @ApiProperty({ type: [PanelView], description: 'In programme order' })
  panels!: PanelView[];
}

export class SpeakerView {
  @ApiProperty({ example: 1, description: 'Place in the speaking order of its segment' })
  order!: number;

  @ApiProperty({ example: 'plenary-13-may-morning' })
  segmentId!: string;

  @ApiProperty({ example: 'FRA' })
  state!: string;

  @ApiProperty({ enum: ['member-state', 'observer'] })
  delegation!: string;

  @ApiProperty({ enum: LEVELS })
  level!: string;

  @ApiProperty()
  speakerName!: string;

  @ApiProperty(INSTANT)
  inscribedAt!: string;
}

export class SpeakersListView {
  @ApiProperty({ example: 'plenary-13-may-morning' })
  segmentId!: string;

  @ApiProperty({ enum: ['open', 'closed'] })
  status!: string;

  @ApiPropertyOptional(INSTANT)
  closedAt?: string;

  @ApiProperty({ example: 12 })
  inscriptions!: number;
}

export class SpeakersResponse {
  @ApiProperty({ type: [SpeakerView], description: 'Speaking order: level, then Member States before observers, then inscription' })
  speakers!: SpeakerView[];

  @ApiProperty({ type: [SpeakersListView], description: 'The list (or lists) shown, with their status' })
  lists!: SpeakersListView[];
}

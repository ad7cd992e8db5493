import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore, Position, StoredEvent } from '../../event-store/event-store.port';
import { Roles } from '../../platform/auth/roles';
import { APP_CONFIG, AppConfig } from '../../platform/config';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { verifyConfiguredStore } from '../audit-paths';
import { VerificationReport } from '../chain-verifier';
import { DeciderRegistry } from '../decider-registry';
import { pageOfLog } from '../history-export';
import { AuditEventsQuery, AuditEventsResponse, AuditEventView, VerificationResponse } from './audit.dto';

const DEFAULT_LIMIT = 100;

@ApiTags('Audit')
@ApiBearerAuth()
@Controller('v1/audit')
export class AuditController {
  /** The verification under way: requests that arrive meanwhile share its answer instead of starting another. */
  private running?: Promise<VerificationReport>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deciders: DeciderRegistry,
  ) {}

  @Get('events')
  @Roles('auditor', 'pga')
  @ApiOperation({
    summary: 'The event log in global order, page by page, with each event’s actor, correlation and causation ids and hashes',
    description:
      'Roles: auditor, pga. Events as stored (at their stored schema version). Page with `after` = the previous `next`; ' +
      '`next` is null when no more events follow. With `stream`, only that stream’s events whose global position is after `after`.',
  })
  @ApiOkResponse({ type: AuditEventsResponse })
  @ApiErrors(400, 401, 403)
  async events(@Query() { after, limit, stream }: AuditEventsQuery): Promise<AuditEventsResponse> {
    const page = await pageOfLog(this.store, { after: after as Position | undefined, limit: limit ?? DEFAULT_LIMIT, stream });
    return { events: page.events.map(toView), next: page.next };
  }

  @Get('verification')
  @Roles('auditor', 'pga')
  @ApiOperation({
    summary: 'Recompute every hash chain and report the first broken event',
    description:
      'Roles: auditor, pga. Reads the whole log. On the embedded store a missing global position is reported too ' +
      '(a deleted event anywhere but at the very end of the log).',
  })
  @ApiOkResponse({ type: VerificationResponse })
  @ApiErrors(401, 403)
  verification(): Promise<VerificationResponse> {
    this.running ??= verifyConfiguredStore(this.store, this.config, this.deciders.prefixes).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }
}

/** `hash` and `previousHash` move out of the metadata, which is then exactly what the hash covers. */
function toView(event: StoredEvent): AuditEventView {
  const { hash, previousHash, ...metadata } = event.metadata;
  return {
    position: event.position,
    eventId: event.eventId,
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    data: event.data as object,
    metadata,
    recordedAt: event.recordedAt,
    hash: typeof hash === 'string' ? hash : null,
    previousHash: typeof previousHash === 'string' ? previousHash : null,
  };
}

import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore, Position } from '../../event-store/event-store.port';
import { Roles } from '../../platform/auth/roles';
import { APP_CONFIG, AppConfig } from '../../platform/config';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { verifyConfiguredStore } from '../audit-paths';
import { VerificationReport } from '../chain-verifier';
import { DeciderRegistry } from '../decider-registry';
import { AuditHistory } from '../index/audit-history';
import { AuditEventLinksResponse, AuditEventParams } from './audit-event-links.dto';
import { filterOf, linksView, toView } from './audit-event-views';
import { AuditEventsQuery, AuditEventsResponse, VerificationResponse } from './audit.dto';

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
    private readonly history: AuditHistory,
  ) {}

  @Get('events')
  @Roles('auditor', 'pga')
  @ApiOperation({
    summary: 'The event log, page by page, filtered, with each event’s index, actor, correlation and causation ids and hashes',
    description:
      'Roles: auditor, pga. Events as stored (at their stored schema version), each with its `index` in the log. Filters ' +
      '(all optional, combined with AND) are answered from the audit index. `order=asc` (default): page with `after` = the ' +
      'previous `next`; `order=desc`: newest first, page with `before` = the previous `next`. `next` is null when no more ' +
      'events match. The answer includes every event of any command answered before the request (and of `x-consistent-at`).',
  })
  @ApiOkResponse({ type: AuditEventsResponse })
  @ApiErrors(400, 401, 403, 503)
  async events(@Query() query: AuditEventsQuery): Promise<AuditEventsResponse> {
    const page = await this.history.page(filterOf(query));
    return { events: page.events.map(toView), next: page.next };
  }

  @Get('events/:position')
  @Roles('auditor', 'pga')
  @ApiOperation({
    summary: 'One event with its causation: what caused it, what it led to, and the other events of its command',
    description:
      "Roles: auditor, pga. `causedBy` is the event whose `eventId` is this event's `causationId` (engine work, such as a " +
      "batch's closure at its deadline or a reminder, names the event that scheduled it), else the request: " +
      '`{ command, actor, at }`. `ledTo`: the events this one caused. `sameCommand` (added): the other events of its command.',
  })
  @ApiOkResponse({ type: AuditEventLinksResponse })
  @ApiErrors(400, 401, 403, 404, 503)
  async event(@Param() { position }: AuditEventParams): Promise<AuditEventLinksResponse> {
    return linksView(await this.history.links(position as Position));
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

import { Controller, Get, Headers, Logger, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Position } from '../../event-store/event-store.port';
import { isPosition } from '../../kernel/position';
import { LIVE_VIEWS } from '../../kernel/live-views';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { ApiError } from '../../platform/http/api-error';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { HEARTBEAT_MS } from '../live-stream';
import { LiveBroadcaster, MAX_STREAMS_PER_CALLER } from '../live-broadcaster';
import { tokenExpiryMs } from './token-expiry';

const HOW_TO_READ = [
  'Server-sent events (text/event-stream) naming the views that changed, once this engine process can show the change:',
  '`id: <position>` and `data: { position, meetingId, listId?, view }`, one message per view an event changed',
  `(view: ${LIVE_VIEWS.join(', ')}). Refetch the view named; the stream carries no content.`,
  "Only the changes the caller may see travel (the read routes' rules: e.g. an objection reaches the pga, the auditor,",
  'the objecting State and the States it objected on behalf of, nobody else).',
  'Send the token in `Authorization: Bearer` (read the stream with a fetch-based event-source reader, not EventSource,',
  'which cannot send headers). `Last-Event-ID` (a position) resumes: the changes after it are read from the log.',
  `A \`: keep-alive\` comment every ${HEARTBEAT_MS / 1000} s; at most ${MAX_STREAMS_PER_CALLER} streams per caller and process`,
  '(a further one ends the oldest). The stream ends when the token expires: reconnect with a fresh one.',
].join(' ');

@ApiTags('Live updates')
@ApiBearerAuth()
@Controller('v1/events')
export class EventsStreamController {
  private readonly logger = new Logger('LiveUpdates');

  constructor(private readonly broadcaster: LiveBroadcaster) {}

  @Get('stream')
  @ApiOperation({ summary: 'Live updates: the views that changed, as server-sent events', description: HOW_TO_READ })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'The `id` (a position) of the last message received: resume after it' })
  @ApiOkResponse({
    description:
      'An endless stream of `id: <position>` / `data: { position, meetingId, listId?, view }` messages and `: keep-alive` comments',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @ApiErrors(400, 401)
  async stream(
    @Ctx() { actor }: RequestContext,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const resumeAfter = resumePosition(lastEventId);
    reply.hijack();
    // Helmet's headers and the correlation id, set on the reply before the route ran, go out with the stream's own.
    const set = Object.entries(reply.getHeaders()).filter(
      (header): header is [string, string | number | string[]] => header[1] !== undefined,
    );
    reply.raw.writeHead(200, {
      ...Object.fromEntries(set),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      // nginx and its kind would otherwise buffer the stream.
      'x-accel-buffering': 'no',
    });
    reply.raw.write(': live updates\n\n');
    try {
      const stream = await this.broadcaster.open(actor, reply.raw, resumeAfter);
      stream.endAt(tokenExpiryMs(authorization));
    } catch (error) {
      // The answer has begun: the stream ends, and the client reconnects with its Last-Event-ID.
      this.logger.warn(`A live updates stream ended as it opened: ${error instanceof Error ? error.message : String(error)}`);
      reply.raw.end();
    }
  }
}

function resumePosition(header: string | undefined): Position | undefined {
  if (header === undefined || header === '') return undefined;
  if (!isPosition(header)) {
    throw new ApiError(
      'VALIDATION_FAILED',
      `Last-Event-ID must be a position (a decimal integer), the id of a message of this stream; got "${header}".`,
      [{ field: 'Last-Event-ID', message: 'must be a decimal integer' }],
    );
  }
  return header;
}

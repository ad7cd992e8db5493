import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { Roles } from '../../platform/auth/roles';
import { ApiError } from '../../platform/http/api-error';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { ErasePersonalDataCommand } from '../commands/erase-personal-data.handler';
import { ErasureSubject, ErasureSubjects } from '../commands/erasure-subjects';
import { ErasureDto, ErasureResponse, ErasureSubjectDto } from './erasures.dto';

const SUBJECT_FIELDS = ['email', 'entryId', 'representativeId', 'delegation'] as const;

@ApiTags('Personal data')
@ApiBearerAuth()
@Controller('v1/personal-data')
export class ErasuresController {
  constructor(
    private readonly commands: CommandBus,
    private readonly subjects: ErasureSubjects,
  ) {}

  @Post('erasures')
  @HttpCode(200)
  @Roles('pga')
  @ApiOperation({
    summary: "Erase a data subject's personal data",
    description:
      'Role: pga. `subject`: exactly one of `email` (every subject sealed with that address, found through the HMAC lookup kept ' +
      "with the keys), `entryId` (an entry's contact; 404 NOT_FOUND for no such entry), `representativeId` or `delegation: { state }`. " +
      "The erasure is appended to the log as PersonalDataErased (without the data), then the subjects' keys are destroyed: every " +
      'view, export, letter and screen shows `[erased]`, the audit routes keep the envelopes. `notErasable`: entries whose contact ' +
      'was written in the clear before version 1.2. Nothing found: no event, `erased` and `notErasable` empty.',
  })
  @ApiOkResponse({ type: ErasureResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async erase(@Body() { subject, reason }: ErasureDto, @Ctx() context: RequestContext): Promise<ErasureResponse> {
    const found = await this.subjects.find(oneSubject(subject));
    return this.commands.execute(new ErasePersonalDataCommand(found, reason, context));
  }
}

function oneSubject(subject: ErasureSubjectDto): ErasureSubject {
  const given = SUBJECT_FIELDS.filter((field) => subject[field] !== undefined);
  if (given.length !== 1) {
    const problem = `name exactly one of ${SUBJECT_FIELDS.join(', ')}${given.length ? `, not ${given.join(' and ')}` : ''}`;
    throw new ApiError('VALIDATION_FAILED', `The request is not valid: ${problem}.`, [{ field: 'subject', problems: [problem] }]);
  }
  const field = given[0];
  if (field === 'delegation') return { delegation: { state: subject.delegation!.state } };
  return { [field]: subject[field]! } as ErasureSubject;
}

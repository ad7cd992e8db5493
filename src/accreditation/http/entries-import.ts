import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DomainError } from '../../kernel/domain-error';
import { RequestContext } from '../../platform/auth/request-context.decorator';
import { ApiError } from '../../platform/http/api-error';
import { UploadedFile } from '../../platform/http/upload-body';
import { ExecuteListCommand } from '../commands/list-command.handler';
import { EntryProposed } from '../domain/list.events';
import { ImportLayout, ImportRow, organizationRows, ValidRow } from './import-rows';
import { isRowProblems, ProposalCheck } from '../commands/proposal-check';
import { readSheet } from '../import/read-sheet';
import { ImportProblem } from '../import/sheet';

export interface ImportPreview {
  layout: ImportLayout;
  ignoredColumns: string[];
  rows: ImportRow[];
  errors: ImportProblem[];
}

interface Checked extends ImportPreview {
  valid: ValidRow[];
}

/** How many problems the error message names; `details` has them all. */
const NAMED_PROBLEMS = 5;

/** A file of organizations proposed for a list: previewed (nothing stored) or proposed all or nothing. */
@Injectable()
export class EntriesImport {
  constructor(
    private readonly commands: CommandBus,
    private readonly proposals: ProposalCheck,
  ) {}

  async preview(meetingId: string, listId: string, file: UploadedFile, context: RequestContext): Promise<ImportPreview> {
    const { layout, ignoredColumns, rows, errors } = await this.check(meetingId, listId, file, context);
    return { layout, ignoredColumns, rows, errors };
  }

  async import(meetingId: string, listId: string, file: UploadedFile, context: RequestContext) {
    const { valid, errors } = await this.check(meetingId, listId, file, context);
    if (errors.length) throw refusal(errors);
    const organizations = valid.map((row) => row.organization);
    const command = new ExecuteListCommand(meetingId, listId, { kind: 'ProposeEntries', organizations }, context);
    const result = await this.commands.execute(command).catch((error: unknown) => {
      // The list changed since the check (another proposal came first): the decider's rows, as lines of the file.
      if (error instanceof DomainError && isRowProblems(error.details)) {
        throw refusal(error.details.map((p) => ({ row: valid[p.row].line, field: p.field, message: p.problems.join('; ') })));
      }
      throw error;
    });
    const entryIds = result.events.filter((e): e is EntryProposed => e.type === 'EntryProposed').map((e) => e.data.entryId);
    return { entryIds, position: result.position };
  }

  private async check(meetingId: string, listId: string, file: UploadedFile, context: RequestContext): Promise<Checked> {
    const read = await organizationRows(await readSheet(file));
    const ruled = await this.proposals.problems(meetingId, listId, read.valid, context);
    const refusedLines = new Set(ruled.map((p) => p.row));
    const errors = [...read.errors, ...ruled].sort((a, b) => a.row - b.row);
    return {
      layout: read.layout,
      ignoredColumns: read.ignoredColumns,
      rows: read.rows,
      valid: read.valid.filter((row) => !refusedLines.has(row.line)),
      errors,
    };
  }
}

function refusal(errors: ImportProblem[]): ApiError {
  const lines = new Set(errors.map((e) => e.row)).size;
  const named = errors.slice(0, NAMED_PROBLEMS).map((e) => `row ${e.row}, ${e.field}: ${e.message}`);
  const more = errors.length > NAMED_PROBLEMS ? `; and ${errors.length - NAMED_PROBLEMS} more (see details)` : '';
  const subject = lines === 1 ? '1 row of the file is' : `${lines} rows of the file are`;
  return new ApiError('VALIDATION_FAILED', `${subject} not valid, so nothing was imported: ${named.join('; ')}${more}.`, errors);
}

import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CommandExecutor } from '../../event-store/commands/command-executor';
import { Clock } from '../../kernel/clock';
import { DomainError } from '../../kernel/domain-error';
import { RequestContext } from '../../platform/auth/request-context.decorator';
import { RowProblem } from '../domain/list-entries';
import { listDecider } from '../domain/list.decider';
import { openList } from '../domain/list.guards';
import { Organization, listStream } from '../domain/list.events';
import { ImportProblem } from '../import/sheet';

/**
 * The list's own rules (names, countries, duplicates on the list and within the file) on rows of a
 * file, decided by the list decider on the list's current state without storing anything. The decider
 * stops at its first kind of problem; the rows it names are set aside and the rest decided again, so
 * that one answer names every row that would be refused.
 */
/** A row of a file that passed the body's checks: its line in the file and the organization it names. */
export interface CheckedRow {
  line: number;
  organization: Organization;
}

@Injectable()
export class ProposalCheck {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  async problems(meetingId: string, listId: string, rows: CheckedRow[], context: RequestContext): Promise<ImportProblem[]> {
    const state = await this.executor.read(listStream(meetingId, listId), listDecider);
    // Whatever the rows, a file for a list that does not exist or takes no change is refused as a whole.
    openList(state, { meetingId, listId });
    const found: ImportProblem[] = [];
    let remaining = rows;
    while (remaining.length) {
      const organizations: Organization[] = remaining.map((r) => r.organization);
      const command = { kind: 'ProposeEntries' as const, meetingId, listId, actor: context.actor, now: this.clock.now() };
      const refused = rowProblemsOf(() =>
        listDecider.decide({ ...command, organizations, entryIds: organizations.map(() => randomUUID()) }, state),
      );
      if (!refused.length) break;
      found.push(...refused.map((p) => ({ row: remaining[p.row].line, field: p.field, message: p.problems.join('; ') })));
      const refusedRows = new Set(refused.map((p) => p.row));
      remaining = remaining.filter((_, index) => !refusedRows.has(index));
    }
    return found.sort((a, b) => a.row - b.row);
  }
}

/** The rows a decision refuses; a refusal of the whole request (a closed list, a wrong role) is thrown as it is. */
export function rowProblemsOf(decide: () => unknown): RowProblem[] {
  try {
    decide();
    return [];
  } catch (error) {
    if (error instanceof DomainError && isRowProblems(error.details)) return error.details;
    throw error;
  }
}

export function isRowProblems(details: unknown): details is RowProblem[] {
  return Array.isArray(details) && details.length > 0 && details.every((d) => typeof (d as RowProblem)?.row === 'number');
}

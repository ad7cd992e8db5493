import { Decider, DecisionTable, tableDecider } from '../../kernel/decider';
import { ArrangementsCommand } from './arrangements.commands';
import { ARRANGEMENTS_EVENTS, ArrangementsEvent } from './arrangements.events';
import { ArrangementsState, initialArrangementsState } from './arrangements.state';
import { finalizationDecisions } from './finalization';
import { openingSpeakersDecisions } from './opening-speakers';
import { panelChairsDecisions } from './panel-chairs';
import { presidentSummaryDecisions } from './president-summary';
import { programmeDecisions } from './programme';

export type { ArrangementsState } from './arrangements.state';
export type { MissingItem } from './finalization';
export { missingItems } from './finalization';

const ARRANGEMENTS_DECISIONS: DecisionTable<ArrangementsCommand, ArrangementsEvent, ArrangementsState> = {
  ...programmeDecisions,
  ...panelChairsDecisions,
  ...openingSpeakersDecisions,
  ...finalizationDecisions,
  ...presidentSummaryDecisions,
};

/**
 * Paragraphs 1 to 4 and 10: the programme, the panel chairs, the opening speakers, the President's
 * summary and finalization, one topic file each, dispatched through their tables.
 */
export const arrangementsDecider: Decider<ArrangementsCommand, ArrangementsEvent, ArrangementsState> = tableDecider(
  initialArrangementsState,
  ARRANGEMENTS_DECISIONS,
  ARRANGEMENTS_EVENTS,
);

import { FinalizationCommand } from './finalization';
import { OpeningSpeakersCommand } from './opening-speakers';
import { PanelChairsCommand } from './panel-chairs';
import { PresidentSummaryCommand } from './president-summary';
import { ProgrammeCommand } from './programme';

/** The commands of the arrangements stream, assembled from its topics: a new command joins its topic's file only. */

export type { MeetingFacts } from './rules';
export type { EntryFacts } from './opening-speakers';

export type ArrangementsCommand =
  ProgrammeCommand | PanelChairsCommand | OpeningSpeakersCommand | FinalizationCommand | PresidentSummaryCommand;

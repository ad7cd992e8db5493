/**
 * What other capabilities may use of this one (the documents read its views); everything else in this
 * folder is its own business (checked by dependency-cruiser).
 */
export { ArrangementsQueries } from './projections/arrangements.queries';
export type { PanelView, SegmentView, SpeakersView, SpeakerView, SummaryView } from './projections/arrangements.view';

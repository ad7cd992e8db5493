import type { MeetingView } from '../../accreditation/accreditation.public';
import type { SegmentView, SpeakersView, SpeakerView } from '../../arrangements/arrangements.public';
import { countryName } from '../letters/country-names';
import { momentWording } from '../letters/letter-dates';
import { UnLanguage } from '../../kernel/languages';
import { PrintJob } from '../rendering/pdf-renderer';
import { reportJob, ReportSection } from './report-layout';
import { REPORT_WORDS, ReportWords } from './report-words';

type Meeting = Pick<MeetingView, 'id' | 'title' | 'timezone' | 'programme'>;

/** The list of speakers as PDF: one section per plenary meeting, in speaking order, times on the meeting's clock. */
export function speakersReport(meeting: Meeting, view: SpeakersView, lang: UnLanguage, asOf: Date): PrintJob {
  const words = REPORT_WORDS[lang];
  const at = (instant: string) => momentWording(instant, meeting.timezone, lang);
  const segments = new Map((meeting.programme as SegmentView[]).map((segment) => [segment.id, segment]));
  const sections = view.lists.map((list): ReportSection => {
    const segment = segments.get(list.segmentId);
    const speakers = view.speakers.filter((speaker) => speaker.segmentId === list.segmentId);
    return {
      title: segment ? words.speakers.segment(segment.title, at(segment.startsAt)) : list.segmentId,
      byline: list.status === 'closed' && list.closedAt ? words.speakers.status.closed(at(list.closedAt)) : words.speakers.status.open,
      table: { columns: words.speakers.columns, rows: speakers.map((s) => row(s, words, lang, at)), empty: words.speakers.empty },
    };
  });
  const text = {
    office: words.office,
    title: words.speakers.title,
    subtitle: [meeting.title],
    sections,
    footer: { note: words.asOf(at(asOf.toISOString())), page: words.page, of: words.of, pages: words.pages },
  };
  return reportJob(lang, text, meeting.timezone);
}

function row(speaker: SpeakerView, words: ReportWords, lang: UnLanguage, at: (instant: string) => string): string[] {
  const delegation = countryName(speaker.state, lang);
  return [
    String(speaker.order),
    speaker.delegation === 'observer' ? words.speakers.observer(delegation) : delegation,
    words.speakers.levels[speaker.level],
    speaker.speakerName,
    at(speaker.inscribedAt),
  ];
}

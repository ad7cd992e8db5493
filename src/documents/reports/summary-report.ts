import type { SummaryView } from '../../arrangements/arrangements.public';
import { countryName } from '../letters/country-names';
import { momentWording } from '../letters/letter-dates';
import { UnLanguage } from '../../kernel/languages';
import { reportJob, ReportSection } from './report-layout';
import { REPORT_WORDS, ReportWords } from './report-words';
import { PrintJob } from '../rendering/pdf-renderer';

/** The President's summary (paragraph 4) and the panel chairs' summaries (paragraph 3c) as PDF. */
export function summaryReport(summary: SummaryView, timezone: string, lang: UnLanguage, asOf: Date): PrintJob {
  const words = REPORT_WORDS[lang];
  const at = (instant: string) => momentWording(instant, timezone, lang);
  const chairs: ReportSection[] = summary.panels.map((panel) => ({
    title: `${panel.title}: ${panel.theme}`,
    byline: words.summary.chairedBy(countryName(panel.chair, lang), at(panel.recordedAt)),
    paragraphs: paragraphsOf(panel.text),
  }));
  const text = {
    office: words.office,
    title: words.summary.title,
    subtitle: [summary.title],
    sections: [
      presidentSection(summary, words, at),
      { title: words.summary.chairs, ...(chairs.length ? {} : { paragraphs: [words.summary.noChairs] }) },
      ...chairs,
    ],
    footer: { note: words.asOf(at(asOf.toISOString())), page: words.page, of: words.of, pages: words.pages },
  };
  return reportJob(lang, text, timezone);
}

function presidentSection(summary: SummaryView, words: ReportWords, at: (instant: string) => string): ReportSection {
  const president = summary.president;
  if (!president) return { title: words.summary.president, paragraphs: [words.summary.notYet] };
  const points = [
    { title: words.summary.achievements, items: president.achievements },
    { title: words.summary.gaps, items: president.gaps },
    { title: words.summary.challenges, items: president.challenges },
  ].filter((part) => part.items.length > 0);
  return {
    title: words.summary.president,
    byline: words.summary.recorded(at(president.recordedAt)),
    paragraphs: paragraphsOf(president.text),
    points,
  };
}

/** A summary's text keeps the paragraphs its author separated with blank lines. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

import type { SpeakerView } from '../../arrangements/arrangements.public';

type Level = SpeakerView['level'];

/** The words of the reports, in each language they are written in. */
export interface ReportWords {
  office: string;
  page: string;
  of: string;
  /** After the number of pages, where a language puts a word there (Chinese). */
  pages?: string;
  asOf: (moment: string) => string;
  speakers: {
    title: string;
    segment: (title: string, startsAt: string) => string;
    status: { open: string; closed: (at: string) => string };
    columns: string[];
    empty: string;
    levels: Record<Level, string>;
    /** A delegation of an observer State: "Holy See (observer)". */
    observer: (delegation: string) => string;
  };
  summary: {
    title: string;
    president: string;
    notYet: string;
    recorded: (at: string) => string;
    achievements: string;
    gaps: string;
    challenges: string;
    chairs: string;
    noChairs: string;
    chairedBy: (state: string, at: string) => string;
  };
}

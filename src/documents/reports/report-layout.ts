import { createHash } from 'node:crypto';
import { directionOf, fontsOf, pageNumbers, UPRIGHT_SCRIPTS } from '../letters/document-script';
import { html, SafeHtml } from '../letters/html';
import { htmlTable } from '../letters/html-table';
import { UnLanguage } from '../../kernel/languages';
import { PrintJob } from '../rendering/pdf-renderer';

/** One part of a report: a heading, then paragraphs, bulleted points, or a table. */
export interface ReportSection {
  title?: string;
  /** A line under the title, in italics (a panel's theme, who wrote it and when). */
  byline?: string;
  paragraphs?: string[];
  points?: { title: string; items: string[] }[];
  table?: { columns: string[]; rows: string[][]; empty: string };
}

/** A document that is not a letter (the list of speakers, the summaries), in one language. */
export interface ReportText {
  office: string;
  title: string;
  subtitle: string[];
  sections: ReportSection[];
  footer: { note: string; page: string; of: string; pages?: string };
}

/**
 * The report as a print job. Its footer says "As of" the moment it was made, so its cache key names all it
 * shows but that moment (the html, the rest of the footer, the clock its times are on): a report whose
 * source has not changed is served as first rendered, its "As of" still true.
 */
export function reportJob(lang: UnLanguage, text: ReportText, timezone: string): PrintJob {
  const html = reportHtml(lang, text);
  const timeless = reportFooter(lang, { ...text, footer: { ...text.footer, note: '' } });
  return {
    html,
    footerTemplate: reportFooter(lang, text),
    rows: text.sections.reduce((sum, section) => sum + (section.table?.rows.length ?? 0), 0),
    cacheKey: createHash('sha256').update(html).update('\0').update(timeless).update('\0').update(timezone).digest('hex'),
  };
}

export function reportHtml(lang: UnLanguage, text: ReportText): string {
  return html`<!doctype html>
    <html lang="${lang}" dir="${directionOf(lang)}">
      <head>
        <meta charset="utf-8" />
        <title>${text.title}</title>
        <style>
          ${new SafeHtml(style(lang))}
        </style>
      </head>
      <body>
        <header>
          <div class="office">${text.office}</div>
          <h1>${text.title}</h1>
          ${text.subtitle.map((line) => html`<p class="subtitle"><bdi>${line}</bdi></p>`)}
        </header>
        ${text.sections.map(section)}
      </body>
    </html>`.markup;
}

/**
 * Titles and paragraphs may be written by users in another direction than the document's (an English summary in an
 * Arabic report): titles and points are isolated (`<bdi>`), paragraphs take the direction of their own text.
 */
function section(part: ReportSection): SafeHtml {
  return html`<section>
    ${part.title ? html`<h2><bdi>${part.title}</bdi></h2>` : ''} ${part.byline ? html`<p class="byline">${part.byline}</p>` : ''}
    ${(part.paragraphs ?? []).map((paragraph) => html`<p class="body" dir="auto">${paragraph}</p>`)} ${(part.points ?? []).map(points)}
    ${part.table ? table(part.table) : ''}
  </section>`;
}

function points({ title, items }: { title: string; items: string[] }): SafeHtml {
  return html`<h3>${title}</h3>
    <ul>
      ${items.map((item) => html`<li><bdi>${item}</bdi></li>`)}
    </ul>`;
}

function table({ columns, rows, empty }: NonNullable<ReportSection['table']>): SafeHtml {
  return rows.length ? htmlTable(columns, rows) : html`<p class="empty">${empty}</p>`;
}

/** Chromium renders the footer without the page's styles: everything it needs is inline. */
export function reportFooter(lang: UnLanguage, text: ReportText): string {
  return html`<div
    dir="${directionOf(lang)}"
    style="width:100%;margin:0 22mm 0 25mm;font-family:${fontsOf(lang)};font-size:7pt;color:#444;display:flex;justify-content:space-between;border-top:0.5pt solid #999;padding-top:2mm"
  >
    <span>${text.footer.note}</span>
    ${pageNumbers(text.footer)}
  </div>`.markup;
}

/** Logical properties (start, end, inline) only: an Arabic report mirrors its layout. */
const style = (lang: UnLanguage) => `
@page { size: A4; }
body { font-family: ${fontsOf(lang).markup}; font-size: 11.5pt; line-height: 1.4; color: #111; margin: 0; }
header { text-align: center; margin-bottom: 8mm; }
.office { font-size: 10pt; font-weight: bold; letter-spacing: 0.04em; margin-bottom: 4mm; }
h1 { font-size: 15pt; margin: 0 0 2mm; }
.subtitle { font-style: italic; margin: 0 0 1mm; }
h2 { font-size: 12.5pt; margin: 7mm 0 1mm; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 4mm 0 1mm; break-after: avoid; }
.byline { font-style: italic; margin: 0 0 3mm; }
p.body { text-align: justify; margin: 0 0 3mm; hyphens: auto; }
ul { margin: 0 0 3mm; padding-inline-start: 8mm; }
.empty { margin: 0 0 3mm; }
table { width: 100%; border-collapse: collapse; font-size: 10pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { text-align: start; border-bottom: 0.75pt solid #111; padding: 1.5mm 2mm; font-weight: bold; }
td { border-bottom: 0.25pt solid #bbb; padding: 1.2mm 2mm; vertical-align: top; }
td:first-child, th:first-child { width: 10mm; text-align: end; }
${UPRIGHT_SCRIPTS}
`;

import { directionOf, fontsOf, pageNumbers, UPRIGHT_SCRIPTS } from './document-script';
import { html, SafeHtml } from './html';
import { htmlTable } from './html-table';
import { UnLanguage } from '../../kernel/languages';

export interface AnnexPart {
  title: string;
  note?: string;
  columns: string[];
  rows: string[][];
  /** Shown instead of the table when it has no row. */
  empty: string;
}

/** A letter's words, as a template writes them in one language. */
export interface LetterText {
  heading: string;
  date: string;
  salutation: string;
  paragraphs: string[];
  closing: string;
  signatory: string;
  addressees: string[];
  annex: { heading: string; title: string; subtitle: string; parts: AnnexPart[] };
  footer: { position: string; page: string; of: string; pages?: string };
}

/** Where the letter stands in the log and the digest of what it shows (see letter-digest.ts). */
export interface LetterSeal {
  position: string;
  sha256: string;
}

/** The whole HTML document of a letter, and its footer for Chromium's print (page numbers). */
export function letterHtml(lang: UnLanguage, text: LetterText): string {
  return html`<!doctype html>
    <html lang="${lang}" dir="${directionOf(lang)}">
      <head>
        <meta charset="utf-8" />
        <title>${text.heading}</title>
        <style>
          ${new SafeHtml(style(lang))}
        </style>
      </head>
      <body>
        <header class="letterhead">
          <div class="office">${text.heading}</div>
          <div class="rule"></div>
        </header>
        <p class="date">${text.date}</p>
        <p class="salutation">${text.salutation}</p>
        ${text.paragraphs.map((paragraph) => html`<p class="body">${paragraph}</p>`)}
        <p class="closing">${text.closing}</p>
        <div class="signature">
          <div class="line"></div>
          ${text.signatory}
        </div>
        <div class="addressees">${text.addressees.map((line) => html`<div>${line}</div>`)}</div>
        <section class="annex">
          <h1>${text.annex.heading}</h1>
          <h2>${text.annex.title}</h2>
          <p class="subtitle">${text.annex.subtitle}</p>
          ${text.annex.parts.map(annexPart)}
        </section>
      </body>
    </html>`.markup;
}

function annexPart(part: AnnexPart): SafeHtml {
  const table = part.rows.length ? htmlTable(part.columns, part.rows) : html`<p class="empty">${part.empty}</p>`;
  return html`<h3>${part.title}</h3>
    ${part.note ? html`<p class="note">${part.note}</p>` : ''}${table}`;
}

/**
 * Chromium renders the footer on its own, without the page's styles: everything it needs is inline. In Arabic it
 * runs right to left; the position and the SHA-256 stay left to right.
 */
export function letterFooter(lang: UnLanguage, text: LetterText, seal: LetterSeal): string {
  return html`<div
    dir="${directionOf(lang)}"
    style="width:100%;margin:0 22mm 0 25mm;font-family:${fontsOf(lang)};font-size:7pt;color:#444;display:flex;justify-content:space-between;border-top:0.5pt solid #999;padding-top:2mm"
  >
    <span
      >${text.footer.position} <bdi dir="ltr">${seal.position}</bdi> ·
      <span dir="ltr">SHA-256 <span style="font-family:'DejaVu Sans Mono',monospace">${seal.sha256}</span></span></span
    >
    ${pageNumbers(text.footer)}
  </div>`.markup;
}

/** Logical properties (start, end, inline) only: an Arabic letter mirrors its layout. */
const style = (lang: UnLanguage) => `
@page { size: A4; }
body { font-family: ${fontsOf(lang).markup}; font-size: 12pt; line-height: 1.4; color: #111; margin: 0; }
.letterhead { text-align: center; margin-bottom: 10mm; }
.office { font-size: 13pt; font-weight: bold; }
.rule { margin: 3mm auto 0; width: 40mm; border-top: 0.75pt solid #111; }
.date { text-align: end; margin: 0 0 8mm; }
.salutation { margin: 0 0 4mm; }
p.body { text-align: justify; text-indent: 12mm; margin: 0 0 4mm; hyphens: auto; }
.closing { text-indent: 12mm; margin: 6mm 0 0; }
.signature { margin-block-start: 18mm; margin-inline-start: 80mm; text-align: center; }
.signature .line { border-top: 0.5pt solid #666; margin-bottom: 1mm; }
.addressees { margin-top: 14mm; font-size: 11pt; }
.annex { break-before: page; }
.annex h1 { text-align: end; font-size: 12pt; font-weight: bold; margin: 0 0 6mm; }
.annex h2 { text-align: center; font-size: 13pt; margin: 0 0 2mm; }
.annex .subtitle { text-align: center; font-style: italic; margin: 0 0 6mm; }
.annex h3 { font-size: 12pt; margin: 6mm 0 2mm; }
.annex .note, .annex .empty { font-size: 11pt; margin: 0 0 3mm; }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { text-align: start; border-bottom: 0.75pt solid #111; padding: 1.5mm 2mm; font-weight: bold; }
td { border-bottom: 0.25pt solid #bbb; padding: 1.2mm 2mm; vertical-align: top; }
td:first-child, th:first-child { width: 10mm; text-align: end; }
${UPRIGHT_SCRIPTS}
`;

import { isRightToLeft, UnLanguage } from '../../kernel/languages';
import { html, SafeHtml } from './html';

const LATIN = `'Noto Serif', 'Liberation Serif', 'Times New Roman', 'DejaVu Serif'`;

/**
 * The Noto family of each script first (Debian's fonts-noto-core and fonts-noto-cjk), the Latin one after it for
 * names in Latin letters; Chinese documents take the CJK face first so that their punctuation is full-width.
 */
const FONTS: Record<UnLanguage, string> = {
  en: `${LATIN}, serif`,
  fr: `${LATIN}, serif`,
  es: `${LATIN}, serif`,
  ru: `${LATIN}, serif`,
  zh: `'Noto Serif CJK SC', 'Noto Sans CJK SC', ${LATIN}, serif`,
  ar: `'Noto Naskh Arabic', ${LATIN}, 'Noto Sans Arabic', serif`,
};

export const fontsOf = (lang: UnLanguage): SafeHtml => new SafeHtml(FONTS[lang]);

export const directionOf = (lang: UnLanguage): 'rtl' | 'ltr' => (isRightToLeft(lang) ? 'rtl' : 'ltr');

/**
 * Text of another direction in a right-to-left sentence (a meeting's, a list's or a segment's title in Latin letters,
 * a venue), isolated (U+2068 … U+2069) so that the punctuation and the digits around it keep their place.
 */
export const isolated = (text: string): string => `\u2068${text}\u2069`;

/** Arabic and Chinese have no italics: what Latin sets in italics they set upright. */
export const UPRIGHT_SCRIPTS = `:lang(ar) .subtitle, :lang(ar) .byline, :lang(zh) .subtitle, :lang(zh) .byline { font-style: normal; }`;

/** "Page 1 of 2", "الصفحة 1 من 2", "第 1 页，共 2 页": Chromium fills in the numbers. */
export function pageNumbers(words: { page: string; of: string; pages?: string }): SafeHtml {
  return html`<span
    >${words.page} <span class="pageNumber"></span> ${words.of}
    <span class="totalPages"></span>${words.pages ? ` ${words.pages}` : ''}</span
  >`;
}

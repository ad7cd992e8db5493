import { UN_LANGUAGES } from '../../kernel/languages';

/** The 400 answer to a `?lang=` the documents are not written in: it names the six. */
export const LANG_MESSAGE = `lang must be one of ${UN_LANGUAGES.join(', ')}: documents are written in the six official languages of the United Nations`;

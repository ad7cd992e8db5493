import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { UN_LANGUAGES } from '../../console/src/format/languages';
import { messageShape } from './message-shape';

/**
 * Every word the console shows comes from console/src/locales/<language>/*.json, in each of the six languages:
 * every language has the same files and keys, no two files of a language share a top-level key, every message is
 * an ICU message that parses, takes the same arguments as the English one and chooses among its language's own
 * plural categories, every key the code asks for exists, and no literal text slips into JSX (a static check over
 * the syntax trees: JSX text and the text-bearing attributes).
 */

const SOURCE = join('console', 'src');
const LANGUAGES = [...UN_LANGUAGES];
/** i18next's own plural suffixes: the catalogues write plurals as ICU messages instead. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Arguments only some languages need (English's "the" before some States' names). */
const LANGUAGE_SPECIFIC = new Set(['article']);
/** Attributes whose string value a person reads. */
const TEXT_ATTRIBUTES = new Set([
  'label',
  'description',
  'placeholder',
  'title',
  'aria-label',
  'aria-description',
  'alt',
  'legend',
  'error',
  'nothingFoundMessage',
]);

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.set(path, value);
    else for (const [inner, text] of flatten(value, path)) keys.set(inner, text);
  }
  return keys;
}

/** A language without its folder yet has no file, so every key is reported missing rather than the suite crashing. */
const localeFiles = (language: string) =>
  (existsSync(join(SOURCE, 'locales', language)) ? readdirSync(join(SOURCE, 'locales', language)) : [])
    .filter((name) => name.endsWith('.json'))
    .sort();
const readLocale = (language: string, file: string) =>
  JSON.parse(readFileSync(join(SOURCE, 'locales', language, file), 'utf8')) as Messages;
const messages = (language: string) =>
  flatten(Object.assign({}, ...localeFiles(language).map((file) => readLocale(language, file))) as Messages);

function sourceFiles(directory = SOURCE): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Walks every console source file: the keys passed to t(), and literal text in JSX. */
function scan(): { keys: Finding[]; literals: Finding[] } {
  const keys: Finding[] = [];
  const literals: Finding[] = [];
  for (const file of sourceFiles()) {
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const at = (node: ts.Node) => ({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    const visit = (node: ts.Node): void => {
      if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) literals.push({ ...at(node), text: node.text.trim() });
      if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
        const name = node.name.getText(source);
        if (TEXT_ATTRIBUTES.has(name) && /\p{L}/u.test(node.initializer.text))
          literals.push({ ...at(node), text: `${name}="${node.initializer.text}"` });
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't' && node.arguments[0]) {
        const [argument] = node.arguments;
        if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) keys.push({ ...at(node), text: argument.text });
        else if (ts.isTemplateExpression(argument)) keys.push({ ...at(node), text: templatePattern(argument) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { keys, literals };
}

/** `newMeeting.policy.disclosures.${option}.label` → a pattern with one segment for each substitution. */
function templatePattern(template: ts.TemplateExpression): string {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `/^${escape(template.head.text)}${template.templateSpans.map((span) => `[^.]+${escape(span.literal.text)}`).join('')}$/`;
}

describe('the console speaks the six languages', () => {
  const catalogues = new Map(LANGUAGES.map((language) => [language, messages(language)]));
  const english = catalogues.get('en')!;

  it('keeps the same files in each language, each owning its top-level keys', () => {
    for (const language of LANGUAGES) {
      expect({ language, files: localeFiles(language) }).toEqual({ language, files: localeFiles('en') });
      const owners = new Map<string, string[]>();
      for (const file of localeFiles(language))
        for (const key of Object.keys(readLocale(language, file))) owners.set(key, [...(owners.get(key) ?? []), file]);
      expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
    }
  });

  it.each(LANGUAGES)('has every English key in %s, and no other', (language) => {
    const keys = new Set(catalogues.get(language)!.keys());
    expect({ missing: [...english.keys()].filter((key) => !keys.has(key)) }).toEqual({ missing: [] });
    expect({ unknown: [...keys].filter((key) => !english.has(key)) }).toEqual({ unknown: [] });
  });

  it.each(LANGUAGES)('writes plurals in %s as ICU messages, with no empty message', (language) => {
    const catalogue = [...catalogues.get(language)!];
    expect(catalogue.filter(([key]) => PLURAL.test(key)).map(([key]) => key)).toEqual([]);
    expect(catalogue.filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it.each(LANGUAGES)('parses every %s message, with the arguments of the English one and its own plural forms', (language) => {
    const categories = new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
    const problems: string[] = [];
    for (const [key, text] of catalogues.get(language)!) {
      const shape = messageShape(text, language);
      if ('error' in shape) {
        problems.push(`${key}: does not parse (${shape.error})`);
        continue;
      }
      const englishShape = messageShape(english.get(key) ?? '', 'en');
      const expected = new Set('error' in englishShape ? [] : englishShape.arguments);
      const unknown = shape.arguments.filter((name) => !expected.has(name));
      const missing = [...expected].filter((name) => !shape.arguments.includes(name) && !LANGUAGE_SPECIFIC.has(name));
      if (english.has(key) && (unknown.length || missing.length))
        problems.push(`${key}: takes {${shape.arguments.join(', ')}}, English takes {${[...expected].join(', ')}}`);
      const foreign = shape.pluralCategories.filter((category) => !categories.has(category as Intl.LDMLPluralRule));
      if (foreign.length) problems.push(`${key}: ${foreign.join(', ')} is not a plural form of ${language}`);
    }
    expect(problems).toEqual([]);
  });

  it('has a message for every key the code asks for', () => {
    const { keys } = scan();
    expect(keys.length).toBeGreaterThan(20);
    const known = [...english.keys()];
    const missing = keys
      .filter(({ text }) => {
        if (!text.startsWith('/^')) return !known.includes(text);
        const pattern = new RegExp(text.slice(1, -1));
        return !known.some((key) => pattern.test(key));
      })
      .map(({ file, line, text }) => `${file}:${line}: ${text}`);
    expect(missing).toEqual([]);
  });

  it('puts no literal text in JSX: every word comes from the locale files', () => {
    const { literals } = scan();
    expect(literals.map(({ file, line, text }) => `${file}:${line}: ${text}`)).toEqual([]);
  });
});

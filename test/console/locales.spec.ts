import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * Every word the console shows comes from console/src/locales/{en,fr}/*.json: both languages have the same
 * files and keys, no two files of a language share a top-level key, every key the code asks for exists, and no literal text slips into JSX (a static check over
 * the syntax trees: JSX text and the text-bearing attributes).
 */

const SOURCE = join('console', 'src');
const LANGUAGES = ['en', 'fr'];
/** i18next's plural suffixes: a language has the forms its grammar needs (French has `_many`). */
const PLURAL = /_(zero|one|two|few|many|other)$/;
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

const localeFiles = (language: string) =>
  readdirSync(join(SOURCE, 'locales', language))
    .filter((name) => name.endsWith('.json'))
    .sort();
const readLocale = (language: string, file: string) =>
  JSON.parse(readFileSync(join(SOURCE, 'locales', language, file), 'utf8')) as Messages;
const messages = (language: string) =>
  flatten(Object.assign({}, ...localeFiles(language).map((file) => readLocale(language, file))) as Messages);
const baseKeys = (keys: Map<string, string>) => new Set([...keys.keys()].map((key) => key.replace(PLURAL, '')));

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

describe('the console speaks English and French', () => {
  const [en, fr] = LANGUAGES.map(messages);

  it('keeps the same files in each language, each owning its top-level keys', () => {
    expect(localeFiles('fr')).toEqual(localeFiles('en'));
    for (const language of LANGUAGES) {
      const owners = new Map<string, string[]>();
      for (const file of localeFiles(language))
        for (const key of Object.keys(readLocale(language, file))) owners.set(key, [...(owners.get(key) ?? []), file]);
      expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
    }
  });

  it('has the same keys in English and French', () => {
    const [english, french] = [baseKeys(en), baseKeys(fr)];
    expect({ missingInFrench: [...english].filter((key) => !french.has(key)) }).toEqual({ missingInFrench: [] });
    expect({ missingInEnglish: [...french].filter((key) => !english.has(key)) }).toEqual({ missingInEnglish: [] });
  });

  it('has no empty message', () => {
    const empty = LANGUAGES.flatMap((language, i) =>
      [...[en, fr][i]].filter(([, text]) => text.trim() === '').map(([key]) => `${language}: ${key}`),
    );
    expect(empty).toEqual([]);
  });

  it('has a message for every key the code asks for', () => {
    const { keys } = scan();
    expect(keys.length).toBeGreaterThan(20);
    const known = [...baseKeys(en)];
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

import { IntlMessageFormat } from 'intl-messageformat';

/** What a message asks for: its arguments' names (sorted) and the plural categories it chooses among. */
export interface MessageShape {
  arguments: string[];
  pluralCategories: string[];
}

interface Element {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Element[] }>;
  pluralType?: string;
  children?: Element[];
}

/** The literal and `#` elements carry no name; every other element with a string value names an argument. */
const NAMELESS = new Set([0, 7]);
const PLURAL = 6;

/** Parses an ICU message as the console does (tags left as text) and walks its syntax tree. */
export function messageShape(text: string, language: string): MessageShape | { error: string } {
  let ast: Element[];
  try {
    ast = new IntlMessageFormat(text, language, undefined, { ignoreTag: true, requiresOtherClause: true }).getAst();
  } catch (error) {
    return { error: (error as Error).message };
  }
  const names = new Set<string>();
  const categories = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      if (!NAMELESS.has(element.type) && typeof element.value === 'string') names.add(element.value);
      for (const [selector, option] of Object.entries(element.options ?? {})) {
        if (element.type === PLURAL && !selector.startsWith('=')) categories.add(selector);
        walk(option.value);
      }
      walk(element.children ?? []);
    }
  };
  walk(ast);
  return { arguments: [...names].sort(), pluralCategories: [...categories].sort() };
}

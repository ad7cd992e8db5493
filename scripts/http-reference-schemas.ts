/** Schemas of an OpenAPI 3.0 document as Markdown: type names, constraints and field tables. */

export type Schema = Record<string, any>;

const SCHEMA_REF = '#/components/schemas/';

export const anchorOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** Text for a Markdown table cell: one line, pipes escaped. */
export const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

export const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

export function schemaName(schema: Schema): string | undefined {
  const ref: string | undefined = schema.$ref;
  return ref?.startsWith(SCHEMA_REF) ? ref.slice(SCHEMA_REF.length) : undefined;
}

export function resolve(document: Schema, schema: Schema): Schema {
  const name = schemaName(schema);
  return name ? (document.components?.schemas?.[name] ?? {}) : schema;
}

/** A short name of a schema's type, with a link for a named schema. */
export function typeOf(schema: Schema | undefined): string {
  if (!schema) return 'any';
  const nullable = schema.nullable ? ' or null' : '';
  return `${baseTypeOf(schema)}${nullable}`;
}

function baseTypeOf(schema: Schema): string {
  const name = schemaName(schema);
  if (name) return `[${name}](#${anchorOf(name)})`;
  if (schema.allOf) return schema.allOf.map(typeOf).join(' and ');
  if (schema.oneOf ?? schema.anyOf) return (schema.oneOf ?? schema.anyOf).map(typeOf).join(' or ');
  if (schema.enum) return `one of ${schema.enum.map(code).join(', ')}`;
  if (schema.type === 'array') return `array of ${typeOf(schema.items)}`;
  if (schema.type === 'object' && schema.properties) return code(`{ ${Object.keys(schema.properties).join(', ')} }`);
  if (schema.type === 'object' && typeof schema.additionalProperties === 'object') {
    return `map of ${typeOf(schema.additionalProperties)}`;
  }
  if (schema.format) return `${schema.type ?? 'string'} (${schema.format})`;
  return schema.type ?? 'any';
}

/** Description, constraints and example of a schema, in one sentence-like text. */
export function detailsOf(description: string | undefined, schema: Schema = {}): string {
  const parts = [
    description && sentence(description),
    schema.pattern !== undefined && `Pattern ${code(schema.pattern)}.`,
    rangeOf('Length', schema.minLength, schema.maxLength),
    rangeOf('Items', schema.minItems, schema.maxItems),
    rangeOf('Value', schema.minimum, schema.maximum),
    schema.default !== undefined && `Default ${code(schema.default)}.`,
    schema.example !== undefined && `Example: ${code(schema.example)}.`,
  ];
  return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join(' ');
}

function rangeOf(what: string, min: number | undefined, max: number | undefined): string | undefined {
  if (min === undefined && max === undefined) return undefined;
  if (max === undefined) return `${what} at least ${min}.`;
  return min === undefined ? `${what} at most ${max}.` : `${what} ${min} to ${max}.`;
}

/** A table of an object schema's fields, or nothing when it has none. */
export function fieldsTable(schema: Schema): string[] {
  const properties: Record<string, Schema> = schema.properties ?? {};
  if (Object.keys(properties).length === 0) return [];
  const required: string[] = schema.required ?? [];
  return [
    '| Field | Type | Required | Description |',
    '| --- | --- | --- | --- |',
    ...Object.entries(properties).map(
      ([name, field]) =>
        `| \`${name}\` | ${cell(typeOf(field))} | ${required.includes(name) ? 'yes' : 'no'} | ${cell(detailsOf(field.description, field))} |`,
    ),
  ];
}

/** The section of every named schema, in the document's order. */
export function schemasSection(document: Schema): string[] {
  const schemas: Record<string, Schema> = document.components?.schemas ?? {};
  return Object.entries(schemas).flatMap(([name, schema]) => {
    const table = fieldsTable(schema);
    return [`### ${name}`, '', ...(schema.description ? [schema.description, ''] : []), ...(table.length ? table : [typeOf(schema)]), ''];
  });
}

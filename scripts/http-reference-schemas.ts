/** Schemas of an OpenAPI 3.0 document as Markdown: type names, constraints and field tables. */
import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';

/** A schema where the document gives one: inline, or a reference to a named schema. */
export type Schema = SchemaObject | ReferenceObject;

const SCHEMA_REF = '#/components/schemas/';

export const isReference = (value: object): value is ReferenceObject => '$ref' in value && typeof value.$ref === 'string';

/** A schema's own keywords: none for a reference (or no schema). */
const keywordsOf = (schema: Schema | undefined): SchemaObject => (!schema || isReference(schema) ? {} : schema);

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
  return isReference(schema) && schema.$ref.startsWith(SCHEMA_REF) ? schema.$ref.slice(SCHEMA_REF.length) : undefined;
}

export function resolve(document: OpenAPIObject, schema: Schema): Schema {
  const name = schemaName(schema);
  return name ? (document.components?.schemas?.[name] ?? {}) : schema;
}

/** A short name of a schema's type, with a link for a named schema. */
export function typeOf(schema: Schema | undefined): string {
  if (!schema) return 'any';
  const nullable = keywordsOf(schema).nullable ? ' or null' : '';
  return `${baseTypeOf(schema)}${nullable}`;
}

function baseTypeOf(schema: Schema): string {
  const name = schemaName(schema);
  if (name) return `[${name}](#${anchorOf(name)})`;
  if (isReference(schema)) return 'any';
  if (schema.allOf) return schema.allOf.map(typeOf).join(' and ');
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return alternatives.map(typeOf).join(' or ');
  if (schema.enum) return `one of ${schema.enum.map(code).join(', ')}`;
  if (schema.type === 'array') return `array of ${typeOf(schema.items)}`;
  if (schema.type === 'object' && schema.properties) return code(`{ ${Object.keys(schema.properties).join(', ')} }`);
  if (schema.type === 'object' && typeof schema.additionalProperties === 'object') {
    return `map of ${typeOf(schema.additionalProperties)}`;
  }
  if (schema.format) return `${String(schema.type ?? 'string')} (${schema.format})`;
  return String(schema.type ?? 'any');
}

/** Description, constraints and example of a schema, in one sentence-like text. */
export function detailsOf(description: string | undefined, given?: Schema): string {
  const schema = keywordsOf(given);
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
  const { properties = {}, required = [] } = keywordsOf(schema);
  if (Object.keys(properties).length === 0) return [];
  return [
    '| Field | Type | Required | Description |',
    '| --- | --- | --- | --- |',
    ...Object.entries(properties).map(
      ([name, field]) =>
        `| \`${name}\` | ${cell(typeOf(field))} | ${required.includes(name) ? 'yes' : 'no'} | ${cell(detailsOf(keywordsOf(field).description, field))} |`,
    ),
  ];
}

/** The section of every named schema, in the document's order. */
export function schemasSection(document: OpenAPIObject): string[] {
  const schemas = document.components?.schemas ?? {};
  return Object.entries(schemas).flatMap(([name, schema]) => {
    const table = fieldsTable(schema);
    const { description } = keywordsOf(schema);
    return [`### ${name}`, '', ...(description ? [description, ''] : []), ...(table.length ? table : [typeOf(schema)]), ''];
  });
}

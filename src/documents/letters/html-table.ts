import { html, SafeHtml } from './html';

/**
 * A table of text cells with its header row (repeated on every printed page by the layouts' styles). Each cell is
 * isolated (`<bdi>`): a name in Latin letters keeps its punctuation in an Arabic table, and keeps the cell's alignment.
 */
export function htmlTable(columns: readonly string[], rows: readonly string[][]): SafeHtml {
  return html`<table>
    <thead>
      <tr>
        ${columns.map((c) => html`<th>${c}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            ${row.map((cell) => html`<td><bdi>${cell}</bdi></td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

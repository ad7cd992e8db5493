/**
 * An id from a title, as the engine's ids are written (lower-case letters, digits and hyphens, at most 64):
 * "High-level Meeting on Trafficking, 2013" → "high-level-meeting-on-trafficking-2013", "Panel 1: prévention" →
 * "panel-1-prevention". A meeting's and a segment's id until the user types one.
 */
export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

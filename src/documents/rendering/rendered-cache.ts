/**
 * Rendered PDFs by the key of their source, the least recently used dropped first once the PDFs kept
 * exceed `maxBytes` (0: nothing is kept). A key names what a document shows, so a changed source is a
 * new key, and the old PDF, no longer asked for, ages out.
 */
export class RenderedCache {
  private readonly entries = new Map<string, Buffer>();
  private total = 0;

  constructor(readonly maxBytes: number) {}

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): Buffer | undefined {
    const pdf = this.entries.get(key);
    if (!pdf) return undefined;
    this.entries.delete(key);
    this.entries.set(key, pdf);
    return pdf;
  }

  /** A PDF larger than the whole bound is not kept (it would evict everything else for itself). */
  set(key: string, pdf: Buffer): void {
    this.delete(key);
    if (pdf.length > this.maxBytes) return;
    this.entries.set(key, pdf);
    this.total += pdf.length;
    for (const [oldest, old] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.total -= old.length;
    }
  }

  /** Drops every PDF kept (e.g. after an erasure of personal data, so that no copy outlives it). */
  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  private delete(key: string): void {
    const pdf = this.entries.get(key);
    if (!pdf) return;
    this.entries.delete(key);
    this.total -= pdf.length;
  }
}

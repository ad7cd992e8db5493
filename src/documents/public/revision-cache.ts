/**
 * Answers kept per key while the revision they were computed at holds, the oldest key dropped beyond `capacity`: a
 * public route read by many clients computes its answer once per change rather than once per request.
 */
export class RevisionCache<T> {
  private readonly entries = new Map<string, { revision: string; value: T }>();

  constructor(private readonly capacity: number) {}

  get(key: string, revision: string, compute: () => T): T {
    const kept = this.entries.get(key);
    if (kept?.revision === revision) return kept.value;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { revision, value });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

/**
 * Tokens whose signature and claims were verified, so that a caller's next request with the same token
 * costs a map lookup instead of an HMAC and a claims check (a busy mission's client sends the same token
 * for hours). Only successes are kept, each until its `exp`, which is checked again on every use; the
 * oldest entries go first once `capacity` tokens are held. A signature check is a pure function of the
 * token and the secret, so a kept answer is the answer verification would give again.
 */
export class VerifiedTokens<T> {
  private readonly entries = new Map<string, { value: T; expiresAtMs: number }>();

  constructor(
    private readonly capacity = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The value kept for this token, unless it has expired since (then it is forgotten). */
  get(token: string): T | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.expiresAtMs > this.now()) return entry.value;
    this.entries.delete(token);
    return undefined;
  }

  /** Keeps a verified token's value until `expSeconds` (the token's `exp` claim). */
  remember(token: string, value: T, expSeconds: number): void {
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(token, { value, expiresAtMs: expSeconds * 1000 });
  }

  get size(): number {
    return this.entries.size;
  }
}

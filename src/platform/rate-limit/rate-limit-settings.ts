/** Requests per minute; 0 turns that limit off. */
export interface RateLimitSettings {
  /** Per authenticated caller (sub, role and State): RATE_LIMIT_RPM. */
  callerPerMinute: number;
  /** Per client address, for requests without a usable token: RATE_LIMIT_PUBLIC_RPM. */
  addressPerMinute: number;
}

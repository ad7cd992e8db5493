/**
 * Paragraph 5 and protocol at high-level plenaries: level of representation first, in the order
 * below (a Vice-President ranks before a Crown Prince here, though protocol often treats them as
 * one rank), then Member States before observers, then order of inscription.
 */
export const LEVELS = [
  'head-of-state',
  'vice-president',
  'crown-prince',
  'head-of-government',
  'minister',
  'vice-minister',
  'head-of-delegation',
] as const;
export type Level = (typeof LEVELS)[number];

const RANK = Object.fromEntries(LEVELS.map((level, rank) => [level, rank])) as Record<Level, number>;

export type Delegation = 'member-state' | 'observer';

export interface Ranked {
  level: Level;
  delegation: Delegation;
  /** Order of inscription on the segment's list, from 1. */
  seq: number;
}

export function bySpeakingOrder(a: Ranked, b: Ranked): number {
  return RANK[a.level] - RANK[b.level] || delegationRank(a) - delegationRank(b) || a.seq - b.seq;
}

const delegationRank = (speaker: Ranked) => (speaker.delegation === 'member-state' ? 0 : 1);

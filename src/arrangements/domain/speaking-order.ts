/**
 * Paragraph 5 and protocol at high-level plenaries: level of representation first (Head of State;
 * Vice-President or Crown Prince, one rank; Head of Government; Minister; Vice-Minister; head of
 * delegation), then Member States before observers, then order of inscription.
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

/** Protocol ranks a Vice-President and a Crown Prince alike; inscription order decides between them. */
const RANK: Record<Level, number> = {
  'head-of-state': 0,
  'vice-president': 1,
  'crown-prince': 1,
  'head-of-government': 2,
  minister: 3,
  'vice-minister': 4,
  'head-of-delegation': 5,
};

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

/**
 * What kind of network address a webhook would reach. Only `public` ones receive deliveries (unless the
 * engine is told to allow private ones): everything else is the engine's own machine, its network, or
 * its cloud's metadata service, which a URL must never make it call.
 */
export type AddressKind =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link-local'
  | 'multicast'
  | 'unique-local'
  | 'reserved'
  | 'not-an-address';

type Range = readonly [network: string, prefixLength: number, kind: AddressKind];

const IPV4_RANGES: readonly Range[] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared'], // carrier-grade NAT
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'], // includes the cloud metadata service, 169.254.169.254
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'], // includes the broadcast address
];

const IPV6_RANGES: readonly Range[] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['64:ff9b:1::', 48, 'private'], // local-use NAT64
  ['100::', 64, 'reserved'], // discard-only
  ['2001::', 32, 'reserved'], // Teredo: the IPv4 address it tunnels to is obfuscated
  ['fc00::', 7, 'unique-local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'private'], // the deprecated site-local block
  ['ff00::', 8, 'multicast'],
];

/** IPv6 forms that carry an IPv4 address: it is that address that is reached. `[prefix, length, bit offset of the IPv4 address]`. */
const IPV4_CARRIERS: ReadonlyArray<readonly [string, number, number]> = [
  ['::ffff:0:0', 96, 96], // IPv4-mapped
  ['::ffff:0:0:0', 96, 96], // IPv4-translated
  ['::', 96, 96], // IPv4-compatible (deprecated)
  ['64:ff9b::', 96, 96], // NAT64
  ['2002::', 16, 16], // 6to4
];

/** The kind of an IPv4 or IPv6 address in text form (a zone, `%eth0`, and brackets are ignored). */
export function classifyAddress(text: string): AddressKind {
  const address = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const v4 = parseIpv4(address);
  if (v4 !== undefined) return kindIn(IPV4_RANGES, v4, 32, parseIpv4Big);
  const v6 = parseIpv6(address);
  if (v6 === undefined) return 'not-an-address';
  const own = kindIn(IPV6_RANGES, v6, 128, parseIpv6);
  if (own !== 'public') return own;
  for (const [prefix, length, offset] of IPV4_CARRIERS) {
    if (within(v6, parseIpv6(prefix)!, length, 128))
      return kindIn(IPV4_RANGES, (v6 >> BigInt(96 - offset)) & 0xffffffffn, 32, parseIpv4Big);
  }
  return 'public';
}

function kindIn(ranges: readonly Range[], address: bigint, bits: number, parse: (text: string) => bigint | undefined): AddressKind {
  const range = ranges.find(([network, length]) => within(address, parse(network)!, length, bits));
  return range ? range[2] : 'public';
}

function within(address: bigint, network: bigint, prefixLength: number, bits: number): boolean {
  const shift = BigInt(bits - prefixLength);
  return address >> shift === network >> shift;
}

const parseIpv4Big = (text: string): bigint | undefined => parseIpv4(text);

/** Four decimal octets only: URLs and resolvers give addresses in this form. */
function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255)) return undefined;
  return parts.reduce((value, part) => (value << 8n) | BigInt(part), 0n);
}

function parseIpv6(text: string): bigint | undefined {
  if (!text.includes(':')) return undefined;
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (!dotted) return joinGroups(expandGroups(text, 8));
  const tail = parseIpv4(dotted[2]);
  const head = dotted[1].endsWith('::') ? dotted[1] : dotted[1].slice(0, -1);
  const value = joinGroups(expandGroups(head, 6));
  return value === undefined || tail === undefined ? undefined : (value << 32n) | tail;
}

function joinGroups(groups: string[] | undefined): bigint | undefined {
  return groups?.reduce((sum, group) => (sum << 16n) | BigInt(parseInt(group, 16)), 0n);
}

/** `count` hexadecimal groups of a text with at most one `::`, or undefined. */
function expandGroups(text: string, count: number): string[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const split = (half: string) => (half === '' ? [] : half.split(':'));
  const [left, right] = [split(halves[0]), halves.length === 2 ? split(halves[1]) : []];
  const missing = count - left.length - right.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...right];
  return groups.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group)) ? groups : undefined;
}

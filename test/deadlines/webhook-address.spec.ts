import { describe, expect, it } from '@jest/globals';
import { AddressKind, classifyAddress } from '../../src/deadlines/domain/webhook-address';
import { HostResolver } from '../../src/deadlines/webhooks/host-resolver';

const cases: Record<Exclude<AddressKind, 'public' | 'not-an-address'>, string[]> = {
  unspecified: ['0.0.0.0', '0.1.2.3', '::', '0:0:0:0:0:0:0:0', '::ffff:0.0.0.0'],
  loopback: [
    '127.0.0.1',
    '127.255.255.254',
    '::1',
    '0:0:0:0:0:0:0:1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '[::ffff:7f00:1]',
    '::127.0.0.1',
  ],
  private: [
    '10.0.0.1',
    '10.255.255.255',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.0.1',
    '192.168.255.255',
    '::ffff:10.1.2.3',
    '::ffff:0:192.168.1.1',
    '64:ff9b::a00:1', // NAT64 of 10.0.0.1
    '64:ff9b:1::1', // local-use NAT64
    '2002:c0a8:101::1', // 6to4 of 192.168.1.1
    'fec0::1',
  ],
  shared: ['100.64.0.1', '100.127.255.255', '::ffff:100.100.100.100'],
  'link-local': ['169.254.169.254', '169.254.0.1', '::ffff:169.254.169.254', '::ffff:a9fe:a9fe', 'fe80::1', 'fe80::1%eth0', 'febf::1'],
  multicast: ['224.0.0.1', '239.255.255.250', 'ff02::1', 'ff05::1:3', '::ffff:224.0.0.251'],
  'unique-local': ['fc00::1', 'fd12:3456:789a::1', 'fdff:ffff::1'],
  reserved: ['240.0.0.1', '255.255.255.255', '192.0.0.170', '198.18.0.1', '198.19.255.255', '100::1', '2001::1', '2001:0:4136:e378::1'],
};

describe('webhook addresses: only public ones may be called', () => {
  it.each(Object.entries(cases).flatMap(([kind, addresses]) => addresses.map((address) => [address, kind])))(
    '%s is %s',
    (address, kind) => {
      expect(classifyAddress(address)).toBe(kind);
    },
  );

  it.each([
    '8.8.8.8',
    '93.184.215.14',
    '172.15.255.255',
    '172.32.0.1',
    '100.63.255.255',
    '100.128.0.1',
    '169.253.255.255',
    '2606:4700:4700::1111',
    '2a00:1450:4007:80e::200e',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('%s is public', (address) => {
    expect(classifyAddress(address)).toBe('public');
  });

  it.each([
    'example.org',
    '',
    '1.2.3',
    '1.2.3.4.5',
    '256.1.1.1',
    '01.2.3.4',
    '1::2::3',
    '1:2:3:4:5:6:7:8:9',
    'fe80::g',
    '::ffff:1.2.3.400',
  ])('"%s" is not an address', (text) => {
    expect(classifyAddress(text)).toBe('not-an-address');
  });
});

describe('HostResolver', () => {
  const resolver = new HostResolver();

  it('answers an address literal with itself, without asking DNS', async () => {
    expect(await resolver.resolve('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(await resolver.resolve('[::ffff:7f00:1]')).toEqual(['::ffff:7f00:1']);
  });

  it('answers every address of a name, and nothing for a name that does not resolve', async () => {
    expect(await resolver.resolve('localhost')).toContain('127.0.0.1');
    expect(await resolver.resolve('no-such-host.invalid')).toEqual([]);
  });
});

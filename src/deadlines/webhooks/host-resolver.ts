import { Injectable } from '@nestjs/common';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

const LOOKUP_TIMEOUT_MS = 5000;

/** Where a webhook's host name points now. A class of its own so that tests can answer for DNS. */
@Injectable()
export class HostResolver {
  /** Every address of `hostname` (an address literal, bracketed or not: itself); empty when it does not resolve in time. */
  async resolve(hostname: string): Promise<string[]> {
    const host = hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) return [host];
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never[]>((resolve) => (timer = setTimeout(() => resolve([]), LOOKUP_TIMEOUT_MS).unref()));
    const found = lookup(host, { all: true }).then(
      (addresses) => addresses.map(({ address }) => address),
      () => [],
    );
    try {
      return await Promise.race([found, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

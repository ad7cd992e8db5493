import { describe, expect, it } from '@jest/globals';
import { withoutSecrets } from '../../src/platform/idempotency/without-secrets';

describe('idempotency answers are kept without secrets', () => {
  it('drops every field that holds a whsec_ value, at any depth, and keeps the rest', () => {
    const answer = { state: 'FRA', secret: 'whsec_c2VjcmV0', position: '42', nested: [{ secret: 'whsec_b3RoZXI=', note: 'kept' }] };
    expect(withoutSecrets(answer)).toEqual({ state: 'FRA', position: '42', nested: [{ note: 'kept' }] });
  });

  it('keeps answers without secrets as they are', () => {
    for (const answer of [{ id: 'trafficking-2013', position: '7' }, null, 'text', 3, [1, 'two']])
      expect(withoutSecrets(answer)).toEqual(answer);
  });
});

import { withoutSecrets } from '../../src/platform/idempotency/without-secrets';

describe('idempotency records keep no personal data', () => {
  it('drops e-mail fields (an import dry run’s rows) as it drops secrets', () => {
    const answer = {
      rows: [{ line: 2, organization: { name: 'Acme', country: 'NLD', contactEmail: 'a@acme.example.org' } }],
      representative: { name: 'A. Person', email: 'a.person@acme.example.org' },
      secret: 'whsec_abc',
      position: '7',
    };
    expect(withoutSecrets(answer)).toEqual({
      rows: [{ line: 2, organization: { name: 'Acme', country: 'NLD' } }],
      representative: { name: 'A. Person' },
      position: '7',
    });
  });
});

import { maskedAddress, maskedWebhookUrl } from '../../src/kernel/masked-address';

describe('maskedAddress', () => {
  it.each([
    ['postgres://nihil:s3cret@db:5432/nihil', 'postgres://***@db:5432/nihil'],
    // A password holding `@`, `/`, `?` or `#`: everything up to the last `@` goes.
    ['postgres://nihil:p@ss/w?rd#1@db:5432/nihil', 'postgres://***@db:5432/nihil'],
    ['redis://:hunter2@redis:6379', 'redis://***@redis:6379'],
    [
      'esdb://admin:changeit@node1:2113,node2:2113?tls=true&tlsCAFile=/app/certs/ca.crt',
      'esdb://***@node1:2113,node2:2113?tls=true&tlsCAFile=/app/certs/ca.crt',
    ],
    [
      'postgres://db:5432/nihil?user=nihil&password=s3cret&sslmode=require',
      'postgres://db:5432/nihil?user=nihil&password=***&sslmode=require',
    ],
    [
      'https://x.example/a?access_token=t0k&apiKey=k3y&X-Amz-Signature=s1g&client_secret=c&page=2',
      'https://x.example/a?access_token=***&apiKey=***&X-Amz-Signature=***&client_secret=***&page=2',
    ],
    ['esdb://localhost:2113?tls=false', 'esdb://localhost:2113?tls=false'],
    ['./data/events.db', './data/events.db'],
  ])('%s → %s', (address, shown) => {
    expect(maskedAddress(address)).toBe(shown);
  });

  it('masks too much rather than too little when the query holds an `@`', () => {
    expect(maskedAddress('postgres://u:pw@db/n?application_name=a@b')).not.toContain('pw');
  });
});

describe('maskedWebhookUrl', () => {
  it('masks every query value of a State webhook, whatever its name, and any user information', () => {
    expect(maskedWebhookUrl('https://hooks.example.org/un?t=abc123&state=FRA')).toBe('https://hooks.example.org/un?t=***&state=***');
    expect(maskedWebhookUrl('https://user:pw@hooks.example.org/un')).toBe('https://***@hooks.example.org/un');
  });
});

import { describe, it } from '@jest/globals';
import { MemberStateCommand, RegisterWebhook, RotateWebhookSecret, webhookDecider } from '../../src/deadlines/domain/webhook.decider';
import { MemberStateEvent, memberStateEvent } from '../../src/deadlines/domain/webhook.events';
import { Actor } from '../../src/kernel/events';
import { spec } from '../support/decider-spec';

const FRA: Actor = { role: 'member-state', subject: 'mission-fra', state: 'FRA' };
const NOW = new Date('2013-04-24T22:00:00Z');
const URL_OF_FRA = 'https://delegfrance.example.org/reminders';
const PUBLIC = ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'];

const register = (overrides: Partial<RegisterWebhook> = {}): MemberStateCommand => ({
  kind: 'RegisterWebhook',
  url: URL_OF_FRA,
  requireHttps: false,
  allowPrivate: false,
  addresses: PUBLIC,
  secretFingerprint: 'sha256:new',
  actor: FRA,
  now: NOW,
  ...overrides,
});
const rotate = (overrides: Partial<RotateWebhookSecret> = {}): MemberStateCommand => ({
  kind: 'RotateWebhookSecret',
  secretFingerprint: 'sha256:new',
  actor: FRA,
  now: NOW,
  ...overrides,
});
const registered = (url = URL_OF_FRA): MemberStateEvent => memberStateEvent('WebhookRegistered', { state: 'FRA', url });
const rotated = (fingerprint: string, replaces?: string): MemberStateEvent =>
  memberStateEvent('WebhookSecretRotated', { state: 'FRA', fingerprint, ...(replaces ? { replaces } : {}) });

const webhook = spec(webhookDecider);

describe('webhook decider: registration', () => {
  it('registers the URL and issues the first secret', () => {
    webhook
      .given([])
      .when(register())
      .then([registered(), rotated('sha256:new')]);
  });

  it('keeps the secret when the URL changes, and records nothing when nothing changes', () => {
    const history = [registered(), rotated('sha256:first')];
    webhook
      .given(history)
      .when(register({ url: 'https://delegfrance.example.org/v2' }))
      .then([registered('https://delegfrance.example.org/v2')]);
    webhook.given(history).when(register()).then([]);
  });

  it('issues a secret to a State registered before secrets existed', () => {
    webhook
      .given([registered()])
      .when(register())
      .then([rotated('sha256:new')]);
  });

  it.each([
    'https://fra:hunter2@delegfrance.example.org/reminders',
    'https://fra@delegfrance.example.org/',
    'https://:hunter2@x.example.org/',
  ])('refuses a URL with a user name or password, without repeating it: %s', (url) => {
    webhook
      .given([])
      .when(register({ url }))
      .thenFails('VALIDATION_FAILED', /^The webhook URL may not carry a user name or password; authenticate deliveries by their signature/);
  });

  it.each([
    [['127.0.0.1']],
    [['10.1.2.3']],
    [['169.254.169.254']],
    [['100.64.0.7']],
    [['::1']],
    [['fd00::1']],
    [['fe80::1']],
    [['::ffff:127.0.0.1']],
    [['224.0.0.1']],
    [['0.0.0.0']],
    [['93.184.215.14', '10.0.0.1']], // one bad address among good ones is enough
  ])('refuses a host that is or resolves to %j', (addresses) => {
    webhook
      .given([])
      .when(register({ url: 'https://intranet.example.org/hook', addresses }))
      .thenFails(
        'VALIDATION_FAILED',
        /^The webhook host "intranet.example.org" is or resolves to an address that is not public .*; register a host reachable/,
      );
  });

  it('refuses a host that does not resolve', () => {
    webhook
      .given([])
      .when(register({ addresses: [] }))
      .thenFails('VALIDATION_FAILED', /does not resolve; register a host name with public DNS/);
  });

  it('accepts private addresses, unresolved, when the engine allows them', () => {
    webhook
      .given([])
      .when(register({ url: 'http://127.0.0.1:8080/hook', allowPrivate: true, addresses: [] }))
      .then([registered('http://127.0.0.1:8080/hook'), rotated('sha256:new')]);
  });

  it('still refuses a password when private addresses are allowed', () => {
    webhook
      .given([])
      .when(register({ url: 'http://a:b@127.0.0.1/', allowPrivate: true }))
      .thenFails('VALIDATION_FAILED', /user name or password/);
  });

  it('requires https where the edge says so', () => {
    webhook
      .given([])
      .when(register({ url: 'http://delegfrance.example.org/', requireHttps: true }))
      .thenFails('VALIDATION_FAILED', /must use https\./);
    webhook
      .given([])
      .when(register({ url: 'ftp://delegfrance.example.org/' }))
      .thenFails('VALIDATION_FAILED', /must use http or https\./);
  });

  it('is for Member States only', () => {
    webhook
      .given([])
      .when(register({ actor: { role: 'observer', subject: 'vat', state: 'VAT' } }))
      .thenFails('FORBIDDEN');
    webhook
      .given([])
      .when(register({ actor: { role: 'pga', subject: 'pga-office' } }))
      .thenFails('FORBIDDEN');
  });
});

describe('webhook decider: rotation', () => {
  it('replaces the current secret, naming the one it replaces', () => {
    webhook
      .given([registered(), rotated('sha256:first')])
      .when(rotate())
      .then([rotated('sha256:new', 'sha256:first')]);
  });

  it('refuses a State without a webhook, saying how to get one', () => {
    webhook
      .given([])
      .when(rotate())
      .thenFails('INVALID_STATE', /register one with PUT \/v1\/member-states\/me\/webhook/);
  });

  it('is for Member States only', () => {
    webhook
      .given([registered(), rotated('sha256:first')])
      .when(rotate({ actor: { role: 'auditor', subject: 'oios' } }))
      .thenFails('FORBIDDEN');
  });
});

import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import {
  expectContractError,
  expectHealthy,
  nestedArrays,
  nestedObjects,
  sendOverSocket,
  parseRawAnswer,
  expectErrorBody,
  sendRaw,
  Snapshot,
  snapshot,
} from './hostile-support';

const MEETINGS = '/v1/meetings';
const ENTRIES = '/v1/meetings/trafficking-2013/lists/civil-society/entries';
const MARKER = 'HOSTILE-MARKER-7f3a';
const json = { ...bearer('pga'), 'content-type': 'application/json' };

describe('hostile bodies: refused at the edge, nothing stored, the engine stays responsive', () => {
  let t: TestApp;
  let before: Snapshot;
  beforeAll(async () => {
    t = await startTestApp();
    const p = procedure(t);
    await p.createMeeting();
    await p.createList('civil-society', 'non-objection');
    await p.propose('civil-society', [org('La Strada International', 'NLD')]);
    before = await snapshot(t, 'trafficking-2013', 'civil-society');
  });
  afterAll(async () => {
    expect(await snapshot(t, 'trafficking-2013', 'civil-society')).toEqual(before);
    await expectHealthy(t);
    await t.close();
  });

  const post = (url: string, body: string | Buffer, headers: Record<string, string> = json) =>
    sendRaw(t, { method: 'POST', url, headers, body });

  describe('depth and size', () => {
    it('refuses a 4 MB nested body with 413 before reading it, on the small and the bulk route', async () => {
      for (const url of [MEETINGS, ENTRIES]) {
        const error = expectContractError(await post(url, nestedArrays(2 * 1024 * 1024)), 413, 'PAYLOAD_TOO_LARGE');
        expect(error.message).toMatch(/larger than the \d+ bytes this route accepts/);
      }
      await expectHealthy(t);
    });

    it('refuses JSON nested deeper than 32 levels with 413, however small, and takes 32 levels to validation', async () => {
      for (const body of [nestedArrays(33), `{"organizations":${nestedObjects(32)}}`, `{"a":${nestedArrays(1_000_000)}}`]) {
        const error = expectContractError(await post(ENTRIES, body), 413, 'PAYLOAD_TOO_LARGE');
        expect(error).toMatchObject({ message: 'The request body nests JSON deeper than 32 levels.', details: { maxDepth: 32 } });
      }
      expectContractError(await post(ENTRIES, `{"organizations":${nestedObjects(31)}}`), 400, 'VALIDATION_FAILED');
    });

    it('does not count brackets inside strings as nesting', async () => {
      const body = JSON.stringify({ organization: { ...org(`${'['.repeat(100)}{{{`, 'nld'), category: 'ngo' } });
      expectContractError(await post(ENTRIES, body), 400, 'VALIDATION_FAILED');
    });

    it('takes 64 KiB by default and 2 MiB on the bulk proposal, and says which', async () => {
      const padded = (bytes: number) => JSON.stringify({ title: 'x'.repeat(bytes) });
      expect(expectContractError(await post(MEETINGS, padded(64 * 1024)), 413, 'PAYLOAD_TOO_LARGE').details).toEqual({ limit: 65536 });
      expectContractError(await post(ENTRIES, padded(1024 * 1024)), 400, 'VALIDATION_FAILED');
      expect(expectContractError(await post(ENTRIES, padded(2 * 1024 * 1024)), 413, 'PAYLOAD_TOO_LARGE').details).toEqual({
        limit: 2097152,
      });
    });

    it('refuses a chunked body that grows over the limit without a Content-Length', async () => {
      const chunk = 'x'.repeat(32 * 1024);
      const chunks = Array.from({ length: 4 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('');
      const raw = await sendOverSocket(
        t,
        `POST ${MEETINGS} HTTP/1.1\r\nHost: x\r\nAuthorization: ${json.authorization}\r\nContent-Type: application/json\r\n` +
          `Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n${chunks}0\r\n\r\n`,
      );
      const answer = parseRawAnswer(raw);
      expect(answer.statusCode).toBe(413);
      expectErrorBody(answer.body, 413, 'PAYLOAD_TOO_LARGE');
    });
  });

  describe('media type, syntax and encoding', () => {
    it.each([
      ['text/plain', '{"id":"x"}'],
      ['application/x-www-form-urlencoded', 'id=x&title=y'],
      ['multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="id"\r\n\r\nx\r\n--b--'],
      ['application/xml', '<meeting/>'],
    ])('answers 415 to a %s body', async (type, body) => {
      expectContractError(await post(MEETINGS, body, { ...bearer('pga'), 'content-type': type }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('answers 415 to a body sent without any Content-Type', async () => {
      expectContractError(await post(MEETINGS, Buffer.from('{"id":"x"}'), bearer('pga')), 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it.each([
      ['truncated JSON', `{"id":"${MARKER}","title":`],
      ['a trailing comma', `{"id":"${MARKER}",}`],
      ['single quotes', `{'id':'${MARKER}'}`],
      ['NaN', `{"id":"${MARKER}","n":NaN}`],
    ])('answers 400 to %s without quoting it', async (_name, body) => {
      const error = expectContractError(await post(MEETINGS, body), 400, 'VALIDATION_FAILED', MARKER);
      expect(error.message).toBe('The request body is not valid JSON.');
    });

    it.each([
      ['an array', '[]'],
      ['null', 'null'],
      ['a string', '"meeting"'],
      ['a number', '42'],
      ['true', 'true'],
    ])('answers 400 to %s at the top', async (_name, body) => {
      expect(expectContractError(await post(MEETINGS, body), 400, 'VALIDATION_FAILED').message).toMatch(/one JSON object/);
    });

    it('answers 400 to bytes that are not UTF-8, and to lone surrogates in strings and keys', async () => {
      const invalidUtf8 = Buffer.concat([Buffer.from('{"id":"abc","title":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]);
      expect(expectContractError(await post(MEETINGS, invalidUtf8), 400, 'VALIDATION_FAILED').message).toMatch(/UTF-8/);
      for (const body of [
        '{"id":"abc-2013","title":"\\ud800","timezone":"UTC"}',
        '{"id":"abc-2013","title":"\\udfff x","timezone":"UTC"}',
        '{"\\ud800":1}',
      ]) {
        expect(expectContractError(await post(MEETINGS, body), 400, 'VALIDATION_FAILED').message).toMatch(/lone surrogate/);
      }
    });
  });

  describe('prototype pollution', () => {
    it.each([
      ['__proto__ at the top', `{"__proto__":{"${MARKER}":true},"id":"abc-2013","title":"t","timezone":"UTC"}`],
      ['__proto__ written as an escape', `{"\\u005f_proto__":{"${MARKER}":true}}`],
      ['__proto__ in a nested object', `{"id":"abc-2013","title":"t","timezone":"UTC","policy":{"__proto__":{"${MARKER}":true}}}`],
      ['constructor.prototype', `{"constructor":{"prototype":{"${MARKER}":true}},"id":"abc-2013"}`],
      ['prototype in an array item', `{"organizations":[{"prototype":{"${MARKER}":true}}]}`],
    ])('refuses %s and leaves Object.prototype alone', async (_name, body) => {
      const url = body.includes('organizations') ? ENTRIES : MEETINGS;
      expect(expectContractError(await post(url, body), 400, 'VALIDATION_FAILED', MARKER).message).toMatch(/is not accepted anywhere/);
      expect(MARKER in {}).toBe(false);
      expect(Object.prototype).not.toHaveProperty(MARKER);
    });
  });

  describe('nested nulls and arrays where an object belongs', () => {
    const meeting = { id: 'abc-2013', title: 'Title', timezone: 'UTC' };
    it.each([
      ['policy as an array', MEETINGS, { ...meeting, policy: [{ objectionDisclosure: 'none' }] }, 'policy'],
      ['policy as null', MEETINGS, { ...meeting, policy: null }, 'policy'],
      ['policy as a string', MEETINGS, { ...meeting, policy: 'none' }, 'policy'],
      ['venue as null', MEETINGS, { ...meeting, venue: null }, 'venue'],
      ['mandate as null', MEETINGS, { ...meeting, mandate: null }, 'mandate'],
      ['an objection disclosure as null', MEETINGS, { ...meeting, policy: { objectionDisclosure: null } }, 'policy.objectionDisclosure'],
      ['organization as an array', ENTRIES, { organization: [org('A', 'NLD')] }, 'organization'],
      ['organization as null', ENTRIES, { organization: null }, 'organization'],
      ['organizations holding an array', ENTRIES, { organizations: [[org('A', 'NLD')]] }, 'organizations'],
      ['organizations holding null', ENTRIES, { organizations: [null] }, 'organizations'],
      ['website as null', ENTRIES, { organization: org('A', 'NLD', { website: null }) }, 'organization.website'],
      ['a programme segment as an array', '/v1/meetings/trafficking-2013/programme', { segments: [[]] }, 'segments'],
    ])('answers 400 to %s, naming the field', async (_name, url, body, field) => {
      const method = url.endsWith('programme') ? 'PUT' : 'POST';
      const error = expectContractError(
        await sendRaw(t, { method, url, headers: json, body: JSON.stringify(body) }),
        400,
        'VALIDATION_FAILED',
      );
      expect((error.details as { field: string }[]).map((d) => d.field)).toContain(field);
    });
  });

  describe('length caps on stored strings and arrays', () => {
    const meeting = { id: 'abc-2013', title: 'Title', timezone: 'UTC' };
    const orgWith = (extra: object) => ({ organization: org('Name', 'NLD', extra) });
    it.each([
      ['a title of 501 characters', MEETINGS, { ...meeting, title: 'x'.repeat(501) }, 'title'],
      ['a venue of 301 characters', MEETINGS, { ...meeting, venue: 'x'.repeat(301) }, 'venue'],
      ['51 mandate symbols', MEETINGS, { ...meeting, mandate: Array.from({ length: 51 }, () => 'A/RES/1') }, 'mandate'],
      ['a reminder of 33 characters', MEETINGS, { ...meeting, policy: { reminders: [`PT${'1'.repeat(30)}H`] } }, 'policy.reminders'],
      ['11 reminders', MEETINGS, { ...meeting, policy: { reminders: Array.from({ length: 11 }, () => 'PT1H') } }, 'policy.reminders'],
      ['a name of 301 characters', ENTRIES, { organization: org('x'.repeat(301), 'NLD') }, 'organization.name'],
      ['a website of 2001 characters', ENTRIES, orgWith({ website: `https://example.org/${'a'.repeat(1990)}` }), 'organization.website'],
      [
        'an e-mail of 255 characters',
        ENTRIES,
        orgWith({ contactEmail: `${'a'.repeat(64)}@${'b'.repeat(186)}.org` }),
        'organization.contactEmail',
      ],
    ])('answers 400 to %s', async (_name, url, body, field) => {
      const error = expectContractError(await post(url, JSON.stringify(body)), 400, 'VALIDATION_FAILED');
      expect((error.details as { field: string }[]).map((d) => d.field)).toContain(field);
    });

    it('refuses an array longer than any command takes before validating it, and 1001 organizations', async () => {
      const wide = JSON.stringify({ organizations: Array.from({ length: 200_000 }, () => 0) });
      expect(expectContractError(await post(ENTRIES, wide), 400, 'VALIDATION_FAILED').message).toMatch(/more than 1000 items/);
      const many = JSON.stringify({ organizations: Array.from({ length: 1001 }, (_, i) => org(`Org ${i}`, 'NLD')) });
      expectContractError(await post(ENTRIES, many), 400, 'VALIDATION_FAILED');
    });

    it('names the first ten problems of a bulk body in the message and every one in details', async () => {
      const bad = JSON.stringify({ organizations: Array.from({ length: 1000 }, () => ({ name: '', country: 'x', category: 'none' })) });
      const error = expectContractError(await post(ENTRIES, bad), 400, 'VALIDATION_FAILED');
      expect(error.message).toMatch(/and 2990 more \(see details\)$/);
      expect((error.details as unknown[]).length).toBe(3000);
    });

    it('refuses wide objects and over-long keys without repeating the key', async () => {
      const wide = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`k${i}`, i]));
      expectContractError(await post(MEETINGS, JSON.stringify(wide)), 400, 'VALIDATION_FAILED');
      const longKey = `${MARKER}${'k'.repeat(100)}`;
      const error = expectContractError(await post(MEETINGS, JSON.stringify({ [longKey]: 1 })), 400, 'VALIDATION_FAILED', MARKER);
      expect(error.message).toMatch(/key is longer than 64 characters/);
    });
  });
});

import ExcelJS from 'exceljs';
import { sendRaw } from '../hostile/hostile-support';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp, TestResponse } from '../support/test-app';
import { bearer } from '../support/tokens';
import { expectRefusal, expectRefusedUnchanged, stateOf } from '../support/unchanged';

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = 'name,country,category,ecosocStatus,website,contactEmail';

async function workbook(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Organizations');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('HTTP: importing organizations from a CSV or XLSX file', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  let url: string;
  const views = () => [{ url: `${p.base}/lists/other-ngos` }];
  const upload = (body: string | Buffer, options: { type?: string; query?: string; role?: string } = {}): Promise<TestResponse> =>
    sendRaw(t, {
      method: 'POST',
      url: `${url}${options.query ?? ''}`,
      headers: { 'content-type': options.type ?? CSV, ...bearer(options.role ?? 'pga') },
      body,
    });
  const names = async () => (await p.list('other-ngos')).entries.map((e: { organization: { name: string } }) => e.organization.name);

  beforeEach(async () => {
    t = await startTestApp();
    t.clock.set('2013-04-19T15:00:00Z');
    p = procedure(t);
    await p.createMeeting();
    await p.createList('other-ngos', 'non-objection');
    url = `${p.base}/lists/other-ngos/entries/import`;
  });
  afterEach(() => t.close());

  it('proposes every row of a CSV file with a byte order mark, CRLF line ends and quoted commas', async () => {
    const csv = `\uFEFF${HEADER}\r\n"Walk Free, Minderoo",AUS,ngo,,https://walkfree.org,\r\n La Strada International ,NLD,ngo,,,info@example.org\r\n\r\n`;
    const response = await upload(csv);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ entryIds: [expect.any(String), expect.any(String)], position: expect.any(String) });
    expect(await names()).toEqual(['Walk Free, Minderoo', 'La Strada International']);
  });

  it('answers a repeat with the same Idempotency-Key from the first import, and refuses the key with another file', async () => {
    const send = (body: string) =>
      sendRaw(t, { method: 'POST', url, headers: { 'content-type': CSV, 'idempotency-key': 'import-1', ...bearer('pga') }, body });
    const first = await send(`${HEADER}\nAcme,FRA,ngo,,,\n`);
    expect(first.statusCode).toBe(201);
    expect((await send(`${HEADER}\nAcme,FRA,ngo,,,\n`)).json()).toEqual(first.json());
    expectRefusal(await send(`${HEADER}\nOther,FRA,ngo,,,\n`), 422, 'IDEMPOTENCY_KEY_REUSED', /another request body/);
    expect(await names()).toEqual(['Acme']);
  });

  it('proposes the rows of the first worksheet of an XLSX workbook, headers in any case', async () => {
    const file = await workbook([
      ['Name', 'Country', 'Category', 'Website'],
      ['Polaris Project', 'USA', 'ngo', { text: 'https://polarisproject.org', hyperlink: 'https://polarisproject.org' }],
      [{ richText: [{ text: 'Anti-Slavery ' }, { text: 'International' }] }, 'GBR', 'ngo'],
    ]);
    const response = await upload(file, { type: XLSX });
    expect(response.statusCode).toBe(201);
    expect(response.json().entryIds).toHaveLength(2);
    expect(await names()).toEqual(['Polaris Project', 'Anti-Slavery International']);
  });

  it('answers a dry run with the rows and every problem by line number, and stores nothing', async () => {
    await p.propose('other-ngos', [org('Already Here', 'FRA')]);
    const csv = [
      HEADER,
      'Fine One,FRA,ngo,,,',
      'Bad Country,XKX,ngo,,,',
      'Already Here,FRA,ngo,,,',
      '"Spread over',
      'two lines",DEU,ngo,,,',
      'Fine One,FRA,ngo,,,',
      'No Category,FRA,,,,',
      'Bad Mail,FRA,ngo,,,not-an-address',
    ].join('\n');
    const before = await stateOf(t, views());
    const response = await upload(csv, { query: '?dryRun=true' });
    expect(response.statusCode).toBe(200);
    const { rows, errors } = response.json();
    expect(rows.map((r: { row: number }) => r.row)).toEqual([2, 3, 4, 5, 7, 8, 9]);
    expect(rows[0]).toEqual({ row: 2, name: 'Fine One', country: 'FRA', category: 'ngo' });
    expect(errors).toEqual([
      { row: 3, field: 'country', message: expect.stringMatching(/ISO 3166-1 alpha-3/) },
      { row: 4, field: 'name', message: expect.stringMatching(/already on the list/) },
      { row: 7, field: 'name', message: expect.stringMatching(/repeats row/) },
      { row: 8, field: 'category', message: expect.any(String) },
      { row: 9, field: 'contactEmail', message: expect.stringMatching(/email/) },
    ]);
    expect(await stateOf(t, views())).toEqual(before);
  });

  it('refuses the whole file, with the same problems in details, when one row is not valid', async () => {
    const csv = `${HEADER}\nFine One,FRA,ngo,,,\nBad Country,XKX,ngo,,,\n`;
    const dryRun = (await upload(csv, { query: '?dryRun=true' })).json();
    await expectRefusedUnchanged(
      t,
      () => upload(csv),
      { status: 400, code: 'VALIDATION_FAILED', message: /row 3, country.*nothing was imported|nothing was imported.*row 3, country/ },
      views(),
    );
    expect((await upload(csv)).json().details).toEqual(dryRun.errors);
  });

  it("reads Indico's registration export: the affiliation is the organization, countries by name, the registrants' columns ignored", async () => {
    const file = await workbook([
      [
        'ID',
        'Name',
        'First Name',
        'Last Name',
        'Email Address',
        'Affiliation',
        'Country',
        'Category',
        'Registration date',
        'Registration state',
      ],
      [1, 'Ana Silva', 'Ana', 'Silva', 'ana@polaris.example', 'Polaris Project', 'United States', 'ngo', '2013-04-02', 'Completed'],
      [2, 'Ivan Petrov', 'Ivan', 'Petrov', 'ivan@angel.example', 'Angel Coalition', 'Russia', 'ngo', '2013-04-03', 'Completed'],
      [3, 'Ayşe Kaya', 'Ayşe', 'Kaya', 'ayse@example.org', 'Kadın Dayanışma Vakfı', 'Türkiye', 'civil-society', '2013-04-04', 'Completed'],
      [4, 'Jean Roy', 'Jean', 'Roy', 'jean@example.org', 'Fondation Scelles', 'FR', 'ngo', '2013-04-05', 'Completed'],
      [5, 'No One', 'No', 'One', 'no@example.org', 'Atlantis Trust', 'Atlantis', 'ngo', '2013-04-06', 'Completed'],
    ]);
    const preview = (await upload(file, { type: XLSX, query: '?dryRun=true' })).json();
    expect(preview.layout).toBe('indico');
    expect(preview.ignoredColumns).toEqual(['ID', 'Name', 'First Name', 'Last Name', 'Registration date', 'Registration state']);
    expect(preview.rows[0]).toEqual({
      row: 2,
      name: 'Polaris Project',
      country: 'USA',
      category: 'ngo',
      contactEmail: 'ana@polaris.example',
    });
    expect(preview.rows.map((r: { country: string }) => r.country)).toEqual(['USA', 'RUS', 'TUR', 'FRA', 'Atlantis']);
    expect(preview.errors).toEqual([{ row: 6, field: 'country', message: expect.stringMatching(/ISO 3166-1 alpha-3/) }]);

    const withoutCategory = await workbook([
      ['ID', 'Name', 'Email Address', 'Affiliation', 'Country'],
      [1, 'Ana Silva', 'ana@polaris.example', 'Polaris Project', 'United States'],
    ]);
    expect((await upload(withoutCategory, { type: XLSX, query: '?dryRun=true' })).json().errors).toEqual([
      { row: 1, field: 'category', message: expect.stringMatching(/add a field titled "Category"/) },
    ]);
    const csv = 'ID,Name,Email Address,Affiliation,Country,Category\n1,Ana Silva,ana@polaris.example,Polaris Project,United States,ngo\n';
    expect((await upload(csv)).statusCode).toBe(201);
    expect(await names()).toEqual(['Polaris Project']);
  });

  it('takes a country by its alpha-2 code or English name in a file of our own columns too', async () => {
    const response = await upload('name,country,category\nLa Strada,Netherlands,ngo\nWalk Free,au,ngo\n', { query: '?dryRun=true' });
    expect(response.json()).toMatchObject({ layout: 'nihil-obstat', ignoredColumns: [], errors: [] });
    expect(response.json().rows.map((r: { country: string }) => r.country)).toEqual(['NLD', 'AUS']);
  });

  it('refuses a header row without the required columns or with unknown ones (line 1)', async () => {
    const response = await upload('name,land,category,notes\nAcme,FRA,ngo,x\n', { query: '?dryRun=true' });
    expect(response.json().errors).toEqual([
      { row: 1, field: 'land', message: expect.stringMatching(/not a column/) },
      { row: 1, field: 'notes', message: expect.stringMatching(/not a column/) },
      { row: 1, field: 'country', message: expect.stringMatching(/no "country" column/) },
    ]);
  });

  it('skips blank lines and lines of empty cells anywhere, counting only rows of organizations', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `Organization ${i},FRA,ngo,,,${i === 500 ? '\n,,,,,\n\n , , ,,,' : ''}`);
    const response = await upload([HEADER, ...rows, ',,,,,', ''].join('\n'), { query: '?dryRun=true' });
    expect(response.statusCode).toBe(200);
    const { rows: read, errors } = response.json();
    expect({ count: read.length, errors, last: read[999] }).toEqual({
      count: 1000,
      errors: [],
      last: expect.objectContaining({ row: 1004 }),
    });
  });

  it('refuses 1001 rows, and takes 1000', async () => {
    const rows = (count: number) => [HEADER, ...Array.from({ length: count }, (_, i) => `Organization ${i},FRA,ngo,,,`)].join('\n');
    await expectRefusedUnchanged(
      t,
      () => upload(rows(1001)),
      { status: 400, code: 'VALIDATION_FAILED', message: /more than 1000 rows|1001 rows/ },
      views(),
    );
    expect((await upload(rows(1000))).json().entryIds).toHaveLength(1000);
  });

  it('refuses other roles (403) and other content types (415), and files on other routes (415)', async () => {
    const csv = `${HEADER}\nAcme,FRA,ngo,,,\n`;
    expectRefusal(await upload(csv, { role: 'auditor' }), 403, 'FORBIDDEN', /./);
    expectRefusal(await upload('{"organizations":[]}', { type: 'application/json' }), 415, 'UNSUPPORTED_MEDIA_TYPE', /text\/csv/);
    expectRefusal(await upload(csv, { type: 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE', /text\/csv/);
    const elsewhere = await sendRaw(t, {
      method: 'POST',
      url: `${p.base}/lists/other-ngos/entries`,
      headers: { 'content-type': CSV, ...bearer('pga') },
      body: csv,
    });
    expectRefusal(elsewhere, 415, 'UNSUPPORTED_MEDIA_TYPE', /must be JSON/);
    expect(await names()).toEqual([]);
  });

  it('refuses a file over 2 MiB with 413 before reading it', async () => {
    const big = `${HEADER}\n${'x'.repeat(2 * 1024 * 1024)}`;
    expectRefusal(await upload(big), 413, 'PAYLOAD_TOO_LARGE', /larger than/);
  });

  it('refuses a formula cell, never evaluating it, and keeps a CSV cell that looks like one as text', async () => {
    const file = await workbook([
      ['name', 'country', 'category'],
      [{ formula: 'CONCAT("Ac","me")', result: 'Acme' }, 'FRA', 'ngo'],
    ]);
    const { errors } = (await upload(file, { type: XLSX, query: '?dryRun=true' })).json();
    expect(errors).toEqual([{ row: 2, field: 'name', message: expect.stringMatching(/formula/) }]);
    const csv = (await upload(`${HEADER}\n"=HYPERLINK(""http://x"")",FRA,ngo,,,\n`, { query: '?dryRun=true' })).json();
    expect(csv.rows[0].name).toBe('=HYPERLINK("http://x")');
  });

  it.each([
    [
      'binary garbage sent as XLSX',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x13, 0x37, 0x00, 0xfe]),
      XLSX,
      /not an XLSX workbook/,
    ],
    ['binary garbage sent as CSV', Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0xa0, 0xa1]), CSV, /not UTF-8/],
    ['an unterminated quote', Buffer.from(`${HEADER}\n"Acme,FRA,ngo,,,\n`), CSV, /not valid CSV/],
    ['a header alone', Buffer.from(`${HEADER}\n`), CSV, /no organization/],
    ['an empty body', Buffer.alloc(0), CSV, /no header row/],
  ])('answers %s with 400, not 500, and stores nothing', async (_what, body, type, message) => {
    await expectRefusedUnchanged(t, () => upload(body, { type }), { status: 400, code: 'VALIDATION_FAILED', message }, views());
  });

  it('refuses a workbook that declares more than it may unpack to, without unpacking it', async () => {
    const file = await workbook([
      ['name', 'country', 'category'],
      ['Acme', 'FRA', 'ngo'],
    ]);
    // Every file of the archive declared as 4 GiB once unpacked, in the central directory.
    for (
      let at = file.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      at >= 0;
      at = file.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
    ) {
      file.writeUInt32LE(0xffffffff, at + 24);
    }
    await expectRefusedUnchanged(
      t,
      () => upload(file, { type: XLSX }),
      { status: 400, code: 'VALIDATION_FAILED', message: /unpacks to more than/ },
      views(),
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/harness.js';

const FileFields = 'id object purpose filename title type size url expiresAt created';
const Upload = `mutation($input: CreateFileInput!) { createFile(input: $input) { file { ${FileFields} } userErrors { code message field } } }`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');
// The 8-byte PNG signature, then bytes that are not UTF-8: they must come back exactly.
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from([0, 255, 254, 128, 10, 13, 0])]);
const upload = (purpose: string, bytes: Buffer | string, name?: string, key?: string) =>
  t.gql<any, any>(Upload, { input: { purpose, file: { data: typeof bytes === 'string' ? bytes : bytes.toString('base64'), name } } }, key);
const download = (url: string, key: string | null = t.account.testKey) => fetch(url, { headers: key ? { authorization: `Bearer ${key}` } : {} });

describe('File uploads', () => {
  it('uploads bytes for a purpose: a File with file.created, downloadable byte for byte with the account’s key', async () => {
    const events = await t.subscribe<any, any>(`subscription { events(types: ["file.created"]) { type data { object } } }` as any, {});
    const r = await upload('DISPUTE_EVIDENCE', PDF, 'receipt.pdf');
    expect(r.data.createFile.userErrors).toEqual([]);
    const file = r.data.createFile.file;
    expect(file).toMatchObject({
      object: 'file',
      purpose: 'DISPUTE_EVIDENCE',
      filename: 'receipt.pdf',
      type: 'pdf',
      size: PDF.length,
      expiresAt: null,
      title: null,
    });
    expect(file.id).toMatch(/^file_/);
    const [event] = await events.waitFor(1);
    expect(event.events.data.object).toMatchObject({ id: file.id, purpose: 'dispute_evidence', size: PDF.length });
    events.dispose();
    const res = await download(file.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);

    const png = (await upload('BUSINESS_LOGO', PNG, 'logo.png')).data.createFile.file;
    expect(png).toMatchObject({ type: 'png', size: PNG.length });
    expect(Buffer.from(await (await download(png.url)).arrayBuffer())).toEqual(PNG);
    const listed = await t.gql<any, any>(`{ files(purpose: BUSINESS_LOGO) { nodes { id } } }`);
    expect(listed.data.files.nodes.map((n: any) => n.id)).toEqual([png.id]);

    // Another account: no retrieve, no download.
    const other = await t.newAccount();
    expect((await download(file.url, other.testKey)).status).toBe(404);
    expect((await t.gql<any, any>(`query($id: ID!) { file(id: $id) { id } }`, { id: file.id }, other.testKey)).data.file).toBeNull();
    expect((await download(file.url, null)).status).toBe(401);
  });

  it('refuses a type the purpose does not take, bad base64, empty files and unknown keys, writing nothing', async () => {
    const before = (await t.gql<any, any>(`{ files(first: 100) { nodes { id } } }`)).data.files.nodes.length;
    const cases: [Promise<any>, string, string[]][] = [
      [upload('PCI_DOCUMENT', PNG, 'scan.png'), 'parameter_invalid', ['file']],
      [upload('DISPUTE_EVIDENCE', Buffer.from('just text'), 'notes.txt'), 'parameter_invalid', ['file']],
      [upload('DISPUTE_EVIDENCE', 'not base64!', 'x.pdf'), 'parameter_invalid', ['file', 'data']],
      [upload('DISPUTE_EVIDENCE', '', 'x.pdf'), 'parameter_invalid', ['file']],
      [
        t.gql<any, any>(Upload, { input: { purpose: 'DISPUTE_EVIDENCE', file: { data: PDF.toString('base64'), path: '/etc/passwd' } } }),
        'parameter_invalid',
        ['file', 'path'],
      ],
      [t.gql<any, any>(Upload, { input: { purpose: 'DISPUTE_EVIDENCE', file: { name: 'x.pdf' } } }), 'parameter_invalid', ['file']],
    ];
    for (const [request, code, field] of cases) {
      const r = await request;
      expect(r.data.createFile.userErrors[0], JSON.stringify(r.data.createFile)).toMatchObject({ code, field });
      expect(r.data.createFile.file).toBeNull();
    }
    // Purposes of files Stripe makes are not upload purposes (not in the input's enum).
    const made = await t.gql<any, any>(Upload, { input: { purpose: 'FINANCE_REPORT_RUN', file: { data: PDF.toString('base64') } } });
    expect(made.errors?.[0]?.message).toMatch(/FINANCE_REPORT_RUN/);
    expect((await t.gql<any, any>(`{ files(first: 100) { nodes { id } } }`)).data.files.nodes.length).toBe(before);
  });
});

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

const LinkFields = 'id object created expired expiresAt livemode metadata url file { id }';
const CreateLink = `mutation($input: CreateFileLinkInput!) { createFileLink(input: $input) { fileLink { ${LinkFields} } userErrors { code message field } } }`;
const UpdateLink = `mutation($input: UpdateFileLinkInput!) { updateFileLink(input: $input) { fileLink { ${LinkFields} } userErrors { code message field } } }`;

describe('FileLinks', () => {
  it('serves a file at a public URL without a key until the link expires; create, retrieve, update, list', async () => {
    const file = (await upload('DISPUTE_EVIDENCE', PDF, 'shared.pdf')).data.createFile.file;
    const soon = new Date(Date.now() + 3_600_000);
    const made = await t.gql<any, any>(CreateLink, { input: { file: file.id, expiresAt: soon.toISOString(), metadata: { order: '6735' } } });
    expect(made.data.createFileLink.userErrors).toEqual([]);
    const link = made.data.createFileLink.fileLink;
    expect(link).toMatchObject({ object: 'file_link', expired: false, livemode: false, metadata: { order: '6735' }, file: { id: file.id } });
    expect(link.id).toMatch(/^link_/);
    expect(new Date(link.expiresAt).getTime()).toBe(Math.floor(soon.getTime() / 1000) * 1000);
    expect(link.url).toMatch(/\/links\/fl_[A-Za-z0-9_-]+$/);
    // No key needed: the URL is the secret.
    const res = await fetch(link.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
    expect((await fetch(`${link.url}x`)).status).toBe(404);
    expect((await fetch(link.url.replace(/fl_.*/, 'fl_guess'))).status).toBe(404);

    // A second link to the same file, one that never expires.
    const forever = (await t.gql<any, any>(CreateLink, { input: { file: file.id } })).data.createFileLink.fileLink;
    expect(forever).toMatchObject({ expiresAt: null, expired: false });

    // Retrieve and list (by file, by expired).
    expect((await t.gql<any, any>(`query($id: ID!) { fileLink(id: $id) { id url } }`, { id: link.id })).data.fileLink).toEqual({ id: link.id, url: link.url });
    const byFile = await t.gql<any, any>(`query($f: ID!) { fileLinks(file: $f) { nodes { id } } }`, { f: file.id });
    expect(byFile.data.fileLinks.nodes.map((n: any) => n.id)).toEqual([forever.id, link.id]);

    // Update: metadata merges; `now` ends the link at once, and its URL stops serving.
    const updated = await t.gql<any, any>(UpdateLink, { input: { id: link.id, metadata: { note: 'x' } } });
    expect(updated.data.updateFileLink.fileLink.metadata).toEqual({ order: '6735', note: 'x' });
    const ended = await t.gql<any, any>(UpdateLink, { input: { id: link.id, expiresAt: 'now' } });
    expect(ended.data.updateFileLink.userErrors).toEqual([]);
    expect(ended.data.updateFileLink.fileLink.expired).toBe(true);
    expect((await fetch(link.url)).status).toBe(404);
    const again = await t.gql<any, any>(UpdateLink, { input: { id: link.id, expiresAt: new Date(Date.now() + 60_000).toISOString() } });
    expect(again.data.updateFileLink.userErrors[0]).toMatchObject({ code: 'parameter_invalid', field: ['expiresAt'] });
    const expired = await t.gql<any, any>(`query($f: ID!) { fileLinks(file: $f, expired: true) { nodes { id } } }`, { f: file.id });
    expect(expired.data.fileLinks.nodes.map((n: any) => n.id)).toEqual([link.id]);
    const live = await t.gql<any, any>(`query($f: ID!) { fileLinks(file: $f, expired: false) { nodes { id } } }`, { f: file.id });
    expect(live.data.fileLinks.nodes.map((n: any) => n.id)).toEqual([forever.id]);
    // Stripe announces no FileLink events.
    const events = await t.gql<any, any>(`{ events(first: 100) { nodes { type } } }`);
    expect(events.data.events.nodes.filter((e: any) => e.type.startsWith('file_link'))).toEqual([]);
  });

  it('refuses another account’s file, a past expiry and a purpose that takes no links', async () => {
    const other = await t.newAccount();
    const theirs = (await upload('DISPUTE_EVIDENCE', PDF, 'theirs.pdf', other.testKey)).data.createFile.file;
    const foreign = await t.gql<any, any>(CreateLink, { input: { file: theirs.id } });
    expect(foreign.data.createFileLink.userErrors[0]).toMatchObject({ code: 'resource_missing', field: ['file'] });
    const mine = (await upload('DISPUTE_EVIDENCE', PDF, 'mine.pdf')).data.createFile.file;
    const past = await t.gql<any, any>(CreateLink, { input: { file: mine.id, expiresAt: new Date(Date.now() - 1000).toISOString() } });
    expect(past.data.createFileLink.userErrors[0]).toMatchObject({ code: 'parameter_invalid', field: ['expiresAt'] });
    const apk = Buffer.concat([Buffer.from('PK'), Buffer.from([3, 4, 0])]);
    const cert = (await upload('TERMINAL_WIFI_CERTIFICATE', Buffer.from('-----BEGIN CERTIFICATE-----\nx\n'), 'wifi.pem')).data.createFile;
    expect(cert.userErrors).toEqual([]);
    const refused = await t.gql<any, any>(CreateLink, { input: { file: cert.file.id } });
    expect(refused.data.createFileLink.userErrors[0]).toMatchObject({ code: 'parameter_invalid', field: ['file'] });
    expect((await upload('TERMINAL_ANDROID_APK', apk, 'app.apk')).data.createFile.file.type).toBe('apk');
    // Another account cannot see or change the link.
    const link = (await t.gql<any, any>(CreateLink, { input: { file: mine.id } })).data.createFileLink.fileLink;
    expect((await t.gql<any, any>(`query($id: ID!) { fileLink(id: $id) { id } }`, { id: link.id }, other.testKey)).data.fileLink).toBeNull();
    const theirUpdate = await t.gql<any, any>(UpdateLink, { input: { id: link.id, expiresAt: 'now' } }, other.testKey);
    expect(theirUpdate.data.updateFileLink.userErrors[0].code).toBe('resource_missing');
    expect((await fetch(link.url)).status).toBe(200);
  });

  it('an upload with file_link_data makes its link in the same command; a File lists its links, newest first', async () => {
    const soon = new Date(Math.ceil((Date.now() + 3_600_000) / 1000) * 1000);
    const Linked = `mutation($input: CreateFileInput!) { createFile(input: $input) {
      file { id links { nodes { ${LinkFields} } } } userErrors { code message field } } }`;
    const r = await t.gql<any, any>(Linked, {
      input: {
        purpose: 'BUSINESS_ICON',
        file: { data: PNG.toString('base64'), name: 'icon.png' },
        fileLinkData: { create: true, expiresAt: soon.toISOString(), metadata: { k: 'v' } },
      },
    });
    expect(r.data.createFile.userErrors).toEqual([]);
    const file = r.data.createFile.file;
    const [link] = file.links.nodes;
    expect(file.links.nodes).toHaveLength(1);
    expect(link).toMatchObject({ object: 'file_link', expired: false, expiresAt: soon.toISOString(), metadata: { k: 'v' }, file: { id: file.id } });
    expect(Buffer.from(await (await fetch(link.url)).arrayBuffer())).toEqual(PNG);
    // A second link, made afterwards, lists first; the same links as fileLinks(file:).
    const later = (await t.gql<any, any>(CreateLink, { input: { file: file.id } })).data.createFileLink.fileLink;
    const read = await t.gql<any, any>(
      `query($id: ID!) { file(id: $id) { links(first: 5) { nodes { id } } expired: links(expired: true) { nodes { id } } } }`,
      {
        id: file.id,
      },
    );
    expect(read.data.file.links.nodes.map((n: any) => n.id)).toEqual([later.id, link.id]);
    expect(read.data.file.expired.nodes).toEqual([]);
    const listed = await t.gql<any, any>(`query($f: ID!) { fileLinks(file: $f) { nodes { id } } }`, { f: file.id });
    expect(listed.data.fileLinks.nodes.map((n: any) => n.id)).toEqual([later.id, link.id]);

    // create: false makes none; a File without links lists none.
    const plain = await t.gql<any, any>(Linked, {
      input: { purpose: 'BUSINESS_ICON', file: { data: PNG.toString('base64') }, fileLinkData: { create: false } },
    });
    expect(plain.data.createFile.userErrors).toEqual([]);
    expect(plain.data.createFile.file.links.nodes).toEqual([]);
  });

  it('refuses file_link_data for a purpose that takes no links and a past expiry, writing neither file nor link', async () => {
    const count = async () => ({
      files: (await t.gql<any, any>(`{ files(first: 100) { nodes { id } } }`)).data.files.nodes.length,
      links: (await t.gql<any, any>(`{ fileLinks(first: 100) { nodes { id } } }`)).data.fileLinks.nodes.length,
    });
    const before = await count();
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ purpose: 'IDENTITY_DOCUMENT', fileLinkData: { create: true } }, 'parameter_invalid', ['fileLinkData', 'create']],
      [
        { purpose: 'DISPUTE_EVIDENCE', fileLinkData: { create: true, expiresAt: new Date(Date.now() - 1000).toISOString() } },
        'parameter_invalid',
        ['fileLinkData', 'expiresAt'],
      ],
      [{ purpose: 'DISPUTE_EVIDENCE', fileLinkData: { create: true, metadata: { k: 1 } } }, 'parameter_invalid', ['fileLinkData', 'metadata', 'k']],
    ];
    for (const [input, code, field] of cases) {
      const r = await t.gql<any, any>(Upload, { input: { ...input, file: { data: PDF.toString('base64'), name: 'x.pdf' } } });
      expect(r.data.createFile.userErrors[0], JSON.stringify(r.data.createFile)).toMatchObject({ code, field });
      expect(r.data.createFile.file).toBeNull();
    }
    expect(await count()).toEqual(before);
  });
});

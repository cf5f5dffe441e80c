import { sql } from 'drizzle-orm';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/harness.js';

/**
 * Identity: a VerificationSession through Stripe's lifecycle on its hosted page (real HTTP, no API key)
 * and the test-mode mutation — each outcome, its VerificationReport, events and `…Updated` over a
 * websocket — then redaction, proved on the database rows. A test clock holds the "processing" step.
 */
let t: TestApp;
let clockId: string;
let frozen = Date.UTC(2026, 0, 5, 15);

const Session = `id status type clientSecret url lastError { code reason } options { document { requireMatchingSelfie requireIdNumber } }
  lastVerificationReport { id type verificationSession { id } document { status error { code } firstName type } selfie { status error { code } } idNumber { status error { code } idNumberType } }
  verifiedOutputs { firstName lastName dob { year } address { city } idNumberType } redaction { status } metadata clientReferenceId`;

async function request(doc: string, variables: Record<string, unknown> = {}) {
  const r = await t.gql<any, any>(doc, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data;
}
async function create(input: Record<string, unknown>) {
  const d = await request(
    `mutation($input: CreateIdentityVerificationSessionInput!) { createIdentityVerificationSession(input: $input) { identityVerificationSession { ${Session} } userErrors { code field message } } }`,
    { input },
  );
  return d.createIdentityVerificationSession;
}
const read = async (id: string) =>
  (await request(`query($id: ID!) { identityVerificationSession(id: $id) { ${Session} } }`, { id })).identityVerificationSession;
async function submit(id: string, outcome: string) {
  const d = await request(
    `mutation($input: TestHelpersSubmitIdentityVerificationSessionInput!) { testHelpersSubmitIdentityVerificationSession(input: $input) { identityVerificationSession { id status } userErrors { code field message } } }`,
    { input: { id, outcome } },
  );
  return d.testHelpersSubmitIdentityVerificationSession;
}
/** The checks' outcome arrives after the processing time: advance the account's clock past it. */
async function advance() {
  frozen += 60_000;
  const d = await request(
    `mutation($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status } userErrors { code } } }`,
    { input: { id: clockId, frozenTime: new Date(frozen).toISOString() } },
  );
  expect(d.advanceTestHelpersTestClock.userErrors).toEqual([]);
}
const page = (url: string, init?: RequestInit) => fetch(url, { redirect: 'manual', ...init });
const choose = (url: string, outcome: string) =>
  page(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ outcome }).toString() });

beforeAll(async () => {
  t = await startTestApp();
  const d = await request(
    `mutation($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }`,
    { input: { frozenTime: new Date(frozen).toISOString(), name: 'identity' } },
  );
  clockId = d.createTestHelpersTestClock.testHelpersTestClock.id;
});
afterAll(() => t?.close());

describe('VerificationSession', () => {
  it('fails on the hosted page, is retried with the mutation, then verified on the page; reports, events and updates follow', async () => {
    const created = await create({
      type: 'DOCUMENT',
      options: { document: { requireMatchingSelfie: true } },
      clientReferenceId: 'user_42',
      metadata: { user: '42' },
      idempotencyKey: 'vs-user-42',
    });
    expect(created.userErrors).toEqual([]);
    const s = created.identityVerificationSession;
    expect(s).toMatchObject({
      status: 'REQUIRES_INPUT',
      type: 'DOCUMENT',
      lastError: null,
      lastVerificationReport: null,
      verifiedOutputs: null,
      redaction: null,
    });
    expect(s.clientSecret).toMatch(new RegExp(`^${s.id}_secret_`));
    expect(s.url).toBe(`${t.url.replace(/\/graphql$/, '')}/identity/verify/${s.clientSecret}`);

    const updates = await t.subscribe<any, any>(
      parse(`subscription($id: ID!) { identityVerificationSessionUpdated(id: $id) { id status lastError { code } } }`),
      { id: s.id },
    );

    // The page offers the session's own checks (selfie, since it requires one), and not the id number's.
    const html = await (await page(s.url)).text();
    expect(html).toContain('value="verified"');
    expect(html).toContain('value="selfie_face_mismatch"');
    expect(html).not.toContain('value="id_number_mismatch"');
    // A wrong secret is no page at all.
    expect((await page(`${s.url.slice(0, -3)}xyz`)).status).toBe(404);

    // 1. Selfie mismatch, chosen on the page: processing, then requires_input with last_error and a report.
    const posted = await choose(s.url, 'selfie_face_mismatch');
    expect(posted.status).toBe(303);
    expect((await read(s.id)).status).toBe('PROCESSING');
    expect((await read(s.id)).clientSecret).toBeNull();
    await advance();
    const failed = await read(s.id);
    expect(failed).toMatchObject({ status: 'REQUIRES_INPUT', lastError: { code: 'SELFIE_FACE_MISMATCH', reason: expect.any(String) } });
    expect(failed.clientSecret).toBe(s.clientSecret);
    expect(failed.lastVerificationReport).toMatchObject({
      type: 'DOCUMENT',
      verificationSession: { id: s.id },
      document: { status: 'VERIFIED', error: null, firstName: 'Jenny', type: 'DRIVING_LICENSE' },
      selfie: { status: 'UNVERIFIED', error: { code: 'SELFIE_FACE_MISMATCH' } },
      idNumber: null,
    });
    expect((await page(s.url).then((r) => r.text())).includes('The last attempt failed')).toBe(true);

    // 2. Expired document, through the test-mode mutation; a failure the session cannot have is refused.
    expect((await submit(s.id, 'ID_NUMBER_MISMATCH')).userErrors[0]).toMatchObject({ code: 'parameter_invalid', field: ['outcome'] });
    expect((await submit(s.id, 'DOCUMENT_EXPIRED')).identityVerificationSession.status).toBe('PROCESSING');
    expect((await submit(s.id, 'VERIFIED')).userErrors[0].code).toBe('invalid_state');
    await advance();
    const expired = await read(s.id);
    expect(expired.lastError.code).toBe('DOCUMENT_EXPIRED');
    expect(expired.lastVerificationReport).toMatchObject({
      document: { status: 'UNVERIFIED', error: { code: 'DOCUMENT_EXPIRED' } },
      selfie: { status: 'VERIFIED' },
    });
    expect(expired.lastVerificationReport.id).not.toBe(failed.lastVerificationReport.id);

    // 3. Verified on the page: verified_outputs, no more client secret or url, and the page has nothing to submit.
    expect((await choose(s.url, 'verified')).status).toBe(303);
    await advance();
    const verified = await read(s.id);
    expect(verified).toMatchObject({
      status: 'VERIFIED',
      clientSecret: null,
      url: null,
      lastError: null,
      verifiedOutputs: { firstName: 'Jenny', lastName: 'Rosen', dob: { year: 1901 }, address: { city: 'San Francisco' }, idNumberType: null },
      lastVerificationReport: { document: { status: 'VERIFIED' }, selfie: { status: 'VERIFIED' } },
    });
    expect(await page(s.url).then((r) => r.text())).toContain('<strong>verified</strong>');
    expect((await choose(s.url, 'verified')).status).toBe(409);
    expect((await choose(s.url, 'nonsense')).status).toBe(400);

    const reports = await request(`query($s: ID) { identityVerificationReports(verificationSession: $s, first: 10) { nodes { id } } }`, { s: s.id });
    expect(reports.identityVerificationReports.nodes).toHaveLength(3);
    const events = await request(`query($types: [String!]) { events(types: $types, first: 20) { nodes { type data { object } } } }`, {
      types: ['identity.verification_session.*'],
    });
    expect(
      events.events.nodes
        .filter((e: any) => e.data.object.id === s.id)
        .map((e: any) => e.type)
        .reverse(),
    ).toEqual([
      'identity.verification_session.created',
      'identity.verification_session.processing',
      'identity.verification_session.requires_input',
      'identity.verification_session.processing',
      'identity.verification_session.requires_input',
      'identity.verification_session.processing',
      'identity.verification_session.verified',
    ]);
    const seen = await updates.waitFor(6);
    expect(seen.map((u: any) => u.identityVerificationSessionUpdated.status)).toEqual([
      'PROCESSING',
      'REQUIRES_INPUT',
      'PROCESSING',
      'REQUIRES_INPUT',
      'PROCESSING',
      'VERIFIED',
    ]);
    updates.dispose();

    // 4. Redaction: processing at once, redacted once done; the collected data is gone from every row.
    const redact = await request(
      `mutation($input: RedactIdentityVerificationSessionInput!) { redactIdentityVerificationSession(input: $input) { identityVerificationSession { ${Session} } userErrors { code } } }`,
      { input: { id: s.id } },
    );
    const r = redact.redactIdentityVerificationSession.identityVerificationSession;
    expect(r).toMatchObject({ status: 'VERIFIED', redaction: { status: 'PROCESSING' }, metadata: {}, clientReferenceId: '[redacted]' });
    expect(r.verifiedOutputs).toMatchObject({ firstName: '[redacted]', lastName: '[redacted]', dob: null, address: { city: '[redacted]' } });
    expect(r.lastVerificationReport.document).toMatchObject({ firstName: '[redacted]' });
    await advance();
    expect((await read(s.id)).redaction.status).toBe('REDACTED');
    const again = await request(
      `mutation($input: RedactIdentityVerificationSessionInput!) { redactIdentityVerificationSession(input: $input) { userErrors { code } } }`,
      {
        input: { id: s.id },
      },
    );
    expect(again.redactIdentityVerificationSession.userErrors[0].code).toBe('invalid_state');
    const ids = [s.id, ...reports.identityVerificationReports.nodes.map((n: any) => n.id)];
    const rows = async (q: ReturnType<typeof sql>) => {
      const res: any = await t.database.db.execute(q);
      return (Array.isArray(res) ? res : res.rows) as Record<string, unknown>[];
    };
    const stored = JSON.stringify([
      ...(await rows(sql`select * from identity_verification_sessions where id = ${s.id}`)),
      ...(await rows(sql`select * from identity_verification_reports where verification_session = ${s.id}`)),
      ...(await rows(
        sql`select data from events where object_id in (${sql.join(
          ids.map((i) => sql`${i}`),
          sql`, `,
        )})`,
      )),
      ...(await rows(sql`select result from idempotency_keys where result->>'id' = ${s.id}`)),
    ]);
    // The create's idempotent answer is kept, and scrubbed too.
    expect(await rows(sql`select 1 from idempotency_keys where result->>'id' = ${s.id}`)).toHaveLength(1);
    for (const personal of ['Jenny', 'Rosen', 'San Francisco', '1234 Main St.', 'user_42', '"user":"42"', '1901', 'file_'])
      expect(stored).not.toContain(personal);
    expect(
      (await request(`query($types: [String!]) { events(types: $types, first: 1) { nodes { type } } }`, { types: ['identity.verification_session.redacted'] }))
        .events.nodes,
    ).toHaveLength(1);
  });

  it('cancels from requires_input only; update changes the check; lists filter by status', async () => {
    const s = (await create({ type: 'ID_NUMBER' })).identityVerificationSession;
    expect(s.options).toEqual({ document: null });
    const upd = await request(
      `mutation($input: UpdateIdentityVerificationSessionInput!) { updateIdentityVerificationSession(input: $input) { identityVerificationSession { type options { document { requireIdNumber } } } userErrors { code } } }`,
      { input: { id: s.id, type: 'DOCUMENT', options: { document: { requireIdNumber: true } } } },
    );
    expect(upd.updateIdentityVerificationSession.identityVerificationSession).toEqual({ type: 'DOCUMENT', options: { document: { requireIdNumber: true } } });
    const cancel = `mutation($input: CancelIdentityVerificationSessionInput!) { cancelIdentityVerificationSession(input: $input) { identityVerificationSession { status clientSecret url } userErrors { code } } }`;
    expect((await request(cancel, { input: { id: s.id } })).cancelIdentityVerificationSession.identityVerificationSession).toEqual({
      status: 'CANCELED',
      clientSecret: null,
      url: null,
    });
    expect((await request(cancel, { input: { id: s.id } })).cancelIdentityVerificationSession.userErrors[0].code).toBe('invalid_state');
    expect(await page(`${t.url.replace(/\/graphql$/, '')}/identity/verify/${s.clientSecret}`).then((r) => r.text())).toContain('canceled');
    const list = await request(`{ identityVerificationSessions(status: CANCELED, first: 10) { nodes { id } } }`);
    expect(list.identityVerificationSessions.nodes.map((n: any) => n.id)).toEqual([s.id]);
  });
});

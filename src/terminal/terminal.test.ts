import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../test/support/harness.js';

const CreateLocation = graphql(`
  mutation TmCreateLocation($input: CreateTerminalLocationInput!) {
    createTerminalLocation(input: $input) { terminalLocation { id displayName address { country city } } userErrors { code field } }
  }
`);
const DeleteLocation = graphql(`
  mutation TmDeleteLocation($input: DeleteTerminalLocationInput!) {
    deleteTerminalLocation(input: $input) { deletedTerminalLocation { id deleted } userErrors { code } }
  }
`);
const UpdateLocation = graphql(`
  mutation TmUpdateLocation($input: UpdateTerminalLocationInput!) {
    updateTerminalLocation(input: $input) { terminalLocation { id displayName configurationOverrides { id } } userErrors { code field } }
  }
`);
const CreateToken = graphql(`
  mutation TmCreateToken($input: CreateTerminalConnectionTokenInput!) {
    createTerminalConnectionToken(input: $input) { terminalConnectionToken { secret location { id } } userErrors { code field } }
  }
`);
const CreateConfig = graphql(`
  mutation TmCreateConfig($input: CreateTerminalConfigurationInput!) {
    createTerminalConfiguration(input: $input) { terminalConfiguration { id isAccountDefault name } userErrors { code } }
  }
`);
const DeleteConfig = graphql(`
  mutation TmDeleteConfig($input: DeleteTerminalConfigurationInput!) {
    deleteTerminalConfiguration(input: $input) { deletedTerminalConfiguration { id } userErrors { code } }
  }
`);
const Configs = graphql(`
  query TmConfigs($def: Boolean) { terminalConfigurations(isAccountDefault: $def) { nodes { id isAccountDefault } } }
`);
const Register = graphql(`
  mutation TmRegister($input: CreateTerminalReaderInput!) {
    createTerminalReader(input: $input) { terminalReader { id deviceType status label serialNumber location { id } action { type } } userErrors { code field } }
  }
`);
const Process = graphql(`
  mutation TmProcess($input: ProcessPaymentIntentTerminalReaderInput!) {
    processPaymentIntentTerminalReader(input: $input) { terminalReader { id action { type status } } userErrors { code message } }
  }
`);
const ProcessSetup = graphql(`
  mutation TmProcessSetup($input: ProcessSetupIntentTerminalReaderInput!) {
    processSetupIntentTerminalReader(input: $input) { terminalReader { id action { type status } } userErrors { code } }
  }
`);
const Refund = graphql(`
  mutation TmRefund($input: RefundPaymentTerminalReaderInput!) {
    refundPaymentTerminalReader(input: $input) { terminalReader { id action { type status } } userErrors { code } }
  }
`);
const Display = graphql(`
  mutation TmDisplay($input: SetReaderDisplayTerminalReaderInput!) {
    setReaderDisplayTerminalReader(input: $input) {
      terminalReader { action { type status setReaderDisplay { cart { total lineItems { description } } } } } userErrors { code }
    }
  }
`);
const CollectInputs = graphql(`
  mutation TmCollectInputs($input: CollectInputsTerminalReaderInput!) {
    collectInputsTerminalReader(input: $input) { terminalReader { action { type status } } userErrors { code } }
  }
`);
const Cancel = graphql(`
  mutation TmCancel($input: CancelActionTerminalReaderInput!) {
    cancelActionTerminalReader(input: $input) { terminalReader { action { type status failureCode } } userErrors { code } }
  }
`);
const Present = graphql(`
  mutation TmPresent($input: TestHelpersPresentPaymentMethodTerminalReaderInput!) {
    testHelpersPresentPaymentMethodTerminalReader(input: $input) {
      terminalReader { id action { type status failureCode failureMessage processSetupIntent { generatedCard } refundPayment { refund { id amount status } } } }
      userErrors { code message }
    }
  }
`);
const SucceedInputs = graphql(`
  mutation TmSucceedInputs($input: TestHelpersSucceedInputCollectionTerminalReaderInput!) {
    testHelpersSucceedInputCollectionTerminalReader(input: $input) {
      terminalReader { action { status collectInputs { inputs { type skipped email { value } numeric { value } } } } } userErrors { code }
    }
  }
`);
const Collect = graphql(`
  mutation TmCollect($input: CollectPaymentMethodTerminalReaderInput!) {
    collectPaymentMethodTerminalReader(input: $input) { terminalReader { action { type status } } userErrors { code } }
  }
`);
const Confirm = graphql(`
  mutation TmConfirm($input: ConfirmPaymentIntentTerminalReaderInput!) {
    confirmPaymentIntentTerminalReader(input: $input) { terminalReader { action { type status } } userErrors { code } }
  }
`);
const Capture = graphql(`
  mutation TmCapture($input: CapturePaymentIntentInput!) {
    capturePaymentIntent(input: $input) { paymentIntent { status amountReceived amountCapturable } userErrors { code } }
  }
`);
const CreatePi = graphql(`
  mutation TmCreatePi($input: CreatePaymentIntentInput!) {
    createPaymentIntent(input: $input) { paymentIntent { id status amount } userErrors { code field } }
  }
`);
const GetPi = graphql(`
  query TmGetPi($id: ID!) {
    paymentIntent(id: $id) {
      id status amount amountReceived amountCapturable
      paymentMethod { id type cardPresent { brand last4 readMethod } }
      lastPaymentError { code declineCode type }
    }
    refunds(paymentIntent: $id) { nodes { id amount status } }
  }
`);
const CreateSi = graphql(`
  mutation TmCreateSi($input: CreateSetupIntentInput!) { createSetupIntent(input: $input) { setupIntent { id status } userErrors { code } } }
`);
const GetSi = graphql(`query TmGetSi($id: ID!) { setupIntent(id: $id) { status paymentMethod { type cardPresent { last4 } } } }`);
const Events = graphql(`query TmEvents($types: [String!]) { events(types: $types, first: 20) { nodes { type data { object } } } }`);
const Updated = graphql(`subscription TmUpdated($id: ID!) { terminalReaderUpdated(id: $id) { id action { type status } } }`);

let t: TestApp;
let location: string;
let reader: string;
beforeAll(async () => {
  t = await startTestApp();
  location = (
    await t.ok(CreateLocation, {
      input: { displayName: 'Market Street', address: { line1: '1 Market St', city: 'San Francisco', state: 'CA', postalCode: '94105', country: 'US' } },
    })
  ).createTerminalLocation.terminalLocation!.id;
  reader = expectOk((await t.ok(Register, { input: { registrationCode: 'simulated-wpe', location } })).createTerminalReader).terminalReader!.id;
});
afterAll(() => t?.close());

const newPi = async (amount: number, extra: Record<string, unknown> = {}) =>
  expectOk((await t.ok(CreatePi, { input: { amount, currency: 'usd', allowedPaymentMethodTypes: ['CARD_PRESENT'], ...extra } })).createPaymentIntent)
    .paymentIntent!.id;

describe('fleet', () => {
  it('scopes connection tokens to the caller’s locations and registers simulated readers', async () => {
    const token = expectOk((await t.ok(CreateToken, { input: { location } })).createTerminalConnectionToken).terminalConnectionToken!;
    expect(token.secret).toMatch(/^pst_test_/);
    expect(token.location).toEqual({ id: location });
    expect((await t.ok(CreateToken, { input: {} })).createTerminalConnectionToken.terminalConnectionToken!.location).toBeNull();
    const other = await t.newAccount();
    expectUserError((await t.gql(CreateToken, { input: { location } }, other.testKey)).data!.createTerminalConnectionToken, 'resource_missing');

    const got = (await t.ok(Register, { input: { registrationCode: 'simulated-wpe', location } })).createTerminalReader.terminalReader!;
    expect(got).toMatchObject({ deviceType: 'SIMULATED_WISEPOS_E', status: 'ONLINE', label: 'Simulated WisePOS E', location: { id: location }, action: null });
    expectUserError((await t.ok(Register, { input: { registrationCode: 'puppies-plug-could', location } })).createTerminalReader, 'parameter_invalid');
    // Live mode: a test-mode Location is not found there (resource_missing before anything else); with a live one, no simulated reader.
    expectUserError(
      (await t.gql(Register, { input: { registrationCode: 'simulated-wpe', location } }, t.account.liveKey)).data!.createTerminalReader,
      'resource_missing',
    );
    const liveInput = { displayName: 'Live', address: { line1: '1 Market St', city: 'San Francisco', state: 'CA', postalCode: '94105', country: 'US' } };
    const liveLocation = (await t.gql(CreateLocation, { input: liveInput }, t.account.liveKey)).data!.createTerminalLocation.terminalLocation!.id;
    const live = (await t.gql(Register, { input: { registrationCode: 'simulated-wpe', location: liveLocation } }, t.account.liveKey)).data!
      .createTerminalReader;
    expect(expectUserError(live, 'parameter_invalid').field).toEqual(['registrationCode']);
    // A Location with readers stays.
    expectUserError((await t.ok(DeleteLocation, { input: { id: location } })).deleteTerminalLocation, 'invalid_state');
  });

  it('keeps one account default Configuration that cannot be deleted', async () => {
    const a = (await t.ok(CreateConfig, { input: { name: 'Counter', offline: { enabled: true } } })).createTerminalConfiguration.terminalConfiguration!;
    await t.ok(CreateConfig, { input: { name: 'Patio' } });
    expect(a.isAccountDefault).toBe(false);
    const defaults = (await t.ok(Configs, { def: true })).terminalConfigurations.nodes;
    expect(defaults).toHaveLength(1);
    expect((await t.ok(Configs, {})).terminalConfigurations.nodes).toHaveLength(3);
    expectUserError((await t.ok(DeleteConfig, { input: { id: defaults[0]!.id } })).deleteTerminalConfiguration, 'parameter_invalid');
    // A Location's override must be one of the caller's Configurations.
    const patio = (await t.ok(Configs, { def: false })).terminalConfigurations.nodes.find((c) => c.id !== a.id)!.id;
    const updated = expectOk(
      (await t.ok(UpdateLocation, { input: { id: location, displayName: 'Market St.', configurationOverrides: patio } })).updateTerminalLocation,
    );
    expect(updated.terminalLocation).toEqual({ id: location, displayName: 'Market St.', configurationOverrides: { id: patio } });
    const other = await t.newAccount();
    const foreign = (await t.gql(CreateConfig, { input: { name: 'Theirs' } }, other.testKey)).data!.createTerminalConfiguration.terminalConfiguration!.id;
    expectUserError((await t.ok(UpdateLocation, { input: { id: location, configurationOverrides: foreign } })).updateTerminalLocation, 'resource_missing');
    expect((await t.ok(DeleteConfig, { input: { id: a.id } })).deleteTerminalConfiguration.deletedTerminalConfiguration).toEqual({ id: a.id });
    // Deleting the override leaves the Location on the account default.
    await t.ok(DeleteConfig, { input: { id: patio } });
    expect((await t.ok(UpdateLocation, { input: { id: location } })).updateTerminalLocation.terminalLocation!.configurationOverrides).toBeNull();
  });
});

describe('reader actions', () => {
  it('processes a PaymentIntent: in_progress until the card is presented, then succeeded (websocket, events)', async () => {
    const sub = await t.subscribe(Updated, { id: reader });
    const pi = await newPi(1500);
    const started = expectOk((await t.ok(Process, { input: { id: reader, paymentIntent: pi } })).processPaymentIntentTerminalReader);
    expect(started.terminalReader!.action).toEqual({ type: 'PROCESS_PAYMENT_INTENT', status: 'IN_PROGRESS' });
    // One action at a time.
    expectUserError(
      (await t.ok(Process, { input: { id: reader, paymentIntent: await newPi(100) } })).processPaymentIntentTerminalReader,
      'terminal_reader_busy',
    );

    const done = expectOk((await t.ok(Present, { input: { id: reader, amountTip: 200 } })).testHelpersPresentPaymentMethodTerminalReader);
    expect(done.terminalReader!.action).toMatchObject({ type: 'PROCESS_PAYMENT_INTENT', status: 'SUCCEEDED', failureCode: null });
    const paid = (await t.ok(GetPi, { id: pi })).paymentIntent!;
    expect(paid).toMatchObject({ status: 'SUCCEEDED', amount: 1700, amountReceived: 1700, lastPaymentError: null });
    expect(paid.paymentMethod).toMatchObject({ type: 'CARD_PRESENT', cardPresent: { brand: 'visa', last4: '4242', readMethod: 'CONTACTLESS_EMV' } });

    const seen = await sub.waitFor(2);
    expect(seen.map((v) => v.terminalReaderUpdated.action?.status)).toEqual(['IN_PROGRESS', 'SUCCEEDED']);
    sub.dispose();
    const events = (await t.ok(Events, { types: ['terminal.reader.action_succeeded', 'payment_intent.succeeded'] })).events.nodes;
    expect(events.map((e) => e.type).sort()).toEqual(['payment_intent.succeeded', 'terminal.reader.action_succeeded']);
  });

  it('fails the action with the decline of a declining test card; the PaymentIntent can be tried again', async () => {
    const pi = await newPi(900);
    await t.ok(Process, { input: { id: reader, paymentIntent: pi } });
    const done = (await t.ok(Present, { input: { id: reader, cardPresent: { number: '4000000000000002' } } })).testHelpersPresentPaymentMethodTerminalReader;
    expect(done.terminalReader!.action).toMatchObject({ status: 'FAILED', failureCode: 'card_declined', failureMessage: 'Your card was declined.' });
    expect((await t.ok(GetPi, { id: pi })).paymentIntent).toMatchObject({
      status: 'REQUIRES_PAYMENT_METHOD',
      paymentMethod: null,
      lastPaymentError: { code: 'CARD_DECLINED', declineCode: 'generic_decline', type: 'CARD_ERROR' },
    });
    // The reader is free again, and the retry succeeds.
    await t.ok(Process, { input: { id: reader, paymentIntent: pi } });
    await t.ok(Present, { input: { id: reader } });
    expect((await t.ok(GetPi, { id: pi })).paymentIntent!.status).toBe('SUCCEEDED');
    expect((await t.ok(Events, { types: ['terminal.reader.action_failed'] })).events.nodes).toHaveLength(1);
  });

  it('collects a card, confirms it on the reader and captures a manual PaymentIntent', async () => {
    const pi = await newPi(2500, { captureMethod: 'MANUAL' });
    await t.ok(Collect, { input: { id: reader, paymentIntent: pi } });
    const collected = (await t.ok(Present, { input: { id: reader } })).testHelpersPresentPaymentMethodTerminalReader.terminalReader!;
    expect(collected.action).toMatchObject({ type: 'COLLECT_PAYMENT_METHOD', status: 'SUCCEEDED' });
    expect((await t.ok(GetPi, { id: pi })).paymentIntent).toMatchObject({ status: 'REQUIRES_CONFIRMATION', paymentMethod: { type: 'CARD_PRESENT' } });
    // Confirming needs no customer: the action ends in the same request.
    const confirmed = (await t.ok(Confirm, { input: { id: reader, paymentIntent: pi } })).confirmPaymentIntentTerminalReader.terminalReader!;
    expect(confirmed.action).toEqual({ type: 'CONFIRM_PAYMENT_INTENT', status: 'SUCCEEDED' });
    expect((await t.ok(GetPi, { id: pi })).paymentIntent).toMatchObject({ status: 'REQUIRES_CAPTURE', amountCapturable: 2500, amountReceived: 0 });
    expect((await t.ok(Capture, { input: { id: pi, amountToCapture: 2000 } })).capturePaymentIntent.paymentIntent).toEqual({
      status: 'SUCCEEDED',
      amountReceived: 2000,
      amountCapturable: 0,
    });
  });

  it('refunds a payment on the reader, never beyond what was received', async () => {
    const pi = await newPi(1200);
    await t.ok(Process, { input: { id: reader, paymentIntent: pi } });
    await t.ok(Present, { input: { id: reader } });
    expectOk((await t.ok(Refund, { input: { id: reader, paymentIntent: pi, amount: 700 } })).refundPaymentTerminalReader);
    const done = (await t.ok(Present, { input: { id: reader } })).testHelpersPresentPaymentMethodTerminalReader.terminalReader!;
    expect(done.action).toMatchObject({ status: 'SUCCEEDED', refundPayment: { refund: { amount: 700, status: 'succeeded' } } });
    await t.ok(Refund, { input: { id: reader, paymentIntent: pi, amount: 500 } });
    await t.ok(Present, { input: { id: reader } });
    expect((await t.ok(GetPi, { id: pi })).refunds.nodes.map((r) => r.amount).sort()).toEqual([500, 700]);
    // Nothing left to refund.
    await t.ok(Refund, { input: { id: reader, paymentIntent: pi, amount: 1 } });
    expectUserError((await t.ok(Present, { input: { id: reader } })).testHelpersPresentPaymentMethodTerminalReader, 'charge_already_refunded');
    await t.ok(Cancel, { input: { id: reader } });
  });

  it('saves a card through a SetupIntent, with the generated reusable card', async () => {
    const si = expectOk((await t.ok(CreateSi, { input: { allowedPaymentMethodTypes: ['CARD_PRESENT'] } })).createSetupIntent).setupIntent!.id;
    await t.ok(ProcessSetup, { input: { id: reader, setupIntent: si, allowRedisplay: 'ALWAYS' } });
    const done = (await t.ok(Present, { input: { id: reader } })).testHelpersPresentPaymentMethodTerminalReader.terminalReader!;
    expect(done.action!.status).toBe('SUCCEEDED');
    expect(done.action!.processSetupIntent!.generatedCard).toMatch(/^pm_/);
    expect((await t.ok(GetSi, { id: si })).setupIntent).toEqual({
      status: 'SUCCEEDED',
      paymentMethod: { type: 'CARD_PRESENT', cardPresent: { last4: '4242' } },
    });
  });

  it('shows a cart, collects inputs through the test helper, and cancels an action', async () => {
    const shown = (
      await t.ok(Display, {
        input: { id: reader, type: 'CART', cart: { currency: 'usd', total: 550, lineItems: [{ amount: 550, description: 'Latte', quantity: 1 }] } },
      })
    ).setReaderDisplayTerminalReader.terminalReader!;
    expect(shown.action).toMatchObject({
      type: 'SET_READER_DISPLAY',
      status: 'SUCCEEDED',
      setReaderDisplay: { cart: { total: 550, lineItems: [{ description: 'Latte' }] } },
    });

    await t.ok(CollectInputs, {
      input: {
        id: reader,
        inputs: [
          { type: 'EMAIL', customText: { title: 'Receipt email' }, required: true },
          { type: 'NUMERIC', customText: { title: 'Table' } },
        ],
      },
    });
    const inputs = (await t.ok(SucceedInputs, { input: { id: reader, skipNonRequiredInputs: 'ALL' } })).testHelpersSucceedInputCollectionTerminalReader
      .terminalReader!;
    expect(inputs.action).toEqual({
      status: 'SUCCEEDED',
      collectInputs: {
        inputs: [
          { type: 'EMAIL', skipped: false, email: { value: 'jenny.rosen@example.com' }, numeric: null },
          { type: 'NUMERIC', skipped: true, email: null, numeric: null },
        ],
      },
    });

    await t.ok(Process, { input: { id: reader, paymentIntent: await newPi(300) } });
    const canceled = (await t.ok(Cancel, { input: { id: reader } })).cancelActionTerminalReader.terminalReader!;
    expect(canceled.action).toEqual({ type: 'PROCESS_PAYMENT_INTENT', status: 'FAILED', failureCode: 'canceled' });
    expectUserError((await t.ok(Cancel, { input: { id: reader } })).cancelActionTerminalReader, 'invalid_state');
    expectUserError((await t.ok(Present, { input: { id: reader } })).testHelpersPresentPaymentMethodTerminalReader, 'invalid_state');
  });
});

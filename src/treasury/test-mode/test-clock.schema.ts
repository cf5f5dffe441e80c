import { builder } from '../../graphql/builder.js';
import { registerLoader, type Context } from '../../graphql/context.js';
import { stripeEnum } from '../../graphql/enums.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { fromUnix } from '../../graphql/scalars.js';
import { objectUpdates } from '../../graphql/subscribe.js';
import { registerIdPrefix } from '../../kernel/ids.js';
import { TEST_CLOCK_STATUSES } from '../../kernel/test-clock.table.js';
import {
  advanceTestClock,
  createTestClock,
  deleteTestClock,
  findTestClocks,
  listTestClocks,
  TEST_CLOCK,
  type DeletedTestClock,
  type StripeTestClock,
} from './test-clock.service.js';

registerIdPrefix('clock', TEST_CLOCK);
registerLoader(TEST_CLOCK, (s, scope, ids) => findTestClocks(s.database.db, scope, ids));

const caller = (ctx: Context) => ({ db: ctx.services.database.db, scope: ctx.scope, requestId: ctx.requestId });
const Status = stripeEnum('TestHelpersTestClockStatus', TEST_CLOCK_STATUSES);

export const TestClockRef = builder.objectRef<StripeTestClock>(TEST_CLOCK);

const AdvancingRef = builder.objectRef<{ target_frozen_time: number }>('TestHelpersTestClockStatusDetailsAdvancing').implement({
  fields: (t) => ({ targetFrozenTime: t.field({ type: 'DateTime', description: 'The time the clock is advancing to.', resolve: (a) => fromUnix(a.target_frozen_time) }) }),
});
const StatusDetailsRef = builder.objectRef<StripeTestClock['status_details']>('TestHelpersTestClockStatusDetails').implement({
  fields: (t) => ({ advancing: t.field({ type: AdvancingRef, nullable: true, resolve: (s) => s.advancing ?? null }) }),
});

builder.node(TestClockRef, {
  description:
    "A simulated \"now\" for the account's test mode (Stripe's test clocks, applied to Treasury): while it exists, test-mode commands run at its frozen time and automatic transitions wait for it to advance.",
  id: { resolve: (o) => o.id },
  isTypeOf: (o) => (o as { object?: string }).object === 'test_helpers.test_clock' && !(o as { deleted?: boolean }).deleted,
  fields: (t) => ({
    object: t.exposeString('object'),
    created: t.field({ type: 'DateTime', resolve: (o) => fromUnix(o.created) }),
    deletesAfter: t.field({ type: 'DateTime', resolve: (o) => fromUnix(o.deletes_after) }),
    frozenTime: t.field({ type: 'DateTime', description: "The clock's current time.", resolve: (o) => fromUnix(o.frozen_time) }),
    livemode: t.exposeBoolean('livemode'),
    name: t.string({ nullable: true, resolve: (o) => o.name }),
    status: t.field({ type: Status, resolve: (o) => o.status as never }),
    statusDetails: t.field({ type: StatusDetailsRef, resolve: (o) => o.status_details }),
  }),
});

const Connection = builder.connectionObject({ type: TestClockRef, name: 'TestHelpersTestClockConnection' }, { name: 'TestHelpersTestClockEdge' });

builder.queryFields((t) => ({
  testHelpersTestClock: t.field({
    type: TestClockRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.loaders.of<StripeTestClock>(TEST_CLOCK).load(String(id)),
  }),
  testHelpersTestClocks: t.connection(
    { type: TestClockRef, description: "The account's test clocks (test mode), newest first.", resolve: (_r, args, ctx) => listTestClocks(ctx.services.database.db, ctx.scope, args) },
    Connection,
  ),
}));

const DeletedRef = builder.objectRef<DeletedTestClock>('DeletedTestHelpersTestClock').implement({
  description: "What deleting a test clock returns (Stripe's deleted object).",
  fields: (t) => ({ id: t.exposeID('id'), object: t.exposeString('object'), deleted: t.exposeBoolean('deleted') }),
});

const CreateInput = builder.inputType('CreateTestHelpersTestClockInput', {
  fields: (t) => ({
    frozenTime: t.field({ type: 'DateTime', required: true, description: 'The initial simulated time (whole seconds; 2000–2099).' }),
    name: t.string(),
    idempotencyKey: t.string(),
  }),
});
const AdvanceInput = builder.inputType('AdvanceTestHelpersTestClockInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    frozenTime: t.field({ type: 'DateTime', required: true, description: 'The time to advance to: after the current frozen time, at most one year later.' }),
    idempotencyKey: t.string(),
  }),
});
const DeleteInput = builder.inputType('DeleteTestHelpersTestClockInput', { fields: (t) => ({ id: t.id({ required: true }), idempotencyKey: t.string() }) });

builder.mutationFields((t) => ({
  createTestHelpersTestClock: t.field({
    type: payloadType('CreateTestHelpersTestClockPayload', 'testHelpersTestClock', TestClockRef),
    description: "Creates the account's test clock (test mode; one per account).",
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: (_r, { input }, ctx) => toPayload(() => createTestClock(caller(ctx), input)),
  }),
  advanceTestHelpersTestClock: t.field({
    type: payloadType('AdvanceTestHelpersTestClockPayload', 'testHelpersTestClock', TestClockRef),
    description: 'Advances the clock, running every scheduled transition due by then in time order; returns the clock once ready.',
    args: { input: t.arg({ type: AdvanceInput, required: true }) },
    resolve: (_r, { input }, ctx) => toPayload(() => advanceTestClock(caller(ctx), { ...input, id: String(input.id) })),
  }),
  deleteTestHelpersTestClock: t.field({
    type: payloadType('DeleteTestHelpersTestClockPayload', 'deletedTestHelpersTestClock', DeletedRef),
    description: 'Deletes the clock: the account returns to real time; pending automatic transitions run on the job queue.',
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: (_r, { input }, ctx) => toPayload(() => deleteTestClock(caller(ctx), { ...input, id: String(input.id) })),
  }),
}));

builder.subscriptionField('testHelpersTestClockUpdated', (t) =>
  t.field({
    type: TestClockRef,
    description: 'The whole test clock after each committed change.',
    args: { id: t.arg.id({ required: true }) },
    subscribe: (_r, { id }, ctx) => objectUpdates(ctx, TEST_CLOCK, String(id), async (oid) => (await findTestClocks(ctx.services.database.db, ctx.scope, [oid])).get(oid) ?? null),
    resolve: (o) => o as StripeTestClock,
  }),
);

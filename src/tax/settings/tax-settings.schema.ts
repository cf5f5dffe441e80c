import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { objectUpdates } from '../../graphql/subscribe.js';
import { runCommand } from '../../kernel/command.js';
import { StripeError } from '../../kernel/errors.js';
import { inputPath, paramInputType, toParams } from '../../layer/graph-inputs.js';
import { shapeType } from '../../layer/graph-types.js';
import type { AnyResource } from '../../layer/resource.js';
import { endpointOf, specOf } from '../../layer/spec.js';
import { readTaxSettings, SETTINGS_KIND, settingsId, updateTaxSettings } from './tax-settings.js';

/**
 * Stripe Tax's settings: one object per account without an id, so not a layer resource (no node,
 * no list). Its type and input still come from the spec (`tax.settings`): `taxSettings`,
 * `updateTaxSettings` and `taxSettingsUpdated`.
 */
const spec = specOf('tax.settings');
// The spec-driven builders name enums and inputs after an owner: the settings' own.
const owner = { spec, typeName: 'TaxSettings', refs: {}, enumNames: {}, stringParams: [] } as unknown as AnyResource;
const SettingsRef = shapeType({ spec, resource: owner }, spec.root, 'tax.settings');
const update = endpointOf(spec, 'update');
const UpdateInput = paramInputType(owner, update.params!, 'UpdateTaxSettingsInput', (t) => ({
  idempotencyKey: t.string({ description: 'Repeating a request with the same key returns the first result again, without repeating its effect (24 hours).' }),
}));

builder.queryField('taxSettings', (t) =>
  t.field({
    type: SettingsRef,
    description: "The account's Stripe Tax settings (Stripe's retrieve: GET /v1/tax/settings).",
    resolve: (_r, _a, ctx: Context) => readTaxSettings(ctx.services.database.db, ctx.scope) as never,
  }),
);

builder.mutationField('updateTaxSettings', (t) =>
  t.field({
    type: payloadType('UpdateTaxSettingsPayload', 'taxSettings', SettingsRef),
    description: update.description || undefined,
    args: { input: t.arg({ type: UpdateInput, required: true, description: 'The parameters and the idempotency key.' }) },
    resolve: (_r, args: any, ctx: Context) => {
      const { idempotencyKey, ...rest } = args.input as Record<string, unknown>;
      const params = toParams(owner, update.params!, rest);
      return toPayload(async () => {
        try {
          return await runCommand(
            ctx.services.database.db,
            ctx.scope,
            { operation: 'updateTaxSettings', input: rest, idempotencyKey: (idempotencyKey as string | null) ?? null, requestId: ctx.requestId as string },
            (cmd) => updateTaxSettings(cmd, params),
          );
        } catch (err) {
          if (err instanceof StripeError && err.param) throw new StripeError(err.code, err.message, inputPath(owner, update.params!, err.param), err.type);
          throw err;
        }
      });
    },
  }),
);

builder.subscriptionField('taxSettingsUpdated', (t) =>
  t.field({
    type: SettingsRef,
    description: "The account's Stripe Tax settings after each committed change.",
    subscribe: (_r, _a, ctx: Context) =>
      objectUpdates(ctx, SETTINGS_KIND, settingsId(ctx.scope), async () => ({
        ...(await readTaxSettings(ctx.services.database.db, ctx.scope)),
        id: settingsId(ctx.scope),
      })) as never,
    resolve: (o: unknown) => o as never,
  }),
);

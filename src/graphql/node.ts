import { typenameOfId } from '../kernel/ids.js';
import { badUserInput } from '../kernel/query-errors.js';
import { builder } from './builder.js';
import type { Context } from './context.js';

/** Loads any object by its Stripe id, or null when absent, unknown or another account's. */
export async function loadNode(ctx: Context, id: string): Promise<unknown> {
  const typename = typenameOfId(id);
  if (!typename || !ctx.loaders.has(typename)) return null;
  return ctx.loaders.of(typename).load(id);
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Any object by its Stripe id (fa_…, obt_…, evt_…), or null when it does not exist for this key.',
    args: { id: t.arg.id({ required: true, description: 'A Stripe id of any type.' }) },
    resolve: (_root, { id }, ctx) => loadNode(ctx, String(id)) as never,
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: 'Several objects by id, in the order asked; null for each that does not exist for this key.',
    args: { ids: t.arg.idList({ required: true, description: 'Up to 100 Stripe ids of any types.' }) },
    resolve: (_root, { ids }, ctx) => {
      if (ids.length > 100) throw badUserInput('parameter_invalid', 'nodes accepts at most 100 ids.', ['ids']);
      return Promise.all(ids.map((id) => loadNode(ctx, String(id)))) as never;
    },
  }),
}));

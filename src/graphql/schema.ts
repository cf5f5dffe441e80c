import { isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { discoverResources } from '../layer/discover.js';
import { buildGraph } from '../layer/graph.js';
import { builder } from './builder.js';
import './scalars.js';
import './payload.js';
import './node.js';

// Every family declares itself (src/**/*.resource.ts, *.schema.ts); nothing here lists them.
await discoverResources();
buildGraph();

export const schema = builder.toSchema();

// The relay plugin resolves every Node's `id` through an async global-ID encoder; fingraph's ids are
// Stripe's own strings (encodeGlobalID is the identity), so the field is the default one, which
// graphql-jit reads inline: a page of 100 transfers with their accounts, Transactions and entries
// resolved 400 promises for its ids.
for (const type of Object.values(schema.getTypeMap())) {
  if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) continue;
  const id = type.getFields().id;
  if (id) id.resolve = undefined;
}

/** The committed SDL: sorted, so it only changes when the API does. */
export const printSortedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;

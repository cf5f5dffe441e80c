import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context.js';

export interface Money {
  amount: number;
  currency: string;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  Scalars: {
    SafeInt: { Input: number; Output: number };
    DateTime: { Input: Date; Output: Date };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
    Currency: { Input: string; Output: string };
    ID: { Input: string; Output: string };
  };
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    // Ids are Stripe's own prefixed ids, globally unique already: no base64 "Type:id" wrapping.
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => ({ typename: 'Node', id: globalID }),
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: { description: "The page's objects, in order (the same as edges { node })." },
    idFieldOptions: { description: "The object's Stripe id (`fa_…`, `obt_…`): unique across every type, resolvable with `node(id:)`." },
    nodeTypeOptions: { description: 'An object with a Stripe id.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its list: whether more exists either way, and the cursors to get it.' },
    hasNextPageFieldOptions: { description: 'More objects follow this page (use `after: endCursor`).' },
    hasPreviousPageFieldOptions: { description: 'More objects precede this page (use `before: startCursor`).' },
    startCursorFieldOptions: { description: "The first edge's cursor." },
    endCursorFieldOptions: { description: "The last edge's cursor." },
    cursorFieldOptions: { description: "This edge's position in the list: pass it as `after` or `before`." },
    nodeFieldOptions: { description: 'The object.' },
    edgesFieldOptions: { description: "The page's objects with their cursors." },
    pageInfoFieldOptions: { description: 'How to get the next and previous pages.' },
    firstArgOptions: { description: 'Page size going forward (newest first): 0 to 100, default 10.' },
    afterArgOptions: { description: 'Start after this cursor (an `endCursor`).' },
    lastArgOptions: { description: 'Page size going backward: 0 to 100.' },
    beforeArgOptions: { description: 'End before this cursor (a `startCursor`).' },
  },
});

builder.queryType({
  description:
    "Reads: every object by id (or as a `Node`), Stripe's list endpoints as connections, and events. Only the caller's account and mode are visible.",
});
builder.mutationType({
  description:
    "Stripe's create, update and action endpoints, and test helpers. Each runs in one transaction and answers a payload with `userErrors` (Stripe's error codes) instead of throwing.",
});
builder.subscriptionType({ description: "Live changes over graphql-ws: every object change of the caller's account and mode, as it commits." });

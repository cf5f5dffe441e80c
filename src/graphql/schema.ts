import { lexicographicSortSchema, printSchema } from 'graphql';
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

/** The committed SDL: sorted, so it only changes when the API does. */
export const printSortedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;

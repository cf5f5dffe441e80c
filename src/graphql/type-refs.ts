import type { ImplementableObjectRef } from '@pothos/core';
import { builder } from './builder.js';

/**
 * Object types by name, shared by the resource layer (generated types) and hand-written schema
 * modules, so either side can point at a type the other implements. Each name is implemented once.
 */
type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
const refs = new Map<string, ImplementableObjectRef<Types, any>>();
const byHand = new Set<string>();

export function typeRef<T = any>(name: string): ImplementableObjectRef<Types, T> {
  let ref = refs.get(name);
  if (!ref) refs.set(name, (ref = builder.objectRef<T>(name)));
  return ref as ImplementableObjectRef<Types, T>;
}

/** A hand-written module implements this type (the layer then only points at it). */
export function implementedByHand<T = any>(name: string): ImplementableObjectRef<Types, T> {
  byHand.add(name);
  return typeRef<T>(name);
}

export const isImplementedByHand = (name: string) => byHand.has(name);

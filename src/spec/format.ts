/**
 * The format of the vendored Stripe object spec (src/spec/stripe/*.json), as TypeScript types.
 * src/spec/README.md describes every key; the extractor (src/spec/extract.ts) writes these files and
 * the resource layer reads them.
 */

export type Type =
  | { kind: 'string' }
  | { kind: 'boolean' }
  | { kind: 'integer' }
  | { kind: 'float' }
  | { kind: 'timestamp' }
  | { kind: 'decimal' }
  | { kind: 'enum'; values: string[]; open: boolean }
  | { kind: 'object'; shape: string }
  | { kind: 'expandable'; objects: string[] }
  | { kind: 'resource'; objects: string[] }
  | { kind: 'array'; items: Type }
  | { kind: 'list'; items: Type }
  | { kind: 'map'; values: Type }
  | { kind: 'metadata' }
  | { kind: 'union'; members: Type[] }
  /** Params only: `RangeQueryParam | number` (a created/date filter). */
  | { kind: 'range' }
  | { kind: 'unknown'; ts: string };

export interface Field {
  name: string;
  description: string;
  type: Type;
  /** `| null` in the type. */
  nullable: boolean;
  /** `?` on the property. */
  optional: boolean;
  /** Params only, present when true: the type is `Emptyable<T>` (`null | '' | T`, unsets the value). */
  emptyable?: true;
  /** Present when true: the doc comment carries `@deprecated`. */
  deprecated?: true;
}

export interface Shape {
  description: string;
  fields: Field[];
}

export interface Endpoint {
  name: string;
  verb: string;
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  pathParams: string[];
  testHelper: boolean;
  list: boolean;
  /** "self" | "list" | "deleted" | "search" | "<other object name>" (relative to the file's object). */
  returns: string;
  /** The SDK return type is `X | DeletedX` (the call may answer with the deleted object). */
  orDeleted: boolean;
  description: string;
  params: string | null;
  /** The SDK class that declares the method: `<module path>:<ClassName>`. */
  sdkClass: string;
}

export interface ObjectSpec {
  object: string;
  sdk: { interface: string; file: string } | { overlay: string };
  idPrefix: string | null;
  description: string;
  root: string;
  shapes: Record<string, Shape>;
  endpoints: Endpoint[];
  /** Methods that are not the object's own endpoints but concern it; see README. */
  relatedEndpoints: Endpoint[];
  paramShapes: Record<string, Shape>;
}

export interface SpecIndex {
  source: { package: string; version: string; apiVersion: string };
  objects: string[];
}

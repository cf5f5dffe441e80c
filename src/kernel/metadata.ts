import { parameterInvalid } from './errors.js';

export type Metadata = Record<string, string>;

const MAX_KEYS = 50;
const MAX_KEY_LENGTH = 40;
const MAX_VALUE_LENGTH = 500;

/** Validates Stripe metadata: string→string, 50 keys, keys ≤ 40 chars, values ≤ 500 chars. */
export function validateMetadata(input: unknown, param: string[] = ['metadata']): Metadata {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw parameterInvalid(param, 'Invalid metadata: must be an object of string keys to string values.');
  const entries = Object.entries(input as Record<string, unknown>);
  if (entries.length > MAX_KEYS) throw parameterInvalid(param, `Invalid metadata: at most ${MAX_KEYS} keys are allowed.`, 'metadata_too_many_keys');
  for (const [key, value] of entries) {
    if (key.length === 0 || key.length > MAX_KEY_LENGTH)
      throw parameterInvalid([...param, key], `Invalid metadata key: keys must be 1 to ${MAX_KEY_LENGTH} characters.`, 'metadata_key_too_long');
    if (typeof value !== 'string') throw parameterInvalid([...param, key], 'Invalid metadata value: values must be strings.');
    if (value.length > MAX_VALUE_LENGTH)
      throw parameterInvalid([...param, key], `Invalid metadata value: values must be at most ${MAX_VALUE_LENGTH} characters.`, 'metadata_value_too_long');
  }
  return { ...(input as Metadata) }; // plain object: GraphQL hands over null-prototype ones
}

/** Stripe's update rule: keys are merged, and an empty string value unsets its key. */
export function mergeMetadata(current: Metadata, update: Metadata): Metadata {
  const next: Metadata = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (value === '') delete next[key];
    else next[key] = value;
  }
  if (Object.keys(next).length > MAX_KEYS)
    throw parameterInvalid(['metadata'], `Invalid metadata: at most ${MAX_KEYS} keys are allowed.`, 'metadata_too_many_keys');
  return next;
}

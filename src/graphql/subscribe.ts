import { badUserInput } from '../kernel/query-errors.js';
import type { Context } from './context.js';

/**
 * `<type>Updated(id)`: refuses ids the caller cannot see (the same "not found" as a retrieve, so
 * nothing leaks), then streams each committed new state of the object.
 */
export async function* objectUpdates<T>(ctx: Context, kind: string, id: string, reload: (id: string) => Promise<T | null>) {
  if (!(await reload(id))) throw badUserInput('resource_missing', `No such object: '${id}'`, ['id']);
  yield* ctx.services.hub.streamObject<T>(ctx.scope, kind, id, reload);
}

import type { GraphQLResolveInfo } from 'graphql';

/** What the read planner fetched for an object's fields, by response key (src/layer/read-plan.ts). */
export const PLANNED = Symbol('planned');

/** The value the planner fetched for this field of `parent`, if it did. */
export function planned(parent: unknown, info: GraphQLResolveInfo): unknown {
  return (parent as { [PLANNED]?: Map<string, unknown> } | null)?.[PLANNED]?.get(info.path.key as string);
}

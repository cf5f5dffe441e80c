import DataLoader from 'dataloader';
import type { Database } from '../db/client.js';
import type { Hub } from '../events/pubsub.js';
import type { Scope } from '../kernel/command.js';

/** Long-lived dependencies shared by every request. */
export interface Services {
  database: Database;
  hub: Hub;
}

export interface Context {
  scope: Scope;
  requestId: string;
  services: Services;
  loaders: Loaders;
}

/** Batch loader for one kind of object, always confined to the caller's account and mode. */
export type BatchLoad<T> = (services: Services, scope: Scope, ids: readonly string[]) => Promise<Map<string, T>>;

const registry = new Map<string, BatchLoad<unknown>>();

/** Each resource registers how to load its objects by id; `node`, references and subscriptions reuse it. */
export function registerLoader<T>(typename: string, load: BatchLoad<T>) {
  registry.set(typename, load as BatchLoad<unknown>);
}

export const hasLoader = (typename: string) => registry.has(typename);

/** Per-request DataLoaders, created on first use: one SQL statement per kind per tick. */
export class Loaders {
  private loaders = new Map<string, DataLoader<string, unknown>>();
  constructor(
    private readonly services: Services,
    private readonly scope: Scope,
  ) {}

  of<T>(typename: string): DataLoader<string, T | null> {
    let loader = this.loaders.get(typename);
    if (!loader) {
      const load = registry.get(typename);
      if (!load) throw new Error(`No loader registered for ${typename}`);
      loader = new DataLoader<string, unknown>(async (ids) => {
        const found = await load(this.services, this.scope, ids);
        return ids.map((id) => found.get(id) ?? null);
      });
      this.loaders.set(typename, loader);
    }
    return loader as DataLoader<string, T | null>;
  }

  /** An ad-hoc per-request loader (e.g. the first page of a child connection for many parents). */
  batch<K, V>(name: string, load: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(load, { cache: true });
      this.loaders.set(name, loader as unknown as DataLoader<string, unknown>);
    }
    return loader;
  }

  get servicesRef() {
    return this.services;
  }

  has(typename: string) {
    return registry.has(typename);
  }
}

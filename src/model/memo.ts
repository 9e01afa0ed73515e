/** A Map or WeakMap, as far as keeping made values goes. */
interface Store<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value kept in `store` under `key`, made by `make` and kept on first use. Views, diagram sources and the site
 * ask for the same derived things (profiles, drawings) many times per build; each is made once per model.
 */
export function kept<K, V>(store: Store<K, V>, key: K, make: () => V): V {
  let value = store.get(key);
  if (value === undefined) {
    value = make();
    store.set(key, value);
  }
  return value;
}

/**
 * Values made from a key, for caches that outlive one build (module-level, shared by a long-running language
 * server): forgotten all at once when `limit` keys are kept, so they never grow without end.
 */
export class BoundedMemo<K, V> {
  private readonly values = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K, make: () => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = make();
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(key, value);
    }
    return value;
  }
}

/**
 * Values computed by key and kept, for a pure computation over a few recurring keys (a template's
 * text, a day's opening hours). When `max` are held the cache starts over, so an unusual run of
 * keys cannot grow it without bound.
 */
export function boundedCache<V>(max: number): (key: string, compute: () => V) => V {
  const values = new Map<string, V>();
  return (key, compute) => {
    if (values.has(key)) return values.get(key) as V;
    const value = compute();
    if (values.size >= max) values.clear();
    values.set(key, value);
    return value;
  };
}

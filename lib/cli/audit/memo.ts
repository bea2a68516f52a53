/** `f` remembered for up to `max` distinct inputs (then forgotten and started over, so memory stays flat). */
export function memo<T>(f: (s: string) => T, max = 4096): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      v = f(s);
      if (seen.size >= max) seen.clear();
      seen.set(s, v);
    }
    return v;
  };
}

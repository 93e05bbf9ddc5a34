// A Storage like the browser's, in memory, for the tests; `refuse(key)` makes setItem throw as a full store does.
export function memoryStorage(entries = {}, refuse = () => false) {
  const map = new Map(Object.entries(entries));
  return {
    get length() { return map.size; },
    key: (i) => Array.from(map.keys())[i] ?? null,
    getItem: (key) => (map.has(key) ? map.get(key) : null),
    setItem: (key, value) => {
      if (refuse(key)) throw new Error("QuotaExceededError");
      map.set(key, String(value));
    },
    removeItem: (key) => map.delete(key),
    dump: () => Object.fromEntries(Array.from(map.entries()).sort()),
  };
}

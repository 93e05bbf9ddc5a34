// localStorage can be full or blocked (private mode, strict settings), and in some browsers even
// reading the `localStorage` property throws: never let that break the page. `backing` returns
// the Storage to use, so tests can pass a fake.
export function safeStorage(backing) {
  return {
    get(key) {
      try { return backing().getItem(key); } catch { return null; }
    },
    set(key, value) {
      try { backing().setItem(key, value); return true; } catch { return false; }
    },
    remove(key) {
      try { backing().removeItem(key); } catch { /* storage blocked */ }
    },
    keys(prefix) {
      const found = [];
      try {
        const store = backing();
        for (let i = 0; i < store.length; i++) {
          const key = store.key(i);
          if (key && key.startsWith(prefix)) found.push(key);
        }
      } catch { /* storage blocked */ }
      return found.sort();
    },
  };
}

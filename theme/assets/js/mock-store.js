// Mock rounds in localStorage next to the other progress:
//   studyguide:mock:history  the finished rounds, oldest first, as JSON (see study-transfer.js)
//   studyguide:mock:current  the round being run, as JSON (see mock-round.js); not exported
export const mockHistoryKey = "studyguide:mock:history";
export const mockCurrentKey = "studyguide:mock:current";

// [key, value] pairs to store `rounds` as the history.
export function mockEntries(rounds) {
  return rounds.length > 0 ? [[mockHistoryKey, JSON.stringify(rounds)]] : [];
}

function readJson(storage, key) {
  const text = storage.get(key);
  if (text === null) return null;
  try { return JSON.parse(text); } catch { return null; }
}

export function mockStore(storage) {
  return {
    history() {
      const rounds = readJson(storage, mockHistoryKey);
      return Array.isArray(rounds) ? rounds : [];
    },
    setHistory(rounds) {
      if (rounds.length === 0) { storage.remove(mockHistoryKey); return true; }
      return storage.set(mockHistoryKey, JSON.stringify(rounds));
    },
    current() {
      const round = readJson(storage, mockCurrentKey);
      return round !== null && typeof round === "object" && Array.isArray(round.ids) ? round : null;
    },
    setCurrent(round) {
      if (round === null) { storage.remove(mockCurrentKey); return true; }
      return storage.set(mockCurrentKey, JSON.stringify(round));
    },
  };
}

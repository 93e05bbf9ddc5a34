import { test } from "node:test";
import assert from "node:assert/strict";
import { correct, unmatchedWords } from "../assets/js/search/correction.js";
import { topicChoices } from "../assets/js/search/dropdown.js";
import { nextPage, PAGE_RESULTS } from "../assets/js/search/page.js";
import { find, hasFilters, pagefindFilters, searchable } from "../assets/js/search/query.js";
import { label, searchPageUrl, statusText } from "../assets/js/search/results.js";
import { once } from "../assets/js/search/sources.js";

const terms = { anagram: 3, anagrams: 1, channel: 5, channels: 2, cache: 4 };

test("correct replaces unmatched words with the closest term, ties to the more frequent", () => {
  assert.equal(correct("anagarm", ["anagarm"], terms), "anagram");
  assert.equal(correct("chanel select", ["chanel"], terms), "channel select");
  assert.equal(correct("cahce", ["cahce"], { cache: 1, cached: 9 }), "cache");
  assert.equal(correct("xyzzy", ["xyzzy"], terms), null, "nothing close enough");
  assert.equal(correct("anagram", [], terms), null, "matched words stay");
  assert.equal(correct("ab", ["ab"], { abc: 1 }), null, "words under three letters are not corrected");
});

// Result data as Pagefind gives it: the text and the positions of the words that matched.
function result(content, locations) {
  return { content, locations };
}

test("unmatchedWords finds typed words the results do not contain", () => {
  const shown = [result("Group anagrams together.", [1])];
  assert.deepEqual(unmatchedWords("anagram", shown), [], "a longer form counts");
  assert.deepEqual(unmatchedWords("anagarm", [result("an answer", [0])]), ["anagarm"], "a short prefix match does not");
  assert.deepEqual(unmatchedWords("group anagram", [result("Group anagrams", [0, 1])]), []);
  assert.deepEqual(unmatchedWords("channel", []), ["channel"]);
  assert.deepEqual(unmatchedWords("", []), []);
});

test("searchable drops a one-letter last word being typed", () => {
  assert.equal(searchable("cache e"), "cache");
  assert.equal(searchable("  cache ev "), "cache ev");
  assert.equal(searchable("x"), "");
  assert.equal(searchable(""), "");
});

test("filters: values of one filter are alternatives", () => {
  assert.equal(hasFilters({ kind: [], difficulty: [] }), false);
  assert.equal(hasFilters({ topic: ["maps"] }), true);
  assert.deepEqual(pagefindFilters({ difficulty: ["easy", "hard"], topic: [], kind: undefined }), { difficulty: { any: ["easy", "hard"] } });
});

test("statusText says what is shown and what was corrected", () => {
  assert.equal(statusText({ query: "go", total: 0 }, 0), "No results for “go”.");
  assert.equal(statusText({ query: "go", total: 1 }, 1), "1 result for “go”.");
  assert.equal(statusText({ query: "go", total: 25 }, 10), "25 results for “go” (10 shown).");
  assert.equal(statusText({ query: "", total: 3 }, 3), "3 results.");
  assert.equal(statusText({ query: "anagarm", corrected: "anagram", total: 2 }, 2), "No results for “anagarm”. Showing results for “anagram”: 2 results.");
});

test("searchPageUrl is the address the search page reads back", () => {
  assert.equal(searchPageUrl("/search/", "", {}), "/search/");
  assert.equal(searchPageUrl("/search/", "two sum", { difficulty: ["easy", "hard"], topic: ["maps"] }), "/search/?q=two+sum&difficulty=easy&difficulty=hard&topic=maps");
  assert.equal(searchPageUrl("/search/", "a&b=c", {}), "/search/?q=a%26b%3Dc");
  assert.equal(searchPageUrl("/find/", "map", {}), "/find/?q=map", "the page's URL is the route table's, whatever it is");
});

test("label falls back to the raw value", () => {
  assert.equal(label({ difficulty: { easy: "Easy" } }, "difficulty", "easy"), "Easy");
  assert.equal(label(null, "difficulty", "easy"), "easy");
  assert.equal(label({}, "topic", "maps"), "maps");
});

test("topicChoices: the chosen topics, then the most common among the results", () => {
  const shown = [
    { filters: { topic: ["maps", "arrays"] } },
    { filters: { topic: ["maps", "strings"] } },
    { filters: { topic: ["arrays", "maps"] } },
    {},
  ];
  assert.deepEqual(topicChoices([], shown), ["maps", "arrays", "strings"]);
  assert.deepEqual(topicChoices(["strings"], shown), ["strings", "maps", "arrays"]);
  const many = [{ filters: { topic: ["a", "b", "c", "d", "e", "f", "g", "h"] } }];
  assert.deepEqual(topicChoices([], many), ["a", "b", "c", "d", "e", "f"]);
});

test("once loads on first use, shares the result, and retries after a failure", async () => {
  let calls = 0;
  const load = once(() => {
    calls++;
    return calls === 1 ? Promise.reject(new Error("offline")) : Promise.resolve(calls);
  });
  await assert.rejects(load(), /offline/);
  assert.equal(await load(), 2);
  assert.equal(await load(), 2);
  assert.equal(calls, 2);
});

// A Pagefind stand-in: `index` maps a query to the result data it finds.
function fakeSources(index, vocabulary = terms) {
  const searched = [];
  const pf = {
    search(text) {
      searched.push(text);
      const found = index[text] || [];
      return Promise.resolve({ results: found.map((data) => ({ data: () => Promise.resolve(data) })), filters: { topic: {} } });
    },
  };
  return { searched, pagefind: () => Promise.resolve(pf), vocabulary: () => Promise.resolve(vocabulary) };
}

test("find searches the closest term when a typed word is not found", async () => {
  const sources = fakeSources({ anagarm: [result("an", [0])], anagram: [result("Valid anagram", [1]), result("Group anagrams", [1])] });
  const outcome = await find(sources, "anagarm", {}, 1);
  assert.deepEqual(sources.searched, ["anagarm", "anagram"]);
  assert.equal(outcome.query, "anagarm");
  assert.equal(outcome.corrected, "anagram");
  assert.equal(outcome.total, 2);
  assert.equal(outcome.shown.length, 1, "only `count` results are loaded");
});

test("find keeps the typed query when it is found or the correction finds nothing", async () => {
  const found = fakeSources({ anagram: [result("anagram", [0])] });
  assert.equal((await find(found, "anagram", {}, 5)).corrected, null);
  assert.deepEqual(found.searched, ["anagram"]);
  const nothing = fakeSources({});
  const outcome = await find(nothing, "anagarm", {}, 5);
  assert.equal(outcome.corrected, null);
  assert.equal(outcome.total, 0);
});

test("find without a query or filters searches nothing", async () => {
  const sources = fakeSources({});
  assert.equal((await find(sources, " x", {}, 5)).total, 0);
  assert.deepEqual(sources.searched, []);
});

test("find still answers when the vocabulary cannot be loaded", async () => {
  const sources = { ...fakeSources({}), vocabulary: () => Promise.reject(new Error("HTTP 404")) };
  assert.equal((await find(sources, "anagarm", {}, 5)).corrected, null);
});

// An outcome of `total` results whose data() fails for the positions in `failing`.
function outcomeOf(total, failing = []) {
  const results = Array.from({ length: total }, (_, i) => ({
    data: () => (failing.includes(i) ? Promise.reject(new Error("HTTP 503")) : Promise.resolve({ url: "/r" + i + "/" })),
  }));
  return { results, total };
}

test("nextPage loads the next page of results", async () => {
  const page = await nextPage(outcomeOf(25), 10, () => true);
  assert.equal(page.error, null);
  assert.deepEqual(page.shown.map((data) => data.url), Array.from({ length: PAGE_RESULTS }, (_, i) => "/r" + (10 + i) + "/"));
  assert.equal((await nextPage(outcomeOf(25), 20, () => true)).shown.length, 5);
});

test("nextPage reports a failed load instead of showing nothing", async () => {
  const page = await nextPage(outcomeOf(25, [12]), 10, () => true);
  assert.deepEqual(page.shown, []);
  assert.match(page.error.message, /HTTP 503/);
});

test("nextPage drops results and errors of a query that was replaced", async () => {
  assert.equal(await nextPage(outcomeOf(25), 10, () => false), null);
  assert.equal(await nextPage(outcomeOf(25, [10]), 10, () => false), null);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { escapeRegExp, sharedPrefix, words } from "../assets/js/text.js";

test("sharedPrefix counts the common leading characters", () => {
  assert.equal(sharedPrefix("anagram", "anagrams"), 7);
  assert.equal(sharedPrefix("anagarm", "anagram"), 4);
  assert.equal(sharedPrefix("", "x"), 0);
  assert.equal(sharedPrefix("go", "java"), 0);
});

test("escapeRegExp makes every special character literal", () => {
  const text = "c++ (a|b) [x] {2} ^$ .*? \\";
  assert.ok(new RegExp("^" + escapeRegExp(text) + "$").test(text));
  assert.ok(!new RegExp(escapeRegExp("a.c")).test("abc"));
});

test("words lower-cases every word and drops separators only", () => {
  assert.deepEqual(words("HashMap vs. sync.Map"), ["hashmap", "vs", "sync", "map"]);
});

// The shared cases of vectors.json, checked against the theme's text functions. The generator's
// C# twins read the same file (tests/StudyGuide.Tests/Theme/SharedVectorTests.cs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { editDistance, isSlug, words } from "../assets/js/text.js";

const vectors = JSON.parse(readFileSync(new URL("vectors.json", import.meta.url), "utf8"));

test("edit distance of every shared case", () => {
  for (const { a, b, distance } of vectors.editDistance) {
    assert.equal(editDistance(a, b), distance, JSON.stringify([a, b]));
    assert.equal(editDistance(b, a), distance, "symmetric: " + JSON.stringify([b, a]));
  }
});

test("word splitting of every shared case", () => {
  for (const { text, words: expected } of vectors.words) {
    assert.deepEqual(words(text), expected, JSON.stringify(text));
  }
});

test("slug validity of every shared case", () => {
  for (const { text, valid } of vectors.slugs) {
    assert.equal(isSlug(text), valid, JSON.stringify(text));
  }
});

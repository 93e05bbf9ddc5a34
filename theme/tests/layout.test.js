// The pure parts of the layout scripts: the output panel, the theme switch, "on this page" and
// the scroll boxes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { currentSection } from "../assets/js/on-this-page.js";
import { caseParts, outputParts } from "../assets/js/output-panel.js";
import { needsScrollStop } from "../assets/js/scroll-regions.js";
import { applyTheme, themeChoice } from "../assets/js/theme-switch.js";

test("outputParts: a status line, failed or busy, and the non-empty blocks", () => {
  assert.deepEqual(outputParts({ status: "Running…", busy: true }),
    { statusClass: "run-status", status: "Running…", busy: true, blocks: [], cases: [], more: null });
  assert.deepEqual(outputParts({ status: "Build failed", failed: true, blocks: [{ className: "error", text: "x" }, { className: "stdout", text: "" }] }),
    { statusClass: "run-status error", status: "Build failed", busy: false, blocks: [{ className: "error", text: "x" }], cases: [], more: null });
  assert.deepEqual(outputParts({ status: "s", more: { summary: "Full test output", text: "" } }).more, null, "no output, no disclosure");
});

test("caseParts: a failed case shows its input, expected and actual values; a passed one its name", () => {
  assert.deepEqual(caseParts({ label: "no pair", status: "fail", fields: { input: "nums = [1]", got: "[0 0]", want: "nil" }, messages: ["input: nums = [1]\ngot: [0 0]\nwant: nil"] }), {
    className: "test-case failed", mark: "Failed", label: "no pair", message: "",
    details: [{ term: "Input", text: "nums = [1]" }, { term: "Expected", text: "nil" }, { term: "Actual", text: "[0 0]" }],
  });
  assert.deepEqual(caseParts({ label: "empty", status: "pass", fields: {}, messages: [] }),
    { className: "test-case passed", mark: "Passed", label: "empty", message: "", details: [] });
  assert.equal(caseParts({ label: "x", status: "fail", fields: {}, messages: ["bad test op \"pop\""] }).message, "bad test op \"pop\"",
    "a failure in another form is shown as written");
});

test("themeChoice: light and dark are kept, anything else follows the system", () => {
  assert.equal(themeChoice("light"), "light");
  assert.equal(themeChoice("dark"), "dark");
  for (const value of [null, "", "system", "blue", "DARK"]) assert.equal(themeChoice(value), "system");
});

test("applyTheme sets data-theme for light and dark and removes it for system", () => {
  const attributes = new Map();
  const root = { setAttribute: (k, v) => attributes.set(k, v), removeAttribute: (k) => attributes.delete(k) };
  applyTheme(root, "dark");
  assert.equal(attributes.get("data-theme"), "dark");
  applyTheme(root, "system");
  assert.equal(attributes.has("data-theme"), false);
});

test("currentSection: the last heading above the reading line, else the first", () => {
  const ids = ["a", "b", "c"];
  assert.equal(currentSection(ids, [500, 900, 1300], 200), "a");
  assert.equal(currentSection(ids, [-400, 100, 700], 200), "b");
  assert.equal(currentSection(ids, [-900, -500, -100], 200), "c");
  assert.equal(currentSection([], [], 200), null);
});

test("needsScrollStop only for boxes that really scroll", () => {
  assert.equal(needsScrollStop(300, 300), false);
  assert.equal(needsScrollStop(301, 300), false);
  assert.equal(needsScrollStop(420, 300), true);
});

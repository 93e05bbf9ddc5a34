// The pure parts of Check on coding problems: the txtar body sent to the Playground, reading the
// -test.v output into cases, positions in the reader's file, the panel's verdict, the local-run files.
// The outputs below are what Go 1.19 printed for input/banks/coding/two-sum_test.go run against the
// starter and against a draft that panics.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileErrors, panicLine } from "../assets/js/practice/build-errors.js";
import { checkBody, markerLine } from "../assets/js/practice/check-body.js";
import { describeCheck } from "../assets/js/practice/check-result.js";
import { goMod, localCommand, localRunFiles } from "../assets/js/practice/local-run.js";
import { messageFields, parseTestOutput } from "../assets/js/practice/test-report.js";

const files = { solution: "solution.go", tests: "two_sum_test.go" };

const starterOutput = `=== RUN   TestTwoSum
=== RUN   TestTwoSum/pair_at_the_start
    prog_test.go:33: input: nums = [2 7 11 15], target = 9
        got: []
        want: [0 1] (in either order)
=== RUN   TestTwoSum/no_pair
=== RUN   TestTwoSum/negatives
    prog_test.go:33: input: nums = [-3 4 3 90], target = 0
        got: []
        want: [0 2] (in either order)
=== RUN   TestTwoSum/empty
--- FAIL: TestTwoSum (0.00s)
    --- FAIL: TestTwoSum/pair_at_the_start (0.00s)
    --- PASS: TestTwoSum/no_pair (0.00s)
    --- FAIL: TestTwoSum/negatives (0.00s)
    --- PASS: TestTwoSum/empty (0.00s)
FAIL
`;

const passingOutput = `=== RUN   TestTwoSum
=== RUN   TestTwoSum/pair_at_the_start
=== RUN   TestTwoSum/no_pair
--- PASS: TestTwoSum (0.00s)
    --- PASS: TestTwoSum/pair_at_the_start (0.00s)
    --- PASS: TestTwoSum/no_pair (0.00s)
PASS
`;

const panicOutput = `=== RUN   TestTwoSum
=== RUN   TestTwoSum/pair_at_the_start
    prog_test.go:33: input: nums = [2 7 11 15], target = 9
        got: []
        want: [0 1] (in either order)
=== RUN   TestTwoSum/element_not_reused
--- FAIL: TestTwoSum (0.00s)
    --- FAIL: TestTwoSum/pair_at_the_start (0.00s)
    --- FAIL: TestTwoSum/element_not_reused (0.00s)
panic: runtime error: index out of range [5] with length 3 [recovered]
	panic: runtime error: index out of range [5] with length 3

goroutine 20 [running]:
play.twoSum(...)
	/tmp/sandbox123/solution.go:5
play.TestTwoSum.func1(0xc000096d00)
	/tmp/sandbox123/prog_test.go:27 +0x27e
`;

function answer(output, fields) {
  return { Errors: "", Events: [{ Message: output, Kind: "stdout", Delay: 0 }], Status: 1, IsTest: true, TestsFailed: 3, ...fields };
}

test("checkBody: the tests lead (unnamed, so the sandbox finds them), the draft follows as solution.go", () => {
  assert.equal(checkBody("package main\n\nfunc TestX(t *testing.T) {}\n", "package main\n", "solution.go"),
    "package main\n\nfunc TestX(t *testing.T) {}\n-- solution.go --\npackage main\n");
  assert.equal(checkBody("tests", "draft", "solution.go"), "tests\n-- solution.go --\ndraft\n", "a missing final newline is added, or the marker would end a line");
});

test("checkBody refuses a draft with a line the Playground would read as another file", () => {
  assert.equal(markerLine("a\n-- x.go --\nb"), 2);
  assert.equal(markerLine("a\n// -- x.go --\n--  --\n-- x --y"), 0);
  assert.throws(() => checkBody("tests", "package main\n-- other.go --\n", "solution.go"), /^Error: Line 2 of your code looks like a file separator/);
});

test("parseTestOutput: every innermost case with its result and, when failed, its input, got and want", () => {
  const report = parseTestOutput(starterOutput);
  assert.equal(report.panic, "");
  assert.deepEqual(report.cases.map((c) => [c.name, c.label, c.status]), [
    ["TestTwoSum/pair_at_the_start", "pair at the start", "fail"],
    ["TestTwoSum/no_pair", "no pair", "pass"],
    ["TestTwoSum/negatives", "negatives", "fail"],
    ["TestTwoSum/empty", "empty", "pass"],
  ], "the parent TestTwoSum is not a case");
  assert.deepEqual(report.cases[2].fields, { input: "nums = [-3 4 3 90], target = 0", got: "[]", want: "[0 2] (in either order)" });
  assert.deepEqual(report.cases[1].fields, {});
});

test("parseTestOutput: several tests are told apart; a test without subtests is a case of its own", () => {
  const report = parseTestOutput("=== RUN   TestA\n=== RUN   TestA/one\n=== RUN   TestB\n    x_test.go:9: boom\n--- PASS: TestA (0.00s)\n    --- PASS: TestA/one (0.00s)\n--- FAIL: TestB (0.00s)\nFAIL\n");
  assert.deepEqual(report.cases.map((c) => [c.label, c.status, c.messages]), [["TestA: one", "pass", []], ["TestB", "fail", ["boom"]]]);
});

test("parseTestOutput: a panic is kept, and the case that panicked failed", () => {
  const report = parseTestOutput(panicOutput);
  assert.match(report.panic, /^panic: runtime error: index out of range \[5\]/);
  assert.deepEqual(report.cases.map((c) => c.status), ["fail", "fail"]);
});

test("messageFields: multi-line values continue the field above", () => {
  assert.deepEqual(messageFields("input: ops\ngot: [1\n2]\nwant: [1 2]"), { input: "ops", got: "[1\n2]", want: "[1 2]" });
});

test("fileErrors and panicLine: positions in the reader's file only", () => {
  const errors = "./solution.go:5:6: x declared but not used\n./prog_test.go:27:11: undefined: twoSum\nsolution.go:9: missing return";
  assert.deepEqual(fileErrors(errors, "solution.go"), [
    { line: 5, column: 6, message: "x declared but not used" },
    { line: 9, column: 1, message: "missing return" },
  ]);
  assert.equal(panicLine(panicOutput, "solution.go"), 5);
  assert.equal(panicLine("panic: boom\n\t/tmp/x/prog_test.go:3", "solution.go"), 0);
});

test("describeCheck: failing cases first, never read from TestsFailed", () => {
  const outcome = describeCheck(answer(starterOutput), files);
  assert.equal(outcome.status, "2 cases of 4 failed, 2 passed.");
  assert.equal(outcome.failed, true);
  assert.equal(outcome.solved, false);
  assert.deepEqual(outcome.cases.map((c) => c.label), ["pair at the start", "negatives", "no pair", "empty"]);
  assert.match(outcome.output, /two_sum_test\.go:33: input/, "the tests' file keeps its own name");
});

test("describeCheck: every case passing solves the problem", () => {
  const outcome = describeCheck(answer(passingOutput, { Status: 0, TestsFailed: 0 }), files);
  assert.deepEqual([outcome.status, outcome.failed, outcome.solved], ["All 2 cases passed.", false, true]);
  assert.equal(describeCheck(answer(passingOutput, { Status: 0, IsTest: false }), files).solved, false, "tests that did not run solve nothing");
});

test("describeCheck: a build error marks the reader's line", () => {
  const outcome = describeCheck({ Errors: "./solution.go:5:6: x declared but not used\n" }, files);
  assert.equal(outcome.status, "Build failed (1 error in your code, marked in the editor)");
  assert.deepEqual(outcome.diagnostics, [{ line: 5, column: 6, message: "x declared but not used" }]);
  assert.deepEqual(outcome.blocks, [{ className: "error", text: "./solution.go:5:6: x declared but not used" }]);
  const inTests = describeCheck({ Errors: "./prog_test.go:27:11: undefined: twoSum\n" }, files);
  assert.deepEqual([inTests.status, inTests.blocks[0].text], ["Build failed", "./two_sum_test.go:27:11: undefined: twoSum"]);
});

test("describeCheck: a panic names its case and marks its line; a timeout says what to look for", () => {
  const outcome = describeCheck(answer(panicOutput, { Status: 2 }), files);
  assert.equal(outcome.status, "Your code panicked in the case “element not reused”; the cases after it did not run.");
  assert.deepEqual(outcome.diagnostics.map((d) => d.line), [5]);
  assert.equal(describeCheck({ Errors: "timeout running program" }, files).status.startsWith("Your code did not finish in time"), true);
});

test("localRunFiles: the draft, the tests and a go.mod for go test ./...", () => {
  assert.deepEqual(localRunFiles({ name: "solution.go", text: "d" }, { name: "two_sum_test.go", text: "t" }),
    [{ name: "solution.go", text: "d" }, { name: "two_sum_test.go", text: "t" }, { name: "go.mod", text: "module practice\n\ngo 1.19\n" }]);
  assert.equal(goMod, "module practice\n\ngo 1.19\n");
  assert.equal(localCommand, "go test ./...");
});

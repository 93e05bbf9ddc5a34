import { fileErrors, panicLine } from "./build-errors.js";
import { parseTestOutput } from "./test-report.js";

// What the output panel shows for a Playground /compile answer to Check (see check-body.js), and
// what the editor marks. Pure, for tests. `files` names the two files: { solution: "solution.go",
// tests: "two_sum_test.go" }. The sandbox renames the leading file (the tests) to prog_test.go, so
// its messages say that name; they are shown with the tests' own name, which the page lists.
//
// Returns { status, failed, solved, cases, blocks, output, diagnostics }: `cases` as parseTestOutput
// gives them (failed ones first), `blocks` the panel's text blocks, `output` the whole test output,
// `diagnostics` [{ line, column, message }] in the reader's file.

// The Playground's own message for a program stopped at its time limit (sandbox.go, runTimeoutError).
const timeoutError = "timeout running program";

function plural(count, one, many) {
  return count + " " + (count === 1 ? one : many);
}

function renamed(text, files) {
  return text.replace(/prog_test\.go/g, files.tests);
}

function buildFailure(errors, files) {
  const text = renamed(errors, files).trimEnd();
  const diagnostics = fileErrors(text, files.solution);
  const where = diagnostics.length > 0
    ? " (" + plural(diagnostics.length, "error", "errors") + " in your code, marked in the editor)"
    : "";
  return { status: "Build failed" + where, failed: true, solved: false, cases: [], blocks: [{ className: "error", text }], output: "", diagnostics };
}

export function describeCheck(result, files) {
  const errors = result.Errors || "";
  if (errors.includes(timeoutError)) {
    return {
      status: "Your code did not finish in time: the Go Playground stops a run after a few seconds. Look for a loop that never ends or a goroutine that waits forever.",
      failed: true, solved: false, cases: [], blocks: [], output: "", diagnostics: [],
    };
  }
  if (errors) return buildFailure(errors, files);

  const output = renamed((result.Events || []).map((event) => event.Message).join(""), files);
  const report = parseTestOutput(output);
  const failed = report.cases.filter((c) => c.status === "fail" || c.status === "none");
  const passed = report.cases.filter((c) => c.status === "pass");
  const cases = failed.concat(report.cases.filter((c) => !failed.includes(c)));
  const blocks = [];
  const diagnostics = [];
  let status;
  if (report.panic) {
    const line = panicLine(report.panic, files.solution);
    if (line) diagnostics.push({ line, column: 1, message: report.panic.split("\n")[0] });
    blocks.push({ className: "error", text: report.panic });
    status = "Your code panicked" + (failed.length ? " in the case “" + failed[failed.length - 1].label + "”" : "") + "; the cases after it did not run.";
  } else if (!result.IsTest || report.cases.length === 0) {
    status = "The tests did not run (exit status " + (result.Status || 0) + ").";
  } else if (failed.length > 0) {
    status = plural(failed.length, "case", "cases") + " of " + report.cases.length + " failed, " + passed.length + " passed.";
  } else {
    status = "All " + plural(report.cases.length, "case", "cases") + " passed.";
  }
  const solved = Boolean(result.IsTest) && !result.Status && !report.panic && report.cases.length > 0 && failed.length === 0;
  return { status, failed: !solved, solved, cases, blocks, output, diagnostics };
}

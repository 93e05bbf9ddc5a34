// Reads `go test -test.v` output (what the Playground returns for a test program) into test cases.
// Results come from the "--- PASS/FAIL/SKIP: TestX/case" lines, never from the Playground's
// TestsFailed count, which counts every "--- FAIL" (a failing case and its parent test alike).
// A failing case's message lines stream between its "=== RUN" line and the next "===" line,
// indented, the first one after "file_test.go:NN: ". The guide's tests report a failure in one
// form, on three lines: "input: …", "got: …", "want: …".

const runPattern = /^=== (RUN|CONT|NAME|PAUSE)\s+(\S+)/;
const resultPattern = /^\s*--- (PASS|FAIL|SKIP): (\S+) \(/;
const messageStart = /^\s+\S+\.go:\d+: ?(.*)$/;
const fieldPattern = /^(input|got|want): ?(.*)$/;

// Go writes a subtest's name with "_" for spaces; the tests name cases in words.
function words(name) {
  return name.replace(/_/g, " ");
}

// A failure message's input, got and want (missing ones are absent); continuation lines join the field above.
export function messageFields(message) {
  const fields = {};
  let last = null;
  message.split("\n").forEach((line) => {
    const field = line.match(fieldPattern);
    if (field && !(field[1] in fields)) {
      last = field[1];
      fields[last] = field[2];
    } else if (last) {
      fields[last] += "\n" + line;
    }
  });
  return fields;
}

// { cases, panic } where each case is { name, label, status: "pass" | "fail" | "skip" | "none", messages,
// fields } in the order the cases ran, and `panic` is the text from a "panic:" line on, or "".
// Only the innermost tests are cases: TestTwoSum/no_pair is one, TestTwoSum (its parent) is not.
export function parseTestOutput(output) {
  const tests = new Map();
  let current = null;
  let panicAt = -1;
  const lines = output.split("\n");

  function test(name) {
    if (!tests.has(name)) tests.set(name, { name, status: "none", messages: [] });
    return tests.get(name);
  }

  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, "");
    const run = line.match(runPattern);
    if (run) {
      current = run[1] === "PAUSE" ? null : test(run[2]);
      return;
    }
    const result = line.match(resultPattern);
    if (result) {
      // Messages may follow their result line too (as in output without -test.v).
      current = test(result[2]);
      current.status = result[1].toLowerCase();
      return;
    }
    if (panicAt < 0 && line.startsWith("panic: ")) panicAt = index;
    if (!current || !/^\s/.test(line)) {
      current = null;
      return;
    }
    const start = line.match(messageStart);
    if (start) current.messages.push(start[1]);
    else if (current.messages.length > 0) current.messages[current.messages.length - 1] += "\n" + line.trim();
  });

  const names = Array.from(tests.keys());
  const topLevel = new Set(names.map((name) => name.split("/")[0]));
  const cases = names
    .filter((name) => !names.some((other) => other.startsWith(name + "/")))
    .map((name) => {
      const entry = tests.get(name);
      const slash = name.indexOf("/");
      const own = slash < 0 ? name : name.slice(slash + 1);
      const label = slash < 0 || topLevel.size === 1 ? words(own) : name.slice(0, slash) + ": " + words(own);
      return { ...entry, label, fields: messageFields(entry.messages.join("\n")) };
    });
  return { cases, panic: panicAt < 0 ? "" : lines.slice(panicAt).join("\n").trimEnd() };
}

// Compiler and runtime positions in the reader's file, for the editor: "./solution.go:5:6: msg"
// (go build and go test name files relative to the module folder), "solution.go:5: msg", and the
// "solution.go:5 +0x1d" lines of a panic's stack trace.

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// [{ line, column, message }] for every message naming `fileName`, in order; column is 1 when not given.
export function fileErrors(text, fileName) {
  const pattern = new RegExp("^(?:\\./)?" + escapeRegExp(fileName) + ":(\\d+)(?::(\\d+))?: (.*)$");
  return text.split("\n").map((line) => line.trim().match(pattern)).filter(Boolean).map((match) => ({
    line: Number(match[1]),
    column: match[2] ? Number(match[2]) : 1,
    message: match[3],
  }));
}

// The first line of `fileName` in a panic's stack trace (the reader's code that panicked), or 0.
export function panicLine(trace, fileName) {
  const match = trace.match(new RegExp("[/\\\\ \\t]" + escapeRegExp(fileName) + ":(\\d+)"));
  return match ? Number(match[1]) : 0;
}

// The body Check sends to the Playground's /compile, in the txtar format of golang/playground's
// sandbox.go: lines before the first "-- name --" line are an unnamed file, which the sandbox saves
// as prog.go; when that file has tests and no main it becomes prog_test.go and runs with `go test`
// and -test.v. Tests are looked for in that leading file only, so the tests go first and the
// reader's code follows as a named file (solution.go); the other way round, the sandbox finds no
// tests, and `go build` fails for want of a main function.

// A txtar file marker: a line "-- NAME --" (golang.org/x/tools/txtar).
const markerPattern = /^-- \S(?:.*\S)? --$/;

// The 1-based number of the first line of `text` that the Playground would read as a file marker, or 0.
export function markerLine(text) {
  const index = text.split("\n").findIndex((line) => markerPattern.test(line.replace(/\r$/, "")));
  return index + 1;
}

function withFinalNewline(text) {
  return text.endsWith("\n") ? text : text + "\n";
}

// The archive: `tests` as the leading unnamed file, then `draft` as `fileName`. Throws an Error with
// a reader-facing message when a line of the draft would split it into another file.
export function checkBody(tests, draft, fileName) {
  const line = markerLine(draft);
  if (line) {
    throw new Error("Line " + line + " of your code looks like a file separator to the Go Playground (\"-- name --\" on a line of its own). Change that line and check again.");
  }
  return withFinalNewline(tests) + "-- " + fileName + " --\n" + withFinalNewline(draft);
}

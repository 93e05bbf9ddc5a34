// When the Go Playground cannot be reached, the reader runs the same tests with their own Go: the
// draft, the tests and a go.mod in one folder, and one command.
export const goMod = "module practice\n\ngo 1.19\n";
export const localCommand = "go test ./...";

// The three files, each { name, text }: the reader's code and the tests (each { name, text }), and go.mod.
export function localRunFiles(solution, tests) {
  return [solution, tests, { name: "go.mod", text: goMod }];
}

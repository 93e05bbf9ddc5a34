import { showOutput } from "./output-panel.js";

// Code runner: Run, Open in Go Playground, Copy and Edit, through the same-origin /play proxy.
export const runTimeoutMs = 20000;

// The proxy answers 502/504 when it cannot reach the Playground, 413 for code over its 64 KiB limit.
export function describeStatus(status) {
  if (status === 413) return "The code is too large to send to the Go Playground (the limit is 64 KiB).";
  if (status === 502 || status === 503 || status === 504) return "The Go Playground could not be reached. Try again later.";
  return "The Go Playground answered with an error (HTTP " + status + "). Try again later.";
}

// What to show for a Playground /compile answer: a status line (an error or not) and the output
// blocks, each { className, text }.
export function describeRun(result) {
  if (result.Errors) {
    return { status: "Build failed", failed: true, blocks: [{ className: "error", text: result.Errors }] };
  }
  let stdout = "";
  let stderr = "";
  (result.Events || []).forEach((event) => {
    if (event.Kind === "stderr") stderr += event.Message;
    else stdout += event.Message;
  });
  const status = result.IsTest
    ? (result.TestsFailed ? result.TestsFailed + " test(s) failed" : "All tests passed")
    : "Program exited with status " + (result.Status || 0);
  const blocks = [];
  if (result.VetErrors) blocks.push({ className: "stderr", text: "go vet: " + result.VetErrors });
  if (stdout) blocks.push({ className: "stdout", text: stdout });
  if (stderr) blocks.push({ className: "stderr", text: stderr });
  return { status, failed: Boolean(result.Status || result.TestsFailed), blocks };
}

function post(url, body, contentType) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), runTimeoutMs);
  return fetch(url, { method: "POST", body, headers: { "Content-Type": contentType }, signal: controller.signal })
    .then((response) => {
      clearTimeout(timer);
      if (!response.ok) throw new Error(describeStatus(response.status));
      return response;
    }, (error) => {
      clearTimeout(timer);
      throw new Error(error.name === "AbortError"
        ? "The Go Playground did not answer within " + runTimeoutMs / 1000 + " seconds. Try again later."
        : "The Go Playground could not be reached. Check your connection and try again.");
    });
}

function showError(output, message) {
  showOutput(output, { status: message, failed: true });
}

function flash(button, text) {
  const original = button.textContent;
  button.textContent = text;
  setTimeout(() => { button.textContent = original; }, 1500);
}

// The Playground endpoint of the page (the same-origin proxy).
export function playgroundEndpoint() {
  return (document.querySelector("meta[name=playground-endpoint]") || {}).content || "/play";
}

// Sends `body` (a program, or a txtar archive of files) to the Playground's /compile; resolves to its
// JSON answer, rejects with an Error whose message is for the reader (unreachable, too slow, too large).
export function compile(endpoint, body, withVet) {
  const form = new URLSearchParams({ version: "2", body, withVet: String(withVet) });
  return post(endpoint + "/compile", form.toString(), "application/x-www-form-urlencoded").then((response) => response.json());
}

// While a run is on, Run is aria-disabled rather than disabled: a disabled button would drop the
// keyboard focus to the page, and a reader pressing Enter again should find it where it was.
// Resolves to { passed, status } when the Playground ran the code (passed: it built and exited 0, or
// its tests passed), or null when there was no run (one already on, or the Playground unreachable).
// Check (practice/practice.js) does the same with its own report.
export function run(endpoint, code, output, button) {
  if (button.getAttribute("aria-disabled") === "true") return Promise.resolve(null);
  showOutput(output, { status: "Running…", busy: true });
  button.setAttribute("aria-disabled", "true");
  return compile(endpoint, code, true)
    .then((result) => {
      const shown = describeRun(result);
      showOutput(output, shown);
      return { passed: !shown.failed, status: shown.status };
    }, (error) => {
      showError(output, error.message);
      return null;
    })
    .then((outcome) => {
      button.removeAttribute("aria-disabled");
      return outcome;
    });
}

function openInPlayground(endpoint, code, output) {
  // Open the tab during the click so pop-up blockers allow it, then point it at the share.
  const tab = window.open("about:blank", "_blank");
  post(endpoint + "/share", code, "text/plain; charset=utf-8")
    .then((response) => response.text())
    .then((id) => {
      const url = "https://go.dev/play/p/" + encodeURIComponent(id.trim());
      if (tab) tab.location.href = url;
      else window.location.href = url;
    }, (error) => {
      if (tab) tab.close();
      showError(output, error.message);
    });
}

// The program is in the page once, in the highlighted block; the editor gets it when Edit is first
// pressed, and from then on the editor's text is the code.
export function setUpRunners() {
  const endpoint = playgroundEndpoint();
  document.querySelectorAll("[data-runner]").forEach((runner) => {
    const toolbar = runner.querySelector(".runner-toolbar");
    const editor = runner.querySelector(".code-editor");
    const highlighted = runner.querySelector("pre.code");
    const output = runner.querySelector("[data-output-panel]");
    const editButton = runner.querySelector("[data-action=edit]");
    let edited = false;
    const code = () => (edited ? editor.value : highlighted.textContent);
    toolbar.hidden = false;

    editButton.addEventListener("click", () => {
      const editing = editor.hidden;
      if (editing && !edited) {
        editor.value = highlighted.textContent;
        edited = true;
      }
      editor.hidden = !editing;
      highlighted.hidden = editing;
      editButton.setAttribute("aria-pressed", String(editing));
      if (editing) editor.focus();
    });
    runner.querySelector("[data-action=run]").addEventListener("click", (event) => {
      run(endpoint, code(), output, event.currentTarget);
    });
    const share = runner.querySelector("[data-action=share]");
    if (share) share.addEventListener("click", () => openInPlayground(endpoint, code(), output));
    runner.querySelector("[data-action=copy]").addEventListener("click", (event) => {
      const button = event.currentTarget;
      navigator.clipboard.writeText(code()).then(() => flash(button, "Copied"), () => flash(button, "Copy failed"));
    });
  });
}

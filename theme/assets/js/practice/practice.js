import { compile, playgroundEndpoint } from "../code-runner.js";
import { element } from "../dom.js";
import { createOutputPanel, showOutput } from "../output-panel.js";
import { markSolved } from "../solved.js";
import { checkBody } from "./check-body.js";
import { describeCheck } from "./check-result.js";
import { localCommand, localRunFiles } from "./local-run.js";

// The Practice section of a coding problem (its markup: the starter and the tests, each in a
// <details>, which is all a reader without JavaScript gets): an editor holding the reader's draft
// (saved per problem in localStorage), Check, which runs the problem's tests on the draft in the Go
// Playground and shows each case in an output panel like Run's, and Reset to starter. Passing every
// case marks the problem solved. When the Playground cannot be reached, the panel offers the three
// files to run the tests locally.
//
// The editor (CodeMirror, assets/dist/editor.js) is a chunk of its own, imported when the section
// comes near the screen; until then, and if it cannot load, a plain text area stands in.

export const editorLabel = "Your solution";

function button(text, action, quiet) {
  const node = element("button", "button" + (quiet ? " button-quiet" : ""), text);
  node.type = "button";
  node.setAttribute("data-action", action);
  return node;
}

// Links that save each file, the command, and what to do with them.
function localRunOffer(files, urls) {
  const offer = element("div", "local-run", "");
  offer.appendChild(element("p", "", "You can run the same tests on your computer with Go 1.19 or newer: save these three files in one folder, then run this command in it."));
  const list = element("ul", "local-files", "");
  files.forEach((file) => {
    const link = element("a", "", file.name);
    link.href = URL.createObjectURL(new Blob([file.text], { type: "text/plain" }));
    link.download = file.name;
    urls.push(link.href);
    const item = element("li", "", "");
    item.appendChild(link);
    list.appendChild(item);
  });
  const command = element("pre", "local-command", "");
  command.appendChild(element("code", "", localCommand));
  offer.append(list, command);
  return offer;
}

// One button per error in the reader's file, putting the cursor on its line.
function errorLinks(errors, editor) {
  const list = element("ul", "error-lines", "");
  errors.forEach((error) => {
    const item = element("li", "", "");
    const go = element("button", "link-button", "Line " + error.line + (error.column > 1 ? ", column " + error.column : ""));
    go.type = "button";
    go.addEventListener("click", () => editor.goTo(error.line, error.column));
    item.append(go, ": " + error.message);
    list.appendChild(item);
  });
  return list;
}

// The stand-in editor: a labelled text area with the same little interface as mountEditor's.
function textAreaEditor(host, { doc, label, onChange }) {
  const area = element("textarea", "code-editor practice-textarea", "");
  area.value = doc;
  area.spellcheck = false;
  area.setAttribute("aria-label", label);
  area.addEventListener("input", () => onChange(area.value));
  host.replaceWith(area);
  function lineStart(line) {
    return area.value.split("\n").slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
  }
  return {
    text: () => area.value,
    replace(text) { area.value = text; onChange(text); },
    showErrors() {},
    goTo(line, column) { area.focus(); area.setSelectionRange(lineStart(line) + column - 1, lineStart(line) + column - 1); },
    focus: () => area.focus(),
  };
}

// The starter, the tests and their file names, read from a Practice section's markup (a question
// page's, or one fetched by a mock round); null when the section lacks them.
export function practiceFiles(section) {
  const starterBlock = section.querySelector("[data-practice-file=starter]");
  const testsBlock = section.querySelector("[data-practice-file=tests]");
  if (!starterBlock || !testsBlock) return null;
  return {
    starter: starterBlock.textContent,
    tests: testsBlock.textContent,
    names: { solution: starterBlock.getAttribute("data-file-name") || "solution.go", tests: testsBlock.getAttribute("data-file-name") || "solution_test.go" },
    starterBlock,
  };
}

// The workspace of one problem (editor, Check, Reset to starter, output panel), returned unattached:
//   files      practiceFiles(...)
//   draft      the code to start from (the starter when null)
//   saveDraft  called with the code on every change
//   onChecked  called with each Check's outcome (check-result.js describeCheck); may return a
//              sentence to add to the status ("The problem is marked as solved.")
//   label      the editor's accessible name
export function practiceWorkspace({ files, draft, saveDraft, onChecked, label, editorUrl, endpoint }) {
  const { starter, tests, names } = files;
  let code = draft ?? starter;
  let editor = null;
  let urls = [];

  const workspace = element("div", "practice-workspace", "");
  const keys = element("p", "practice-keys", "Tab indents. To leave the editor, press Esc, then Tab.");
  const host = element("div", "practice-editor", "");
  host.setAttribute("data-file-name", names.solution);
  const toolbar = element("div", "practice-toolbar", "");
  const check = button("Check", "check");
  const reset = button("Reset to starter", "reset", true);
  toolbar.append(check, reset);
  const panel = createOutputPanel("practice-output");
  workspace.append(keys, host, toolbar, panel);

  const options = {
    doc: code,
    label,
    onChange(text) {
      code = text;
      saveDraft(text);
    },
    onSubmit: () => runCheck(),
  };

  // The download links of the last local-run offer stay usable until the panel shows something else.
  function show(result) {
    urls.forEach((url) => URL.revokeObjectURL(url));
    urls = [];
    showOutput(panel, result);
  }

  function runCheck() {
    if (check.getAttribute("aria-disabled") === "true") return;
    let body;
    try {
      body = checkBody(tests, code, names.solution);
    } catch (error) {
      show({ status: error.message, failed: true });
      return;
    }
    if (editor) editor.showErrors([]);
    show({ status: "Checking your code against the tests…", busy: true });
    check.setAttribute("aria-disabled", "true");
    const checked = code;
    compile(endpoint, body, false).then((result) => {
      const outcome = describeCheck(result, names);
      if (editor) editor.showErrors(outcome.diagnostics);
      const more = onChecked(outcome);
      show({
        status: more ? outcome.status + " " + more : outcome.status,
        failed: outcome.failed,
        cases: outcome.cases,
        blocks: outcome.blocks,
        more: outcome.output ? { summary: "Full test output", text: outcome.output } : null,
        nodes: outcome.diagnostics.length > 0 && editor ? [errorLinks(outcome.diagnostics, editor)] : [],
      });
    }, (error) => {
      const offered = [];
      const offer = localRunOffer(localRunFiles({ name: names.solution, text: checked }, { name: names.tests, text: tests }), offered);
      show({ status: error.message, failed: true, nodes: [offer] });
      urls = offered;
    }).then(() => check.removeAttribute("aria-disabled"));
  }

  check.addEventListener("click", runCheck);
  reset.addEventListener("click", () => {
    if (editor) {
      editor.replace(starter);
      editor.focus();
    } else {
      options.onChange(starter);
    }
    show({ status: "The editor holds the starter again. Undo (Ctrl+Z) brings your code back." });
  });

  function load() {
    import(editorUrl)
      .then((module) => module.mountEditor(host, { ...options, doc: code }))
      .catch(() => textAreaEditor(host, { ...options, doc: code }))
      .then((mounted) => { editor = mounted; });
  }
  // The editor is a large chunk: fetch it when the workspace comes near the screen, not before.
  function start() {
    if (!("IntersectionObserver" in window)) {
      load();
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      load();
    }, { rootMargin: "50% 0px" });
    observer.observe(workspace);
  }
  return { element: workspace, start };
}

function setUpSection(section, progress, editorUrl, endpoint) {
  const id = section.getAttribute("data-problem");
  const files = id ? practiceFiles(section) : null;
  if (!files) {
    section.setAttribute("data-plain", "");
    return;
  }
  const workspace = practiceWorkspace({
    files,
    draft: progress.draft(id),
    saveDraft: (text) => progress.setDraft(id, text, files.starter),
    onChecked(outcome) {
      if (!outcome.solved) return null;
      markSolved(progress, id);
      return "The problem is marked as solved.";
    },
    label: editorLabel + " (" + files.names.solution + ")",
    editorUrl,
    endpoint,
  });
  const starterHolder = files.starterBlock.closest("details") || files.starterBlock;
  starterHolder.after(workspace.element);
  starterHolder.hidden = true;
  section.setAttribute("data-ready", "");
  workspace.start();
}

// Sections this script cannot enhance are marked data-plain: the stylesheet then shows their markup as it is.
export function setUpPractice(progress) {
  const editorUrl = (document.querySelector("meta[name=editor-module]") || {}).content;
  const endpoint = playgroundEndpoint();
  document.querySelectorAll(".practice").forEach((section) => {
    if (editorUrl && section.hasAttribute("data-problem")) setUpSection(section, progress, editorUrl, endpoint);
    else section.setAttribute("data-plain", "");
  });
}

import { playgroundEndpoint, run } from "./code-runner.js";

// The practice area of one problem in a mock round: THE SEAM between mock rounds and the practice
// part of the guide (issue 17: the editor and Check on question pages).
//
//   mountPractice(slot, question, { id, index, title, draft, onDraft, onResult })
//     slot      the element of the round's problem panel to fill
//     question  the problem's own page as a Document (question-page.js fetchQuestion)
//     draft     the reader's code so far in this round ("" at the start)
//     onDraft(text)        call on every change of the code, so a reload keeps it
//     onResult(result)     call after every Run or Check with { passed: boolean, status: "text" };
//                          the round keeps the last one per problem for its summary
//
// Until Check is in the guide, this builds a plain code box with Run (the question pages' Run,
// code-runner.js): a problem counts as passed when the reader's last Run built and exited with
// status 0. To use Check, replace the body of this function: import the question page's practice
// section from `question` (its editor, starter code and Check, with hints and solutions left out or
// hidden in a mock mode), set it up as the question page does, and report each Check's verdict
// through onResult. Nothing else in the mock round needs to change.
export function mountPractice(slot, question, { id, index, title, draft, onDraft, onResult }) {
  const template = document.querySelector("template[data-practice-template]");
  const area = template.content.firstElementChild.cloneNode(true);
  const editorId = "mock-code-" + index;
  const heading = area.querySelector("h3, h4");
  heading.id = editorId + "-title";
  area.setAttribute("aria-labelledby", heading.id);
  const label = area.querySelector("label");
  label.htmlFor = editorId;
  label.textContent = "Your Go program for " + title;
  const editor = area.querySelector("textarea");
  editor.id = editorId;
  editor.value = draft || editor.defaultValue;
  editor.addEventListener("input", () => onDraft(editor.value));
  const output = area.querySelector("[data-output-panel]");
  area.querySelector("[data-action=run]").addEventListener("click", (event) => {
    run(playgroundEndpoint(), editor.value, output, event.currentTarget).then((outcome) => {
      if (outcome) onResult(outcome);
    });
  });
  area.setAttribute("data-practice-for", id);
  slot.appendChild(area);
}

import { playgroundEndpoint } from "./code-runner.js";
import { element } from "./dom.js";
import { practiceFiles, practiceWorkspace } from "./practice/practice.js";

// The practice area of one problem in a mock round: the question page's Practice workspace (editor,
// Check against the problem's tests, Reset to starter), with nothing else of the page: no hints, no
// solution, no reference code.
//
//   mountPractice(slot, question, { id, index, title, draft, onDraft, onResult })
//     slot      the element of the round's problem panel to fill
//     question  the problem's own page as a Document (question-page.js fetchQuestion)
//     draft     the reader's code so far in this round ("" at the start: the starter)
//     onDraft(text)        called on every change of the code, so a reload keeps it
//     onResult(result)     called after every Check with { passed, status }; the round keeps the
//                          last one per problem for its summary
//
// A round does not mark problems solved or touch the drafts of the question pages: it is a rehearsal,
// kept in its own history.
export function mountPractice(slot, question, { id, index, title, draft, onDraft, onResult }) {
  const section = question.querySelector(".practice[data-problem]");
  const files = section ? practiceFiles(section) : null;
  const area = element("section", "mock-practice", "");
  const heading = element("h4", "", "Your code");
  heading.id = "mock-code-" + index + "-title";
  area.setAttribute("aria-labelledby", heading.id);
  area.setAttribute("data-practice-for", id);
  area.appendChild(heading);
  slot.appendChild(area);
  if (!files) {
    area.appendChild(element("p", "", "This problem has no tests to check your code against; solve it on paper, then compare with the solution at the end of the round."));
    return;
  }
  const workspace = practiceWorkspace({
    files,
    draft: draft || null,
    saveDraft: onDraft,
    onChecked(outcome) {
      onResult({ passed: outcome.solved, status: outcome.status });
      return null;
    },
    label: "Your solution for " + title + " (" + files.names.solution + ")",
    editorUrl: (document.querySelector("meta[name=editor-module]") || {}).content,
    endpoint: playgroundEndpoint(),
  });
  area.appendChild(workspace.element);
  workspace.start();
}

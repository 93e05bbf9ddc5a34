import { block, element } from "./dom.js";

// One output panel for whatever a page runs or checks: Run (theme/layouts/partials/output-panel.sbn-html)
// and Check on coding problems (practice/practice.js, through createOutputPanel). The panel is a polite
// live region, so what it shows is announced; showing it scrolls it into view only as far as needed.
//
//   showOutput(panel, { status: "Running…", busy: true })
//   showOutput(panel, { status: "Build failed", failed: true, blocks: [{ className: "error", text }] })
//   showOutput(panel, { status: "1 case of 3 failed", failed: true, cases: [{ label, status, fields, messages }],
//                       more: { summary: "Full test output", text }, nodes: [element] })

const caseFields = [["input", "Input"], ["want", "Expected"], ["got", "Actual"]];

// A test case as display data: { className, mark, label, details: [{ term, text }], message }.
export function caseParts(testCase) {
  const failed = testCase.status !== "pass" && testCase.status !== "skip";
  const details = caseFields.filter(([key]) => key in (testCase.fields || {})).map(([key, term]) => ({ term, text: testCase.fields[key] }));
  // A failure the tests did not report as input/got/want (a t.Fatal, a panic) shows as it was written.
  const message = failed && details.length === 0 ? (testCase.messages || []).join("\n") : "";
  const mark = failed ? "Failed" : testCase.status === "skip" ? "Skipped" : "Passed";
  return { className: "test-case " + (failed ? "failed" : "passed"), mark, label: testCase.label, details, message };
}

// The panel's content as plain data: its status line's class and text, and its blocks. Pure, for tests.
export function outputParts(result) {
  const statusClass = "run-status" + (result.failed ? " error" : "");
  const blocks = (result.blocks || []).filter((part) => part && part.text);
  const cases = (result.cases || []).map(caseParts);
  const more = result.more && result.more.text ? result.more : null;
  return { statusClass, status: String(result.status || ""), busy: Boolean(result.busy), blocks, cases, more };
}

function caseList(cases) {
  const list = element("ul", "test-cases", "");
  cases.forEach((part) => {
    const item = element("li", part.className, "");
    const head = element("p", "case-head", "");
    head.append(element("span", "case-mark", part.mark), " ", element("span", "case-label", part.label));
    item.appendChild(head);
    if (part.details.length > 0) {
      const details = element("dl", "case-details", "");
      part.details.forEach((detail) => {
        const value = element("dd", "", "");
        value.appendChild(element("code", "", detail.text));
        details.append(element("dt", "", detail.term), value);
      });
      item.appendChild(details);
    }
    if (part.message) item.appendChild(block("case-message", part.message));
    list.appendChild(item);
  });
  return list;
}

// An empty panel like the partial's, for a block of the page whose markup has none.
export function createOutputPanel(extraClass) {
  const panel = element("div", "output-panel run-output" + (extraClass ? " " + extraClass : ""), "");
  panel.setAttribute("data-output-panel", "");
  panel.setAttribute("role", "status");
  panel.setAttribute("aria-live", "polite");
  panel.hidden = true;
  return panel;
}

export function showOutput(panel, result) {
  const parts = outputParts(result);
  panel.hidden = false;
  panel.setAttribute("aria-busy", String(parts.busy));
  panel.textContent = "";
  const status = element("p", parts.statusClass, parts.status);
  if (parts.busy) status.prepend(element("span", "spinner", ""), " ");
  panel.appendChild(status);
  (result.nodes || []).forEach((node) => panel.appendChild(node));
  if (parts.cases.length > 0) panel.appendChild(caseList(parts.cases));
  parts.blocks.forEach((part) => panel.appendChild(block(part.className, part.text)));
  if (parts.more) {
    const more = element("details", "more-output", "");
    more.append(element("summary", "", parts.more.summary), block("stdout", parts.more.text));
    panel.appendChild(more);
  }
  if (typeof panel.scrollIntoView === "function") {
    const reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    panel.scrollIntoView({ block: "nearest", behavior: reduce ? "auto" : "smooth" });
  }
}

export function clearOutput(panel) {
  panel.textContent = "";
  panel.hidden = true;
}

// A question's parts, read from its own page (/problems/<id>/), for /review/ and /mock/: those pages
// stay small and show the guide's questions exactly as their pages do. Same origin, so the
// Content-Security-Policy's connect-src 'self' allows it; the page's markup is the generator's.

import { questionUrl } from "./routes.js";

export class QuestionNotFound extends Error {}

// The question page as a Document. Rejects with QuestionNotFound for a 404 (a question that left
// the guide), with an Error saying what happened otherwise.
export function fetchQuestion(id) {
  return fetch(questionUrl(encodeURIComponent(id))).then((response) => {
    if (response.status === 404) throw new QuestionNotFound("This question is no longer in the guide.");
    if (!response.ok) throw new Error("The question could not be loaded (HTTP " + response.status + ").");
    return response.text();
  }, () => {
    throw new Error("The question could not be loaded. Check your connection and try again.");
  }).then((html) => new DOMParser().parseFromString(html, "text/html"));
}

// Copies of `nodes` for this page, without ids (they would clash with the page's own) and
// without the task-list boxes' storage keys (ticking them here should not tick them there).
function imported(nodes) {
  const fragment = document.createDocumentFragment();
  nodes.forEach((node) => {
    const copy = document.importNode(node, true);
    if (copy.nodeType === Node.ELEMENT_NODE) {
      [copy, ...copy.querySelectorAll("[id]")].forEach((el) => el.removeAttribute("id"));
      copy.querySelectorAll("[data-key]").forEach((el) => el.removeAttribute("data-key"));
    }
    fragment.appendChild(copy);
  });
  return fragment;
}

// The content of a section without its heading.
function sectionBody(section) {
  return section ? Array.from(section.childNodes).filter((node) => !/^H[1-6]$/.test(node.nodeName)) : [];
}

// What /review/ and /mock/ show of a question: title, bank, kind, difficulty, the prompt, and the
// answer (the solution with its complexity and, for system design and behavioral questions, their
// sections) and the Go code, each a fresh DocumentFragment (or null).
export function questionParts(doc) {
  const article = doc.querySelector("article.question");
  if (!article) throw new Error("The question page has an unexpected layout.");
  const text = (selector) => (article.querySelector(selector)?.textContent || "").trim();
  // The solution's <details> holds the answer, the complexity, the design sections and the code
  // runner; the runner's code is given apart (without its buttons, which work only on its page).
  const solution = article.querySelector(".solution");
  const answer = solution ? Array.from(solution.children).filter((el) => el.nodeName !== "SUMMARY" && !el.matches(".code-runner")) : [];
  const code = article.querySelector(".code-runner pre.code");
  return {
    title: text("h1"),
    bank: text(".eyebrow"),
    kind: (article.getAttribute("data-pagefind-filter") || "").replace(/^kind:/, ""),
    difficulty: text(".question-meta .badge"),
    prompt: () => imported(sectionBody(article.querySelector(".prompt"))),
    answer: () => imported(answer),
    code: code ? () => imported([code]) : null,
  };
}

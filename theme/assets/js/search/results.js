import { element } from "../dom.js";
import { FILTER_NAMES } from "./query.js";

// How results look, in the dropdown and on the search page alike.

// Pagefind's excerpts are HTML (entities escaped, hits in <mark>). Rebuild them from text and
// <mark> only, so nothing else from the index can ever reach the page as markup.
function excerpt(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  const span = element("span", "search-excerpt", "");
  template.content.childNodes.forEach((node) => {
    if (node.nodeName === "MARK") span.appendChild(element("mark", "", node.textContent));
    else span.appendChild(document.createTextNode(node.textContent));
  });
  return span;
}

// The reader-facing label of a filter value (from /search/filters.json), or the value itself.
export function label(labels, filter, value) {
  return (labels && labels[filter] && labels[filter][value]) || value;
}

// One page result as a link: title, difficulty badge, type and bank, highlighted excerpt;
// then up to two sections of the page ("sub results") that matched, as links of their own.
export function resultLinks(data, labels) {
  const links = [];
  const main = element("a", "search-hit", "");
  main.href = data.url;
  const head = element("span", "search-hit-head", "");
  head.appendChild(element("span", "search-hit-title", data.meta.title || data.url));
  const difficulty = data.meta.difficulty;
  if (difficulty) head.appendChild(element("span", "badge badge-" + difficulty, label(labels, "difficulty", difficulty)));
  main.appendChild(head);
  const kind = data.filters && data.filters.kind && data.filters.kind[0];
  const where = [kind ? label(labels, "kind", kind) : "", data.meta.bank || ""].filter(Boolean);
  if (where.length) main.appendChild(element("span", "search-hit-where", where.join(" · ")));
  main.appendChild(excerpt(data.excerpt));
  links.push(main);

  (data.sub_results || []).filter((sub) => sub.anchor && sub.anchor.element !== "h1").slice(0, 2).forEach((sub) => {
    const section = element("a", "search-hit search-hit-section", "");
    section.href = sub.url;
    section.appendChild(element("span", "search-hit-title", sub.title));
    section.appendChild(excerpt(sub.excerpt));
    links.push(section);
  });
  return links;
}

function results(count) {
  return count === 1 ? "1 result" : count + " results";
}

// The status line under the box for an outcome of find() of which `shown` results are on screen.
export function statusText(outcome, shown) {
  const quoted = outcome.query ? " for “" + outcome.query + "”" : "";
  const more = shown < outcome.total ? " (" + shown + " shown)" : "";
  if (outcome.total === 0) return "No results" + quoted + ".";
  if (!outcome.corrected) return results(outcome.total) + quoted + more + ".";
  return "No results" + quoted + ". Showing results for “" + outcome.corrected + "”: " + results(outcome.total) + more + ".";
}

// The address of the search page (`page`, its URL) for a query and filters, as the page reads it back.
export function searchPageUrl(page, query, filters) {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  FILTER_NAMES.forEach((name) => (filters[name] || []).forEach((v) => params.append(name, v)));
  const text = params.toString();
  return page + (text ? "?" + text : "");
}

// Finds the URLs of the route table that the theme's scripts spell themselves, in a string, a
// template or a regular expression (comments and import paths aside): a script gets every URL from
// routes.js, which reads what the base layout writes from the route table. Theme/ScriptRouteTests
// runs it with the table's URLs, read from src/StudyGuide/Routing/Routes.cs:
//   node tests/route-literals.js /search/ /problems/ …
// prints each literal that holds one (file:line:column) and exits with 1 when there is any.
import { Linter } from "eslint";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const theme = join(dirname(fileURLToPath(import.meta.url)), "..");

// The scripts, as paths relative to theme/: every file of assets/js/ (the sources, not the bundles
// of assets/dist/) and assets/theme-init.js, the classic script of <head>.
export function scriptFiles() {
  const sources = readdirSync(join(theme, "assets", "js"), { recursive: true })
    .filter((name) => name.endsWith(".js"))
    .map((name) => join("assets", "js", name));
  return [...sources, join("assets", "theme-init.js")].map((path) => path.split("\\").join("/")).sort();
}

// An import's or export's module path: a file of the theme ("./search/page.js"), not a URL.
function isModulePath(node) {
  const parent = node.parent;
  return parent.source === node && ["ImportDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration", "ImportExpression"].includes(parent.type);
}

// The text a literal stands for: a string's value, a template part's, a regular expression's pattern
// with its escapes undone (/^\/assets\// holds "/assets/"); null for numbers and the like.
function literalText(node) {
  if (node.type === "TemplateElement") return node.value.cooked ?? node.value.raw;
  if (node.regex) return node.regex.pattern.replace(/\\(.)/g, "$1");
  return typeof node.value === "string" ? node.value : null;
}

// Walks one script: `visit(node)` for each string, template part and regular expression, and each
// call of siteUrl (from routes.js). sourceType "script" for the classic script.
function walk(source, sourceType, visitors) {
  const rule = { create: () => visitors };
  const config = {
    languageOptions: { ecmaVersion: "latest", sourceType },
    plugins: { routes: { rules: { walk: rule } } },
    rules: { "routes/walk": "error" },
  };
  const fatal = new Linter().verify(source, config).find((message) => message.fatal);
  if (fatal) throw new Error(`line ${fatal.line}: ${fatal.message}`);
}

// The literals of `source` that hold one of `urls`: [{ line, column, text, url }], in source order,
// with the longest URL each holds. A URL is looked for inside each literal, so "/mock/?result="
// holds /mock/.
export function routeLiterals(source, urls, sourceType = "module") {
  const found = [];
  const check = (node) => {
    if (node.type === "Literal" && isModulePath(node)) return;
    const text = literalText(node);
    if (text === null) return;
    const held = urls.filter((url) => text.includes(url)).sort((a, b) => b.length - a.length);
    if (held.length > 0) found.push({ line: node.loc.start.line, column: node.loc.start.column + 1, text, url: held[0] });
  };
  walk(source, sourceType, { Literal: check, TemplateElement: check });
  return found;
}

// The names of the data-url-<name> attributes a script reads, in source order: through routes.js
// (siteUrl("search") → "search") or, in the classic script, itself (getAttribute("data-url-search")).
export function siteUrlNames(source, sourceType = "module") {
  const names = [];
  walk(source, sourceType, {
    CallExpression(node) {
      const [first] = node.arguments;
      if (first?.type !== "Literal" || typeof first.value !== "string") return;
      const callee = node.callee;
      if (callee.type === "Identifier" && callee.name === "siteUrl") names.push(first.value);
      const attribute = first.value.match(/^data-url-(.+)$/);
      if (callee.type === "MemberExpression" && callee.property.name === "getAttribute" && attribute) names.push(attribute[1]);
    },
  });
  return names;
}

// The classic script is not a module.
export function sourceTypeOf(path) {
  return path.startsWith("assets/js/") ? "module" : "script";
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const urls = process.argv.slice(2);
  if (urls.length === 0) {
    console.error("usage: node tests/route-literals.js URL…  (the route table's URLs)");
    process.exit(2);
  }
  let count = 0;
  for (const path of scriptFiles()) {
    const source = readFileSync(join(theme, path), "utf8");
    for (const hit of routeLiterals(source, urls, sourceTypeOf(path))) {
      count++;
      console.log(`theme/${path}:${hit.line}:${hit.column}: ${JSON.stringify(hit.text)} holds ${hit.url}, a URL of the route table: take it from assets/js/routes.js`);
    }
  }
  process.exit(count === 0 ? 0 : 1);
}

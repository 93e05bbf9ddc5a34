// The code editor of the Practice section, built by esbuild as its own chunk (assets/dist/editor.js,
// an ES module) that practice/practice.js imports only on pages with a Practice section.
//
// CodeMirror 6 styles itself through style-mod, which puts a <style> element in a document's <head>
// (refused by the site's Content-Security-Policy: style-src 'self', codemirror/dev#395) but uses a
// constructable stylesheet (adoptedStyleSheets) inside a shadow root. So the editor lives in an open
// shadow root of `host` (open: axe and the tests can look inside). Its theme is made of the page's
// CSS variables, which inherit into the root and switch with the page between light and dark.
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { indentWithTab } from "@codemirror/commands";
import { go } from "@codemirror/lang-go";
import { HighlightStyle, bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { EditorState } from "@codemirror/state";
import { highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from "@codemirror/view";
import { EditorView, minimalSetup } from "codemirror";
import { tags } from "@lezer/highlight";

// The site's token colours (theme/assets/css/10-base.css), for the same Go as the highlighted blocks.
const highlightStyle = HighlightStyle.define([
  { tag: [tags.keyword, tags.moduleKeyword, tags.controlKeyword, tags.definitionKeyword, tags.operatorKeyword], color: "var(--tok-keyword)" },
  { tag: [tags.typeName, tags.standard(tags.typeName)], color: "var(--tok-type)" },
  { tag: [tags.function(tags.variableName), tags.function(tags.definition(tags.variableName)), tags.function(tags.propertyName)], color: "var(--tok-function)" },
  { tag: [tags.string, tags.special(tags.string), tags.character], color: "var(--tok-string)" },
  { tag: tags.number, color: "var(--tok-number)" },
  { tag: [tags.bool, tags.null, tags.atom, tags.constant(tags.variableName)], color: "var(--tok-constant)" },
  { tag: tags.comment, color: "var(--tok-comment)", fontStyle: "italic" },
  { tag: [tags.operator, tags.punctuation], color: "var(--tok-operator)" },
]);

const selection = "color-mix(in srgb, var(--accent) 28%, transparent)";
const activeLine = "color-mix(in srgb, var(--accent) 7%, transparent)";

// One theme for light and dark: every colour is a page variable declared as light-dark(light, dark).
// Selectors as specific as the base theme's light and dark rules, so these win in both.
const theme = EditorView.theme({
  "&": { height: "100%", color: "var(--fg)", backgroundColor: "var(--surface)", border: "1px solid var(--border)", borderRadius: "0.4rem", fontSize: "0.9rem" },
  "&.cm-focused": { outline: "3px solid var(--focus)", outlineOffset: "2px" },
  ".cm-scroller": { fontFamily: "ui-monospace, \"Cascadia Code\", \"DejaVu Sans Mono\", Menlo, monospace", lineHeight: "1.45" },
  ".cm-content": { caretColor: "var(--fg)", padding: "0.5rem 0" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--fg)", borderLeftWidth: "2px" },
  "&.cm-editor .cm-selectionBackground, &.cm-editor.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-content ::selection": { backgroundColor: selection },
  "&.cm-editor .cm-activeLine": { backgroundColor: activeLine },
  "&.cm-editor .cm-gutters": { backgroundColor: "var(--surface)", color: "var(--muted)", borderRight: "1px solid var(--border)", borderRadius: "0.4rem 0 0 0.4rem" },
  "&.cm-editor .cm-activeLineGutter": { backgroundColor: activeLine, color: "var(--fg)" },
  "&.cm-editor .cm-matchingBracket": { backgroundColor: selection, outline: "1px solid var(--border)" },
  "&.cm-editor .cm-tooltip": { backgroundColor: "var(--bg)", color: "var(--fg)", border: "1px solid var(--border)" },
  "&.cm-editor .cm-diagnostic-error": { borderLeftColor: "var(--hard)" },
  "&.cm-editor .cm-panels": { backgroundColor: "var(--surface)", color: "var(--fg)" },
});

// Mounts an editor holding `doc` in an open shadow root of `host`. `label` is its accessible name;
// `onChange(text)` runs after every edit, `onSubmit()` on Ctrl+Enter (Cmd+Enter on a Mac).
// Tab indents; Esc then Tab moves focus out of the editor (CodeMirror's tab focus mode).
export function mountEditor(host, { doc, label, onChange, onSubmit }) {
  const root = host.shadowRoot || host.attachShadow({ mode: "open" });
  root.textContent = "";
  const view = new EditorView({
    root,
    parent: root,
    state: EditorState.create({
      doc,
      extensions: [
        // First, so its keys win over minimalSetup's (undo history, the default keymap).
        keymap.of([
          { key: "Mod-Enter", run: () => { onSubmit(); return true; } },
          ...closeBracketsKeymap,
          indentWithTab,
        ]),
        minimalSetup,
        lineNumbers(),
        highlightActiveLineGutter(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        lintGutter(),
        go(),
        indentUnit.of("\t"),
        EditorState.tabSize.of(4),
        syntaxHighlighting(highlightStyle),
        theme,
        // tabindex: the content is what takes focus (contenteditable); saying so lets checkers such as
        // axe see that the scrolling box around it can be reached with the keyboard.
        EditorView.contentAttributes.of({ "aria-label": label, tabindex: "0" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });

  function position(line, column) {
    const doc = view.state.doc;
    const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
    return Math.min(target.from + Math.max(column - 1, 0), target.to);
  }

  return {
    text: () => view.state.doc.toString(),
    // Replaces the whole text as one edit, so Undo brings the previous text back.
    replace(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    // Marks [{ line, column, message }] (1-based) in the editor: underlined, and in the gutter.
    showErrors(errors) {
      const diagnostics = errors.map((error) => {
        const from = position(error.line, error.column);
        const lineEnd = view.state.doc.lineAt(from).to;
        return { from, to: Math.max(from, lineEnd), severity: "error", message: error.message };
      });
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    // Puts the cursor at a line and column (1-based) and focuses the editor there.
    goTo(line, column) {
      view.dispatch({ selection: { anchor: position(line, column) }, scrollIntoView: true });
      view.focus();
    },
    focus: () => view.focus(),
  };
}

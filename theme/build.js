// Bundles the theme's ES modules (assets/js/main.js and what it imports) into one minified
// script, assets/dist/site.js, and the code editor of coding problems (assets/js/editor/editor.js,
// CodeMirror) into its own ES module, assets/dist/editor.js, which the page script imports only
// where there is a Practice section. Both are committed: the generator publishes them as they are, so a
// build of the site needs no Node.js (`build --no-search` needs none at all). Run `npm run build`
// after changing assets/js/; a test (tests/bundle.test.js) fails while a committed bundle is stale.
import * as esbuild from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const theme = dirname(fileURLToPath(import.meta.url));

export const bundlePath = join(theme, "assets", "dist", "site.js");

export const editorPath = join(theme, "assets", "dist", "editor.js");
// The service worker, bundled the same way into its own file (published as /sw.js by the build).
export const workerPath = join(theme, "assets", "dist", "sw.js");

// esbuild's output depends only on these options, the sources and esbuild's version (pinned
// exactly in package.json), so the same sources always give a byte-identical bundle.
export const options = {
  absWorkingDir: theme,
  entryPoints: ["assets/js/main.js"],
  bundle: true,
  minify: true,
  // A classic script (the page's <script src defer>) with no globals of its own.
  format: "iife",
  // Browsers from 2020 on: the scripts use optional catch bindings, \p{…} and lookbehind in regexps.
  target: ["es2020"],
  legalComments: "none",
  charset: "utf8",
  logLevel: "warning",
};

// The editor: an ES module (the page script loads it with import()), the same in every other way.
export const editorOptions = { ...options, entryPoints: ["assets/js/editor/editor.js"], format: "esm" };

export const workerOptions = { ...options, entryPoints: ["assets/js/offline/sw.js"] };

// A bundle's text, built in memory: the page script by default, the editor or the service worker.
export async function bundle(settings = options, outfile = bundlePath) {
  const result = await esbuild.build({ ...settings, write: false, outfile });
  return result.outputFiles[0].text;
}

export function editorBundle() {
  return bundle(editorOptions, editorPath);
}

export function workerBundle() {
  return bundle(workerOptions, workerPath);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const builds = [[options, bundlePath], [editorOptions, editorPath], [workerOptions, workerPath]];
  if (process.argv.includes("--watch")) {
    for (const [settings, outfile] of builds) {
      const context = await esbuild.context({ ...settings, outfile, logLevel: "info" });
      await context.watch();
    }
  } else {
    await Promise.all(builds.map(([settings, outfile]) => esbuild.build({ ...settings, outfile })));
  }
}

// Bundles the theme's ES modules (assets/js/main.js and what it imports) into one minified
// script, assets/dist/site.js, which is committed: the generator publishes it as it is, so a
// build of the site needs no Node.js (`build --no-search` needs none at all). Run `npm run build`
// after changing assets/js/; a test (tests/bundle.test.js) fails while the committed bundle is stale.
import * as esbuild from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const theme = dirname(fileURLToPath(import.meta.url));

export const bundlePath = join(theme, "assets", "dist", "site.js");

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

// The bundle's text, built in memory.
export async function bundle() {
  const result = await esbuild.build({ ...options, write: false, outfile: bundlePath });
  return result.outputFiles[0].text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const watch = process.argv.includes("--watch");
  if (watch) {
    const context = await esbuild.context({ ...options, outfile: bundlePath, logLevel: "info" });
    await context.watch();
  } else {
    await esbuild.build({ ...options, outfile: bundlePath });
  }
}

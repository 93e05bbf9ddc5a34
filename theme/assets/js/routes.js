// The only way a script gets a URL of the site: the route table (src/StudyGuide/Routing/Routes.cs)
// reaches the templates as site.urls, and the base layout writes the URLs scripts use on <html> as
// data-url-<name> attributes. No script spells one itself (a test, Theme/ScriptRouteTests, fails
// on a string that holds one). The service worker, which has no page, gets the folders it needs
// in the list the build puts in it (offline/sw.js).

// The URL named `name` ("search", "mock", …): the data-url-<name> attribute of `root`.
export function siteUrl(name, root = globalThis.document?.documentElement) {
  const url = root?.getAttribute("data-url-" + name);
  if (!url) throw new Error("<html> has no data-url-" + name + " (the base layout writes it from site.urls)");
  return url;
}

// A page of a family of pages: its pattern with `id` for {id} ("/problems/{id}/", "two-sum" →
// "/problems/two-sum/"). The id is put in as it is: a caller that needs it encoded encodes it.
export function forId(pattern, id) {
  if (!pattern.includes("{id}")) throw new Error(pattern + " has no {id}");
  return pattern.replaceAll("{id}", () => id);
}

// The page of the question `id`.
export function questionUrl(id, root) {
  return forId(siteUrl("question", root), id);
}

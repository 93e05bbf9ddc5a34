// The page's side of offline reading: registers the service worker (/sw.js, written by the build)
// once the page has loaded, so it never competes with the page for the network, and tells
// Pagefind which build's index the worker keeps.

import { siteUrl } from "../routes.js";

export function setUpOffline(container = globalThis.navigator?.serviceWorker) {
  if (!container) return;
  const worker = siteUrl("service-worker");
  const register = () => container.register(worker).catch(() => { /* no worker: the site works online as before */ });
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}

// The version (the build's hash) of the worker controlling this page, or null without one or
// when it does not answer within `timeout` milliseconds. Pagefind asks for its entry file with
// this tag: the worker kept it under that URL, so search works offline.
export function workerVersion(container = globalThis.navigator?.serviceWorker, timeout = 1000) {
  const worker = container?.controller;
  if (!worker) return Promise.resolve(null);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const done = (version) => {
      clearTimeout(timer);
      channel.port1.close();
      resolve(version);
    };
    const timer = setTimeout(() => done(null), timeout);
    channel.port1.onmessage = (event) => done(typeof event.data?.version === "string" ? event.data.version : null);
    worker.postMessage({ type: "version" }, [channel.port2]);
  });
}

// Pagefind's options with the tag when there is one (otherwise Pagefind adds a time stamp, as
// it should when nothing caches its entry file).
export function pagefindOptions(base, version) {
  return version ? { ...base, metaCacheTag: version } : base;
}

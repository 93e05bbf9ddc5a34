// Small DOM helpers shared by the theme's scripts.

export function onReady(callback) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", callback);
  else callback();
}

export function element(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

export function block(className, text) {
  const pre = element("pre", className, "");
  pre.appendChild(element("code", "", text));
  return pre;
}

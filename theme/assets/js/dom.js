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

// A toggle button (aria-pressed) in `holder`, which is hidden until this sets it up: it shows
// `isOn()`, and a click calls `flip()`, which changes what isOn() says (or not, if the reader cancels).
export function setUpToggle(holder, isOn, flip) {
  const button = holder.querySelector("button");
  const show = () => button.setAttribute("aria-pressed", String(isOn()));
  button.addEventListener("click", () => {
    flip();
    show();
  });
  show();
  holder.hidden = false;
}

export function block(className, text) {
  const pre = element("pre", className, "");
  pre.appendChild(element("code", "", text));
  return pre;
}

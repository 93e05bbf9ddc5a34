// Print buttons, and hints and other closed <details> opened while printing (and closed again after),
// so paper shows everything. The print stylesheet opens them too, for browsers that print without events.
export function setUpPrinting() {
  document.querySelectorAll("[data-action=print]").forEach((button) => {
    button.addEventListener("click", () => window.print());
    const holder = button.closest(".print-actions");
    if (holder) holder.hidden = false;
  });
  let opened = [];
  window.addEventListener("beforeprint", () => {
    document.querySelectorAll("details:not([open])").forEach((details) => {
      details.open = true;
      opened.push(details);
    });
  });
  window.addEventListener("afterprint", () => {
    opened.forEach((details) => { details.open = false; });
    opened = [];
  });
}

// The light / dark / system switch in the header. theme-init.js (a tiny classic script in <head>)
// applies the stored choice before the first paint and marks <html class="js">, which shows the
// control (CSS); without JavaScript it stays hidden and the system setting applies. This module wires it.
export const themeKey = "studyguide:theme";
export const themes = ["system", "light", "dark"];

// The stored value as a choice: anything unknown is "system".
export function themeChoice(stored) {
  return themes.includes(stored) ? stored : "system";
}

export function applyTheme(root, choice) {
  if (choice === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", choice);
}

export function setUpThemeSwitch(storage) {
  const control = document.querySelector("[data-theme-switch]");
  if (!control) return;
  const select = control.querySelector("select");
  select.value = themeChoice(storage.get(themeKey));
  select.addEventListener("change", () => {
    const choice = themeChoice(select.value);
    if (choice === "system") storage.remove(themeKey);
    else storage.set(themeKey, choice);
    applyTheme(document.documentElement, choice);
  });
}

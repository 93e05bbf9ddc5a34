// The site menu on phones. Without JavaScript the header's "Menu" link jumps to the sidebar's
// nav landmark, which CSS shows while it is the :target. With it, the link opens and closes the
// sidebar in place (aria-expanded), Escape closes it and focus returns to the link.
export function setUpSidebar() {
  const link = document.querySelector("[data-menu-link]");
  const sidebar = document.getElementById("site-nav");
  if (!link || !sidebar) return;
  link.setAttribute("role", "button");
  link.setAttribute("aria-controls", "site-nav");
  link.setAttribute("aria-expanded", "false");
  const header = document.querySelector(".site-header");
  const setOpen = (open) => {
    // The open menu fills the screen below the sticky header, whatever height the header wrapped to.
    if (open && header) document.documentElement.style.setProperty("--header-h", header.offsetHeight + "px");
    else document.documentElement.style.removeProperty("--header-h");
    sidebar.classList.toggle("is-open", open);
    document.body.classList.toggle("menu-open", open);
    link.setAttribute("aria-expanded", String(open));
  };
  link.addEventListener("click", (event) => {
    event.preventDefault();
    const open = !sidebar.classList.contains("is-open");
    setOpen(open);
    if (open) {
      const first = sidebar.querySelector("a, summary");
      if (first) first.focus();
    }
  });
  link.addEventListener("keydown", (event) => {
    if (event.key === " ") { event.preventDefault(); link.click(); }
  });
  const close = sidebar.querySelector("[data-menu-close]");
  if (close) close.addEventListener("click", (event) => {
    if (!sidebar.classList.contains("is-open")) return;
    event.preventDefault();
    setOpen(false);
    link.focus();
  });
  // Following a link of the menu within the page (or to another page) closes it.
  sidebar.addEventListener("click", (event) => {
    if (event.target.closest("a") && event.target.closest("a") !== close) setOpen(false);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && sidebar.classList.contains("is-open")) {
      setOpen(false);
      link.focus();
    }
  });
  // The current page's link in view inside a long sidebar.
  const current = sidebar.querySelector("[aria-current=page]");
  if (current && sidebar.scrollHeight > sidebar.clientHeight && typeof current.scrollIntoView === "function") {
    const top = current.offsetTop - sidebar.clientHeight / 3;
    sidebar.scrollTop = Math.max(0, top);
  }
}

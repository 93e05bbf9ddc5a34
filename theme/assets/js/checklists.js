// Every checkbox with a data-key (checklist items and Markdown task lists) keeps its state in
// localStorage, so a tick made today is there tomorrow and on the print pages.
function setUpCheckboxes(progress) {
  document.querySelectorAll("input[type=checkbox][data-key]").forEach((box) => {
    const key = box.getAttribute("data-key");
    box.checked = progress.isChecked(key, box.defaultChecked);
    box.addEventListener("change", () => progress.setChecked(key, box.checked, box.defaultChecked));
  });
}

// Checklist pages: a progress bar and count ("7 of 12") and a Reset button that asks first.
function setUpChecklistTools() {
  document.querySelectorAll("[data-checklist]").forEach((list) => {
    const boxes = list.querySelectorAll("input[type=checkbox][data-key]");
    const bar = list.querySelector(".checklist-progress");
    const count = list.querySelector(".checklist-count");
    function update() {
      let done = 0;
      boxes.forEach((box) => { if (box.checked) done++; });
      if (bar) bar.value = done;
      if (count) count.textContent = done + " of " + boxes.length;
    }
    list.addEventListener("change", update);
    const tools = list.querySelector(".checklist-tools");
    if (tools) {
      tools.hidden = false;
      tools.querySelector("[data-action=reset]").addEventListener("click", () => {
        if (!window.confirm("Untick every item of this checklist?")) return;
        // Unticked as a reader would: each box's change handler saves it, the list's updates the count.
        boxes.forEach((box) => {
          if (!box.checked) return;
          box.checked = false;
          box.dispatchEvent(new Event("change", { bubbles: true }));
        });
      });
    }
    update();
  });
}

export function setUpChecklists(progress) {
  setUpCheckboxes(progress);
  setUpChecklistTools();
}

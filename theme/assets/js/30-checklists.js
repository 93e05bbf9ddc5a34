(function () {
  "use strict";
  var StudyGuide = window.StudyGuide;

  // Every checkbox with a data-key (checklist items and Markdown task lists) keeps its state in
  // localStorage, so a tick made today is there tomorrow and on the print pages.
  function setUpCheckboxes() {
    document.querySelectorAll("input[type=checkbox][data-key]").forEach(function (box) {
      var key = box.getAttribute("data-key");
      box.checked = StudyGuide.progress.isChecked(key, box.defaultChecked);
      box.addEventListener("change", function () {
        StudyGuide.progress.setChecked(key, box.checked, box.defaultChecked);
      });
    });
  }

  // Checklist pages: a progress bar and count ("7 of 12") and a Reset button that asks first.
  function setUpChecklists() {
    document.querySelectorAll("[data-checklist]").forEach(function (list) {
      var boxes = list.querySelectorAll("input[type=checkbox][data-key]");
      var progress = list.querySelector(".checklist-progress");
      var count = list.querySelector(".checklist-count");
      function update() {
        var done = 0;
        boxes.forEach(function (box) { if (box.checked) done++; });
        if (progress) progress.value = done;
        if (count) count.textContent = done + " of " + boxes.length;
      }
      list.addEventListener("change", update);
      var tools = list.querySelector(".checklist-tools");
      if (tools) {
        tools.hidden = false;
        tools.querySelector("[data-action=reset]").addEventListener("click", function () {
          if (!window.confirm("Untick every item of this checklist?")) return;
          // Unticked as a reader would: each box's change handler saves it, the list's updates the count.
          boxes.forEach(function (box) {
            if (!box.checked) return;
            box.checked = false;
            box.dispatchEvent(new Event("change", { bubbles: true }));
          });
        });
      }
      update();
    });
  }

  StudyGuide.onReady(function () {
    setUpCheckboxes();
    setUpChecklists();
  });
})();

(function () {
  "use strict";
  var StudyGuide = window.StudyGuide;

  // Checklists: each box remembers its state in localStorage under the checklist and item ids.
  var storagePrefix = "studyguide:check:";
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
      boxes.forEach(function (box) {
        box.checked = StudyGuide.storage.get(storagePrefix + box.getAttribute("data-key")) === "1";
        box.addEventListener("change", function () {
          var key = storagePrefix + box.getAttribute("data-key");
          if (box.checked) StudyGuide.storage.set(key, "1"); else StudyGuide.storage.remove(key);
          update();
        });
      });
      var tools = list.querySelector(".checklist-tools");
      if (tools) {
        tools.hidden = false;
        tools.querySelector("[data-action=print]").addEventListener("click", function () { window.print(); });
        tools.querySelector("[data-action=reset]").addEventListener("click", function () {
          if (!window.confirm("Untick every item of this checklist?")) return;
          boxes.forEach(function (box) {
            box.checked = false;
            StudyGuide.storage.remove(storagePrefix + box.getAttribute("data-key"));
          });
          update();
        });
      }
      update();
    });
  }

  StudyGuide.onReady(setUpChecklists);
})();

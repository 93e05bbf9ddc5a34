(function () {
  "use strict";
  var StudyGuide = window.StudyGuide;

  // Print buttons, and hints and other closed <details> opened while printing (and closed again after),
  // so paper shows everything. The print stylesheet opens them too, for browsers that print without events.
  function setUpPrinting() {
    document.querySelectorAll("[data-action=print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
      var holder = button.closest(".print-actions");
      if (holder) holder.hidden = false;
    });
    var opened = [];
    window.addEventListener("beforeprint", function () {
      document.querySelectorAll("details:not([open])").forEach(function (details) {
        details.open = true;
        opened.push(details);
      });
    });
    window.addEventListener("afterprint", function () {
      opened.forEach(function (details) { details.open = false; });
      opened = [];
    });
  }

  StudyGuide.onReady(setUpPrinting);
})();

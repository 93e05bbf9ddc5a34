(function () {
  "use strict";
  var StudyGuide = window.StudyGuide;

  // The progress page: export all progress to a JSON file and import such a file back.
  var maxFileBytes = 1024 * 1024;

  function describe(progress) {
    var ticked = Object.keys(progress.checklists).filter(function (key) { return progress.checklists[key]; }).length;
    var solved = progress.solved.length;
    return ticked + (ticked === 1 ? " ticked item" : " ticked items") + " and " +
      solved + (solved === 1 ? " problem" : " problems") + " marked as solved";
  }

  function setUpTransfer() {
    var panel = document.querySelector("[data-progress-transfer]");
    if (!panel) return;
    var summary = panel.querySelector("[data-progress-summary]");
    var status = panel.querySelector(".progress-status");
    var input = panel.querySelector("input[type=file][data-action=import]");

    function showSummary() { summary.textContent = "This browser has " + describe(StudyGuide.progress.snapshot()) + "."; }
    function report(message, isError) {
      status.textContent = message;
      status.classList.toggle("error", isError);
    }

    panel.querySelector("[data-action=export]").addEventListener("click", function () {
      var progress = StudyGuide.progress.snapshot();
      var blob = new Blob([JSON.stringify(progress, null, 2) + "\n"], { type: "application/json" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "studyguide-progress-" + progress.exported.slice(0, 10) + ".json";
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
      report("Exported " + describe(progress) + ".", false);
    });

    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      input.value = "";
      if (!file) return;
      if (file.size > maxFileBytes) {
        report("Import refused: the file is too large to be a progress export. Nothing was changed.", true);
        return;
      }
      file.text().then(function (text) {
        var progress;
        try {
          progress = StudyGuide.progress.parse(text);
        } catch (error) {
          report("Import refused: " + error.message + " Nothing was changed.", true);
          return;
        }
        var current = StudyGuide.progress.snapshot();
        var hasProgress = Object.keys(current.checklists).length > 0 || current.solved.length > 0;
        if (hasProgress && !window.confirm("Replace the progress in this browser (" + describe(current) + ") with the file's?")) {
          report("Import cancelled. Nothing was changed.", false);
          return;
        }
        if (!StudyGuide.progress.replace(progress)) {
          report("Import failed: this browser did not let the guide save it. Nothing was changed.", true);
          return;
        }
        report("Imported " + describe(progress) + ".", false);
        showSummary();
      }, function () {
        report("Import refused: the file could not be read. Nothing was changed.", true);
      });
    });

    showSummary();
    panel.hidden = false;
  }

  StudyGuide.onReady(setUpTransfer);
})();

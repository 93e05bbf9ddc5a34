import { parseProgress } from "./progress-store.js";

// The progress page: export all progress to a JSON file and import such a file back.
export const maxFileBytes = 1024 * 1024;

function counted(n, one, many) {
  return n + " " + (n === 1 ? one : many);
}

// "3 ticked items, 1 problem marked as solved, 2 drafts, 4 review cards and 1 mock round", for a
// snapshot or a parsed file; a file without drafts, review cards or mock rounds (version 1) says
// only what it has.
export function describeProgress(progress) {
  const ticked = Object.keys(progress.checklists).filter((key) => progress.checklists[key]).length;
  const parts = [counted(ticked, "ticked item", "ticked items"), counted(progress.solved.length, "problem", "problems") + " marked as solved"];
  if (progress.drafts) parts.push(counted(Object.keys(progress.drafts).length, "draft", "drafts"));
  if (progress.review) parts.push(counted(Object.keys(progress.review).length, "review card", "review cards"));
  if (progress.mock) parts.push(counted(progress.mock.length, "mock round", "mock rounds"));
  return parts.slice(0, -1).join(", ") + " and " + parts[parts.length - 1];
}

// The question before an import replaces what this browser has (see progressStore().replace): what
// the file lacks (a version 1 file has no drafts, review cards or mock rounds) stays as it is.
export function replaceQuestion(current, imported) {
  const kept = [["drafts", "drafts"], ["review", "review cards"], ["mock", "mock rounds"]]
    .filter(([key]) => !imported[key]).map(([, name]) => name);
  const question = "Replace the progress in this browser (" + describeProgress(current) + ") with the file's (" + describeProgress(imported) + ")?";
  if (kept.length === 0) return question;
  const list = kept.length === 1 ? kept[0] : kept.slice(0, -1).join(", ") + " and " + kept[kept.length - 1];
  return question + " The file has no " + list + ", so those in this browser stay as they are.";
}

// The export file's name and text.
export function exportFile(snapshot) {
  return {
    name: "studyguide-progress-" + snapshot.exported.slice(0, 10) + ".json",
    text: JSON.stringify(snapshot, null, 2) + "\n",
  };
}

export function setUpTransfer(progress) {
  const panel = document.querySelector("[data-progress-transfer]");
  if (!panel) return;
  const summary = panel.querySelector("[data-progress-summary]");
  const status = panel.querySelector(".progress-status");
  const input = panel.querySelector("input[type=file][data-action=import]");

  function showSummary() { summary.textContent = "This browser has " + describeProgress(progress.snapshot()) + "."; }
  function report(message, isError) {
    status.textContent = message;
    status.classList.toggle("error", isError);
  }

  panel.querySelector("[data-action=export]").addEventListener("click", () => {
    const snapshot = progress.snapshot();
    const file = exportFile(snapshot);
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([file.text], { type: "application/json" }));
    link.download = file.name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    report("Exported " + describeProgress(snapshot) + ".", false);
  });

  input.addEventListener("change", () => {
    const file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    if (file.size > maxFileBytes) {
      report("Import refused: the file is too large to be a progress export. Nothing was changed.", true);
      return;
    }
    file.text().then((text) => {
      let imported;
      try {
        imported = parseProgress(text);
      } catch (error) {
        report("Import refused: " + error.message + " Nothing was changed.", true);
        return;
      }
      const current = progress.snapshot();
      const hasProgress = Object.keys(current.checklists).length > 0 || current.solved.length > 0 ||
        (imported.drafts && Object.keys(current.drafts).length > 0) ||
        (imported.review !== undefined && Object.keys(current.review).length > 0) || (imported.mock !== undefined && current.mock.length > 0);
      if (hasProgress && !window.confirm(replaceQuestion(current, imported))) {
        report("Import cancelled. Nothing was changed.", false);
        return;
      }
      if (!progress.replace(imported)) {
        report("Import failed: this browser did not let the guide save it. Nothing was changed.", true);
        return;
      }
      report("Imported " + describeProgress(imported) + ".", false);
      showSummary();
    }, () => report("Import refused: the file could not be read. Nothing was changed.", true));
  });

  showSummary();
  panel.hidden = false;
}

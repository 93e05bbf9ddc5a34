(function () {
  "use strict";
  var StudyGuide = window.StudyGuide;

  // Code runner: Run, Open in Go Playground, Copy and Edit, through the same-origin /play proxy.
  var runTimeoutMs = 20000;
  function setUpRunners() {
    var endpoint = (document.querySelector("meta[name=playground-endpoint]") || {}).content || "/play";
    document.querySelectorAll("[data-runner]").forEach(function (runner) {
      var toolbar = runner.querySelector(".runner-toolbar");
      var editor = runner.querySelector(".code-editor");
      var highlighted = runner.querySelector("pre.code");
      var output = runner.querySelector(".run-output");
      var editButton = runner.querySelector("[data-action=edit]");
      toolbar.hidden = false;

      editButton.addEventListener("click", function () {
        var editing = editor.hidden;
        editor.hidden = !editing;
        highlighted.hidden = editing;
        editButton.setAttribute("aria-pressed", String(editing));
        if (editing) editor.focus();
      });
      runner.querySelector("[data-action=run]").addEventListener("click", function (event) {
        run(endpoint, editor.value, output, event.currentTarget);
      });
      var share = runner.querySelector("[data-action=share]");
      if (share) share.addEventListener("click", function () { openInPlayground(endpoint, editor.value, output); });
      runner.querySelector("[data-action=copy]").addEventListener("click", function (event) {
        var button = event.currentTarget;
        navigator.clipboard.writeText(editor.value).then(function () {
          flash(button, "Copied");
        }, function () {
          flash(button, "Copy failed");
        });
      });
    });
  }

  function flash(button, text) {
    var original = button.textContent;
    button.textContent = text;
    setTimeout(function () { button.textContent = original; }, 1500);
  }

  function post(url, body, contentType) {
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, runTimeoutMs);
    return fetch(url, { method: "POST", body: body, headers: { "Content-Type": contentType }, signal: controller.signal })
      .then(function (response) {
        clearTimeout(timer);
        if (!response.ok) throw new Error(describeStatus(response.status));
        return response;
      }, function (error) {
        clearTimeout(timer);
        throw new Error(error.name === "AbortError"
          ? "The Go Playground did not answer within " + runTimeoutMs / 1000 + " seconds. Try again later."
          : "The Go Playground could not be reached. Check your connection and try again.");
      });
  }

  // The proxy answers 502/504 when it cannot reach the Playground, 413 for code over its 64 KiB limit.
  function describeStatus(status) {
    if (status === 413) return "The code is too large to send to the Go Playground (the limit is 64 KiB).";
    if (status === 502 || status === 503 || status === 504) return "The Go Playground could not be reached. Try again later.";
    return "The Go Playground answered with an error (HTTP " + status + "). Try again later.";
  }

  function run(endpoint, code, output, button) {
    output.hidden = false;
    output.textContent = "";
    var status = StudyGuide.element("p", "run-status", "Running…");
    status.prepend(StudyGuide.element("span", "spinner", ""), " ");
    output.appendChild(status);
    button.disabled = true;
    var form = new URLSearchParams({ version: "2", body: code, withVet: "true" });
    post(endpoint + "/compile", form.toString(), "application/x-www-form-urlencoded")
      .then(function (response) { return response.json(); })
      .then(function (result) { showResult(output, result); }, function (error) {
        output.textContent = "";
        output.appendChild(StudyGuide.element("p", "run-status error", error.message));
      })
      .then(function () { button.disabled = false; });
  }

  function showResult(output, result) {
    output.textContent = "";
    if (result.Errors) {
      output.appendChild(StudyGuide.element("p", "run-status error", "Build failed"));
      output.appendChild(StudyGuide.block("error", result.Errors));
      return;
    }
    var stdout = "", stderr = "";
    (result.Events || []).forEach(function (event) {
      if (event.Kind === "stderr") stderr += event.Message; else stdout += event.Message;
    });
    var summary = result.IsTest
      ? (result.TestsFailed ? result.TestsFailed + " test(s) failed" : "All tests passed")
      : "Program exited with status " + (result.Status || 0);
    output.appendChild(StudyGuide.element("p", "run-status" + (result.Status || result.TestsFailed ? " error" : ""), summary));
    if (result.VetErrors) output.appendChild(StudyGuide.block("stderr", "go vet: " + result.VetErrors));
    if (stdout) output.appendChild(StudyGuide.block("stdout", stdout));
    if (stderr) output.appendChild(StudyGuide.block("stderr", stderr));
  }

  function openInPlayground(endpoint, code, output) {
    // Open the tab during the click so pop-up blockers allow it, then point it at the share.
    var tab = window.open("about:blank", "_blank");
    post(endpoint + "/share", code, "text/plain; charset=utf-8")
      .then(function (response) { return response.text(); })
      .then(function (id) {
        var url = "https://go.dev/play/p/" + encodeURIComponent(id.trim());
        if (tab) tab.location.href = url; else window.location.href = url;
      }, function (error) {
        if (tab) tab.close();
        output.hidden = false;
        output.textContent = "";
        output.appendChild(StudyGuide.element("p", "run-status error", error.message));
      });
  }

  StudyGuide.onReady(setUpRunners);
})();

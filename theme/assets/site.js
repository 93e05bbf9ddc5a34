// StudyGuide: small progressive enhancements. Every page works without this file,
// except running code (which needs the Playground) and search.
(function () {
  "use strict";

  // "/" focuses the search box, as on most documentation sites.
  function setUpSearchShortcut() {
    var input = document.getElementById("search-input");
    if (!input) return;
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
      }
    });
  }

  // Column headings with data-sort become buttons that sort the table's rows.
  function setUpSortableTables() {
    document.querySelectorAll("table[data-sortable]").forEach(function (table) {
      var headers = table.querySelectorAll("th[data-sort]");
      headers.forEach(function (th) {
        var index = Array.prototype.indexOf.call(th.parentNode.children, th);
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = th.textContent;
        th.textContent = "";
        th.appendChild(button);
        button.addEventListener("click", function () {
          var ascending = th.getAttribute("aria-sort") !== "ascending";
          headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          var numeric = th.getAttribute("data-sort") === "number";
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = a.cells[index].getAttribute("data-value") || "";
            var y = b.cells[index].getAttribute("data-value") || "";
            var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
            return ascending ? order : -order;
          });
          rows.forEach(function (row) { body.appendChild(row); });
        });
      });
    });
  }

  // Filter forms narrow a table by difficulty and topic; state is kept in the URL query.
  function setUpTableFilters() {
    document.querySelectorAll("form[data-filter-for]").forEach(function (form) {
      var container = document.getElementById(form.getAttribute("data-filter-for"));
      if (!container) return;
      var rows = container.querySelectorAll("tbody tr");
      var count = form.querySelector(".filter-count");
      var params = new URLSearchParams(location.search);
      ["difficulty", "topic"].forEach(function (name) {
        if (params.get(name)) form.elements[name].value = params.get(name);
      });
      function apply() {
        var difficulty = form.elements.difficulty.value;
        var topic = form.elements.topic.value;
        var shown = 0;
        rows.forEach(function (row) {
          var topics = (row.getAttribute("data-topics") || "").split(" ");
          var visible = (!difficulty || row.getAttribute("data-difficulty") === difficulty) && (!topic || topics.indexOf(topic) >= 0);
          row.hidden = !visible;
          if (visible) shown++;
        });
        if (count) count.textContent = shown + " of " + rows.length + " shown";
      }
      form.addEventListener("change", function () {
        var query = new URLSearchParams();
        if (form.elements.difficulty.value) query.set("difficulty", form.elements.difficulty.value);
        if (form.elements.topic.value) query.set("topic", form.elements.topic.value);
        history.replaceState(null, "", query.toString() ? "?" + query : location.pathname);
        apply();
      });
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      form.hidden = false;
      apply();
    });
  }

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
        box.checked = safeGet(storagePrefix + box.getAttribute("data-key")) === "1";
        box.addEventListener("change", function () {
          var key = storagePrefix + box.getAttribute("data-key");
          if (box.checked) safeSet(key, "1"); else safeRemove(key);
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
            safeRemove(storagePrefix + box.getAttribute("data-key"));
          });
          update();
        });
      }
      update();
    });
  }

  function safeGet(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
  function safeSet(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* storage full or blocked */ } }
  function safeRemove(key) { try { localStorage.removeItem(key); } catch (e) { /* storage blocked */ } }

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
        if (!response.ok) throw new Error("The Go Playground answered with HTTP " + response.status + ".");
        return response;
      }, function (error) {
        clearTimeout(timer);
        throw new Error(error.name === "AbortError"
          ? "The Go Playground did not answer within " + runTimeoutMs / 1000 + " seconds. Try again later."
          : "The Go Playground could not be reached. Check your connection and try again.");
      });
  }

  function run(endpoint, code, output, button) {
    output.hidden = false;
    output.textContent = "";
    var status = element("p", "run-status", "Running…");
    status.prepend(element("span", "spinner", ""), " ");
    output.appendChild(status);
    button.disabled = true;
    var form = new URLSearchParams({ version: "2", body: code, withVet: "true" });
    post(endpoint + "/compile", form.toString(), "application/x-www-form-urlencoded")
      .then(function (response) { return response.json(); })
      .then(function (result) { showResult(output, result); }, function (error) {
        output.textContent = "";
        output.appendChild(element("p", "run-status error", error.message));
      })
      .then(function () { button.disabled = false; });
  }

  function showResult(output, result) {
    output.textContent = "";
    if (result.Errors) {
      output.appendChild(element("p", "run-status error", "Build failed"));
      output.appendChild(block("error", result.Errors));
      return;
    }
    var stdout = "", stderr = "";
    (result.Events || []).forEach(function (event) {
      if (event.Kind === "stderr") stderr += event.Message; else stdout += event.Message;
    });
    var summary = result.IsTest
      ? (result.TestsFailed ? result.TestsFailed + " test(s) failed" : "All tests passed")
      : "Program exited with status " + (result.Status || 0);
    output.appendChild(element("p", "run-status" + (result.Status || result.TestsFailed ? " error" : ""), summary));
    if (result.VetErrors) output.appendChild(block("stderr", "go vet: " + result.VetErrors));
    if (stdout) output.appendChild(block("stdout", stdout));
    if (stderr) output.appendChild(block("stderr", stderr));
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
        output.appendChild(element("p", "run-status error", error.message));
      });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    node.textContent = text;
    return node;
  }

  function block(className, text) {
    var pre = element("pre", className, "");
    pre.appendChild(element("code", "", text));
    return pre;
  }

  function ready() {
    setUpSearchShortcut();
    setUpSortableTables();
    setUpTableFilters();
    setUpChecklists();
    setUpRunners();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready); else ready();
})();

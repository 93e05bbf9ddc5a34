// StudyGuide live preview: injected by `studyguide serve` into every HTML response, never
// part of the built site. It listens to the server's build events, reloads the page when its
// file changed, and shows content errors in an overlay until they are fixed.
(function () {
  "use strict";
  var script = document.currentScript;
  var version = script.getAttribute("data-version");
  var page = script.getAttribute("data-page");
  var overlay = null;

  var style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = "/_studyguide/live.css";
  document.head.appendChild(style);

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function clearErrors() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  // Built with DOM calls and textContent only: messages quote the content, which may hold markup.
  function showErrors(errors) {
    clearErrors();
    overlay = element("section", "studyguide-live-errors");
    overlay.setAttribute("role", "alert");
    overlay.setAttribute("aria-labelledby", "studyguide-live-title");
    var title = element("h2", "studyguide-live-title", "Build failed: " + errors.length + (errors.length === 1 ? " error" : " errors"));
    title.id = "studyguide-live-title";
    overlay.appendChild(title);
    overlay.appendChild(element("p", "", "This page is the last good build. Fix the file and save: this message goes away by itself."));
    var list = element("ul", "studyguide-live-list");
    errors.forEach(function (error) {
      var item = element("li", "");
      item.appendChild(element("code", "studyguide-live-location", error.file + ":" + error.line + ":" + error.column));
      item.appendChild(document.createTextNode(" "));
      item.appendChild(element("span", "", error.message));
      list.appendChild(item);
    });
    overlay.appendChild(list);
    var hide = element("button", "studyguide-live-hide", "Hide");
    hide.type = "button";
    hide.addEventListener("click", clearErrors);
    overlay.appendChild(hide);
    document.body.appendChild(overlay);
  }

  var events = new EventSource("/_studyguide/events");
  events.onmessage = function (event) {
    var message = JSON.parse(event.data);
    if (message.errors.length > 0) {
      showErrors(message.errors);
      return;
    }
    clearErrors();
    if (message.type === "built") {
      if (page === "" || message.changed.indexOf(page) >= 0) location.reload();
      else version = message.version;
    } else if (message.type === "state" && message.version !== version) {
      location.reload(); // a build finished between serving this page and connecting
    }
  };
})();

// StudyGuide: small progressive enhancements, bundled from theme/assets/js/*.js in name order.
// Every page works without JavaScript, except running code (which needs the Playground) and search.
// This file defines the one shared namespace the other parts use.
(function () {
  "use strict";
  var StudyGuide = window.StudyGuide = {};

  StudyGuide.onReady = function (callback) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", callback); else callback();
  };

  // localStorage can be full or blocked (private mode, strict settings): never let that break the page.
  StudyGuide.storage = {
    get: function (key) { try { return localStorage.getItem(key); } catch (e) { return null; } },
    set: function (key, value) { try { localStorage.setItem(key, value); return true; } catch (e) { return false; } },
    remove: function (key) { try { localStorage.removeItem(key); } catch (e) { /* storage blocked */ } },
    keys: function (prefix) {
      var found = [];
      try {
        for (var i = 0; i < localStorage.length; i++) {
          var key = localStorage.key(i);
          if (key && key.indexOf(prefix) === 0) found.push(key);
        }
      } catch (e) { /* storage blocked */ }
      return found.sort();
    }
  };

  // Words as search sees them: lower-case runs of letters and digits (search and the highlighting
  // of matched words on the target page must split text the same way).
  StudyGuide.words = function words(text) {
    return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  };

  StudyGuide.element = function element(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    node.textContent = text;
    return node;
  };

  StudyGuide.block = function block(className, text) {
    var pre = StudyGuide.element("pre", className, "");
    pre.appendChild(StudyGuide.element("code", "", text));
    return pre;
  };

})();

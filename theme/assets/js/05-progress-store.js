(function () {
  "use strict";
  var StudyGuide = window.StudyGuide;

  // The reader's progress, kept in localStorage only (no account, no server):
  //   studyguide:check:<scope>:<item>  "1" ticked / "0" unticked (only stored when it differs from the page's default)
  //   studyguide:solved:<question id>  "1"
  // Checklist items are scoped by their checklist id, Markdown task lists by their chapter or question id.
  var checkPrefix = "studyguide:check:";
  var solvedPrefix = "studyguide:solved:";
  var format = "studyguide-progress";
  var version = 1;
  var slug = "[a-z0-9]+(?:-[a-z0-9]+)*";
  var checkKeyPattern = new RegExp("^(?:/|" + slug + "):" + slug + "$");
  var idPattern = new RegExp("^" + slug + "$");
  var maxEntries = 20000;

  function plainObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  // Every stored entry of both kinds, as [key, value] pairs, for snapshots and rollback.
  function storedEntries() {
    return StudyGuide.storage.keys(checkPrefix).concat(StudyGuide.storage.keys(solvedPrefix)).map(function (key) {
      return [key, StudyGuide.storage.get(key)];
    });
  }

  function writeEntries(entries) {
    return entries.every(function (entry) { return StudyGuide.storage.set(entry[0], entry[1]); });
  }

  function clear() {
    storedEntries().forEach(function (entry) { StudyGuide.storage.remove(entry[0]); });
  }

  // Checks an imported file completely before anything is written; throws an Error with a reader-facing message.
  function parse(text) {
    var data;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new Error("The file is not valid JSON.");
    }
    if (!plainObject(data) || data.format !== format) {
      throw new Error("The file is not a progress export of this guide.");
    }
    if (data.version !== version) {
      throw new Error("The file has format version " + JSON.stringify(data.version) + "; this guide reads version " + version + ".");
    }
    Object.keys(data).forEach(function (name) {
      if (["format", "version", "exported", "checklists", "solved"].indexOf(name) < 0) {
        throw new Error("The file has an unexpected field \"" + name + "\".");
      }
    });
    if (data.exported !== undefined && typeof data.exported !== "string") {
      throw new Error("The field \"exported\" must be a date string.");
    }
    if (!plainObject(data.checklists)) {
      throw new Error("The field \"checklists\" must be an object of item keys and true or false.");
    }
    if (!Array.isArray(data.solved)) {
      throw new Error("The field \"solved\" must be a list of question ids.");
    }
    var keys = Object.keys(data.checklists);
    if (keys.length + data.solved.length > maxEntries) {
      throw new Error("The file has more entries than this guide could ever write.");
    }
    keys.forEach(function (key) {
      if (!checkKeyPattern.test(key)) throw new Error("\"" + key + "\" is not a checklist item key.");
      if (typeof data.checklists[key] !== "boolean") throw new Error("The value of \"" + key + "\" must be true or false.");
    });
    var seen = {};
    data.solved.forEach(function (id) {
      if (typeof id !== "string" || !idPattern.test(id)) throw new Error(JSON.stringify(id) + " is not a question id.");
      if (seen[id]) throw new Error("The question id \"" + id + "\" is listed twice.");
      seen[id] = true;
    });
    return { checklists: data.checklists, solved: data.solved };
  }

  StudyGuide.progress = {
    isChecked: function (key, byDefault) {
      var stored = StudyGuide.storage.get(checkPrefix + key);
      return stored === null ? byDefault : stored === "1";
    },
    setChecked: function (key, checked, byDefault) {
      if (checked === byDefault) StudyGuide.storage.remove(checkPrefix + key);
      else StudyGuide.storage.set(checkPrefix + key, checked ? "1" : "0");
    },
    isSolved: function (id) {
      return StudyGuide.storage.get(solvedPrefix + id) === "1";
    },
    setSolved: function (id, solved) {
      if (solved) StudyGuide.storage.set(solvedPrefix + id, "1"); else StudyGuide.storage.remove(solvedPrefix + id);
    },
    // What an export file holds; keys are sorted so the same progress gives the same file.
    snapshot: function () {
      var checklists = {};
      StudyGuide.storage.keys(checkPrefix).forEach(function (key) {
        checklists[key.slice(checkPrefix.length)] = StudyGuide.storage.get(key) === "1";
      });
      var solved = StudyGuide.storage.keys(solvedPrefix).map(function (key) { return key.slice(solvedPrefix.length); });
      return { format: format, version: version, exported: new Date().toISOString(), checklists: checklists, solved: solved };
    },
    parse: parse,
    // Replaces all progress with a parsed file's. If the browser refuses a write, the previous
    // progress is put back and false is returned: an import never leaves half a state behind.
    replace: function (progress) {
      var previous = storedEntries();
      var next = Object.keys(progress.checklists).map(function (key) {
        return [checkPrefix + key, progress.checklists[key] ? "1" : "0"];
      }).concat(progress.solved.map(function (id) { return [solvedPrefix + id, "1"]; }));
      clear();
      if (writeEntries(next)) return true;
      clear();
      writeEntries(previous);
      return false;
    }
  };
})();

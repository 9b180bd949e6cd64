// Progressive enhancement only: every page works without this file.
// Moves focus to the error summary after a form is sent back with errors, so screen-reader
// and keyboard users land on the list of what to fix (the GOV.UK error summary pattern).
(function () {
  "use strict";
  function focusErrorSummary() {
    var summary = document.querySelector("[data-error-summary]");
    if (summary && document.activeElement !== summary) {
      summary.focus();
    }
  }
  // Links in the summary move focus to the field itself, not just scroll to it.
  function linkSummaryToFields() {
    var links = document.querySelectorAll("[data-error-summary] a[href^='#']");
    Array.prototype.forEach.call(links, function (link) {
      link.addEventListener("click", function (event) {
        var target = document.getElementById(link.getAttribute("href").slice(1));
        if (target) {
          event.preventDefault();
          target.focus();
          target.scrollIntoView({ block: "center" });
        }
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { focusErrorSummary(); linkSummaryToFields(); });
  } else {
    focusErrorSummary();
    linkSummaryToFields();
  }
})();

// The Markdown toolbar on the wiki edit form: plain buttons that wrap or prefix the
// selected text. Without JavaScript the toolbar stays hidden and the hint explains Markdown.
(function () {
  "use strict";
  var ACTIONS = {
    bold: { before: "**", after: "**", placeholder: "bold text" },
    italic: { before: "*", after: "*", placeholder: "italic text" },
    heading: { line: "## ", placeholder: "Heading" },
    link: { before: "[[", after: "]]", placeholder: "Page title" },
    list: { line: "- ", placeholder: "List item" },
    table: { block: "| Column | Column |\n|---|---|\n| Text | Text |\n" }
  };
  function apply(textarea, action) {
    var start = textarea.selectionStart, end = textarea.selectionEnd;
    var value = textarea.value, selected = value.slice(start, end) || action.placeholder || "";
    var insert;
    if (action.block) {
      insert = (start > 0 && value[start - 1] !== "\n" ? "\n\n" : "") + action.block;
    } else if (action.line) {
      insert = selected.split("\n").map(function (l) { return action.line + l; }).join("\n");
      if (start > 0 && value[start - 1] !== "\n") { insert = "\n" + insert; }
    } else {
      insert = action.before + selected + action.after;
    }
    textarea.setRangeText(insert, start, end, "select");
    textarea.focus();
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }
  function init() {
    var bars = document.querySelectorAll("[data-toolbar-for]");
    Array.prototype.forEach.call(bars, function (bar) {
      var textarea = document.getElementById(bar.getAttribute("data-toolbar-for"));
      if (!textarea || typeof textarea.setRangeText !== "function") { return; }
      Object.keys(ACTIONS).forEach(function (name) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "button button--small button--secondary";
        button.textContent = bar.getAttribute("data-" + name) || name;
        button.addEventListener("click", function () { apply(textarea, ACTIONS[name]); });
        bar.appendChild(button);
      });
      bar.hidden = false;
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

// Pages that show work in progress (a CSV import) reload themselves while it runs; the
// page also has a plain "Refresh" link for anyone without JavaScript.
(function () {
  "use strict";
  var el = document.querySelector("[data-refresh-seconds]");
  if (el) {
    var seconds = parseInt(el.getAttribute("data-refresh-seconds"), 10) || 2;
    window.setTimeout(function () { window.location.reload(); }, seconds * 1000);
  }
})();

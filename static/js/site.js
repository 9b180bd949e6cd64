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

// Live word counts on a proposal's sections: a textarea with data-word-limit names its
// counter (data-counter), whose words come from the page in its language. Words are
// counted as the server counts them (proposals::words): whitespace-separated tokens with
// a letter or digit. The counter is a polite live region, updated after a pause in
// typing so that screen readers are not flooded; the server checks again at save.
(function () {
  var WORD = /[\p{L}\p{N}]/u;
  function count(text) {
    return text.split(/\s+/).filter(function (w) { return WORD.test(w); }).length;
  }
  function init() {
    var areas = document.querySelectorAll("textarea[data-word-limit]");
    Array.prototype.forEach.call(areas, function (area) {
      var counter = document.getElementById(area.getAttribute("data-counter"));
      if (!counter) { return; }
      var limit = parseInt(area.getAttribute("data-word-limit"), 10) || 0;
      var timer = null;
      function show() {
        var n = count(area.value);
        var words = limit > 0 && n > limit
          ? counter.getAttribute("data-over").replace("{over}", String(n - limit))
          : counter.getAttribute("data-count").replace("{count}", String(n));
        counter.textContent = words;
        counter.classList.toggle("word-count--over", limit > 0 && n > limit);
      }
      area.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(show, 400);
      });
      show();
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

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

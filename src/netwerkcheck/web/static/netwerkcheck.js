// The page around the check (no inline scripts, so the Content-Security-Policy stays strict).
"use strict";
(function () {
  // The terminal's font size follows the browser's own text size (its setting and zoom).
  function rootFontSize() {
    var size = parseFloat(window.getComputedStyle(document.documentElement).fontSize);
    return isFinite(size) && size > 0 ? Math.round(size) : 16;
  }
  document.addEventListener("DOMContentLoaded", function () {
    var terminal = document.getElementById("terminal");
    if (terminal) {
      terminal.dataset.fontSize = String(rootFontSize());
      // Keyboard alone: put the keys into the check as soon as it is there.
      var observer = new MutationObserver(function () {
        var input = terminal.querySelector("textarea");
        if (input) {
          observer.disconnect();
          input.focus();
        }
      });
      observer.observe(terminal, { childList: true, subtree: true });
    }
    document.querySelectorAll("[data-reopen]").forEach(function (button) {
      button.addEventListener("click", function () {
        window.location.replace("/");
      });
    });
    var first = document.querySelector("#busy [data-reopen]");
    if (first) first.focus();
  });
  // When the connection closes, offer the button to open the check again.
  new MutationObserver(function () {
    if (document.body && document.body.classList.contains("-closed")) {
      var again = document.querySelector(".closed-dialog [data-reopen]");
      if (again && document.activeElement !== again) again.focus();
    }
  }).observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ["class"] });
})();

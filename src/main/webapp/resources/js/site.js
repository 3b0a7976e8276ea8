// Every page's own script.
// - The header's menu collapses behind a "Menu" button on narrow screens. Without JavaScript the
//   menu simply stays open: the button is hidden until this script shows it.
// - A plain button with data-confirm="..." asks first, in the browser's own dialog (PrimeFaces
//   buttons use the page's p:confirm dialog instead); "Cancel" sends nothing.
// - A page shown again with problems puts the focus on its error summary.
(function () {
  "use strict";
  function confirmFirst(e) {
    var button = e.target.closest ? e.target.closest("[data-confirm]") : null;
    if (button && !window.confirm(button.getAttribute("data-confirm"))) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  }
  document.addEventListener("click", confirmFirst, true);
  function init() {
    // a page shown again with problems: the error summary takes the focus, as NHS.UK's does
    var summary = document.getElementById("error-summary");
    if (summary) {
      summary.focus();
    }
    var header = document.querySelector(".site-header");
    var button = document.getElementById("menu-toggle");
    var nav = document.getElementById("site-nav");
    if (!header || !button || !nav) {
      return;
    }
    header.classList.add("js-menu");
    button.hidden = false;
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", open ? "true" : "false");
      nav.classList.toggle("open", open);
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        button.setAttribute("aria-expanded", "false");
        nav.classList.remove("open");
        button.focus();
      }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

// The projector check-in screen: a countdown to the next code, ticking each second between the
// server's updates (each update brings a fresh "seconds left"), and a button for full screen.
(function () {
  "use strict";
  function tick() {
    var el = document.getElementById("countdown");
    if (!el) {
      return;
    }
    if (!el.dataset.seen) {
      el.dataset.seen = String(Date.now());
    }
    var left = Number(el.dataset.left) - Math.floor((Date.now() - Number(el.dataset.seen)) / 1000);
    el.textContent = String(Math.max(left, 0));
  }
  function init() {
    setInterval(tick, 250);
    var full = document.getElementById("fullscreen");
    if (full && document.documentElement.requestFullscreen) {
      full.hidden = false;
      full.addEventListener("click", function () {
        if (document.fullscreenElement) {
          document.exitFullscreen();
        } else {
          document.documentElement.requestFullscreen();
        }
      });
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

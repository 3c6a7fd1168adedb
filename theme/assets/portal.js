/* Human Rights Cities portal: progressive enhancement only. Every page is complete without this file.
   - High contrast: reveals the header's toggle, applies html.high-contrast and remembers the choice.
   - Citations: reveals "copy" buttons and writes today's date as the date of access. The address in a
     citation is the one the build was given; it is never taken from the address bar.
   - Print: opens closed <details> while printing, so their tables are on paper too.
   - Search filters: open on a wide screen, folded behind their summary on a phone.
   All words come from the page (the theme's language file), none from here. */
(function () {
  "use strict";

  var root = document.documentElement;
  var storageKey = "portal:high-contrast";

  function storedContrast() {
    try {
      return window.localStorage.getItem(storageKey) === "on";
    } catch (e) {
      return false;
    }
  }

  function storeContrast(on) {
    try {
      window.localStorage.setItem(storageKey, on ? "on" : "off");
    } catch (e) {
      /* Storage refused (private mode): the choice lasts for this page only. */
    }
  }

  function applyContrast(on) {
    root.classList.toggle("high-contrast", on);
  }

  /* Before the first paint, so a visitor who chose high contrast never sees a flash of the default. */
  applyContrast(storedContrast());

  function setUpContrastToggle() {
    var button = document.querySelector("[data-contrast-toggle]");
    if (!button) {
      return;
    }
    button.setAttribute("aria-pressed", String(root.classList.contains("high-contrast")));
    button.addEventListener("click", function () {
      var on = !root.classList.contains("high-contrast");
      applyContrast(on);
      storeContrast(on);
      button.setAttribute("aria-pressed", String(on));
    });
    button.hidden = false;
  }

  /* The date of access, as people write it ("5 December 2026"), in the words of the page's language file.
     Written on load and again when copying, so a page left open overnight still cites the right day. */
  function writeDatesOfAccess() {
    var today = new Date();
    document.querySelectorAll("[data-accessed]").forEach(function (element) {
      var months = (element.getAttribute("data-months") || "").split(",");
      var format = element.getAttribute("data-accessed-format");
      if (months.length !== 12 || !format) {
        return;
      }
      var date = today.getDate() + " " + months[today.getMonth()] + " " + today.getFullYear();
      element.textContent = format.replace("{0}", date);
    });
  }

  function setUpCopyButtons() {
    if (!navigator.clipboard || !window.isSecureContext) {
      return;
    }
    document.querySelectorAll("[data-copy-target]").forEach(function (button) {
      var source = document.getElementById(button.getAttribute("data-copy-target"));
      if (!source) {
        return;
      }
      var label = button.textContent;
      button.addEventListener("click", function () {
        writeDatesOfAccess();
        navigator.clipboard.writeText(source.textContent.trim()).then(function () {
          button.textContent = button.getAttribute("data-copied-label") || label;
          window.setTimeout(function () { button.textContent = label; }, 2500);
        });
      });
      button.hidden = false;
    });
  }

  function openDetailsWhilePrinting() {
    var opened = [];
    window.addEventListener("beforeprint", function () {
      document.querySelectorAll("details:not([open])").forEach(function (details) {
        details.open = true;
        opened.push(details);
      });
    });
    window.addEventListener("afterprint", function () {
      opened.forEach(function (details) { details.open = false; });
      opened = [];
    });
  }

  /* A <details data-open-wide> (search's filters) is folded on a phone and open where there is room for it. */
  function openDetailsOnWideScreens() {
    var wide = window.matchMedia("(min-width: 40.0625rem)");
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
      details.open = wide.matches;
    });
  }

  function enhance() {
    openDetailsOnWideScreens();
    setUpContrastToggle();
    writeDatesOfAccess();
    setUpCopyButtons();
    openDetailsWhilePrinting();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhance);
  } else {
    enhance();
  }
})();

// The tabs: a click shows a tab's panel and focuses its first field, arrow keys, Home and End
// move between tabs; selectTab(tab, false) shows a panel without moving focus.

function $(id) { return document.getElementById(id); }

export function selectTab(tab, focus = true) {
  for (const other of document.querySelectorAll('[role="tab"]')) {
    const on = other === tab;
    other.setAttribute("aria-selected", String(on));
    other.tabIndex = on ? 0 : -1;
    $(other.getAttribute("aria-controls")).hidden = !on;
  }
  if (focus) tab.focus();
  const first = $(tab.getAttribute("aria-controls")).querySelector("textarea, input, select");
  if (first && focus === "content") first.focus();
}

export function initTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => selectTab(tab, "content"));
    tab.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) {
        event.preventDefault();
        selectTab(tabs[(i + step + tabs.length) % tabs.length]);
      } else if (event.key === "Home" || event.key === "End") {
        event.preventDefault();
        selectTab(tabs[event.key === "Home" ? 0 : tabs.length - 1]);
      }
    });
  });
}

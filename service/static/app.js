// Boot: tabs, the report view, and the optional goals view.
import { initAsk } from "./ask.js";
import { initReader } from "./reader.js";
import { initSearch, loadReports } from "./search.js";
import { initTabs } from "./tabs.js";
import { clear, el } from "./util.js";

function $(id) { return document.getElementById(id); }

// The goals view belongs to another module: load /static/goals.js (and .css) when it exists.
async function loadGoals() {
  const exists = async (path) => (await fetch(path, { method: "HEAD" }).catch(() => null))?.ok;
  if (await exists("/static/goals.css")) {
    document.head.append(Object.assign(document.createElement("link"), {
      rel: "stylesheet", href: "/static/goals.css",
    }));
  }
  if (await exists("/static/goals.js")) {
    const script = Object.assign(document.createElement("script"), {
      type: "module", src: "/static/goals.js",
    });
    document.body.append(script);
    $("goals-missing")?.remove();
  } else {
    $("goals-missing").textContent = "Målvyn är inte installerad.";
  }
}

// While the server indexes: "Indexerar rapporter n/N" until /api/health says ok, then the
// report list is loaded again (searches meanwhile use the last complete index).
async function watchIndex(onReady) {
  const banner = $("index-state");
  let waited = false;
  for (;;) {
    const health = await fetch("/api/health").then((r) => r.json()).catch(() => null);
    if (health && health.status === "ok") break;
    waited = true;
    banner.hidden = false;
    clear(banner);
    if (health && health.status === "error") {
      banner.append(el("span", { text: `Index kan inte öppnas: ${health.message || "okänt fel"}` }));
      return;
    }
    const p = health && health.progress;
    const count = p && p.total ? ` ${p.done}/${p.total}` : "";
    banner.append(el("span", { class: "spinner", "aria-hidden": "true" }),
      el("span", { text: `Indexerar rapporter${count} … sökningen använder det senast klara indexet.` }));
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  banner.hidden = true;
  if (waited) onReady();
}

async function boot() {
  initTabs();
  initReader();
  initAsk();
  initSearch();  // bound before any await: a search typed at once never submits the page
  $("question").focus();
  watchIndex(loadReports);
  await loadReports();  // also fills the search filters
  loadGoals();
}

boot();

// The report view: a report's passages in order, one of them highlighted and scrolled to; an
// uploaded report can be deleted from here (the shared flow in remove.js).
import { deleteReport, onGone, reportsGone } from "./remove.js";
import { selectTab } from "./tabs.js";
import { api, clear, el, label, pathText, setStatus } from "./util.js";

const cache = new Map();
let returnFocus = null;
let shownId = null;
let shown = null;  // the report on screen once loaded (what "Ta bort rapporten" deletes)

function $(id) { return document.getElementById(id); }

async function loadReport(id) {
  if (!cache.has(id)) cache.set(id, api(`/api/reports/${encodeURIComponent(id)}`));
  try {
    return await cache.get(id);
  } catch (err) {
    cache.delete(id);
    throw err;
  }
}

function passageNode(chunk, quote, active) {
  const node = el("div", {
    class: active ? "passage active" : "passage",
    id: `passage-${chunk.id}`,
    "data-chunk-id": chunk.id,
    tabindex: active ? "-1" : null,
  });
  const at = active && quote ? chunk.text.indexOf(quote) : -1;
  if (at < 0) {
    node.textContent = chunk.text;
  } else {
    node.append(document.createTextNode(chunk.text.slice(0, at)));
    node.append(el("mark", { class: "quote", text: quote }));
    node.append(document.createTextNode(chunk.text.slice(at + quote.length)));
  }
  if (chunk.page) node.append(el("span", { class: "page-tag", text: `s. ${chunk.page}` }));
  return node;
}

function renderBody(report, chunkId, quote) {
  const body = $("reader-body");
  clear(body);
  let lastPath = null;
  let activeNode = null;
  for (const chunk of report.chunk_list) {
    const path = pathText(chunk.section_path);
    if (path !== lastPath) {
      const depth = Math.min(chunk.section_path.length, 4);
      const heading = chunk.section_path[chunk.section_path.length - 1] || report.title;
      body.append(el(`h${Math.min(depth + 2, 6)}`, { class: "section-heading", text: heading }));
      lastPath = path;
    }
    const node = passageNode(chunk, quote, chunk.id === chunkId);
    if (chunk.id === chunkId) activeNode = node;
    body.append(node);
  }
  return activeNode;
}

function renderHead(report, chunk) {
  $("reader-kicker").textContent = report.doc_type === "VP" ? "Verksamhetsplan" :
    report.doc_type === "VB" ? "Verksamhetsberättelse" : "Rapport";
  $("reader-title").textContent = report.title || report.unit;
  $("reader-meta").textContent = label(report) + (chunk && chunk.page ? ` · sida ${chunk.page}` : "");
  $("reader-path").textContent = chunk ? pathText(chunk.section_path) : "";
  const remove = $("reader-delete");
  remove.hidden = !report.deletable;  // only uploads; the corpus folder owns the rest
  remove.disabled = false;
}

function showReport(report, chunkId, quote) {
  shown = report;
  const chunk = report.chunk_list.find((c) => c.id === chunkId) || null;
  renderHead(report, chunk);
  const active = renderBody(report, chunkId, quote);
  setStatus($("reader-status"), "");
  if (active) {
    active.scrollIntoView({ block: "center" });
    active.focus({ preventScroll: true });
  } else {
    $("reader-body").scrollTop = 0;
    $("reader-title").focus();
  }
}

// Opened after someone deleted it: say so in the view, and tell the other views it is gone.
function showGone(reportId) {
  for (const id of ["reader-kicker", "reader-meta", "reader-path"]) $(id).textContent = "";
  $("reader-title").textContent = "Rapporten finns inte längre";
  clear($("reader-body"));
  setStatus($("reader-status"), `Rapporten ${reportId} har tagits bort och kan inte visas.`);
  $("reader-title").focus();
  shownId = null;  // the view shows no report now: the news below must not close it
  reportsGone([reportId]);
}

export async function openReport(reportId, { chunkId = null, quote = "", opener = null } = {}) {
  const reader = $("reader");
  returnFocus = opener || document.activeElement;
  shownId = reportId;
  shown = null;
  $("reader-delete").hidden = true;
  reader.hidden = false;
  document.body.classList.add("reading");
  setStatus($("reader-status"), "Hämtar rapporten …", true);
  try {
    const report = await loadReport(reportId);
    if (shownId === reportId) showReport(report, chunkId, quote);
  } catch (err) {
    if (shownId !== reportId) return;  // another report was opened (or the view closed) meanwhile
    if (err.status === 404) showGone(reportId);
    else setStatus($("reader-status"), `Kunde inte hämta rapporten: ${err.message}`);
  }
}

// Focus goes back to what opened the view, or to the main column when that is gone or
// disabled (a deleted report's row, result or chip) or when `restore` is false.
export function closeReport({ restore = true } = {}) {
  const now = document.activeElement;  // the body once a focused button was disabled
  const inside = !now || now === document.body || $("reader").contains(now);
  shownId = null;
  shown = null;
  $("reader").hidden = true;
  document.body.classList.remove("reading");
  const back = restore && returnFocus && document.contains(returnFocus) && !returnFocus.disabled;
  if (back) returnFocus.focus();
  else if (inside) $("main").focus();
}

// Deleted reports: dropped from the cache, and the view closes if it shows one of them; its
// opener belongs to that report, so focus is not sent back to it. Only a delete of the shown
// report closes it (here or in the Rapporter list), and either is told in the list's status
// line: the Rapporter tab is shown now, before that line gets the news, so it is announced.
function forgetReports(ids) {
  for (const id of ids) cache.delete(id);
  if (ids.includes(shownId) && !$("reader").hidden) {
    closeReport({ restore: false });
    selectTab($("tab-reports"), false);
  }
}

// "Ta bort rapporten": the shared flow, progress and errors in the view (which stays open on an
// error); once deleted the view is gone, so the confirmation goes to the Rapporter list's status
// line, which gets focus, as after "Ta bort" in the list.
async function deleteShown(button) {
  const done = $("reports-status");
  if (await deleteReport(shown, { button, status: $("reader-status"), done })) done.focus();
}

export function initReader() {
  $("reader-close").addEventListener("click", () => closeReport());
  $("reader-delete").addEventListener("click", (event) => {
    if (shown) deleteShown(event.currentTarget);
  });
  onGone(forgetReports);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !$("reader").hidden) closeReport();
  });
}

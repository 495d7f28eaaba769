// The report view: a report's passages in order, one of them highlighted and scrolled to.
import { onGone } from "./remove.js";
import { api, clear, el, label, pathText, setStatus } from "./util.js";

const cache = new Map();
let returnFocus = null;
let shownId = null;

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
}

export async function openReport(reportId, { chunkId = null, quote = "", opener = null } = {}) {
  const reader = $("reader");
  returnFocus = opener || document.activeElement;
  shownId = reportId;
  reader.hidden = false;
  document.body.classList.add("reading");
  setStatus($("reader-status"), "Hämtar rapporten …", true);
  try {
    const report = await loadReport(reportId);
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
  } catch (err) {
    setStatus($("reader-status"), `Kunde inte hämta rapporten: ${err.message}`);
  }
}

export function closeReport() {
  shownId = null;
  $("reader").hidden = true;
  document.body.classList.remove("reading");
  if (returnFocus && document.contains(returnFocus)) returnFocus.focus();
}

// Deleted reports: dropped from the cache, and the view closes if it shows one of them.
function forgetReports(ids) {
  for (const id of ids) cache.delete(id);
  if (ids.includes(shownId) && !$("reader").hidden) closeReport();
}

export function initReader() {
  $("reader-close").addEventListener("click", closeReport);
  onGone(forgetReports);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !$("reader").hidden) closeReport();
  });
}

// Search with filters, "find prior formulations", and the report list with upload and delete.
import { openReport } from "./reader.js";
import { deleteReport, howMany, onGone, setListed } from "./remove.js";
import {
  api, apiKey, clear, el, highlighted, label, pathText, queryWords, setApiKey, setStatus,
} from "./util.js";

function $(id) { return document.getElementById(id); }

function resultItem(hit, words, quote) {
  const open = el("button", {
    type: "button",
    class: "link",
    text: "Visa i rapporten",
    onclick: (event) => openReport(hit.report_id, {
      chunkId: hit.chunk_id, quote: quote || "", opener: event.currentTarget,
    }),
  });
  const meta = label(hit) + (hit.page ? ` · sida ${hit.page}` : "");
  const also = hit.also_in && hit.also_in.length
    ? el("span", { class: "badge", text: `även i ${hit.also_in.length} till` }) : null;
  const unsure = hit.uncertain && hit.uncertain.includes("year")
    ? el("span", { class: "badge", text: "året okänt eller osäkert",
                   title: "Rapportens år är inte säkert; den togs med trots årsfiltret" }) : null;
  const text = quote
    ? el("blockquote", { class: "result-quote" }, [highlighted(quote, words)])
    : el("p", { class: "result-text" }, [highlighted(hit.text, words)]);
  return el("li", { class: "result", "data-report-id": hit.report_id }, [
    el("div", { class: "result-meta" }, [el("strong", { text: meta }), also, unsure]),
    el("div", { class: "result-path", text: pathText(hit.section_path) }),
    text,
    open,
  ]);
}

async function runSearch(form) {
  const data = new FormData(form);
  const params = new URLSearchParams({ k: "15" });
  for (const [key, value] of data.entries()) if (String(value).trim()) params.set(key, value);
  const status = $("search-status");
  const list = $("search-results");
  clear(list);
  setStatus(status, "Söker …", true);
  try {
    const result = await api(`/api/search?${params}`);
    const words = queryWords(`${result.query} ${result.also_searched || ""}`);
    for (const hit of result.hits) list.append(resultItem(hit, words));
    const also = result.also_searched ? ` (sökte även: ”${result.also_searched}”)` : "";
    setStatus(status, (result.hits.length ? `${result.hits.length} träffar` : "Inga träffar") + also);
  } catch (err) {
    setStatus(status, `Sökningen misslyckades: ${err.message}`);
  }
}

async function runSimilar(text) {
  const status = $("similar-status");
  const list = $("similar-results");
  clear(list);
  setStatus(status, "Letar efter liknande formuleringar …", true);
  try {
    const result = await api("/api/similar", { json: { text, k: 10 } });
    for (const hit of result.hits) list.append(resultItem(hit, [], hit.quote));
    setStatus(status, result.hits.length ? `${result.hits.length} liknande stycken` : "Inget liknande hittades");
  } catch (err) {
    setStatus(status, `Det gick inte: ${err.message}`);
  }
}

// Rebuilt whenever the report list is loaded (after an upload or a delete too); a chosen value
// that no report has any longer falls back to "all".
function fillOptions(select, values) {
  const chosen = select.value;
  while (select.options.length > 1) select.remove(1);
  for (const value of values) select.append(el("option", { value, text: value }));
  select.value = values.includes(chosen) ? chosen : "";
}

function fillFilters(reports) {
  const unique = (key) => [...new Set(reports.map((r) => r[key]).filter((v) => v && v !== "unknown"))].sort();
  fillOptions($("search-unit"), unique("unit"));
  fillOptions($("search-district"), unique("district"));
}

function reportRow(r) {
  const actions = [el("button", {
    type: "button", class: "link", text: "Öppna",
    onclick: (event) => openReport(r.id, { opener: event.currentTarget }),
  })];
  // Only reports the API says it may delete (uploads) get the button; the corpus folder owns the rest.
  if (r.deletable) {
    actions.push(el("button", {
      type: "button", class: "link danger", text: "Ta bort",
      "data-delete-report": r.id, "aria-label": `Ta bort ${label(r)}`,
      onclick: (event) => removeFromList(r, event.currentTarget),
    }));
  }
  return el("tr", { "data-report-id": r.id }, [
    el("td", { text: r.unit }), el("td", { text: r.district }), el("td", { text: r.doc_type }),
    el("td", { text: r.year ?? "" }), el("td", { text: String(r.chunks) }),
    el("td", { class: "actions" }, actions),
  ]);
}

// Loads the table, the count and the search filters; returns the reports, or null on failure.
export async function loadReports() {
  const status = $("reports-status");
  setStatus(status, "Hämtar rapporter …", true);
  try {
    const reports = await api("/api/reports");
    const body = $("reports-body");
    clear(body);
    for (const r of reports) body.append(reportRow(r));
    setListed(reports);
    fillFilters(reports);
    setStatus(status, howMany(reports.length));
    return reports;
  } catch (err) {
    setStatus(status, `Kunde inte hämta rapporterna: ${err.message}`);
    return null;
  }
}

function removeRows(selector, ids) {
  for (const node of document.querySelectorAll(selector)) {
    if (ids.includes(node.getAttribute("data-report-id"))) node.remove();
  }
}

// "Ta bort" in the table: the shared delete flow, its outcome in the table's status.
async function removeFromList(r, button) {
  const status = $("reports-status");
  if (await deleteReport(r, { button, status })) status.focus();
}

// A report gone (deleted here or in the report view, or found missing): its rows go, and the
// list, the count and the search filters are loaded again.
function dropReports(ids) {
  removeRows("#reports-body tr[data-report-id]", ids);
  removeRows("#search-results li[data-report-id], #similar-results li[data-report-id]", ids);
  return loadReports();
}

async function upload(form) {
  const file = $("upload-file").files[0];
  if (!file) return;
  const status = $("upload-status");
  const body = new FormData();
  body.append("file", file);
  setStatus(status, `Läser och indexerar ${file.name} …`, true);
  try {
    const result = await api("/api/reports", { body });
    const done = {
      duplicate: `Finns redan: ${result.report_ids.join(", ")} (samma innehåll, inget nytt sparat)`,
      renamed: `Klart som ${result.report_ids.join(", ")}: namnet fanns redan (${result.chunks_added} nya stycken)`,
    }[result.outcome];
    setStatus(status, done || `Klart: ${result.report_ids.join(", ")} (${result.chunks_added} nya stycken)`);
    form.reset();
    await loadReports();
  } catch (err) {
    setStatus(status, `Uppladdningen misslyckades: ${err.message}`);
  }
}

export function initSearch() {
  onGone(dropReports);
  $("search-form").addEventListener("submit", (event) => { event.preventDefault(); runSearch(event.target); });
  $("similar-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = $("similar-text").value.trim();
    if (text) runSimilar(text);
  });
  $("upload-form").addEventListener("submit", (event) => { event.preventDefault(); upload(event.target); });
  const key = $("api-key");
  key.value = apiKey();
  key.addEventListener("change", () => setApiKey(key.value.trim()));
}

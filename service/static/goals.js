// The "Mål" view: search/filter goal records, a timeline per goal across years (status and
// indicator values per version), and the wording diff between versions. Report text is only
// ever inserted with textContent (via el()).
import { api, clear, el, label, setStatus } from "./util.js";
import { openReport } from "./reader.js";

const LEVELS = [
  ["", "Alla nivåer"],
  ["kf_inriktningsmal", "KF:s inriktningsmål"],
  ["kf_mal", "KF:s mål för verksamhetsområdet"],
  ["namndmal", "Nämndmål"],
  ["enhetsmal", "Enhetsmål"],
];
const STATUSES = [["", "Alla"], ["helt", "Uppfylls helt"], ["delvis", "Uppfylls delvis"], ["ej", "Uppfylls ej"]];
const STATUS_TEXT = { helt: "Uppfylls helt", delvis: "Uppfylls delvis", ej: "Uppfylls ej" };
const DOC = { VP: "Plan (VP)", VB: "Berättelse (VB)" };

const view = document.getElementById("view-goals");
let listNode, statusNode, detailNode, form;

function field(id, text, control, cls = "field") {
  return el("div", { class: cls }, [el("label", { for: id, text }), control]);
}

function select(id, name, options) {
  return el("select", { id, name }, options.map(([value, text]) => el("option", { value, text })));
}

function statusBadge(status, docType) {
  if (status) return el("span", { class: `goal-status s-${status}`, text: STATUS_TEXT[status] });
  const text = docType === "VP" ? "Planerat" : "Ingen bedömning";
  return el("span", { class: "goal-status s-none", text });
}

function buildForm() {
  form = el("form", { class: "filters goal-filters", autocomplete: "off" }, [
    field("goal-q", "Sök bland målen", el("input", { id: "goal-q", name: "q", type: "search", maxlength: "500",
      placeholder: "t.ex. delaktighet, miljö, sjukfrånvaro" }), "field grow"),
    field("goal-unit", "Enhet", select("goal-unit", "unit", [["", "Alla enheter"]])),
    field("goal-year", "År", select("goal-year", "year", [["", "Alla år"]]), "field small"),
    field("goal-level", "Nivå", select("goal-level", "level", LEVELS)),
    field("goal-status", "Måluppfyllelse", select("goal-status", "status", STATUSES), "field small"),
    el("button", { type: "submit", class: "primary", text: "Visa mål" }),
    el("a", { class: "secondary goal-csv", href: "/api/goals.csv", download: "malregister.csv",
      text: "Ladda ner CSV" }),
  ]);
  form.addEventListener("submit", (event) => { event.preventDefault(); loadList(); });
  return form;
}

function fillOptions(id, values, format = (v) => String(v)) {
  const node = document.getElementById(id);
  if (node.options.length > 1) return;
  for (const value of values) node.append(el("option", { value: String(value), text: format(value) }));
}

async function loadList() {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form).entries()) if (value) params.set(key, value);
  setStatus(statusNode, "Hämtar mål …", true);
  try {
    const data = await api(`/api/goals?${params}`);
    fillOptions("goal-unit", data.units);
    fillOptions("goal-year", data.years);
    renderList(data);
  } catch (err) {
    setStatus(statusNode, `Kunde inte hämta målen: ${err.message}`);
  }
}

function renderList(data) {
  clear(listNode);
  const shown = data.goals.length;
  setStatus(statusNode, data.total === 0 ? "Inga mål matchar." :
    `${data.total} mål${shown < data.total ? ` (visar ${shown})` : ""}.`);
  for (const goal of data.goals) {
    const meta = el("span", { class: "goal-meta" }, [
      el("span", { class: "badge", text: goal.level_label + (goal.number ? ` ${goal.number}` : "") }),
      el("span", { text: label(goal) }),
      statusBadge(goal.status, goal.doc_type),
      goal.versions > 1 ? el("span", { class: "goal-versions", text: `${goal.versions} versioner` }) : null,
    ]);
    const button = el("button", { type: "button", class: "goal-item", "aria-describedby": null,
      onclick: () => loadDetail(goal.id) }, [el("span", { class: "goal-text", text: goal.text }), meta]);
    listNode.append(el("li", {}, [button]));
  }
}

async function loadDetail(goalId) {
  clear(detailNode);
  detailNode.hidden = false;
  const status = el("div", { class: "status", role: "status" });
  detailNode.append(status);
  setStatus(status, "Hämtar målets versioner …", true);
  try {
    renderDetail(await api(`/api/goals/${encodeURIComponent(goalId)}`));
  } catch (err) {
    setStatus(status, `Kunde inte hämta målet: ${err.message}`);
  }
}

function indicatorTable(indicators) {
  const head = el("tr", {}, ["Indikator", "Utfall", "Män/pojkar", "Kvinnor/flickor", "Årsmål", "Period"]
    .map((text) => el("th", { scope: "col", text })));
  const rows = indicators.map((i) => el("tr", {}, [
    el("th", { scope: "row", text: i.name }),
    ...[i.outcome, i.outcome_men, i.outcome_women, i.target, i.period].map((v) => el("td", { text: v || "–" })),
  ]));
  return el("table", { class: "goal-indicators" }, [
    el("caption", { class: "visually-hidden", text: "Indikatorer" }), el("thead", {}, [head]), el("tbody", {}, rows),
  ]);
}

function excerpt(title, sourced) {
  if (!sourced) return null;
  const text = sourced.text.length > 300 ? `${sourced.text.slice(0, 300)} …` : sourced.text;
  return el("div", { class: "goal-field" }, [el("h5", { text: title }), el("p", { text })]);
}

function versionCard(version, isCurrent) {
  const open = el("button", { type: "button", class: "link", text: "Visa i rapporten",
    onclick: (event) => openReport(version.report_id, { chunkId: version.chunk_id, quote: version.text,
      opener: event.currentTarget }) });
  const activities = version.activities.length ? el("div", { class: "goal-field" }, [
    el("h5", { text: "Aktiviteter" }),
    el("ul", {}, version.activities.map((a) => el("li", {
      text: `${a.name}${a.start ? ` (${a.start} – ${a.end || "…"})` : ""}${a.deviation ? " – avvikelse" : ""}` }))),
  ]) : null;
  return el("li", { class: `goal-version${isCurrent ? " current" : ""}` }, [
    el("div", { class: "goal-when" }, [
      el("span", { class: "goal-year", text: String(version.year || "?") }),
      el("span", { text: DOC[version.doc_type] || version.doc_type }),
    ]),
    el("div", { class: "goal-card" }, [
      el("p", { class: "goal-unit", text: label(version) }),
      el("p", { class: "goal-text", text: version.text }),
      el("div", { class: "goal-meta" }, [statusBadge(version.status, version.doc_type),
        el("span", { class: "badge", text: version.level_label + (version.number ? ` ${version.number}` : "") })]),
      version.indicators.length ? indicatorTable(version.indicators) : null,
      excerpt("Förväntat resultat", version.expected_result),
      excerpt("Analys", version.analysis),
      excerpt("Arbetssätt", version.method),
      excerpt("Resursanvändning", version.resources),
      excerpt("Uppföljning", version.followup),
      activities,
      open,
    ]),
  ]);
}

function diffBlock(diff, byId) {
  const from = byId[diff.from_id], to = byId[diff.to_id];
  const words = diff.parts.map((part) => {
    const tag = part.op === "insert" ? "ins" : part.op === "delete" ? "del" : "span";
    return [el(tag, { text: part.text }), " "];
  }).flat();
  return el("figure", { class: "goal-diff" }, [
    el("figcaption", { text: `Från ${from.year} (${from.doc_type}, ${from.unit}) till ${to.year} (${to.doc_type}, ${to.unit}) – ${Math.round(diff.similarity * 100)} % av orden kvar` }),
    el("p", {}, words),
  ]);
}

function renderDetail(data) {
  clear(detailNode);
  const goal = data.goal;
  const title = el("h3", { tabindex: "-1", text: goal.text });
  const byId = Object.fromEntries(data.versions.map((v) => [v.id, v]));
  detailNode.append(
    el("p", { class: "reader-kicker", text: goal.level_label + (goal.number ? ` ${goal.number}` : "") }),
    title,
    goal.parent_text ? el("p", { class: "hint", text: `Under: ${goal.parent_text}` }) : null,
    el("h4", { text: "Ändrad formulering" }),
  );
  if (data.diffs.length) {
    for (const diff of data.diffs) detailNode.append(diffBlock(diff, byId));
  } else {
    const same = data.versions.length > 1 ? "Formuleringen är densamma i alla versioner." :
      "Målet finns bara i en rapport.";
    detailNode.append(el("p", { class: "hint", text: same }));
  }
  detailNode.append(
    el("h4", { text: `Tidslinje – ${data.versions.length} ${data.versions.length === 1 ? "version" : "versioner"}` }),
    el("ol", { class: "goal-timeline" }, data.versions.map((v) => versionCard(v, v.id === goal.id))),
  );
  title.focus();
}

function init() {
  if (!view) return;
  statusNode = el("div", { id: "goals-status", class: "status", role: "status" });
  listNode = el("ol", { id: "goals-list", class: "goal-list", "aria-label": "Mål" });
  detailNode = el("section", { id: "goal-detail", class: "goal-detail", "aria-label": "Målets versioner", hidden: true });
  view.append(
    el("p", { class: "hint", text: "Målregistret samlar varje mål ur planer och berättelser och kopplar ihop samma mål över åren – även när det formulerats om." }),
    buildForm(), statusNode,
    el("div", { class: "goal-layout" }, [listNode, detailNode]),
  );
  loadList();
}

init();

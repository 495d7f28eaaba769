// The assistant: a conversation whose answers carry numbered citation chips.
import { openReport } from "./reader.js";
import { isGone, onGone } from "./remove.js";
import { clear, el, keyHeaders, label, pathText } from "./util.js";

const history = [];
let busy = false;

function $(id) { return document.getElementById(id); }

function chip(citation) {
  const button = el("button", {
    type: "button",
    class: "chip",
    text: String(citation.n),
    title: `${label(citation)} – ${pathText(citation.section_path)}`,
    "aria-label": `Källa ${citation.n}: ${label(citation)}`,
    "data-chunk-id": citation.chunk_id,
    "data-report-id": citation.report_id,
    onclick: (event) => openReport(citation.report_id, {
      chunkId: citation.chunk_id, quote: citation.quote, opener: event.currentTarget,
    }),
  });
  if (isGone(citation.report_id)) markRemoved(button);
  return button;
}

// A chip whose report is deleted stays in the answer, struck through, and opens nothing.
function markRemoved(button) {
  if (button.classList.contains("removed")) return;
  button.classList.add("removed");
  button.disabled = true;
  button.title = "Rapporten är borttagen";
  button.setAttribute("aria-label", `${button.getAttribute("aria-label")} (rapporten är borttagen)`);
}

function markGone(ids) {
  for (const button of document.querySelectorAll("#conversation .chip[data-report-id]")) {
    if (ids.includes(button.getAttribute("data-report-id"))) markRemoved(button);
  }
}

// One line of answer text with its [n] markers turned into chips (text stays text).
function lineNodes(line, byNumber) {
  const nodes = [];
  let at = 0;
  for (const match of line.matchAll(/\[(\d+)\]/g)) {
    nodes.push(document.createTextNode(line.slice(at, match.index)));
    const citation = byNumber.get(Number(match[1]));
    nodes.push(citation ? chip(citation) : document.createTextNode(match[0]));
    at = match.index + match[0].length;
  }
  nodes.push(document.createTextNode(line.slice(at)));
  return nodes;
}

function answerText(answer) {
  const byNumber = new Map(answer.citations.map((c) => [c.n, c]));
  const box = el("div", { class: "answer-text" });
  let list = null;
  for (const line of answer.answer.split("\n")) {
    if (!line.trim()) continue;
    if (line.startsWith("- ")) {
      if (!list) { list = el("ul", { class: "unit-list" }); box.append(list); }
      list.append(el("li", {}, lineNodes(line.slice(2), byNumber)));
    } else {
      list = null;
      box.append(el("p", {}, lineNodes(line, byNumber)));
    }
  }
  return box;
}

function sources(answer) {
  if (!answer.citations.length) return null;
  const items = answer.citations.map((c) => el("li", { class: "source" }, [
    chip(c),
    el("div", { class: "source-body" }, [
      el("div", { class: "source-label", text: label(c) + (c.page ? ` · sida ${c.page}` : "") }),
      el("div", { class: "source-path", text: pathText(c.section_path) }),
      el("blockquote", { class: "source-quote", text: c.quote }),
    ]),
  ]));
  return el("details", { class: "sources" }, [
    el("summary", { text: `Källor (${answer.citations.length})` }),
    el("ol", {}, items),
  ]);
}

function renderAnswer(bubble, answer) {
  clear(bubble);
  bubble.classList.remove("pending");
  if (!answer.grounded) bubble.classList.add("ungrounded");
  bubble.append(answerText(answer));
  const src = sources(answer);
  if (src) bubble.append(src);
}

function addTurn(role, text) {
  $("welcome")?.remove();
  const bubble = el("div", { class: `turn ${role}` }, [
    el("div", { class: "who", text: role === "user" ? "Du" : "Rapport" }),
  ]);
  const body = el("div", { class: "bubble", text });
  bubble.append(body);
  $("conversation").append(bubble);
  reveal(bubble, false);
  return body;
}

// Scroll the conversation (not the page) to show a turn: its top, or the newest content.
function reveal(turn, top) {
  const box = $("conversation");
  box.scrollTop = top ? turn.offsetTop - 8 : box.scrollHeight;
}

async function* sseEvents(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const type = (block.match(/^event: (.*)$/m) || [])[1] || "message";
      const data = (block.match(/^data: (.*)$/m) || [])[1] || "{}";
      yield { type, data: JSON.parse(data) };
    }
  }
}

async function ask(question) {
  busy = true;
  $("ask-send").disabled = true;
  addTurn("user", question);
  const bubble = addTurn("assistant", "");
  bubble.classList.add("pending");
  bubble.append(el("span", { class: "spinner", "aria-hidden": "true" }),
    el("span", { class: "pending-text", text: "Söker i rapporterna …" }));
  try {
    const response = await fetch("/api/ask/stream", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream", ...keyHeaders() },
      body: JSON.stringify({ question, history: history.slice(-8) }),
    });
    if (!response.ok) {
      const data = await response.json().catch(() => ({}));
      throw new Error(data.error ? data.error.message : `HTTP ${response.status}`);
    }
    let draft = "";
    for await (const event of sseEvents(response)) {
      if (event.type === "delta") {
        draft += event.data.text;
        bubble.querySelector(".pending-text").textContent = draft;
      } else if (event.type === "answer") {
        renderAnswer(bubble, event.data);
        history.push({ role: "user", content: question }, { role: "assistant", content: event.data.answer });
      } else if (event.type === "error") {
        throw new Error(event.data.error.message);
      }
    }
  } catch (err) {
    clear(bubble);
    bubble.classList.remove("pending");
    bubble.classList.add("error");
    bubble.textContent = `Något gick fel: ${err.message}`;
  } finally {
    busy = false;
    $("ask-send").disabled = false;
    reveal(bubble.parentElement.previousElementSibling || bubble.parentElement, true);
  }
}

function submit() {
  const box = $("question");
  const question = box.value.trim();
  if (!question || busy) return;
  box.value = "";
  ask(question).then(() => box.focus());
}

export function initAsk() {
  onGone(markGone);
  $("ask-form").addEventListener("submit", (event) => { event.preventDefault(); submit(); });
  $("question").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  $("ask-reset").addEventListener("click", () => {
    history.length = 0;
    clear($("conversation"));
    $("question").focus();
  });
  for (const button of document.querySelectorAll(".example")) {
    button.addEventListener("click", () => { $("question").value = button.textContent; submit(); });
  }
}

// Small DOM and HTTP helpers. Report text is only ever inserted with textContent.

export function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function label(item) {
  const parts = [item.unit && item.unit !== "unknown" ? item.unit : "Okänd enhet"];
  if (item.district && item.district !== "unknown") parts.push(item.district);
  const when = [item.doc_type !== "unknown" ? item.doc_type : "", item.year || ""]
    .filter(Boolean).join(" ");
  return when ? `${parts.join(", ")} (${when})` : parts.join(", ");
}

export function pathText(path) {
  return (path || []).join(" › ");
}

// The API key the user typed in the Rapporter tab (kept for this browser tab only); api() sends
// it with every request, so uploads and deletes carry it.
const KEY_ITEM = "rapport-api-key";

export function apiKey() {
  try { return sessionStorage.getItem(KEY_ITEM) || ""; } catch { return ""; }
}

export function setApiKey(value) {
  try {
    if (value) sessionStorage.setItem(KEY_ITEM, value); else sessionStorage.removeItem(KEY_ITEM);
  } catch { /* storage off: the key is simply not kept */ }
}

export function keyHeaders() {
  const key = apiKey();
  return key ? { "X-API-Key": key } : {};
}

export async function api(path, options = {}) {
  const response = await fetch(path, {
    headers: {
      Accept: "application/json",
      ...(options.json ? { "Content-Type": "application/json" } : {}),
      ...keyHeaders(),
    },
    method: options.method || (options.json || options.body ? "POST" : "GET"),
    body: options.json ? JSON.stringify(options.json) : options.body,
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const message = data && data.error ? data.error.message : `HTTP ${response.status}`;
    const error = new Error(message);
    error.status = response.status;
    error.code = data && data.error ? data.error.code : "";
    throw error;
  }
  return data;
}

export function setStatus(node, text, busy = false) {
  clear(node);
  node.classList.toggle("busy", busy);
  if (!text) return;
  if (busy) node.append(el("span", { class: "spinner", "aria-hidden": "true" }));
  node.append(el("span", { text }));
}

// Text with every case-insensitive occurrence of the words wrapped in <mark>, built as nodes.
export function highlighted(text, words) {
  const frag = document.createDocumentFragment();
  const terms = (words || []).filter((w) => w.length > 2).map((w) => w.toLowerCase());
  if (!terms.length) {
    frag.append(document.createTextNode(text));
    return frag;
  }
  const lower = text.toLowerCase();
  let at = 0;
  while (at < text.length) {
    let best = -1;
    let len = 0;
    for (const t of terms) {
      const i = lower.indexOf(t, at);
      if (i >= 0 && (best < 0 || i < best)) { best = i; len = t.length; }
    }
    if (best < 0) break;
    frag.append(document.createTextNode(text.slice(at, best)));
    frag.append(el("mark", { text: text.slice(best, best + len) }));
    at = best + len;
  }
  frag.append(document.createTextNode(text.slice(at)));
  return frag;
}

export function queryWords(q) {
  return (q.match(/[\p{L}\p{N}-]+/gu) || []).filter((w) => w.length > 3);
}

// Deleting a report: the one flow behind the Rapporter tab's "Ta bort" and the report view's
// "Ta bort rapporten", and the news that reports are gone, which every view that shows
// reports listens for (onGone) to drop or mark them.
import { api, label, setStatus } from "./util.js";

const gone = new Set();
const listeners = [];
let listed = [];  // the reports last listed: the confirmation names others of the same file

export const howMany = (n) => (n === 1 ? "1 rapport" : `${n} rapporter`);

export function setListed(reports) { listed = reports; }

export function isGone(reportId) { return gone.has(reportId); }

// listener(ids) may return a promise; reportsGone waits for every one.
export function onGone(listener) { listeners.push(listener); }

// Reports no longer in the index (deleted here, or found missing when opened).
export async function reportsGone(ids) {
  for (const id of ids) gone.add(id);
  await Promise.all(listeners.map((listener) => listener(ids)));
}

function confirmText(r) {
  const lines = ["Ta bort rapporten?", ""];
  if (r.title && r.title !== r.unit) lines.push(`”${r.title}”`);
  lines.push(label(r), `Fil: ${r.source}`);
  const same = listed.filter((o) => o.id !== r.id && o.deletable && o.source === r.source);
  if (same.length) lines.push("", `Rapporter ur samma fil tas också bort: ${same.map((o) => o.id).join(", ")}`);
  lines.push("", "Den tas bort ur sökningen, svaren och listan, och den uppladdade filen raderas. Det går inte att ångra.");
  return lines.join("\n");
}

function refused(err, button, status) {
  button.disabled = false;
  const hint = err.status === 401
    ? " – fyll i API-nyckeln under ”Ladda upp en rapport” och försök igen." : "";
  setStatus(status, `Kunde inte ta bort rapporten: ${err.message}${hint}`);
}

// Confirm, DELETE (api() sends the API key), then tell every view; a report someone else
// deleted already (404) is gone all the same. Progress and errors go to `status`, the
// confirmation to `done` (by default `status`; a live region that is still on screen once the
// views have dropped the report); returns the deleted ids, or null when cancelled or refused.
export async function deleteReport(r, { button, status, done = status }) {
  if (!window.confirm(confirmText(r))) return null;
  button.disabled = true;
  setStatus(status, `Tar bort ${label(r)} …`, true);
  let ids = [r.id];
  try {
    const result = await api(`/api/reports/${encodeURIComponent(r.id)}`, { method: "DELETE" });
    ids = result.deleted || ids;
  } catch (err) {
    if (err.status !== 404) {
      refused(err, button, status);
      return null;
    }
  }
  await reportsGone(ids);
  const left = listed.filter((o) => !gone.has(o.id)).length;
  setStatus(done, `Borttagen: ${ids.join(", ")}. ${howMany(left)} kvar.`);
  return ids;
}

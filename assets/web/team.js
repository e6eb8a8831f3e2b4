// The team session's hand-in page: a colleague who played on their own
// computer chooses the result file the game exported and hands it in to the
// team leader's game. The game checks and replays it like an imported file
// and answers in this page's language; this page only shows that answer
// (with textContent: never as markup). The browser keeps a random token
// (no name) so that the same person can hand in again to replace it.
"use strict";

const TEXTS = {
  sv: {
    connected: "Du är ansluten till teamets session ”{session}”",
    title: "Lämna in ditt resultat",
    session: "Ärende: {case}, spelnummer {seed}.",
    how: "Spela ärendet med det spelnumret i bipgame och välj ”Exportera mitt resultat till teamledaren” i uppföljningen. Välj sedan filen här.",
    file: "Din resultatfil",
    send: "Lämna in",
    pick_first: "Välj filen först.",
    offline: "Ingen kontakt med teamledarens spel. Är du på samma nätverk? Försök igen.",
    failed: "Inlämningen kom inte fram. Försök igen.",
  },
  da: {
    connected: "Du er forbundet til teamets session »{session}«",
    title: "Aflever dit resultat",
    session: "Sag: {case}, spilnummer {seed}.",
    how: "Spil sagen med det spilnummer i bipgame, og vælg »Eksportér mit resultat til teamlederen« i opsamlingen. Vælg derefter filen her.",
    file: "Din resultatfil",
    send: "Aflever",
    pick_first: "Vælg filen først.",
    offline: "Ingen forbindelse til teamlederens spil. Er du på samme netværk? Prøv igen.",
    failed: "Afleveringen kom ikke frem. Prøv igen.",
  },
  en: {
    connected: "You are connected to the team session “{session}”",
    title: "Hand in your result",
    session: "Case: {case}, game number {seed}.",
    how: "Play the case with that game number in bipgame and choose “Export my result for the team leader” on the debrief. Then choose the file here.",
    file: "Your result file",
    send: "Hand in",
    pick_first: "Choose the file first.",
    offline: "No contact with the team leader's game. Are you on the same network? Try again.",
    failed: "The hand-in did not get through. Please try again.",
  },
};

const store = makeStore("bipgame-team-");

const token = store.get("token") || newToken();
store.set("token", token);

let lang = store.get("lang") || browserLanguage();
let info = null;

function t(key, vars) {
  return textIn(TEXTS, lang, key, vars);
}

function byId(id) { return document.getElementById(id); }

function setMessage(text, error) {
  const m = byId("message");
  m.textContent = text;
  m.className = error ? "status error" : "status";
  m.hidden = false;
}

function render() {
  document.documentElement.lang = lang;
  for (const b of document.querySelectorAll("#languages button"))
    b.setAttribute("aria-pressed", b.dataset.lang === lang ? "true" : "false");
  byId("title").textContent = t("title");
  byId("file-label").textContent = t("file");
  byId("send").textContent = t("send");
  byId("how").textContent = t("how");
  byId("connected").textContent = info ? t("connected", { session: info.session }) : "";
  byId("session").textContent = info ? t("session", { case: info.case_name, seed: info.seed }) : "";
}

async function load() {
  try {
    const r = await fetch("api/session?lang=" + lang, { cache: "no-store" });
    if (!r.ok) throw new Error(String(r.status));
    info = await r.json();
    byId("offline").hidden = true;
  } catch (e) {
    byId("offline").textContent = t("offline");
    byId("offline").hidden = false;
  }
  render();
}

let sending = false;
byId("hand-in").addEventListener("submit", async (e) => {
  e.preventDefault();
  if (sending) return;  // a double click sends once
  const file = byId("file").files[0];
  if (!file) return setMessage(t("pick_first"), true);
  sending = true;
  byId("send").disabled = true;
  try {
    const body = await file.text();
    const url = "api/hand-in?t=" + token + "&lang=" + lang + "&file=" + encodeURIComponent(file.name);
    const r = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body, cache: "no-store" });
    let data = {};
    try { data = await r.json(); } catch (x) { /* not JSON: the generic text below */ }
    setMessage(data.message || t("failed"), !r.ok);
  } catch (x) {
    setMessage(t("offline"), true);
  } finally {
    sending = false;
    byId("send").disabled = false;
  }
});

for (const b of document.querySelectorAll("#languages button"))
  b.addEventListener("click", () => { lang = b.dataset.lang; store.set("lang", lang); load(); });

load();

// The theme day's participant page: shows what the facilitator has put to
// the room and sends this phone's answer. State lives on the game's server;
// the phone keeps only a random token (no name), its language, its table and
// a draft of what it is typing, in localStorage, so a refresh, a phone that
// slept or a Wi-Fi flap loses nothing. Every text is set with textContent:
// what others typed is shown as text, never as markup.
"use strict";

const TEXTS = {
  sv: {
    connected: "Du är ansluten till {day}",
    offline: "Ingen kontakt med spelet just nu. Sidan försöker igen av sig själv – dina svar finns kvar.",
    full: "Rummet är fullt: spelet tar inte emot fler telefoner.",
    waiting: "Vänta på nästa fråga från samtalsledaren.",
    table: "Ditt bord",
    choose_table: "Välj bord",
    table_n: "Bord {n}",
    send: "Skicka svaret",
    change: "Ändra svaret",
    received: "Mottaget: {answer}. Du kan ändra svaret tills omröstningen stängs.",
    closed: "Omröstningen är stängd.",
    closed_yours: "Omröstningen är stängd. Ditt svar: {answer}.",
    pick_first: "Välj ett alternativ först.",
    table_first: "Välj ditt bord först.",
    failed: "Svaret kom inte fram. Försök igen.",
    too_long: "Svaret är för långt.",
    pause: "Reflektion",
    your_answer: "Ditt svar (anonymt, samtalsledaren väljer vad som visas)",
    written_received: "Mottaget. Du kan ändra det medan pausen pågår.",
    survey: "Utvärdering av dagen",
    survey_hint: "1 = instämmer inte alls, 5 = instämmer helt. Anonymt.",
    open_answer: "Något mer du vill säga? (frivilligt)",
    survey_thanks: "Tack! Dina svar är mottagna.",
    end: "Dagen är slut. Tack för att du var med!",
    compose_hint: "Välj högst {max} insatser. Du kan ändra din plan tills samtalsledaren använder rummets plan.",
    send_plan: "Skicka min plan",
    change_plan: "Ändra min plan",
    plan_received: "Mottaget: {answer}. Du kan ändra din plan tills samtalsledaren använder rummets plan.",
    too_many: "Högst {max} insatser – ta bort en först.",
    pick_some: "Välj minst en insats först.",
  },
  da: {
    connected: "Du er forbundet til {day}",
    offline: "Ingen forbindelse til spillet lige nu. Siden prøver igen af sig selv – dine svar er gemt.",
    full: "Rummet er fuldt: spillet tager ikke imod flere telefoner.",
    waiting: "Vent på næste spørgsmål fra ordstyreren.",
    table: "Dit bord",
    choose_table: "Vælg bord",
    table_n: "Bord {n}",
    send: "Send svaret",
    change: "Ret svaret",
    received: "Modtaget: {answer}. Du kan rette svaret, indtil afstemningen lukkes.",
    closed: "Afstemningen er lukket.",
    closed_yours: "Afstemningen er lukket. Dit svar: {answer}.",
    pick_first: "Vælg en mulighed først.",
    table_first: "Vælg dit bord først.",
    failed: "Svaret kom ikke frem. Prøv igen.",
    too_long: "Svaret er for langt.",
    pause: "Refleksion",
    your_answer: "Dit svar (anonymt, ordstyreren vælger, hvad der vises)",
    written_received: "Modtaget. Du kan rette det, så længe pausen varer.",
    survey: "Evaluering af dagen",
    survey_hint: "1 = helt uenig, 5 = helt enig. Anonymt.",
    open_answer: "Er der andet, du vil sige? (frivilligt)",
    survey_thanks: "Tak! Dine svar er modtaget.",
    end: "Dagen er slut. Tak fordi du var med!",
    compose_hint: "Vælg højst {max} indsatser. Du kan rette din plan, indtil ordstyreren bruger rummets plan.",
    send_plan: "Send min plan",
    change_plan: "Ret min plan",
    plan_received: "Modtaget: {answer}. Du kan rette din plan, indtil ordstyreren bruger rummets plan.",
    too_many: "Højst {max} indsatser – fjern en først.",
    pick_some: "Vælg mindst én indsats først.",
  },
  en: {
    connected: "You are connected to {day}",
    offline: "No contact with the game right now. The page keeps trying by itself – your answers are kept.",
    full: "The room is full: the game takes no more phones.",
    waiting: "Wait for the facilitator's next question.",
    table: "Your table",
    choose_table: "Choose your table",
    table_n: "Table {n}",
    send: "Send my answer",
    change: "Change my answer",
    received: "Received: {answer}. You can change it until the vote closes.",
    closed: "The vote is closed.",
    closed_yours: "The vote is closed. Your answer: {answer}.",
    pick_first: "Choose an option first.",
    table_first: "Choose your table first.",
    failed: "Your answer did not get through. Please try again.",
    too_long: "The answer is too long.",
    pause: "Reflection",
    your_answer: "Your answer (anonymous; the facilitator picks what is shown)",
    written_received: "Received. You can change it while the pause lasts.",
    survey: "Evaluation of the day",
    survey_hint: "1 = strongly disagree, 5 = strongly agree. Anonymous.",
    open_answer: "Anything else you want to say? (optional)",
    survey_thanks: "Thank you! Your answers were received.",
    end: "The day is over. Thank you for taking part!",
    compose_hint: "Pick at most {max} interventions. You can change your plan until the facilitator uses the room's plan.",
    send_plan: "Send my plan",
    change_plan: "Change my plan",
    plan_received: "Received: {answer}. You can change your plan until the facilitator uses the room's plan.",
    too_many: "At most {max} interventions – remove one first.",
    pick_some: "Pick at least one intervention first.",
  },
};

const POLL_MS = 2000;
const store = makeStore("bipgame-");


const token = store.get("token") || newToken();
store.set("token", token);

let lang = store.get("lang") || browserLanguage();

function t(key, vars) {
  return textIn(TEXTS, lang, key, vars);
}
// A label published in the three languages.
function label(l) {
  if (l == null) return "";
  if (typeof l === "string") return l;
  return l[lang] || l.en || l.sv || "";
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== false && v != null) e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

// What the server said last, and this page's own state between polls.
let last = null;
let shownKey = "";  // what the page is built for: re-built only when it changes
let message = null; // {text, error}
let sending = false;

function api(path) { return "api/" + path; }

// Sends once per tap: the button is off while the request is out, and a
// refusal or a lost connection is said on the message line.
async function sendOnce(button, path, body, received, enabledAfter = () => true) {
  sending = true;
  button.disabled = true;
  try {
    const r = await post(path, body);
    if (r.status === 200) received();
    else setMessage(failText(r.status, r.data), true);
  } catch (err) {
    setMessage(t("failed"), true);
  } finally {
    sending = false;
    button.disabled = !enabledAfter();
  }
}

async function post(path, body) {
  body.t = token;
  const r = await fetch(api(path), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), cache: "no-store" });
  let data = {};
  try { data = await r.json(); } catch (e) { /* empty */ }
  return { status: r.status, data };
}

function setMessage(text, error) {
  message = { text, error: !!error };
  const m = document.getElementById("message");
  if (m) { m.textContent = text; m.className = error ? "status error" : "status"; m.hidden = false; }
}

function failText(status, data) {
  if (status === 413) return t("too_long");
  if (status === 409) return t("closed");
  if (data && data.error === "table") return t("table_first");
  return t("failed");
}

function tableSelect(stage) {
  if (!stage.tables) return null;
  const current = store.get("table") || (last && last.mine.table ? String(last.mine.table) : "");
  const select = el("select", { id: "table", onchange: (e) => store.set("table", e.target.value) },
    el("option", { value: "", text: t("choose_table") }));
  for (let n = 1; n <= stage.tables; n++) select.append(el("option", { value: String(n), text: t("table_n", { n }) }));
  select.value = current;
  return el("div", {}, el("label", { class: "block", for: "table", text: t("table") }), select);
}

function renderVote(main, stage, mine) {
  const v = stage.vote;
  const form = el("form", { id: "vote" });
  const fs = el("fieldset", {}, el("legend", { id: "question", text: label(v.title) }));
  v.options.forEach((o, i) => {
    const id = "option-" + i;
    const input = el("input", { type: "radio", name: "option", id, value: String(i), disabled: !v.open });
    if (mine.vote === i) input.checked = true;
    fs.append(el("label", { class: "option", for: id }, input, el("span", { text: label(o) })));
  });
  const tables = tableSelect(stage);
  if (tables) form.append(tables);
  form.append(fs);
  const button = el("button", { type: "submit", class: "submit", id: "send", disabled: !v.open, text: mine.vote == null ? t("send") : t("change") });
  form.append(button);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (sending) return;  // a double tap sends once
    const picked = form.querySelector("input[name=option]:checked");
    if (!picked) return setMessage(t("pick_first"), true);
    const table = stage.tables ? Number(store.get("table") || 0) : 0;
    if (stage.tables && !table) return setMessage(t("table_first"), true);
    await sendOnce(button, "vote", { key: v.key, table, option: Number(picked.value) }, () => {
      setMessage(t("received", { answer: label(v.options[Number(picked.value)]) }), false);
      button.textContent = t("change");
    }, () => !!(last && last.stage.vote && last.stage.vote.open));
  });
  main.append(form);
  if (!v.open) setMessage(mine.vote == null ? t("closed") : t("closed_yours", { answer: label(v.options[mine.vote]) }), false);
  else if (mine.vote != null) setMessage(t("received", { answer: label(v.options[mine.vote]) }), false);
}

// The room's own plan: the case's palette in its groups, each option a large
// checkbox whose label (name and what it is) is tied to it; at most `max`.
function renderCompose(main, stage, mine) {
  const c = stage.compose;
  const form = el("form", { id: "compose" }, el("h1", { id: "question", text: label(c.title) }),
    el("p", { class: "hint", id: "compose-hint", text: t("compose_hint", { max: c.max }) }));
  const tables = tableSelect(stage);
  if (tables) form.append(tables);
  const picked = new Set(mine.plan || []);
  const boxes = [];
  const limit = () => {
    const n = boxes.filter((b) => b.checked).length;
    for (const b of boxes) b.disabled = !b.checked && n >= c.max;
  };
  c.groups.forEach((g, gi) => {
    const fs = el("fieldset", {}, el("legend", { text: label(g.title) }));
    g.options.forEach((o) => {
      const id = "pick-" + o.id, hint = "hint-" + o.id;
      const box = el("input", { type: "checkbox", name: "pick", id, value: o.id, "aria-describedby": hint });
      box.checked = picked.has(o.id);
      box.addEventListener("change", () => {
        if (box.checked && boxes.filter((b) => b.checked).length > c.max) { box.checked = false; setMessage(t("too_many", { max: c.max }), true); }
        limit();
      });
      boxes.push(box);
      fs.append(el("label", { class: "option pick", for: id }, box,
        el("span", {}, el("span", { class: "name", text: label(o.label) }), el("small", { id: hint, text: label(o.hint) }))));
    });
    form.append(fs);
  });
  limit();
  const button = el("button", { type: "submit", class: "submit", id: "send", text: mine.plan ? t("change_plan") : t("send_plan") });
  form.append(button);
  const names = (ids) => ids.map((id) => {
    for (const g of c.groups) for (const o of g.options) if (o.id === id) return label(o.label);
    return id;
  }).join(", ");
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (sending) return;  // a double tap sends once
    const picks = boxes.filter((b) => b.checked).map((b) => b.value);
    if (!picks.length) return setMessage(t("pick_some"), true);
    const table = stage.tables ? Number(store.get("table") || 0) : 0;
    if (stage.tables && !table) return setMessage(t("table_first"), true);
    await sendOnce(button, "plan", { key: c.key, table, picks }, () => {
      setMessage(t("plan_received", { answer: names(picks) }), false);
      button.textContent = t("change_plan");
    });
  });
  main.append(form);
  if (mine.plan) setMessage(t("plan_received", { answer: names(mine.plan) }), false);
}

function renderPause(main, stage, mine) {
  const p = stage.pause;
  const draftKey = "draft-" + stage.day + "-" + p.index;
  main.append(el("h1", { text: t("pause") }), el("p", { id: "question", text: p.question }));
  const form = el("form", { id: "written" });
  const area = el("textarea", { id: "answer", maxlength: "250", rows: "5" });
  area.value = store.get(draftKey) || mine.written || "";
  let timer = 0;  // the draft is kept as it is typed (debounced), not only on send
  area.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => store.set(draftKey, area.value), 300); });
  window.addEventListener("pagehide", () => store.set(draftKey, area.value));
  const button = el("button", { type: "submit", class: "submit", id: "send", text: t("send") });
  form.append(el("label", { class: "block", for: "answer", text: t("your_answer") }), area, button);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (sending || !area.value.trim()) return;
    await sendOnce(button, "text", { pause: p.index, text: area.value }, () => {
      store.set(draftKey, area.value);
      setMessage(t("written_received"), false);
    });
  });
  main.append(form);
  if (mine.written) setMessage(t("written_received"), false);
}

function renderSurvey(main, stage, mine) {
  main.append(el("h1", { text: t("survey") }));
  if (mine.surveyed) return setMessage(t("survey_thanks"), false);
  const form = el("form", { id: "survey" }, el("p", { class: "hint", text: t("survey_hint") }));
  stage.survey.statements.forEach((s, q) => {
    const fs = el("fieldset", {}, el("legend", { id: "statement-" + q, text: label(s) }));
    const row = el("div", { class: "scale" });
    for (let v = 1; v <= 5; v++) {
      const id = "rating-" + q + "-" + v;
      row.append(el("label", { class: "option", for: id }, el("input", { type: "radio", name: "rating-" + q, id, value: String(v) }), el("span", { text: String(v) })));
    }
    fs.append(row);
    form.append(fs);
  });
  const area = el("textarea", { id: "open", maxlength: "250", rows: "4" });
  area.value = store.get("draft-survey-" + stage.day) || "";
  area.addEventListener("input", () => store.set("draft-survey-" + stage.day, area.value));
  const button = el("button", { type: "submit", class: "submit", id: "send", text: t("send") });
  form.append(el("label", { class: "block", for: "open", text: label(stage.survey.open_question) || t("open_answer") }), area, button);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (sending) return;
    const ratings = stage.survey.statements.map((_, q) => {
      const c = form.querySelector("input[name=rating-" + q + "]:checked");
      return c ? Number(c.value) : 0;
    });
    await sendOnce(button, "survey", { ratings, open: area.value }, () => { shownKey = ""; poll(); });
  });
  main.append(form);
}

// The page is rebuilt when what is shown changes (another vote, the vote
// closing, the language), not on every poll: a choice being made stays.
function render() {
  if (!last) return;
  const stage = last.stage, mine = last.mine;
  document.documentElement.lang = lang;
  document.title = stage.day ? stage.day + " – bipgame" : "bipgame";
  for (const b of document.querySelectorAll("nav button")) b.setAttribute("aria-pressed", String(b.dataset.lang === lang));
  document.getElementById("connected").textContent = t("connected", { day: stage.day || "" });
  const kind = stage.kind || "wait";
  const key = [lang, kind, stage.vote ? stage.vote.key + ":" + stage.vote.open + ":" + stage.vote.options.length : "",
               stage.compose ? stage.compose.key : "",
               stage.pause ? stage.pause.index + ":" + stage.pause.question : "", mine.surveyed].join("|");
  if (key === shownKey) return;
  shownKey = key;
  message = null;
  const main = document.getElementById("main");
  main.replaceChildren();
  if (kind === "vote" && stage.vote) renderVote(main, stage, mine);
  else if (kind === "compose" && stage.compose) renderCompose(main, stage, mine);
  else if (kind === "pause" && stage.pause) renderPause(main, stage, mine);
  else if (kind === "survey" && stage.survey) renderSurvey(main, stage, mine);
  else main.append(el("p", { id: "waiting", text: kind === "end" ? t("end") : t("waiting") }));
  main.append(el("p", { id: "message", role: "status", hidden: true }));
  if (message) setMessage(message.text, message.error);
}

let timer = 0;
async function poll() {
  clearTimeout(timer);
  const offline = document.getElementById("offline");
  try {
    const r = await fetch(api("state?t=" + encodeURIComponent(token)), { cache: "no-store" });
    if (r.status === 503) { offline.textContent = t("full"); offline.hidden = false; }
    else if (r.ok) { last = await r.json(); offline.hidden = true; render(); }
    else throw new Error(String(r.status));
  } catch (e) {
    offline.textContent = t("offline");
    offline.hidden = false;
  }
  timer = setTimeout(poll, POLL_MS);
}

for (const b of document.querySelectorAll("nav button"))
  b.addEventListener("click", () => { lang = b.dataset.lang; store.set("lang", lang); shownKey = ""; render(); });
// A phone that slept asks at once when it wakes.
document.addEventListener("visibilitychange", () => { if (!document.hidden) poll(); });
window.addEventListener("online", poll);
document.getElementById("loading").textContent = t("waiting");
poll();

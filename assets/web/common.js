// What both pages share: a store kept in the browser (a page works on in a
// private window, for this visit), a random token that names this device
// and nobody, and the page's language from the browser's.
"use strict";

function makeStore(prefix) {
  return {
    get(k) { try { return localStorage.getItem(prefix + k); } catch (e) { return null; } },
    set(k, v) { try { localStorage.setItem(prefix + k, v); } catch (e) { /* private mode: kept for this visit */ } },
  };
}

function newToken() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function browserLanguage() {
  for (const l of navigator.languages || [navigator.language || "en"]) {
    const base = String(l).toLowerCase().slice(0, 2);
    if (base === "sv") return "sv";
    if (base === "da" || base === "nb" || base === "no" || base === "nn") return "da";
    if (base === "en") return "en";
  }
  return "en";
}

// A text of TEXTS in the page's language with its {placeholders} filled.
function textIn(texts, lang, key, vars) {
  let s = (texts[lang] || texts.en)[key] || texts.en[key] || key;
  for (const [k, v] of Object.entries(vars || {})) s = s.split("{" + k + "}").join(String(v));
  return s;
}

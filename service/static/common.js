// Shared by the officer page and the practice room: API calls, code-point-safe rendering of
// spans and edits, the reason tooltip, copying, and the presenter view.
//
// Offsets from the API count Unicode code points; JavaScript strings count UTF-16 units.
// Every slice therefore goes through Array.from(text), never text.slice(start, end).
// Everything the user typed or the API returned reaches the page through textContent or
// setAttribute, never innerHTML.

export const $ = (id) => document.getElementById(id);

export const ASPECT_LABELS = {
  kasar: "Kasar",
  menyalahkan: "Menyalahkan",
  merendahkan: "Merendahkan",
  mengabaikan: "Mengabaikan",
  membentak: "Membentak",
  memerintah: "Memerintah",
  mengancam: "Mengancam",
};

const ERROR_MESSAGES = {
  empty_text: "Teks masih kosong. Tulis atau tempel balasan lebih dulu.",
  text_too_long: "Teks terlalu panjang. Persingkat lalu coba lagi.",
  invalid_text: "Teks tidak dapat dibaca. Periksa isinya lalu coba lagi.",
  body_too_large: "Isi yang dikirim terlalu besar.",
  model_not_found: "Model Santun belum siap di server. Hubungi admin.",
  model_corrupt: "Model Santun di server rusak. Hubungi admin.",
};

export class ApiError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** POST (with a body) or GET a v1 endpoint; throws ApiError with an Indonesian message. */
export async function api(path, body) {
  let response;
  try {
    response = await fetch(path, body === undefined ? {} : {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError("network",
      "Server Santun tidak dapat dihubungi. Periksa sambungan ke server lalu coba lagi.");
  }
  let payload = null;
  try {
    payload = await response.json();
  } catch {
    payload = null;
  }
  if (!response.ok) {
    const code = payload && payload.error ? payload.error.code : `http_${response.status}`;
    throw new ApiError(code, ERROR_MESSAGES[code] ||
      `Permintaan gagal (kode ${code}). Coba lagi sebentar lagi.`);
  }
  return payload;
}

let infoPromise = null;
/** /v1/info, fetched once; resolves to null when it cannot be read. */
export function modelInfo() {
  infoPromise = infoPromise || api("/v1/info").catch(() => null);
  return infoPromise;
}

// ---- numbers and text ----------------------------------------------------------------

export const codePointLength = (text) => Array.from(text).length;

export const formatNumber = (value, digits = 2) =>
  value.toLocaleString("id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A DOM element with attributes and children (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

// ---- highlighted spans ---------------------------------------------------------------

/**
 * Render `text` into `container` with each span marked. Overlapping spans are cut at every
 * span boundary, so each piece is one <mark> listing all spans that cover it: the first
 * aspect colours the background, a second one the lower band. Each mark carries
 * data-spans (the indexes of its spans) and points at the reasons with aria-describedby.
 */
export function renderMarked(container, text, spans, reasonIdPrefix) {
  clear(container);
  const chars = Array.from(text);
  const n = chars.length;
  const valid = spans
    .map((span, index) => ({ ...span, index }))
    .filter((s) => s.start >= 0 && s.end <= n && s.start < s.end);
  const cuts = new Set([0, n]);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = chars.slice(from, to).join("");
    const covering = valid.filter((s) => s.start <= from && s.end >= to);
    if (!covering.length) {
      container.append(piece);
      continue;
    }
    const aspects = [...new Set(covering.map((s) => s.aspect))];
    const mark = el("mark", {
      class: `aspect a-${aspects[0]}` + (aspects.length > 1 ? ` a2-${aspects[1]} multi` : ""),
      tabindex: 0,
      "data-spans": covering.map((s) => s.index).join(" "),
      "data-aspects": aspects.join(" "),
      "aria-describedby": covering.map((s) => `${reasonIdPrefix}-${s.index}`).join(" "),
    }, piece);
    setTip(mark, covering.map((s) => `${ASPECT_LABELS[s.aspect] || s.aspect}: ${s.reason}`));
    container.append(mark);
  }
}

/** The numbered list of span reasons the marks point at. */
export function renderReasons(list, spans, reasonIdPrefix) {
  clear(list);
  spans.forEach((span, index) => {
    list.append(el("li", { id: `${reasonIdPrefix}-${index}` },
      el("span", { class: `swatch a-${span.aspect}`, "aria-hidden": "true" }),
      el("q", {}, span.text), " ",
      el("span", { class: "aspect-name" }, `(${ASPECT_LABELS[span.aspect] || span.aspect})`),
      " — ", span.reason));
  });
}

/** Aspect chips: the colour key of the marks, with each aspect's score. */
export function renderAspects(list, aspects, descriptions = {}) {
  clear(list);
  for (const aspect of aspects) {
    const chip = el("li", { class: `chip a-${aspect.name}` },
      el("span", { class: "swatch", "aria-hidden": "true" }),
      `${ASPECT_LABELS[aspect.name] || aspect.name} `,
      el("span", { class: "chip-score" }, `${Math.round(aspect.score * 100)}%`));
    if (descriptions[aspect.name]) chip.title = descriptions[aspect.name];
    list.append(chip);
  }
}

// ---- suggestion diff -----------------------------------------------------------------

/**
 * Render the draft with each edit shown in place: the old words struck, the new inserted.
 * Edits are code-point ranges into `draft`, sorted and non-overlapping (insertions have
 * start == end). Each change is focusable and shows its reason.
 */
export function renderDiff(container, draft, edits, reasonIdPrefix) {
  clear(container);
  const chars = Array.from(draft);
  let cursor = 0;
  const ordered = edits
    .map((edit, index) => ({ ...edit, index }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  for (const edit of ordered) {
    if (edit.start < cursor || edit.end > chars.length) continue;
    container.append(chars.slice(cursor, edit.start).join(""));
    const change = el("span", {
      class: "change", tabindex: 0, "data-edit": edit.index,
      "aria-describedby": `${reasonIdPrefix}-${edit.index}`,
    });
    if (edit.old) {
      change.append(el("del", {}, el("span", { class: "visually-hidden" }, "dihapus: "),
        edit.old));
    }
    if (edit.new) {
      change.append(el("ins", {}, el("span", { class: "visually-hidden" }, "ditambahkan: "),
        edit.new));
    }
    setTip(change, [edit.reason]);
    container.append(change);
    cursor = edit.end;
  }
  container.append(chars.slice(cursor).join(""));
}

export function renderEditReasons(list, edits, reasonIdPrefix) {
  clear(list);
  edits.forEach((edit, index) => {
    const what = edit.old && edit.new ? [el("del", {}, edit.old), " → ", el("ins", {}, edit.new)]
      : edit.old ? ["hapus ", el("del", {}, edit.old)] : ["tambah ", el("ins", {}, edit.new)];
    list.append(el("li", { id: `${reasonIdPrefix}-${index}` }, ...what, " — ", edit.reason));
  });
}

// ---- the reason tooltip: hover, keyboard focus and tap -------------------------------

const tips = new WeakMap();
let tooltip = null;
let tipOwner = null;

export function setTip(node, lines) {
  tips.set(node, lines);
  node.classList.add("has-tip");
}

function showTip(node) {
  const lines = tips.get(node);
  if (!lines || !tooltip) return;
  tipOwner = node;
  clear(tooltip);
  for (const line of lines) tooltip.append(el("p", {}, line));
  tooltip.hidden = false;
  const rect = node.getClientRects()[0] || node.getBoundingClientRect();
  const width = tooltip.offsetWidth;
  const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
  tooltip.style.left = `${left + window.scrollX}px`;
  tooltip.style.top = `${rect.bottom + window.scrollY + 6}px`;
}

function hideTip() {
  if (tooltip) tooltip.hidden = true;
  tipOwner = null;
}

export function installTooltip() {
  tooltip = $("tooltip");
  const owner = (event) => event.target instanceof Element && event.target.closest(".has-tip");
  document.addEventListener("mouseover", (event) => { const n = owner(event); if (n) showTip(n); });
  document.addEventListener("mouseout", (event) => {
    const n = owner(event);
    if (n && n === tipOwner && !n.contains(event.relatedTarget) &&
        document.activeElement !== n) hideTip();
  });
  document.addEventListener("focusin", (event) => {
    const n = owner(event);
    if (n) showTip(n); else hideTip();
  });
  document.addEventListener("focusout", (event) => { if (owner(event) === tipOwner) hideTip(); });
  document.addEventListener("click", (event) => {
    const n = owner(event);
    if (n) showTip(n); else hideTip();
  });
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") hideTip(); });
  window.addEventListener("resize", hideTip);
}

// ---- copying -------------------------------------------------------------------------

/** Copy text; resolves "clipboard" or "fallback", rejects when neither works. */
export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return "clipboard";
    } catch {
      // Permission refused or not focused: try the older way below.
    }
  }
  const area = el("textarea", { readonly: true, class: "offscreen", "aria-hidden": "true" });
  area.value = text;
  document.body.append(area);
  area.select();
  let done = false;
  try {
    done = document.execCommand("copy");
  } catch {
    done = false;
  }
  area.remove();
  if (!done) throw new Error("copy failed");
  return "fallback";
}

// ---- storage and presenter view ------------------------------------------------------

export const store = {
  get(key, fallback) {
    try {
      const raw = localStorage.getItem(key);
      return raw === null ? fallback : JSON.parse(raw);
    } catch {
      return fallback;
    }
  },
  set(key, value) {
    try {
      localStorage.setItem(key, JSON.stringify(value));
      return true;
    } catch {
      return false;
    }
  },
  remove(key) {
    try { localStorage.removeItem(key); } catch { /* storage unavailable */ }
  },
};

export function installPresenterToggle(button) {
  const apply = (on) => {
    document.body.classList.toggle("presenter", on);
    button.setAttribute("aria-pressed", String(on));
  };
  apply(store.get("santun.presenter", false) === true);
  button.addEventListener("click", () => {
    const on = !document.body.classList.contains("presenter");
    apply(on);
    store.set("santun.presenter", on);
  });
}

/** Ctrl+Enter (or Cmd+Enter) in a textarea runs `action`. */
export function onCtrlEnter(node, action) {
  node.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      action();
    }
  });
}

export function verdictText(result) {
  return result.label === "nada_tinggi" ? "Nada tinggi" : "Aman";
}

// The officer's page: check a draft, show the verdict, the marked phrases and a softer
// suggestion that can be switched between registers and copied. Nothing is stored.
import {
  $, api, clear, codePointLength, copyText, el, formatNumber, installPresenterToggle,
  installTooltip, modelInfo, onCtrlEnter, renderAspects, renderDiff, renderEditReasons,
  renderMarked, renderReasons, verdictText,
} from "./common.js";

let maxChars = 5000;
let checkedText = null; // the draft the shown result belongs to
let busy = false;

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = !message;
}

function setBusy(on, label) {
  busy = on;
  $("check").disabled = on;
  $("check").textContent = on ? "Memeriksa…" : "Periksa";
  $("result").setAttribute("aria-busy", String(on));
  if (label) $("status").textContent = label;
}

function updateCount() {
  const n = codePointLength($("draft").value);
  const over = n > maxChars;
  $("draft-count").textContent =
    `${n.toLocaleString("id-ID")} / ${maxChars.toLocaleString("id-ID")} karakter` +
    (over ? " — terlalu panjang" : "");
  $("draft-count").classList.toggle("over", over);
  $("stale").hidden = checkedText === null || $("draft").value === checkedText;
}

async function check() {
  if (busy) return;
  const text = $("draft").value;
  showError("");
  if (!text.trim()) {
    showError("Draf masih kosong. Tulis atau tempel balasan lebih dulu.");
    $("draft").focus();
    return;
  }
  if (codePointLength(text) > maxChars) {
    showError(`Draf terlalu panjang: batasnya ${maxChars.toLocaleString("id-ID")} karakter.`);
    return;
  }
  setBusy(true, "Memeriksa draf…");
  try {
    const result = await api("/v1/check", { text });
    checkedText = text;
    await renderResult(text, result);
  } catch (error) {
    showError(error.message);
    $("status").textContent = "";
  } finally {
    setBusy(false);
    updateCount();
  }
}

async function renderResult(text, result) {
  const harsh = result.label === "nada_tinggi";
  $("verdict").textContent = verdictText(result);
  $("verdict-box").className = `verdict ${harsh ? "harsh" : "ok"}`;
  $("score").textContent = `Skor nada tinggi ${formatNumber(result.score)} ` +
    `(ambang ${formatNumber(result.threshold)})`;

  const info = await modelInfo();
  const descriptions = Object.fromEntries((info ? info.aspects : [])
    .map((a) => [a.name, a.description]));
  renderAspects($("aspects"), result.aspects, descriptions);
  $("aspects").hidden = !result.aspects.length;
  $("no-aspects").hidden = result.aspects.length > 0;

  renderMarked($("marked"), text, result.spans, "reason");
  renderReasons($("reasons"), result.spans, "reason");
  $("reasons-box").hidden = !result.spans.length;

  clear($("tips"));
  for (const tip of result.tips) $("tips").append(el("li", { "data-code": tip.code }, tip.message));
  $("tips-box").hidden = !result.tips.length;

  renderSuggestion(result.suggestion);
  $("result").hidden = false;
  $("status").textContent = `Hasil: ${verdictText(result)}, skor ${formatNumber(result.score)}` +
    `, ${result.spans.length} frasa ditandai.`;
}

function renderSuggestion(suggestion) {
  $("suggestion-box").hidden = !suggestion;
  $("copy-status").textContent = "";
  $("copy-fallback").hidden = true;
  if (!suggestion) return;
  for (const radio of document.querySelectorAll("input[name=register]")) {
    radio.checked = radio.value === suggestion.register;
  }
  $("suggestion-status").textContent = suggestion.passes
    ? `Usulan ini terbaca aman (skor ${formatNumber(suggestion.score)}).`
    : `Usulan ini masih terbaca bernada tinggi (skor ${formatNumber(suggestion.score)}); ` +
      "sunting lagi sebelum dikirim.";
  $("suggestion-status").className =
    `suggestion-status ${suggestion.passes ? "ok" : "harsh"}`;
  renderDiff($("suggestion-diff"), checkedText, suggestion.edits, "edit");
  renderEditReasons($("edit-reasons"), suggestion.edits, "edit");
  $("suggestion-text").textContent = suggestion.text;
  clear($("notes"));
  for (const note of suggestion.notes) $("notes").append(el("li", {}, note));
  $("suggestion-box").dataset.text = suggestion.text;
  showDiff();
}

function showDiff() {
  const diff = $("show-diff").checked;
  $("suggestion-diff").hidden = !diff;
  $("suggestion-text").hidden = diff;
}

async function switchRegister(register) {
  if (checkedText === null || busy) return;
  showError("");
  setBusy(true, "Membuat usulan baru…");
  try {
    const suggestion = await api("/v1/rewrite", { text: checkedText, register });
    renderSuggestion(suggestion);
    $("status").textContent = `Usulan ragam ${register === "chat" ? "santai" : "resmi"} siap.`;
  } catch (error) {
    showError(error.message);
  } finally {
    setBusy(false);
  }
}

async function copySuggestion() {
  const text = $("suggestion-box").dataset.text || "";
  $("copy-fallback").hidden = true;
  try {
    await copyText(text);
    $("copy-status").textContent = "Tersalin ✓ Usulan siap ditempel.";
    $("copy-status").className = "copy-status ok";
  } catch {
    // No clipboard at all: leave the text selected for Ctrl+C.
    const area = $("copy-fallback");
    area.value = text;
    area.hidden = false;
    area.focus();
    area.select();
    $("copy-status").textContent = "Tidak bisa menyalin otomatis. Teks sudah dipilih: " +
      "tekan Ctrl+C.";
    $("copy-status").className = "copy-status harsh";
  }
}

function useSuggestion() {
  $("draft").value = $("suggestion-box").dataset.text || "";
  updateCount();
  $("draft").focus();
  $("status").textContent = "Usulan dipindahkan ke kolom draf. Sunting bila perlu, lalu " +
    "periksa lagi.";
}

installTooltip();
installPresenterToggle($("presenter"));
$("form").addEventListener("submit", (event) => { event.preventDefault(); check(); });
onCtrlEnter($("draft"), check);
$("draft").addEventListener("input", updateCount);
$("show-diff").addEventListener("change", showDiff);
$("copy").addEventListener("click", copySuggestion);
$("use").addEventListener("click", useSuggestion);
for (const radio of document.querySelectorAll("input[name=register]")) {
  radio.addEventListener("change", () => { if (radio.checked) switchRegister(radio.value); });
}
modelInfo().then((info) => {
  if (info && info.limits && info.limits.max_chars) maxChars = info.limits.max_chars;
  updateCount();
});
updateCount();

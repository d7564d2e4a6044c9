// The Bimtek practice room: pick an exercise, write a better reply, get it scored (tone,
// facts kept, harsh phrases left, tips), then compare with Santun's rewrite of the draft.
// Progress lives in this browser only (localStorage) and exports as CSV for the trainer.
import {
  $, api, clear, el, formatNumber, installPresenterToggle, installTooltip, onCtrlEnter,
  renderDiff, renderEditReasons, renderMarked, renderReasons, store, verdictText,
} from "./common.js";

const DOMAIN_LABELS = {
  kependudukan: "Kependudukan",
  kesehatan: "Kesehatan",
  air_bersih: "Air bersih",
  jalan_drainase: "Jalan dan drainase",
  kebersihan: "Kebersihan",
  penerangan: "Penerangan jalan",
  perizinan: "Perizinan",
  sosial: "Sosial",
  pendidikan: "Pendidikan",
  pasar_umkm: "Pasar dan UMKM",
  transportasi_parkir: "Transportasi dan parkir",
  lainnya: "Lainnya",
};
const KEYS = {
  attempts: "santun.latihan.attempts.v1",
  customSet: "santun.latihan.set.v1",
  current: "santun.latihan.current.v1",
};
const MAX_ATTEMPTS = 5000;
const MAX_UPLOAD_CHARS = 1000000;

let builtin = { name: "bawaan", exercises: [] };
let active = builtin;
let custom = false;
let filtered = [];
let position = 0;
let busy = false;

const domainLabel = (domain) => DOMAIN_LABELS[domain] || domain;
const setKey = () => (custom ? `unggahan:${active.name}` : "bawaan");
const attempts = () => store.get(KEYS.attempts, []);
const current = () => filtered[position];

function short(text, limit) {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return chars.length > limit ? `${chars.slice(0, limit - 1).join("")}…` : chars.join("");
}

function showError(message) {
  $("error").textContent = message || "";
  $("error").hidden = !message;
}

function attemptsFor(exercise) {
  return attempts().filter((a) => a.set === setKey() && a.id === exercise.id);
}

function passedIds() {
  return new Set(attempts().filter((a) => a.set === setKey() && a.passed).map((a) => a.id));
}

// ---- choosing an exercise ------------------------------------------------------------

function fillDomainFilter() {
  const select = $("domain-filter");
  const chosen = select.value;
  clear(select).append(el("option", { value: "" }, "Semua bidang"));
  const domains = [...new Set(active.exercises.map((e) => e.domain))];
  for (const domain of domains) select.append(el("option", { value: domain }, domainLabel(domain)));
  select.value = domains.includes(chosen) ? chosen : "";
}

function fillPicker() {
  const domain = $("domain-filter").value;
  filtered = active.exercises.filter((e) => !domain || e.domain === domain);
  const passed = passedIds();
  const picker = clear($("picker"));
  const groups = new Map();
  filtered.forEach((exercise, index) => {
    if (!groups.has(exercise.domain)) {
      groups.set(exercise.domain, el("optgroup", { label: domainLabel(exercise.domain) }));
      picker.append(groups.get(exercise.domain));
    }
    const mark = passed.has(exercise.id) ? "✓ " : "";
    groups.get(exercise.domain).append(el("option", { value: index },
      `${mark}${index + 1}. ${short(exercise.context, 60)}`));
  });
  const total = active.exercises.length;
  const done = active.exercises.filter((e) => passed.has(e.id)).length;
  $("set-name").textContent = custom
    ? `Set unggahan: ${active.name} (${total} latihan)` : `Set bawaan (${total} latihan)`;
  $("progress").max = Math.max(total, 1);
  $("progress").value = done;
  $("progress-text").textContent = `${done} dari ${total} latihan lulus`;
}

function select(index) {
  if (!filtered.length) {
    $("exercise").hidden = true;
    return;
  }
  position = Math.max(0, Math.min(index, filtered.length - 1));
  $("picker").value = String(position);
  store.set(KEYS.current, { set: setKey(), id: current().id });
  renderExercise(current());
}

async function renderExercise(exercise) {
  showError("");
  $("exercise").hidden = false;
  $("exercise-title").textContent = `Latihan ${position + 1} dari ${filtered.length}`;
  $("exercise-domain").textContent = domainLabel(exercise.domain);
  $("exercise-done").hidden = !passedIds().has(exercise.id);
  $("context").textContent = exercise.context;
  $("draft").textContent = exercise.draft;
  $("hint").textContent = exercise.hint;
  clear($("keep"));
  for (const fact of exercise.keep) $("keep").append(el("li", {}, el("span", { class: "fact" }, fact)));
  $("hint-box").open = false;
  $("attempt").value = "";
  $("feedback").hidden = true;
  $("prev").disabled = position === 0;
  $("next").disabled = position >= filtered.length - 1;
  renderHistory(exercise);
  try {
    // Mark the draft's harsh phrases; the draft stays readable if this fails.
    const result = await api("/v1/check", { text: exercise.draft, rewrite: false });
    if (current() === exercise) renderMarked($("draft"), exercise.draft, result.spans, "draft-reason");
  } catch {
    /* plain draft */
  }
}

function renderHistory(exercise) {
  const mine = attemptsFor(exercise);
  if (!mine.length) {
    $("history").textContent = "";
    return;
  }
  const last = mine[mine.length - 1];
  $("history").textContent = `Jumlah percobaan: ${mine.length}. Terakhir: ` +
    `${last.label === "nada_tinggi" ? "nada tinggi" : "aman"}, ` +
    (last.lost.length ? `${last.lost.length} fakta hilang.` : "semua fakta ada.");
}

// ---- scoring an attempt --------------------------------------------------------------

async function scoreAttempt() {
  const exercise = current();
  if (!exercise || busy) return;
  const text = $("attempt").value;
  showError("");
  if (!text.trim()) {
    showError("Balasan Anda masih kosong. Tulis balasan lebih dulu.");
    $("attempt").focus();
    return;
  }
  busy = true;
  $("score").disabled = true;
  $("score").textContent = "Menilai…";
  $("status").textContent = "Menilai balasan…";
  try {
    const result = await api("/v1/check", { text, rewrite: false });
    const lost = exercise.keep.filter((fact) => !text.includes(fact));
    const passed = result.label === "ok" && lost.length === 0;
    renderFeedback(exercise, text, result, lost, passed);
    record(exercise, text, result, lost, passed);
    fillPicker();
    $("picker").value = String(position);
    $("exercise-done").hidden = !passedIds().has(exercise.id);
    renderHistory(exercise);
    $("attempt-verdict").focus();
    await renderModelRewrite(exercise);
  } catch (error) {
    showError(error.message);
  } finally {
    busy = false;
    $("score").disabled = false;
    $("score").textContent = "Nilai balasan saya";
  }
}

function renderFeedback(exercise, text, result, lost, passed) {
  const harsh = result.label === "nada_tinggi";
  $("attempt-verdict").textContent = `Nada: ${verdictText(result)}`;
  $("verdict-box").className = `verdict ${harsh ? "harsh" : "ok"}`;
  $("attempt-score").textContent = `Skor nada tinggi ${formatNumber(result.score)} ` +
    `(ambang ${formatNumber(result.threshold)})`;
  const problems = [];
  if (harsh) problems.push("nadanya masih tinggi");
  if (lost.length) problems.push(`${lost.length} fakta dari draf hilang`);
  $("summary").textContent = passed
    ? "Lulus: nadanya aman dan semua fakta tetap ada."
    : `Belum lulus: ${problems.join(" dan ")}.`;
  $("summary").className = `summary ${passed ? "ok" : "harsh"}`;

  clear($("facts"));
  for (const fact of exercise.keep) {
    const kept = !lost.includes(fact);
    $("facts").append(el("li", { class: kept ? "kept" : "lost" },
      el("span", { class: "fact" }, fact), kept ? " — tetap ada" : " — hilang atau berubah"));
  }
  if (!exercise.keep.length) $("facts").append(el("li", {}, "Latihan ini tidak mencatat fakta."));

  renderMarked($("attempt-marked"), text, result.spans, "attempt-reason");
  renderReasons($("attempt-reasons"), result.spans, "attempt-reason");
  $("harsh-box").hidden = !result.spans.length;
  $("no-harsh").hidden = result.spans.length > 0;

  clear($("attempt-tips"));
  for (const tip of result.tips) $("attempt-tips").append(el("li", {}, tip.message));
  $("attempt-tips-box").hidden = !result.tips.length;

  clear($("model-rewrite")).append(el("span", { class: "muted" }, "Memuat usulan…"));
  clear($("model-reasons"));
  $("feedback").hidden = false;
  $("status").textContent = `${verdictText(result)}. ${$("summary").textContent}`;
}

async function renderModelRewrite(exercise) {
  try {
    const suggestion = await api("/v1/rewrite", { text: exercise.draft });
    if (current() !== exercise) return;
    renderDiff($("model-rewrite"), exercise.draft, suggestion.edits, "model-edit");
    renderEditReasons($("model-reasons"), suggestion.edits, "model-edit");
  } catch (error) {
    clear($("model-rewrite")).append(el("span", { class: "harsh" }, error.message));
  }
}

function record(exercise, text, result, lost, passed) {
  const all = attempts();
  all.push({
    at: new Date().toISOString(), set: setKey(), id: exercise.id, domain: exercise.domain,
    label: result.label, score: result.score, passed, lost,
    harsh: result.spans.map((s) => s.text), text,
  });
  if (!store.set(KEYS.attempts, all.slice(-MAX_ATTEMPTS))) {
    showError("Riwayat tidak bisa disimpan di peramban ini (penyimpanan penuh atau dimatikan).");
  }
}

// ---- trainer tools -------------------------------------------------------------------

function csvCell(value) {
  let text = String(value ?? "");
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`; // keep spreadsheets from running formulas
  return `"${text.replace(/"/g, '""')}"`;
}

function exportCsv() {
  const rows = attempts();
  if (!rows.length) {
    $("status").textContent = "Belum ada percobaan untuk diunduh.";
    showError("Belum ada percobaan untuk diunduh.");
    return;
  }
  const header = ["waktu", "set", "id_latihan", "bidang", "nada", "skor", "lulus",
    "fakta_hilang", "frasa_bernada_tinggi", "balasan"];
  const lines = [header.map(csvCell).join(",")];
  for (const a of rows) {
    lines.push([a.at, a.set, a.id, a.domain, a.label === "nada_tinggi" ? "nada tinggi" : "aman",
      a.score.toFixed(4), a.passed ? "ya" : "tidak", a.lost.join(" | "), a.harsh.join(" | "),
      a.text].map(csvCell).join(","));
  }
  const blob = new Blob(["\ufeff" + lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
  const link = el("a", {
    href: URL.createObjectURL(blob),
    download: `santun-latihan-${new Date().toISOString().slice(0, 10)}.csv`,
  });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  $("status").textContent = `Rekap ${rows.length} percobaan diunduh.`;
}

function resetHistory() {
  if (!window.confirm("Hapus semua riwayat latihan di peramban ini?")) return;
  store.remove(KEYS.attempts);
  fillPicker();
  select(position);
  $("status").textContent = "Riwayat latihan dihapus.";
}

function showUploadResult(name, checked) {
  const box = clear($("upload-result"));
  const good = checked.exercises.length;
  if (good) {
    box.append(el("p", { class: "ok" }, `${good} latihan dari ${name} siap dipakai.`));
  } else {
    box.append(el("p", { class: "error" },
      `Tidak ada latihan yang bisa dipakai dari ${name}; set yang aktif tidak berubah.`));
  }
  if (checked.errors.length) {
    box.append(el("p", { class: "harsh" }, `${checked.errors.length} masalah ditemukan:`));
    const list = el("ul", { class: "upload-errors" });
    for (const problem of checked.errors) {
      const where = `Baris ${problem.line}` + (problem.field ? `, kolom ${problem.field}` : "");
      list.append(el("li", {}, el("strong", {}, where), `: ${problem.message}`));
    }
    box.append(list);
  }
}

async function upload(file) {
  showError("");
  clear($("upload-result"));
  if (file.size > MAX_UPLOAD_CHARS * 4) {
    showError("Berkas terlalu besar untuk set latihan.");
    return;
  }
  const content = await file.text();
  if (content.length > MAX_UPLOAD_CHARS) {
    showError("Berkas terlalu besar untuk set latihan (maks. sekitar 1 juta karakter).");
    return;
  }
  if (!content.trim()) {
    showUploadResult(file.name, { exercises: [], errors: [{ line: 1, message: "berkas kosong" }] });
    return;
  }
  const format = /\.csv$/i.test(file.name) ? "csv" : "jsonl";
  try {
    const checked = await api("/v1/exercises/validate", { name: file.name, format, content });
    showUploadResult(file.name, checked);
    if (checked.exercises.length) {
      store.set(KEYS.customSet, { name: file.name, exercises: checked.exercises });
      useSet({ name: file.name, exercises: checked.exercises }, true);
    }
  } catch (error) {
    showError(`Berkas ${file.name} tidak dapat diperiksa: ${error.message}`);
  }
}

function useSet(set, isCustom, wantedId) {
  active = set;
  custom = isCustom;
  $("builtin").disabled = !custom;
  $("domain-filter").value = "";
  fillDomainFilter();
  fillPicker();
  const found = filtered.findIndex((e) => e.id === wantedId);
  select(found >= 0 ? found : 0);
}

// ---- start ---------------------------------------------------------------------------

async function start() {
  installTooltip();
  installPresenterToggle($("presenter"));
  $("picker").addEventListener("change", () => select(Number($("picker").value)));
  $("domain-filter").addEventListener("change", () => { fillPicker(); select(0); });
  $("prev").addEventListener("click", () => select(position - 1));
  $("next").addEventListener("click", () => select(position + 1));
  $("next-after").addEventListener("click", () => {
    select(position + 1 < filtered.length ? position + 1 : 0);
    $("attempt").focus();
  });
  $("retry").addEventListener("click", () => $("attempt").focus());
  $("start-from-draft").addEventListener("click", () => {
    $("attempt").value = current() ? current().draft : "";
    $("attempt").focus();
  });
  $("attempt-form").addEventListener("submit", (event) => { event.preventDefault(); scoreAttempt(); });
  onCtrlEnter($("attempt"), scoreAttempt);
  $("export").addEventListener("click", exportCsv);
  $("reset").addEventListener("click", resetHistory);
  $("builtin").addEventListener("click", () => {
    store.remove(KEYS.customSet);
    clear($("upload-result"));
    useSet(builtin, false);
  });
  $("upload").addEventListener("change", async (event) => {
    const [file] = event.target.files;
    if (file) await upload(file);
    event.target.value = "";
  });

  try {
    const served = await api("/v1/exercises");
    builtin = { name: served.name, exercises: served.exercises };
  } catch (error) {
    showError(`Set latihan bawaan tidak dapat dimuat: ${error.message}`);
  }
  const saved = store.get(KEYS.customSet, null);
  const last = store.get(KEYS.current, null);
  if (saved && Array.isArray(saved.exercises) && saved.exercises.length) {
    useSet(saved, true, last && last.id);
  } else {
    useSet(builtin, false, last && last.id);
  }
  document.body.dataset.ready = "true";
}

start();

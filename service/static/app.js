// Offsets from the API count Unicode code points; JavaScript strings count UTF-16 units,
// so every slice goes through Array.from.
const $ = (id) => document.getElementById(id);

function escapeText(text) {
  const div = document.createElement("div");
  div.textContent = text;
  return div.innerHTML;
}

function markSpans(text, spans) {
  const chars = Array.from(text);
  let html = "";
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < cursor) continue;
    html += escapeText(chars.slice(cursor, span.start).join(""));
    html += `<mark class="${span.aspect}" tabindex="0" title="${escapeText(span.reason)}">` +
      escapeText(chars.slice(span.start, span.end).join("")) + "</mark>";
    cursor = span.end;
  }
  return html + escapeText(chars.slice(cursor).join(""));
}

function list(element, items) {
  element.innerHTML = "";
  for (const item of items) {
    const li = document.createElement("li");
    li.textContent = item;
    element.appendChild(li);
  }
}

async function check() {
  const text = $("draft").value;
  $("error").hidden = true;
  const response = await fetch("/v1/check", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text }),
  });
  const body = await response.json();
  if (!response.ok) {
    $("error").textContent = body.error ? body.error.message : "Terjadi kesalahan.";
    $("error").hidden = false;
    return;
  }
  const harsh = body.label === "nada_tinggi";
  $("verdict").textContent = (harsh ? "Nada tinggi" : "Aman") + ` (skor ${body.score.toFixed(2)})`;
  $("verdict").className = harsh ? "harsh" : "ok";
  $("aspects").textContent = body.aspects.length
    ? "Aspek: " + body.aspects.map((a) => a.name).join(", ") : "";
  $("marked").innerHTML = markSpans(text, body.spans);
  list($("reasons"), body.spans.map((s) => `“${s.text}” — ${s.reason}`));
  list($("tips"), body.tips.map((t) => t.message));
  const suggestion = body.suggestion;
  $("suggestion-box").hidden = !suggestion;
  if (suggestion) {
    $("suggestion").textContent = suggestion.text;
    $("notes").textContent = suggestion.notes.join(" ");
  }
  $("result").hidden = false;
}

$("form").addEventListener("submit", (event) => { event.preventDefault(); check(); });
$("draft").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); check(); }
});
$("copy").addEventListener("click", async () => {
  await navigator.clipboard.writeText($("suggestion").textContent);
  $("copy").textContent = "Tersalin";
  setTimeout(() => { $("copy").textContent = "Salin"; }, 1500);
});

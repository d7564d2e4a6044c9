"""End-to-end: Debian's headless Chromium drives the officer page and the practice room
against the real server, started here on a free loopback port."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("SANTUN_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 760}

HARSH = "😀😀 Heh, BACA DULU PENGUMUMANNYA!!! Makanya jangan bodoh."
OVERLAPPING = "MAKANYA JANGAN BODOH!!"
POLITE = ("Selamat pagi Bu, terima kasih laporannya. Petugas kami akan datang besok "
          "pukul 09.00.")
GOOD_REPLY = ("Selamat siang Ibu, terima kasih sudah datang dan mohon maaf Ibu harus "
              "bolak-balik. Untuk mencetak KK baru, berkas yang masih kurang adalah akta "
              "kelahiran anak. Silakan membawa akta kelahiran aslinya ke loket 2, nanti KK "
              "langsung kami cetak. Bila ada yang kurang jelas, Ibu bisa bertanya kepada kami.")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _post(base: str, path: str, body: dict) -> dict:
    request = urllib.request.Request(base + path, data=json.dumps(body).encode(),
                                     headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def server(model_dir):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "SANTUN_EXERCISES"}
    env["SANTUN_MODEL"] = str(model_dir)
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "service.app:create_app",
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(base + "/readyz", timeout=1) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail("the server did not start: " + process.stderr.read().decode()[-2000:])
        time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}. Install it with `make browser` "
                    "(as root: apt-get update && apt-get install -y chromium), "
                    "or point SANTUN_CHROMIUM at a Chromium binary.", pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Playwright for Python is missing: .venv/bin/pip install -e '.[dev]' "
                    "(do not run `playwright install`; the tests use Debian's Chromium).",
                    pytrace=False)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                             args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport=DESKTOP, base_url=server, locale="id-ID")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = context.new_page()
    page.set_default_timeout(10_000)
    outside = []
    page.on("request", lambda request: request.url.startswith((server, "data:"))
            or outside.append(request.url))
    yield page
    context.close()
    assert outside == [], f"the page fetched from outside the app: {outside}"


def _check(page, text: str) -> None:
    page.goto("/")
    page.locator("#draft").fill(text)
    page.locator("#draft").press("Control+Enter")
    page.locator("#result:not([hidden])").wait_for()
    page.locator("#result[aria-busy=false]").wait_for()


def _span_texts(page) -> dict[int, str]:
    """The text the page marked for each span index, joined across split pieces."""
    pieces = page.locator("#marked mark").evaluate_all(
        "marks => marks.map(m => [m.dataset.spans, m.textContent])")
    texts: dict[int, str] = {}
    for indexes, text in pieces:
        for index in indexes.split():
            texts[int(index)] = texts.get(int(index), "") + text
    return texts


def test_harsh_reply_is_marked_on_the_right_words_after_emoji(page, server):
    expected = _post(server, "/v1/check", {"text": HARSH})
    _check(page, HARSH)
    assert page.locator("#verdict").text_content() == "Nada tinggi"
    assert "Skor nada tinggi" in page.locator("#score").text_content()
    chips = page.locator("#aspects li").all_text_contents()
    assert any("Membentak" in chip for chip in chips)

    marked = _span_texts(page)
    assert marked == {i: span["text"] for i, span in enumerate(expected["spans"])}
    assert "BACA DULU PENGUMUMANNYA" in marked.values()
    assert page.locator("#marked").text_content() == HARSH
    assert page.locator("#tips li").count() == len(expected["tips"])

    # Keyboard: focusing a mark shows its reason.
    mark = page.locator("#marked mark", has_text="bodoh").first
    mark.focus()
    tooltip = page.locator("#tooltip")
    tooltip.wait_for(state="visible")
    bodoh = next(s for s in expected["spans"] if "bodoh" in s["text"])
    assert bodoh["reason"] in tooltip.text_content()
    page.keyboard.press("Escape")
    tooltip.wait_for(state="hidden")


def test_overlapping_spans_render_every_phrase(page, server):
    expected = _post(server, "/v1/check", {"text": OVERLAPPING})
    assert len({(s["start"], s["end"]) for s in expected["spans"]}) >= 2
    _check(page, OVERLAPPING)
    assert _span_texts(page) == {i: s["text"] for i, s in enumerate(expected["spans"])}
    assert page.locator("#marked mark.multi").count() >= 1
    assert page.locator("#marked").text_content() == OVERLAPPING


def test_polite_reply_is_safe_and_has_no_suggestion(page):
    _check(page, POLITE)
    assert page.locator("#verdict").text_content() == "Aman"
    assert page.locator("#marked mark").count() == 0
    assert page.locator("#suggestion-box").is_hidden()
    assert page.locator("#no-aspects").is_visible()


def test_typed_markup_is_shown_as_text_and_counted_in_code_points(page):
    text = '<img src=x onerror="document.title=1"> <b>BACA DULU</b>!!! 👍🏽'
    _check(page, text)
    assert page.locator("#marked").text_content() == text
    assert page.locator("#marked img, #marked b, #suggestion-diff b").count() == 0
    assert page.title() != "1"
    page.locator("#draft").fill("😀" * 3)
    assert page.locator("#draft-count").text_content().startswith("3 / ")


def test_copy_register_switch_and_check_again(page, server):
    _check(page, HARSH)
    expected = _post(server, "/v1/check", {"text": HARSH})["suggestion"]
    diff = page.locator("#suggestion-diff")
    assert diff.locator("ins").count() >= 1 and diff.locator("del").count() >= 1

    page.locator("#copy").click()
    page.locator("#copy-status", has_text="Tersalin").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == expected["text"]

    chat = _post(server, "/v1/rewrite", {"text": HARSH, "register": "chat"})
    assert chat["text"] != expected["text"]
    page.get_by_label("Santai (chat)").check()
    page.locator("#suggestion-text", has_text=chat["text"][:20]).wait_for(state="attached")
    assert page.locator("#suggestion-text").text_content() == chat["text"]
    page.get_by_label("Tandai perubahan").uncheck()
    assert page.locator("#suggestion-text").is_visible()

    page.locator("#use").click()
    assert page.locator("#draft").input_value() == chat["text"]
    assert page.locator("#stale").is_visible()
    page.locator("#check").click()
    page.locator("#stale").wait_for(state="hidden")


def test_copy_falls_back_without_the_clipboard_api(page):
    page.add_init_script("Object.defineProperty(Navigator.prototype, 'clipboard', "
                         "{get: () => undefined})")
    _check(page, HARSH)
    expected = page.locator("#suggestion-box").get_attribute("data-text")
    page.locator("#copy").click()
    page.locator("#copy-status", has_text="Tersalin").wait_for()
    reader = page.context.new_page()  # this page has the clipboard API: read what was copied
    reader.goto("/")
    assert reader.evaluate("navigator.clipboard.readText()") == expected
    reader.close()

    # Neither way works: the text is left selected for Ctrl+C, and the officer is told.
    page.evaluate("document.execCommand = () => false")
    page.locator("#copy").click()
    page.locator("#copy-status", has_text="Ctrl+C").wait_for()
    assert page.locator("#copy-fallback").input_value() == expected
    assert page.evaluate("document.activeElement.id") == "copy-fallback"


def test_practice_exercise_scored_then_rewrite_shown(page):
    page.goto("/latihan")
    page.locator("body[data-ready=true]").wait_for()
    assert "Disdukcapil" in page.locator("#context").text_content()
    assert page.locator("#feedback").is_hidden()  # the model rewrite waits for an attempt

    page.locator("#attempt").fill("Makanya baca dulu!!! Loket 2.")
    page.locator("#attempt").press("Control+Enter")
    page.locator("#summary", has_text="Belum lulus").wait_for()
    assert page.locator("#facts li.lost").count() == 3
    assert page.locator("#attempt-marked mark").count() >= 1

    page.locator("#attempt").fill(GOOD_REPLY)
    page.locator("#score").click()
    page.locator("#summary", has_text=re.compile("^Lulus")).wait_for()
    assert page.locator("#attempt-verdict").text_content() == "Nada: Aman"
    assert page.locator("#facts li.kept").count() == 3
    page.locator("#model-rewrite ins").first.wait_for()
    assert page.locator("#progress-text").text_content().startswith("1 dari ")

    with page.expect_download() as download:
        page.locator("#export").click()
    csv_text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert csv_text.count("lat-kependudukan-01") == 2 and '"ya"' in csv_text

    page.reload()
    page.locator("body[data-ready=true]").wait_for()
    assert page.locator("#exercise-done").is_visible()


def test_bad_exercise_upload_names_line_and_field(page):
    page.goto("/latihan")
    page.locator("body[data-ready=true]").wait_for()
    good = {"id": "p-1", "domain": "sosial", "context": "Bantuan belum cair.",
            "draft": "BELUM CAIR!!! Tunggu tanggal 25.", "keep": ["tanggal 25"],
            "hint": "Sampaikan jadwal dengan tenang."}
    bad = {**good, "id": "p-2", "domain": "antariksa"}
    content = "\n".join(json.dumps(row) for row in (good, bad, {**good, "id": "p-3"}))
    content += "\n{rusak\n"
    page.locator("#upload").set_input_files(
        {"name": "set-pelatih.jsonl", "mimeType": "application/json",
         "buffer": content.encode()})
    result = page.locator("#upload-result")
    result.locator("li", has_text="Baris 2, kolom domain").wait_for()
    assert "Baris 4" in result.text_content()
    assert "2 latihan dari set-pelatih.jsonl siap dipakai" in result.text_content()
    assert "set-pelatih.jsonl (2 latihan)" in page.locator("#set-name").text_content()

    page.locator("#upload").set_input_files(
        {"name": "kosong.csv", "mimeType": "text/csv", "buffer": b"id,domain\nx,sosial\n"})
    result.locator("p", has_text="Tidak ada latihan").wait_for()
    assert "Baris 1" in result.text_content()
    assert "(2 latihan)" in page.locator("#set-name").text_content()

    page.locator("#builtin").click()
    assert "Set bawaan" in page.locator("#set-name").text_content()


@pytest.mark.parametrize(("name", "viewport"), [("desktop", DESKTOP), ("mobile", PHONE)])
def test_screenshots(browser, server, name, viewport):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport=viewport, base_url=server, locale="id-ID",
                                  has_touch=viewport is PHONE)
    page = context.new_page()
    try:
        _check(page, HARSH)
        if viewport is PHONE:  # a tap shows the reason too
            page.locator("#marked mark").first.tap()
            page.locator("#tooltip").wait_for(state="visible")
            page.keyboard.press("Escape")
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        page.screenshot(path=str(SCREENSHOTS / f"officer-{name}.png"), full_page=True)

        page.goto("/latihan")
        page.locator("body[data-ready=true]").wait_for()
        page.locator("#attempt").fill(GOOD_REPLY)
        page.locator("#score").click()
        page.locator("#model-rewrite ins").first.wait_for()
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        page.screenshot(path=str(SCREENSHOTS / f"latihan-{name}.png"), full_page=True)
    finally:
        context.close()

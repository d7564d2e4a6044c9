"""Non-blocking advice on the shape of a reply (greeting, thanks, a way forward)."""

from __future__ import annotations

from models.analysis import Analysis
from models.result import Tip

_REFUSAL_WORDS = frozenset({"tidak", "belum", "bukan", "tak"})

MESSAGES = {
    "tanpa_salam": "Awali balasan dengan salam, misalnya \"Selamat pagi, Bapak/Ibu\".",
    "tanpa_sapaan": "Sapa warga dengan Bapak/Ibu (atau namanya) agar terasa dihargai.",
    "tanpa_terima_kasih": "Ucapkan terima kasih atas laporan atau kesabaran warga.",
    "tanpa_jalan_keluar": "Sertakan langkah lanjut: siapa yang menangani, kapan, dan ke mana "
    "warga bisa menindaklanjuti.",
    "tanda_seru": "Kurangi tanda seru; titik sudah cukup tegas dan terdengar lebih tenang.",
    "terlalu_singkat": "Balasan yang sangat singkat mudah terbaca ketus; tambahkan satu kalimat "
    "penjelasan atau empati.",
}


def tips_for(analysis: Analysis) -> list[Tip]:
    codes = []
    polite = analysis.polite
    words = [t.norm for t in analysis.tokens]
    if not polite.get("salam"):
        codes.append("tanpa_salam")
    if not polite.get("sapaan"):
        codes.append("tanpa_sapaan")
    if not polite.get("terima_kasih"):
        codes.append("tanpa_terima_kasih")
    if not polite.get("jalan_keluar") and _REFUSAL_WORDS.intersection(words):
        codes.append("tanpa_jalan_keluar")
    if analysis.text.count("!") >= 2:
        codes.append("tanda_seru")
    if len(words) < 6:
        codes.append("terlalu_singkat")
    return [Tip(code=code, message=MESSAGES[code]) for code in codes]

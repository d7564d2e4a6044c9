import re

import pytest

from models.analysis import analyze
from models.normalize import normalize


def _aspects(text):
    return {hit.aspect for hit in analyze(text).hits}


def _shouted_runs(text):
    return [text[h.start : h.end] for h in analyze(text).hits if h.rule == "huruf_kapital"]


@pytest.mark.parametrize(
    "text",
    [
        "BACA DULU PENGUMUMANNYA!!!",
        "Sudah kami jelaskan. JANGAN TELEPON TERUS.",
        "Kenapa belum juga paham?!?!",
        # after "Pak," a comma parts the title from what follows: no name
        "Pak, KANTOR KELURAHAN TUTUP HARI INI",
    ],
)
def test_shouting_is_found(text):
    assert "membentak" in _aspects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Silakan bawa KTP-el, KK dan kartu BPJS ke RSUD pada hari Senin.",
        "Terima kasih! Laporan sudah kami teruskan ke PDAM dan DPUPR.",
        "Yth. Bapak SLAMET RIYADI, berkas Bapak sudah kami terima.",
        'Kami memahami Bapak menulis "PELAYANAN LELET" dan kami mohon maaf.',
        "Bantuan Asistensi Rehabilitasi Sosial (ATENSI) dihentikan oleh pusat.",
        "Berkas PBG Bapak kami cek di SIMBG, nomor registrasinya belum muncul.",
    ],
)
def test_acronyms_names_and_quotes_are_not_shouting(text):
    assert "membentak" not in _aspects(text)


def test_hits_point_into_the_text():
    text = "🙂 Makanya baca dulu, bukan urusan kami!!!"
    analysis = analyze(text)
    assert analysis.hits
    for hit in analysis.hits:
        assert 0 <= hit.start < hit.end <= len(text)
        assert hit.reason


@pytest.mark.parametrize(("text", "phrase", "alternative"), [
    # the staff noun and its owner are one phrase: deleting "kami juga manusia" alone had
    # left "Sabar ya Kak, petugas."
    ("Sabar ya Kak, petugas kami juga manusia.", "petugas kami juga manusia", ""),
    # the verb goes with its judgement: "diisi masih perlu dilengkapi" read as a garble
    ("Formulirnya diisi asal-asalan, ya ditolak.", "diisi asal-asalan", "belum lengkap"),
    # the verb that judges goes with what it judges: deleting "kurangnya etika" alone had
    # left "Hal tersebut mencerminkan."
    ("Hal tersebut mencerminkan kurangnya etika.", "mencerminkan kurangnya etika", ""),
    # when it was said goes with the reproach, so its polite form can say it
    ("Sudah kami bilang dari awal, bangunan itu ilegal.", "Sudah kami bilang dari awal",
     "sebagaimana telah kami sampaikan sejak awal"),
])
def test_a_phrase_is_found_whole_with_the_words_its_swap_needs(text, phrase, alternative):
    start = text.index(phrase)
    hits = [h for h in analyze(text).hits if h.start == start and h.end == start + len(phrase)]
    assert [h.alternative for h in hits] == [alternative]


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("Makanya kalau mengurus jangan mepet.", "menyalahkan"),
        ("Itu bukan urusan kami.", "mengabaikan"),
        ("Kalau protes lagi kami laporkan ke polisi.", "mengancam"),
        ("Jika foto tidak dihapus, kami akan menempuh jalur hukum.", "mengancam"),
        ("Mau komen berapa kali juga jawabannya tetap sama.", "mengabaikan"),
        # reproof in letter register, and patience said to run out
        ("Kami sangat menyayangkan sikap Ibu di loket.", "menyalahkan"),
        ("Sebagai pegawai negeri seharusnya Bapak lebih paham aturan cuti.", "menyalahkan"),
        ("Bu, kami sudah jelaskan tiga kali di chat ini.", "merendahkan"),
        ("Kami sudah cukup toleran selama ini.", "mengancam"),
        ("Keluhan Saudara sangat berlebihan.", "merendahkan"),
        ("Jangan teror kami dengan telepon terus.", "menyalahkan"),
        ("Kami sudah berbaik hati memberi perpanjangan dua kali.", "merendahkan"),
        # curt refusals that point nowhere
        ("Mohon maaf, kami nggak ngurusin kepesertaan.", "mengabaikan"),
        ("Kami nggak bisa apa2, itu tanggung jawab developer.", "mengabaikan"),
        ("Kami tidak dapat memberikan kepastian kapan akan ditindaklanjuti.", "mengabaikan"),
        # judging the citizen's work, and closing the talk on the rule alone
        ("Data yang Bapak kirim berantakan semua.", "merendahkan"),
        ("Tolong kerja yang bener, Pak RT.", "merendahkan"),
        ("Nilainya memang jelek, Bu.", "merendahkan"),
        ("Ibu ini gimana sih, nomornya sudah dipanggil.", "merendahkan"),
        ("Silakan protes, tapi aturan tetap aturan.", "mengabaikan"),
        ("Sudah dijawab di grup. Saya nggak mau ngulang-ngulang terus.", "mengabaikan"),
        ("Mbok ya dibaca pengumumannya, Pak.", "menyalahkan"),
        # mocking the citizen for not knowing the news
        ("Bus ke Batang sudah dihapus bulan lalu. Kudet banget sih.", "merendahkan"),
    ],
)
def test_lexicon_finds_known_phrases(text, aspect):
    assert aspect in _aspects(text)


@pytest.mark.parametrize("text", [
    # the same words said of the citizen's patience, or of a question, in earnest
    "Terima kasih, Ibu sudah cukup sabar menunggu.",
    "Pertanyaan seperti ini sering kami terima, jadi kami buatkan panduannya.",
    "Petugas sudah dua kali kami kirim ke lokasi.",
    "Terima kasih, Ibu sudah berbaik hati membantu petugas kami.",
    # a date not yet known, said as such; what the office does not handle, said formally
    "Mohon maaf, kami belum dapat memberikan kepastian tanggal karena menunggu material.",
    "Kami tidak mengurusi izin reklame; silakan menghubungi DPMPTSP.",
    # a place in disarray, a question of how, said of things and not of the citizen
    "Gudang arsip sempat berantakan karena banjir; berkas Ibu aman.",
    "Ibu bisa menanyakan ke loket bagaimana caranya.",
    # "dasar" as a ground, not a name
    "Dasar hukum penarikan retribusi adalah Perda Nomor 5 Tahun 2021.",
])
def test_lexicon_leaves_lookalike_civil_phrases(text):
    assert not _aspects(text)


@pytest.mark.parametrize(("text", "shouted"), [
    ("BAWA FOTOKOPI KK 2 LEMBAR, KTP, KARTU BPJS.", "BAWA FOTOKOPI KK 2 LEMBAR, KTP, KARTU"),
    ("LAPORNYA KE 112 KALAU DARURAT!!!", "LAPORNYA KE 112 KALAU DARURAT"),
])
def test_a_shouted_passage_runs_on_across_acronyms_and_numbers(text, shouted):
    assert _shouted_runs(text) == [shouted]  # one passage; the acronym at the end stays outside it


@pytest.mark.parametrize(("text", "shouted"), [
    # a place written in capitals does not make the shouting after it a name
    ("PUSKESMAS TIDAK MELAYANI SWAB MANDIRI.", "TIDAK MELAYANI SWAB MANDIRI"),
    ("Yth. Sdr. Bayu, Saudara WAJIB hadir pukul 08.00.", "WAJIB"),
    # after "Pak." or "Bu." a sentence begins; after "Jl." a name may still follow
    ("Siang Bu. WIFI TAMAN LAGI RUSAK SAMPAI 6 JULI.", "WIFI TAMAN LAGI RUSAK SAMPAI 6 JULI"),
    ("Nggih Bu. AWAS YA, NANTI NGGAK KAMI LAYANI LAGI.", "AWAS YA, NANTI NGGAK KAMI LAYANI LAGI"),
])
def test_shouting_after_a_title_or_place_is_not_taken_for_a_name(text, shouted):
    assert _shouted_runs(text) == [shouted]


@pytest.mark.parametrize("text", [
    "Berkas sudah kami kirim ke Jl. GAJAH MADA No. 5 kemarin.",
    "Silakan temui Pak BUDI SANTOSO di loket 3.",
    "Pengaduan sudah diteruskan ke Kelurahan PANJANG BARU.",
])
def test_names_written_in_capitals_after_a_title_stay_names(text):
    assert "membentak" not in _aspects(text)


@pytest.mark.parametrize("text", [
    # a record's data as the register holds it, in capitals
    "Aduan atas nama: SRI RAHAYU, alamat: JL. MELATI NO. 7 RT 002 RW 004 KELURAHAN "
    "KURIPAN. Status: selesai.",
    "Nama Pemohon: AHMAD FAUZI\nStatus: DITOLAK SEMENTARA\nKeterangan: lampiran kurang.",
    "Berkas atas nama DEWI LESTARI sudah kami verifikasi.",
    # a programme's or a system's name, and a part of a reference number
    "Putra Bapak kami usulkan ke program BERANI SEHAT dari dinas.",
    "Silakan cek status di aplikasi SIPAKEM menggunakan NIK.",
    "Aduan nomor 0412/PKM-KRP/III/2025 sudah kami tutup.",
])
def test_data_programme_names_and_codes_in_capitals_are_not_shouting(text):
    assert "membentak" not in _aspects(text)


@pytest.mark.parametrize(("text", "shouted"), [
    # a form's label does not make a shouted order its value, nor a programme's name the
    # shouting after it; a number ends a person's name, not an address
    ("Catatan: JANGAN DATANG TERLAMBAT.", "JANGAN DATANG TERLAMBAT"),
    ("Aplikasi TIDAK BISA DIPAKAI SEKARANG.", "TIDAK BISA DIPAKAI SEKARANG"),
    ("Pak BUDI 3 KALI SAYA BILANG.", "KALI SAYA BILANG"),
    ("NOMOR ADUAN BAPAK TKT/7487/2025!", "NOMOR ADUAN BAPAK"),
])
def test_shouting_around_data_and_names_is_still_found(text, shouted):
    assert _shouted_runs(text) == [shouted]


@pytest.mark.parametrize("text", [
    # one word in capitals that no lexicon knows: a service's name or an unlisted acronym
    "Pendaftaran hanya lewat SIPANDU sampai 30 Juni.",
    "Untuk persalinan, silakan langsung ke PONED Puskesmas Pekalongan Selatan.",
    # the national complaint channel, as it is written
    "Terima kasih atas pesan yang Bapak kirimkan melalui kanal LAPOR!. Berkas sedang dinilai.",
    "Pengaduan Bapak melalui SP4N LAPOR nomor 5120884 telah kami terima.",
])
def test_a_lone_unknown_word_in_capitals_is_a_name_not_shouting(text):
    assert _shouted_runs(text) == []


@pytest.mark.parametrize(("text", "shouted"), [
    ("Saya sudah bilang JANGAN datang hari Minggu, Pak.", "JANGAN"),
    # an everyday word with its affixes is still one
    ("Permohonan di Gang Kenari DITOLAK.", "DITOLAK"),
    ("Berkas harus DILENGKAPI hari ini.", "DILENGKAPI"),
    # in a shouted passage every word counts, known or not
    ("KALAU MATI LAGI YA LAPOR LAGI", "KALAU MATI LAGI YA LAPOR LAGI"),
])
def test_a_lone_everyday_word_in_capitals_is_still_shouting(text, shouted):
    assert _shouted_runs(text) == [shouted]


def _every_entry_tried(tokens, markers):
    """The scan without an index: every entry at every word, longest first."""
    from models.analysis import _match_at

    ordered = sorted(markers, key=lambda m: -len(m.slots))
    found = []
    for i, token in enumerate(tokens):
        for entry in ordered:
            if token.lower in entry.slots[0] or token.norm in entry.slots[0]:
                end = _match_at(tokens, i, entry.slots)
                if end > 0:
                    found.append((i, end, entry))
    return found


def test_the_indexed_scan_finds_what_trying_every_entry_finds():
    from models import lexicons
    from models.analysis import _indexes, _scan
    from models.normalize import tokenize
    from training.dataset import load_corpus

    harsh, polite = _indexes()
    texts = [r["text"] for r in load_corpus().split("dev")]
    for markers, index in ((lexicons.harsh_markers(), harsh),
                           (lexicons.polite_markers(), polite)):
        for text in texts:
            tokens = tokenize(text)
            # The same matches; at one word, longer entries still come first.
            assert ({(i, e, m) for i, e, m in _scan(tokens, index)}
                    == set(_every_entry_tried(tokens, markers)))
            lengths = [(i, -len(m.slots)) for i, _, m in _scan(tokens, index)]
            assert lengths == sorted(lengths)


def test_stretches_put_side_by_side_read_as_the_same_words_and_hits():
    text = "Selamat pagi Pak. Jangan telepon terus!!! Berkas sudah kami terima."
    cut = text.index(" Jangan"), text.index(" Berkas")
    joined = analyze(text).joined([(0, cut[0]), (cut[1], len(text))])
    fresh = analyze(text[: cut[0]] + text[cut[1] :])
    assert joined.text == fresh.text
    assert joined.tokens == fresh.tokens
    assert joined.hits == fresh.hits
    assert joined.normalized == fresh.normalized
    assert joined.polite == fresh.polite


def test_nothing_new_is_read_across_a_seam():
    text = "Silakan tunggu. Besok petugas datang. Saja ya, Pak."
    cut = text.index(" Besok"), text.index(" Saja")
    joined = analyze(text).joined([(0, cut[0]), (cut[1], len(text))])
    assert not analyze(text).hits
    assert not joined.hits


@pytest.mark.parametrize(("text", "expected"), [
    # "Ibu.", "Kota.", "RT." close sentences as often as they are shortened ...
    ("Terima kasih atas laporan Ibu. Berkas Ibu sudah lengkap.",
     ["Terima kasih atas laporan Ibu.", "Berkas Ibu sudah lengkap."]),
    ("Itu urusan Pemerintah Kota. Silakan ke kelurahan.",
     ["Itu urusan Pemerintah Kota.", "Silakan ke kelurahan."]),
    # ... and are abbreviations before a number; "Jl." and "No." always are
    ("Rumah di RT. 03 Jl. Hayam Wuruk No. 5 sudah dicek.",
     ["Rumah di RT. 03 Jl. Hayam Wuruk No. 5 sudah dicek."]),
])
def test_sentences_end_after_words_that_are_only_sometimes_abbreviated(text, expected):
    from models.analysis import sentences

    assert [text[a:b] for a, b in sentences(text)] == expected


def test_a_list_items_number_belongs_to_its_sentence():
    from models.analysis import sentences

    text = ("Kami sampaikan:\n1. Pengaspalan dijadwalkan Agustus 2026.\n2. Mohon tidak "
            "mengirim surat tiap minggu.\nAntrean dibuka jam 8. 5 orang sudah menunggu.")
    assert [text[a:b] for a, b in sentences(text)] == [
        "Kami sampaikan:", "1. Pengaspalan dijadwalkan Agustus 2026.",
        "2. Mohon tidak mengirim surat tiap minggu.", "Antrean dibuka jam 8.",
        "5 orang sudah menunggu."]


@pytest.mark.parametrize(("text", "expected"), [
    # an emoji before a capital letter ends a chat sentence ...
    ("Sudah kami catat 🙏 Cerewet amat sih.", ["Sudah kami catat 🙏", "Cerewet amat sih."]),
    ("Halo Kak 👋🏻 Ada yang bisa dibantu?", ["Halo Kak 👋🏻", "Ada yang bisa dibantu?"]),
    # ... but not before a small letter
    ("Makasih 🙏 ya Pak, kami cek besok.", ["Makasih 🙏 ya Pak, kami cek besok."]),
])
def test_the_rewriters_reading_ends_a_sentence_at_an_emoji_before_a_capital(text, expected):
    from models.analysis import sentences

    assert [text[a:b] for a, b in sentences(text, emoji_ends=True)] == expected
    # the models were fitted on the plain reading, which goes on past the emoji
    assert len(sentences(text)) == 1


@pytest.mark.parametrize(("text", "blamed"), [
    ("Pak, ini bukan kesalahan Bapak.", False),
    ("Ini bukanlah kelalaian Ibu.", False),
    ("Itu kesalahan Bapak sendiri.", True),
    # a denial that is the phrase itself ("bukan salah kami") is still read
    ("Itu bukan salah kami.", True),
])
def test_blame_denied_by_the_word_before_it_is_no_blame(text, blamed):
    assert any(h.aspect == "menyalahkan" for h in analyze(text).hits) is blamed


def test_a_wrong_address_denied_is_no_dismissal():
    assert not analyze("Bapak tidak salah alamat kok, pengaduan jalan diterima di sini.").hits
    assert any(h.aspect == "mengabaikan" for h in analyze("Laporan ini salah alamat.").hits)


@pytest.mark.parametrize(("text", "ordered"), [
    ("Bapak tidak harus datang sendiri, boleh diwakilkan keluarga.", False),
    ("Ibu nggak perlu datang sendiri ke kantor.", False),
    ("Sampah kayu tidak harus Kakak angkut sendiri.", False),  # (the citizen named between)
    ("Sampah kayu harus Kakak angkut sendiri.", True),
    ("Datang sendiri ke kantor kelurahan!", True),
    ("Bapak harus datang sendiri.", True),
])
def test_an_order_the_citizen_need_not_follow_is_no_order(text, ordered):
    # "tidak harus / tidak perlu <order>" allows, it does not order
    assert any(h.aspect == "memerintah" for h in analyze(text).hits) is ordered


@pytest.mark.parametrize(("text", "dismissed"), [
    ("Perpanjangan SIM bukan wewenang kami, Kak, tetapi Satlantas Polres.", False),
    ("Pengerukan sungai bukan kewenangan kami tp BBWS Pemali Juana.", False),
    ("Itu bukan wewenang kami, silakan tanya yang lain.", True),
    ("Bukan kewenangan kami. Tapi ya sudah kami catat.", True),  # (another sentence)
    ("Bukan urusan kami tapi Dishub.", True),  # curt whatever follows
])
def test_not_our_authority_is_no_dismissal_when_it_names_whose_it_is(text, dismissed):
    hits = [text[h.start:h.end].lower() for h in analyze(text).hits]
    assert any(h.startswith("bukan") for h in hits) is dismissed


def test_a_phrase_is_read_across_a_sentence_end_only_when_it_ends_a_sentence_there():
    # "dengar. Ya ..." is no "dengar ya" (listen!): the phrase would run into the next
    # sentence; "Nggak bisa. Titik." ends where its last word does
    text = "Keluhan itu sudah sering kami dengar. Ya namanya juga TPS, pasti bau."
    assert [text[h.start:h.end] for h in analyze(text).hits] == ["namanya juga"]
    text = "Nggak bisa. Titik."
    assert [text[h.start:h.end] for h in analyze(text).hits] == ["Nggak bisa. Titik"]


@pytest.mark.parametrize(("text", "marked", "unmarked"), [
    # a name after its title, a quoted complaint and an acronym are no shouting ...
    ("Pak BUDI, SAYA SUDAH BILANG JANGAN TELEPON!!", ["saya", "telepon"], ["budi"]),
    ('Warga menulis "PELAYANAN LAMBAN", kami terima masukannya.', [], ["pelayanan"]),
    # ... nor are the values of a form, two lines of "Label: VALUE" or more
    ("Nama Toko: WARUNG MAKAN BU TINI\nJenis Aduan: LAMPU PJU MATI\nStatus: SELESAI",
     [], ["warung", "lampu", "selesai"]),
    # one labelled line is no form: its capitals still shout
    ("Perhatian: KANTOR TUTUP HARI INI.", ["kantor", "ini"], []),
])
def test_the_classifier_sees_shouting_only_where_the_analysis_reads_it(text, marked,
                                                                        unmarked):
    normalized = re.findall(r"\w+", analyze(text).normalized)
    for word in marked:
        assert normalized[normalized.index(word) - 1] == "xxcaps"
    for word in unmarked:
        assert normalized[normalized.index(word) - 1] != "xxcaps"
    if unmarked:  # read with no analysis, every word in capitals is marked
        assert normalize(text).count("xxcaps") > analyze(text).normalized.count("xxcaps")


def test_a_title_in_capitals_over_a_form_is_no_shouting():
    assert _shouted_runs("DATA PENGADUAN\nNama Pelapor: Budi\nStatus: Selesai") == []
    # ... while a shouted line over plain text still shouts
    assert _shouted_runs("KANTOR TUTUP\nSilakan datang besok.") == ["KANTOR TUTUP"]

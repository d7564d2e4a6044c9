import math

import pytest

from models.analysis import analyze
from models.features import (
    FEATURE_NAMES,
    blamed_addressee,
    command_openers,
    rule_feature_matrix,
    sanction_on_condition,
)


@pytest.mark.parametrize(("text", "count"), [
    ("Bayar dulu tunggakannya.", 1),
    ("Ya udah, sana ke bank.", 1),  # after a filler
    ("Pak Budi Tunggu aja.", 1),  # after an address and the name that follows it
    ("@juned.store JANGAN NANYA DI KOLOM KOMENTAR!!", 1),  # after a handle
    ("Ojo nggrundel neng kene. Takon PDAM wae.", 2),  # Javanese
    ("Dtg ke UPT Metrologi, bawa timbangannya.", 1),  # chat spelling, normalised
    ("Mohon bayar sebelum tanggal 20.", 0),  # softened
    ("Silakan datang ke kantor kelurahan.", 0),
    ("Kami bawa berkasnya ke dinas besok.", 0),  # not the opening word
    ("Pak, Tunggu aja.", 1),  # a comma after the title: the capital is not a name
])
def test_command_openers_counts_sentences_that_open_with_a_bare_command(text, count):
    assert command_openers(analyze(text)) == count


@pytest.mark.parametrize(("text", "count"), [
    ("Itu salahnya Kakak sendiri.", 1),  # address word with "sendiri"
    ("Njenengan dhewe sing telat.", 1),  # Javanese
    ("Ibu aja yang nggak dengerin.", 1),  # the citizen as the agent of a failing
    ("Dari awal Bapak yang tidak teliti.", 1),
    ("Harusnya Ibu lapor dari dulu.", 1),  # "harusnya" before the address
    ("Hal itu akibat kelalaian Bapak.", 1),  # a word of fault before it
    ("Bapak yang terhormat, berkas sudah kami terima.", 0),  # "yang" without a failing
    ("Mohon Bapak melengkapi berkas sebelum tanggal 5.", 0),
    ("Terima kasih Ibu, kami cek hari ini.", 0),
])
def test_blamed_addressee_counts_the_citizen_named_as_at_fault(text, count):
    assert blamed_addressee(analyze(text)) == count


@pytest.mark.parametrize(("text", "count"), [
    ("Kalau besok gerobaknya masih di trotoar, kami angkut.", 1),
    ("Pak, lunasi tunggakan sebelum Jumat, atau nama Bapak kami umumkan di balai RW.", 1),
    ("Sekali lagi parkir di situ, motornya kami gembok.", 1),
    ("Apabila tetap dibangun, bangunan tersebut akan kami bongkar. Terima kasih.", 1),
    ("Kalo masih ribut, sy laporin ke Pak RT.", 1),  # chat spelling, "-in"
    # two sentences, each a threat; a sentence counts once however many verbs it holds
    ("Kalau telat lagi, kami coret dan kami blokir. Jika melawan, kami polisikan.", 2),
    ("Kiosnya kami segel sejak 2 Mei karena izinnya habis.", 0),  # told, no condition
    ("Kalau berkas sudah lengkap, langsung kami proses.", 0),  # a service, not a sanction
    ("Jika pembayaran sudah masuk, tagihan Ibu kami hapus dari daftar.", 0),
    ("Kalau lampunya masih mati, petugas kami datang besok pagi.", 0),
    ("Kalau Bapak berkenan, segelnya kami buka hari Senin.", 0),  # "segel" is no verb here
    ("Nek isih ngeyel, tak coret jenengmu.", 1),  # Javanese "tak": "I (will)"
    ("Kalau antre sampai sore, saya tak tahan.", 0),  # ... but "saya tak": "I cannot"
    # the enforcers called in or named as the ones who will act
    ("Kalau sore masih di situ, Satpol PP yg turun tangan.", 1),
    ("Sekali lagi Bapak marah-marah di loket, kami panggil keamanan.", 1),
    ("Kalau masih pasang spanduk di tiang listrik, spanduknya kami copot.", 1),
    # the rule said in the passive, the enforcers' past work, and a way to get help are none
    ("Jika masih berjualan di trotoar, gerobak dapat ditertibkan oleh Satpol PP.", 0),
    ("Satpol PP yang menertibkan lapak itu kemarin.", 0),
    ("Kalau ada keributan di pasar, silakan hubungi satpam.", 0),
    ("Bu, kalau merasa tidak aman, kami panggilkan satpam untuk mendampingi Ibu.", 0),
    ("Kalau terjadi keributan, polisi yang akan mengamankan lokasi.", 0),
])
def test_sanction_on_condition_counts_threats_in_any_punitive_verb(text, count):
    assert sanction_on_condition(analyze(text)) == count


def test_rule_features_have_one_value_per_name():
    matrix = rule_feature_matrix([analyze("Bayar dulu!"), analyze("Terima kasih.")])
    assert matrix.shape == (2, len(FEATURE_NAMES))
    assert matrix[0, FEATURE_NAMES.index("command_openers")] > 0
    assert matrix[1, FEATURE_NAMES.index("command_openers")] == 0


def test_any_lexicon_phrase_counts_whatever_its_aspect():
    shouted, blamed, calm = rule_feature_matrix([
        analyze("Jangan teriak-teriak."),  # a phrase of membentak
        analyze("Salah sendiri telat, makanya baca pengumuman."),  # two of menyalahkan
        analyze("Terima kasih, laporan Ibu sudah kami terima."),
    ])
    at = FEATURE_NAMES.index("lex_any")
    assert shouted[at] > 0
    assert shouted[at] == pytest.approx(shouted[FEATURE_NAMES.index("lex_membentak")])
    # every phrase counts once, in its aspect and in the total
    aspects = [i for i, name in enumerate(FEATURE_NAMES)
               if name.startswith("lex_") and name != "lex_any"]
    assert blamed[at] == pytest.approx(math.log1p(sum(math.expm1(blamed[i]) for i in aspects)))
    assert blamed[at] >= math.log1p(2)
    assert calm[at] == 0

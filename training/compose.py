"""Owns the composed corpus rows: slot-built replies with exact spans, rewrites and kept facts."""

# The phrase pools below are long natural-language strings; wrapping them would hurt reading.
# ruff: noqa: E501

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from models.taxonomy import ASPECTS, DOMAINS, LABEL_HARSH, LABEL_OK, REGISTERS

# ---------------------------------------------------------------------------------------------
# Markup used in the pools below
#   {name}   a slot filled per row (the same slot gives the same value within one row);
#            {Name} is the same value with a capital first letter.
#   [text]   a harsh span with the pool's aspect; [text|aspect] names another aspect.
#   <text>   a literal fact (a document name, a fixed deadline) recorded for `keep`.
# Register codes: f = formal, c = chat (WhatsApp), m = medsos (public social-media reply).
# Domain codes for pool items: "" = any domain, otherwise a comma list of the codes below.
# ---------------------------------------------------------------------------------------------

DOMAIN_CODE: dict[str, str] = {
    "kependudukan": "kep",
    "kesehatan": "kes",
    "air_bersih": "air",
    "jalan_drainase": "jal",
    "kebersihan": "keb",
    "penerangan": "pju",
    "perizinan": "izn",
    "sosial": "sos",
    "pendidikan": "pdk",
    "pasar_umkm": "pas",
    "transportasi_parkir": "trp",
    "lainnya": "lain",
}
_REG_CODE = {"formal": "f", "chat": "c", "medsos": "m"}

# ----------------------------------------------------------------------------- fact values

_MALE: list[tuple[str, str]] = [
    ("Slamet Riyadi", "Slamet"), ("Agus Prasetyo", "Agus"), ("Muhammad Faisal", "Faisal"),
    ("Ahmad Zainuri", "Zainuri"), ("Teguh Wibowo", "Teguh"), ("Budi Santoso", "Budi"),
    ("Hendra Gunawan", "Hendra"), ("Yohanes Setiawan", "Yohanes"), ("Fajar Nugroho", "Fajar"),
    ("Supriyadi", "Supri"), ("Darsono", "Darsono"), ("Sugeng Raharjo", "Sugeng"),
    ("Wahyu Hidayat", "Wahyu"), ("Abdul Rohman", "Rohman"), ("Nur Kholis", "Kholis"),
    ("Imam Syafi'i", "Imam"), ("Hasan Basri", "Hasan"), ("Joko Susilo", "Joko"),
    ("Kevin Halim", "Kevin"), ("Andreas Wijaya", "Andreas"), ("Tri Haryanto", "Tri"),
    ("Bambang Sutejo", "Bambang"), ("Rizky Maulana", "Rizky"), ("Fahmi Alatas", "Fahmi"),
    ("Hendrik Tanoyo", "Hendrik"), ("Ali Baharun", "Ali"), ("Eko Purnomo", "Eko"),
    ("Dimas Aditya", "Dimas"), ("Mujiono", "Mujiono"), ("Taufik Hidayatullah", "Taufik"),
    ("Gunawan Lim", "Gunawan"), ("Umar Assegaf", "Umar"), ("Kusnadi", "Kusnadi"),
    ("Rudi Hermawan", "Rudi"), ("Saiful Anwar", "Saiful"), ("Tan Sutrisno", "Sutrisno"),
]
_FEMALE: list[tuple[str, str]] = [
    ("Siti Khotijah", "Siti"), ("Sri Wahyuni", "Sri"), ("Endang Lestari", "Endang"),
    ("Nur Aini", "Aini"), ("Fatimah Azzahra", "Fatimah"), ("Dewi Anggraini", "Dewi"),
    ("Lina Kurniawati", "Lina"), ("Mei Ling Tanjaya", "Mei"), ("Ratna Sari", "Ratna"),
    ("Yuliana Halim", "Yuli"), ("Wiwik Handayani", "Wiwik"), ("Umi Kulsum", "Umi"),
    ("Aisyah Rahmawati", "Aisyah"), ("Tutik Suryani", "Tutik"), ("Sulastri", "Lastri"),
    ("Rina Marlina", "Rina"), ("Novi Susanti", "Novi"), ("Lilis Setyowati", "Lilis"),
    ("Maria Ulfah", "Ulfah"), ("Indah Permatasari", "Indah"), ("Veronika Santoso", "Vero"),
    ("Khadijah Alaydrus", "Khadijah"), ("Nining Rahayu", "Nining"), ("Puji Astuti", "Puji"),
    ("Elisabeth Widjaja", "Lisa"), ("Laila Fitriani", "Laila"), ("Suminah", "Suminah"),
    ("Anisa Nurjanah", "Anisa"), ("Yanti Kusuma", "Yanti"), ("Sarah Bahasuan", "Sarah"),
]
_USER_SUFFIX = ["_pkl", ".kota", "88", "_batik", "2025", "_id", ".wetan", "_kalong", "99",
                ".jlamprang", "_official", "x", "_03", ".story"]

_KELURAHAN = [
    "Kauman", "Medono", "Podosugih", "Krapyak", "Panjang Wetan", "Panjang Baru", "Kuripan Lor",
    "Kuripan Kidul", "Bendan Kergon", "Pasirsari", "Tirto", "Pringrejo", "Degayu", "Banyurip",
    "Setono", "Sokorejo", "Noyontaansari", "Poncol", "Klego", "Landungsari", "Kandang Panjang",
    "Bandengan", "Padukuhan Kraton", "Kramatsari", "Gamer", "Yosorejo", "Duwet", "Buaran Kradenan",
    "Jenggot", "Kertoharjo", "Baros", "Dekoro",
]
_KECAMATAN = ["Pekalongan Utara", "Pekalongan Selatan", "Pekalongan Barat", "Pekalongan Timur"]
_JALAN = [
    "Jl. Hayam Wuruk", "Jl. Dr. Sutomo", "Jl. Merdeka", "Jl. Sultan Agung", "Jl. Jlamprang",
    "Jl. Urip Sumoharjo", "Jl. Kurinci", "Jl. Progo", "Jl. Kalimantan", "Jl. Sriwijaya",
    "Jl. Kusuma Bangsa", "Jl. Manggis", "Jl. Seruni", "Jl. Teratai Raya", "Jl. Kenanga Indah",
    "Gg. Mawar II", "Gg. Melati 3", "Gg. Kenari 5", "Jl. Pelita II", "Jl. Sampangan",
    "Jl. Wahid Hasyim", "Jl. Gajah Mada", "Jl. Perintis Kemerdekaan", "Jl. Tentara Pelajar",
    "Jl. Kartini", "Jl. Cempaka", "Gg. Nusa Indah", "Jl. Sumatera", "Jl. Patriot",
    "Jl. KH Mansyur", "Jl. Raya Kuripan", "Jl. Dukuh Timur", "Jl. Pantai Sari", "Jl. Bahagia",
    "Jl. Belimbing Raya", "Gg. Delima 4", "Jl. Samudra", "Jl. Kemuning",
]
_JALAN_PROV = ["Jl. Jenderal Sudirman", "Jl. Jenderal Ahmad Yani", "Jl. Raya Pantura",
               "Jl. Dr. Wahidin", "Jl. Raya Pekalongan–Batang", "Jl. Mataram"]
_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"]
_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]
_JAM_LAYANAN = ["08.00–14.00 WIB", "07.30–15.00 WIB", "08.00–12.00 WIB", "07.30–14.30 WIB",
                "08.00–15.30 WIB", "08.00–11.30 WIB", "07.00–13.00 WIB", "08.00 s.d. 14.00 WIB"]
_PUSKESMAS = ["Puskesmas Bendan", "Puskesmas Medono", "Puskesmas Kramatsari", "Puskesmas Klego",
              "Puskesmas Tirto", "Puskesmas Buaran", "Puskesmas Jenggot", "Puskesmas Noyontaan",
              "Puskesmas Sokorejo", "Puskesmas Krapyak Lor", "Puskesmas Dukuh",
              "Puskesmas Tondano", "Puskesmas Pekalongan Selatan", "Puskesmas Kusuma Bangsa"]
_POSYANDU = ["Posyandu Melati 3", "Posyandu Mawar", "Posyandu Dahlia 5", "Posyandu Anggrek",
             "Posyandu Kenanga 2", "Posyandu Flamboyan", "Posyandu Sakura 1", "Posyandu Teratai"]
_SEKOLAH = ["SD Negeri Medono 02", "SD Negeri Kauman 01", "SD Negeri Podosugih 03",
            "SMP Negeri 7 Pekalongan", "SMP Negeri 14 Pekalongan", "SMP Negeri 2 Pekalongan",
            "SD Negeri Krapyak 05", "SD Negeri Tirto 01", "SMP Negeri 11 Pekalongan",
            "SD Negeri Banyurip 02", "TK Negeri Pembina"]
_PASAR = ["Pasar Banjarsari", "Pasar Grogolan", "Pasar Sorogenen", "Pasar Kraton",
          "Pasar Podosugih", "Pasar Bandengan", "Pasar Medono", "Pasar Anyar Kuripan",
          "Pasar Poncol", "Pasar Tirto"]
_BANK = ["Bank BRI", "Kantor Pos", "Bank Mandiri", "Bank BNI", "Bank Jateng"]
_DURASI = ["14 hari kerja", "5 hari kerja", "3 x 24 jam", "7 hari kerja", "10 hari kerja",
           "2 minggu", "3 hari kerja", "30 hari kalender"]
_URLS: dict[str, list[str]] = {
    "kependudukan": ["antrean.pekalongankota.go.id", "dukcapil.pekalongankota.go.id/layanan"],
    "kesehatan": ["dinkes.pekalongankota.go.id", "rsud.pekalongankota.go.id/daftar"],
    "air_bersih": ["pdam.pekalongankota.go.id", "pdam.pekalongankota.go.id/cek-tagihan"],
    "jalan_drainase": ["dpupr.pekalongankota.go.id", "pekalongankota.go.id/pengaduan"],
    "kebersihan": ["dlh.pekalongankota.go.id", "pekalongankota.go.id/pengaduan"],
    "penerangan": ["pju.pekalongankota.go.id", "pekalongankota.go.id/pengaduan"],
    "perizinan": ["oss.go.id", "perizinan.pekalongankota.go.id", "simbg.pu.go.id"],
    "sosial": ["dinsos.pekalongankota.go.id", "pekalongankota.go.id/bansos"],
    "pendidikan": ["spmb.pekalongankota.go.id", "dindik.pekalongankota.go.id"],
    "pasar_umkm": ["umkm.pekalongankota.go.id", "dindagkop.pekalongankota.go.id/bazar"],
    "transportasi_parkir": ["dishub.pekalongankota.go.id", "pekalongankota.go.id/pengaduan"],
    "lainnya": ["ppid.pekalongankota.go.id", "pekalongankota.go.id/pengaduan"],
}
_KANTOR: dict[str, list[str]] = {
    "kependudukan": ["Disdukcapil Kota Pekalongan", "Dinas Kependudukan dan Pencatatan Sipil"],
    "kesehatan": ["Dinas Kesehatan Kota Pekalongan", "Dinkes Kota Pekalongan"],
    "air_bersih": ["Perumda Air Minum Kota Pekalongan", "PDAM Kota Pekalongan"],
    "jalan_drainase": ["DPUPR Kota Pekalongan", "Dinas Pekerjaan Umum dan Penataan Ruang"],
    "kebersihan": ["DLH Kota Pekalongan", "Dinas Lingkungan Hidup Kota Pekalongan"],
    "penerangan": ["UPT PJU Kota Pekalongan", "Dinas Perhubungan Kota Pekalongan"],
    "perizinan": ["DPMPTSP Kota Pekalongan", "Dinas Penanaman Modal dan PTSP"],
    "sosial": ["Dinas Sosial Kota Pekalongan", "Dinsos P2KB Kota Pekalongan"],
    "pendidikan": ["Dinas Pendidikan Kota Pekalongan", "Dindik Kota Pekalongan"],
    "pasar_umkm": ["Dindagkop-UKM Kota Pekalongan", "Dinas Perdagangan, Koperasi, dan UKM"],
    "transportasi_parkir": ["Dishub Kota Pekalongan", "Dinas Perhubungan Kota Pekalongan"],
    "lainnya": ["Pemerintah Kota Pekalongan", "Satpol PP Kota Pekalongan",
                "Diskominfo Kota Pekalongan", "BPBD Kota Pekalongan"],
}

# ----------------------------------------------------------------------------- fact frames
# (id, flag, formal text, casual text). flag "b" marks bad news / refusals: only these rows
# may also draw a polite refusal sentence, so replies stay coherent.

FRAMES: dict[str, list[tuple[str, str, str, str]]] = {
    "kependudukan": [
        ("kep-01", "n",
         "KTP-el atas nama {nama} sudah selesai dicetak dan dapat diambil di loket 2 Disdukcapil mulai {tgl} pada jam layanan {jamlayanan}.",
         "KTP-el nya udah jadi {hon}, bisa diambil di loket 2 Disdukcapil mulai {tgl} jam {jamlayanan}."),
        ("kep-02", "b",
         "Stok blanko KTP-el dari pusat saat ini belum tersedia, sehingga pencetakan diperkirakan baru dapat dilakukan pada {tgl}.",
         "Blanko KTP-el lagi kosong dari pusat {hon}, perkiraan baru bisa cetak {tgl}."),
        ("kep-03", "n",
         "Perubahan data pada Kartu Keluarga memerlukan <surat pengantar RT/RW>, <KK asli>, dan <fotokopi buku nikah>.",
         "Buat ubah data KK perlu bawa <surat pengantar RT/RW>, <KK asli>, sama <fotokopi buku nikah> ya {hon}."),
        ("kep-04", "n",
         "Akta kelahiran dengan nomor registrasi {noreg} telah terbit dan dikirimkan ke alamat surel yang {kamu} daftarkan pada {tgl}.",
         "Akta kelahirannya udah terbit {hon}, no registrasi {noreg}, sudah dikirim ke email tgl {tgl}."),
        ("kep-05", "n",
         "Surat keterangan pindah dapat diajukan secara daring melalui {url} dan diproses paling lama {durasi} setelah berkas dinyatakan lengkap.",
         "Surat pindah bisa diajukan online lewat {url}, prosesnya maks {durasi} kalau berkas lengkap."),
        ("kep-06", "b",
         "NIK {kamu} tercatat nonaktif karena terdeteksi data ganda; perbaikan dapat dilakukan di loket Disdukcapil dengan membawa <KK asli> dan <KTP-el>.",
         "NIK nya nonaktif {hon} karena ada data ganda, bisa dibetulkan di loket Disdukcapil bawa <KK asli> dan <KTP-el>."),
        ("kep-07", "n",
         "Aktivasi Identitas Kependudukan Digital (IKD) dilayani di Mal Pelayanan Publik setiap {hari} pukul {jamlayanan}.",
         "Aktivasi IKD bisa di MPP tiap {hari} jam {jamlayanan} {hon}."),
        ("kep-08", "n",
         "Layanan jemput bola perekaman KTP-el akan dilaksanakan di Kantor Kelurahan {kel} pada {tgl} pukul {jam}.",
         "Ada jemput bola rekam KTP-el di Kelurahan {kel} tgl {tgl} jam {jam}."),
        ("kep-09", "b",
         "Kuota antrean daring untuk {tgl} sudah terpenuhi; pendaftaran antrean berikutnya dibuka {tgl2} pukul {jam} melalui {url}.",
         "Antrean online buat {tgl} udah penuh {hon}, yang berikutnya dibuka {tgl2} jam {jam} di {url}."),
        ("kep-10", "n",
         "Sesuai {perwal}, seluruh layanan dokumen kependudukan tidak dipungut biaya.",
         "Sesuai {perwal}, semua layanan adminduk gratis ya {hon}, tidak ada biaya."),
        ("kep-11", "n",
         "Untuk penerbitan akta kematian, mohon melampirkan <surat keterangan kematian dari kelurahan> dan <KK almarhum>.",
         "Buat akta kematian lampirkan <surat keterangan kematian dari kelurahan> sama <KK almarhum> ya."),
        ("kep-12", "n",
         "Penggantian KTP-el yang rusak cukup dengan membawa KTP-el lama ke loket; surat kehilangan dari kepolisian tidak diperlukan.",
         "Ganti KTP-el rusak cukup bawa KTP-el lamanya aja {hon}, nggak perlu surat kehilangan."),
        ("kep-13", "n",
         "Berkas {kamu} saat ini ditangani oleh {petugas} dan sedang dalam tahap verifikasi dengan nomor tiket {tiket}.",
         "Berkasnya lagi diverifikasi sama {petugas}, no tiket {tiket}."),
        ("kep-14", "n",
         "Perekaman KTP-el bagi warga yang genap berusia 17 tahun dapat dilakukan di Kantor Kecamatan {kec} setiap hari kerja pukul {jamlayanan}.",
         "Rekam KTP-el buat yang baru 17 tahun bisa di Kecamatan {kec}, hari kerja jam {jamlayanan}."),
    ],
    "kesehatan": [
        ("kes-01", "n",
         "Poli umum {pkm} melayani pasien hari Senin sampai Sabtu pukul {jamlayanan}, sedangkan layanan gawat darurat buka 24 jam.",
         "Poli umum {pkm} buka Senin–Sabtu jam {jamlayanan} {hon}, UGD 24 jam."),
        ("kes-02", "b",
         "Kepesertaan BPJS Kesehatan PBI {kamu} tercatat nonaktif sejak {bulan}; pengaktifan kembali dapat diajukan ke Dinas Sosial dengan membawa <surat keterangan tidak mampu> dari kelurahan.",
         "BPJS PBI nya nonaktif sejak {bulan} {hon}, bisa diaktifkan lagi lewat Dinsos bawa <surat keterangan tidak mampu> dari kelurahan."),
        ("kes-03", "n",
         "Pengasapan (fogging) hanya dilakukan apabila terdapat kasus DBD terkonfirmasi; untuk wilayah {rtrw} Kelurahan {kel} telah dijadwalkan pemberantasan sarang nyamuk pada {tgl}.",
         "Fogging cuma dilakukan kalau ada kasus DBD terkonfirmasi {hon}, buat {rtrw} {kel} dijadwalkan PSN tgl {tgl}."),
        ("kes-04", "n",
         "Imunisasi dasar untuk balita di {posyandu} dilaksanakan pada {tgl} pukul {jam} dengan membawa <buku KIA>.",
         "Imunisasi di {posyandu} tgl {tgl} jam {jam}, jangan lupa bawa <buku KIA> ya."),
        ("kes-05", "n",
         "Pendaftaran poli spesialis RSUD Bendan kini dilakukan secara daring H-1 dengan kuota {jumlah} pasien per hari.",
         "Daftar poli spesialis RSUD Bendan sekarang online H-1 {hon}, kuotanya {jumlah} pasien sehari."),
        ("kes-06", "n",
         "Surat rujukan dari {pkm} berlaku selama <90 hari> sejak diterbitkan pada {tgl}.",
         "Rujukan dari {pkm} berlaku <90 hari> dari tgl {tgl}."),
        ("kes-07", "b",
         "Stok obat yang {kamu} tanyakan sedang kosong di {pkm}; pengiriman dari Instalasi Farmasi dijadwalkan {tgl}.",
         "Obatnya lagi kosong di {pkm} {hon}, kiriman dari gudang farmasi dijadwalkan {tgl}."),
        ("kes-08", "n",
         "Layanan ambulans gratis Pemerintah Kota Pekalongan dapat dihubungi melalui nomor {telp} selama 24 jam.",
         "Ambulans gratis bisa ditelepon ke {telp}, 24 jam {hon}."),
        ("kes-09", "n",
         "Keluhan terhadap petugas jaga pada {tgl} pukul {jam} telah kami teruskan kepada Kepala {pkm} untuk dievaluasi.",
         "Keluhan soal petugas jaga tgl {tgl} jam {jam} sudah kami sampaikan ke Kepala {pkm}."),
        ("kes-10", "n",
         "Berdasarkan {perwal}, tarif pemeriksaan umum bagi pasien non-BPJS di puskesmas sebesar {rp_kecil}.",
         "Sesuai {perwal}, periksa umum tanpa BPJS di puskesmas {rp_kecil} {hon}."),
        ("kes-11", "n",
         "Surat keterangan sehat dapat dibuat di {pkm} dengan biaya {rp} dan membawa <KTP-el>.",
         "Surat sehat bisa di {pkm}, biayanya {rp}, bawa <KTP-el> ya."),
        ("kes-12", "n",
         "Pemberian makanan tambahan bagi balita di Kelurahan {kel} disalurkan melalui {posyandu} setiap {hari} pada minggu kedua.",
         "PMT balita di {kel} dibagikan lewat {posyandu} tiap {hari} minggu kedua."),
        ("kes-13", "n",
         "Laporan genangan dan jentik nyamuk di {jalan} {rtrw} telah diteruskan ke {pkm} dengan nomor aduan {tiket}.",
         "Laporan jentik di {jalan} {rtrw} udah diterusin ke {pkm}, no aduan {tiket}."),
    ],
    "air_bersih": [
        ("air-01", "b",
         "Gangguan aliran air di wilayah Kelurahan {kel} disebabkan perbaikan pipa transmisi di {jalan}; aliran diperkirakan normal kembali pada {tgl} pukul {jam}.",
         "Air mati di {kel} karena ada perbaikan pipa di {jalan} {hon}, perkiraan normal lagi {tgl} jam {jam}."),
        ("air-02", "n",
         "Tagihan nomor pelanggan {pelanggan} untuk bulan {bulan} sebesar {rp}, sesuai pencatatan meter sebanyak {jumlah} m³.",
         "Tagihan no pelanggan {pelanggan} bulan {bulan} {rp}, pemakaiannya {jumlah} m³."),
        ("air-03", "n",
         "Penggantian meter air yang rusak dijadwalkan pada {tgl}, dan petugas kami, {petugas}, akan datang ke lokasi.",
         "Ganti meter air dijadwalkan {tgl} {hon}, nanti {petugas} yang datang."),
        ("air-04", "b",
         "Keterlambatan pembayaran rekening dikenakan denda sebesar {rp_kecil} sesuai {perwal}.",
         "Telat bayar kena denda {rp_kecil} sesuai {perwal}."),
        ("air-05", "n",
         "Permohonan sambungan baru memerlukan <fotokopi KTP-el>, <denah lokasi>, dan biaya pendaftaran sebesar {rp}.",
         "Pasang baru perlu <fotokopi KTP-el>, <denah lokasi>, sama biaya daftar {rp}."),
        ("air-06", "n",
         "Air keruh di Kelurahan {kel} disebabkan pengurasan reservoir; hasil uji laboratorium sampel tanggal {tgl} masih memenuhi baku mutu.",
         "Air keruh di {kel} karena reservoir lagi dikuras {hon}, hasil uji lab tgl {tgl} masih aman."),
        ("air-07", "n",
         "Bantuan air bersih dengan mobil tangki akan dikirim ke {rtrw} Kelurahan {kel} pada {tgl} pukul {jam}.",
         "Mobil tangki air dikirim ke {rtrw} {kel} tgl {tgl} sekitar jam {jam}."),
        ("air-08", "b",
         "Sambungan nomor pelanggan {pelanggan} ditutup sementara karena tunggakan {nbulan} bulan; penyambungan kembali dilakukan setelah pelunasan sebesar {rp}.",
         "Sambungan {pelanggan} ditutup sementara karena nunggak {nbulan} bulan, bisa nyambung lagi setelah lunas {rp}."),
        ("air-09", "n",
         "Kebocoran pipa di depan {jalan} sudah masuk daftar perbaikan dengan nomor tiket {tiket}.",
         "Pipa bocor di {jalan} udah masuk daftar perbaikan, tiket {tiket}."),
        ("air-10", "b",
         "Tekanan air di ujung jaringan seperti Kelurahan {kel} memang menurun pada jam puncak pukul {jam}–{jam2}.",
         "Air di {kel} memang kecil pas jam puncak {jam}–{jam2} {hon}, karena di ujung jaringan."),
        ("air-11", "n",
         "Pembayaran rekening dapat dilakukan di loket kantor, minimarket, atau aplikasi perbankan paling lambat <tanggal 20> setiap bulan.",
         "Bayar rekening bisa di loket, minimarket, atau m-banking, paling lambat <tanggal 20> tiap bulan."),
        ("air-12", "n",
         "Balik nama pelanggan dilayani di kantor pelayanan {jalan} dengan membawa <rekening bulan terakhir> dan <KTP-el pemilik baru>.",
         "Balik nama bisa di kantor {jalan}, bawa <rekening bulan terakhir> dan <KTP-el pemilik baru>."),
        ("air-13", "n",
         "Pengaduan gangguan 24 jam dapat disampaikan ke call center {telp} atau WhatsApp {wa}.",
         "Kalau ada gangguan bisa hubungi call center {telp} atau WA {wa}, 24 jam."),
    ],
    "jalan_drainase": [
        ("jal-01", "n",
         "Jalan berlubang di {jalan} Kelurahan {kel} telah kami survei pada {tgl} dan masuk jadwal penambalan pekan depan.",
         "Jalan berlubang di {jalan} {kel} udah disurvei tgl {tgl}, masuk jadwal tambal minggu depan."),
        ("jal-02", "b",
         "Perbaikan menyeluruh ruas {jalan} diusulkan dalam anggaran tahun {tahun} karena anggaran pemeliharaan tahun berjalan telah terserap.",
         "Perbaikan total {jalan} diusulkan di anggaran {tahun} {hon}, anggaran tahun ini udah habis."),
        ("jal-03", "n",
         "Normalisasi saluran di {rtrw} Kelurahan {kel} dijadwalkan pada {tgl} menggunakan alat berat.",
         "Normalisasi saluran di {rtrw} {kel} dijadwalkan {tgl} pakai alat berat."),
        ("jal-04", "n",
         "Genangan rob di Kelurahan {kel} dipengaruhi pasang air laut; pompa di rumah pompa terdekat dioperasikan mulai pukul {jam}.",
         "Genangan di {kel} karena rob {hon}, pompa sudah jalan dari jam {jam}."),
        ("jal-05", "b",
         "Ruas {jalan_prov} merupakan jalan provinsi, sehingga laporan {kamu} kami teruskan ke Balai Pengelolaan Jalan Provinsi melalui surat nomor {nosurat}.",
         "{jalan_prov} itu jalan provinsi {hon}, laporannya sudah kami terusin ke Balai Jalan Provinsi, surat no {nosurat}."),
        ("jal-06", "b",
         "Pembangunan gorong-gorong di {jalan} masih menunggu hasil musrenbang Kelurahan {kel} tahun {tahun}.",
         "Gorong-gorong di {jalan} nunggu hasil musrenbang {kel} tahun {tahun}."),
        ("jal-07", "n",
         "Trotoar yang rusak di {jalan} akan diperbaiki bersamaan dengan proyek pedestrian yang dimulai {tgl}.",
         "Trotoar rusak di {jalan} dibenerin bareng proyek pedestrian mulai {tgl}."),
        ("jal-08", "n",
         "Jembatan penghubung di Kelurahan {kel} ditutup sementara mulai {tgl} untuk perbaikan; jalur alternatif melalui {jalan}.",
         "Jembatan di {kel} ditutup mulai {tgl} buat perbaikan, lewat {jalan} dulu ya {hon}."),
        ("jal-09", "n",
         "Galian kabel di {jalan} dikerjakan oleh pihak ketiga; kami telah meminta pengembalian kondisi jalan paling lambat {tgl}.",
         "Galian kabel di {jalan} itu kerjaan pihak ketiga {hon}, sudah kami minta dirapikan maks {tgl}."),
        ("jal-10", "n",
         "Tanggul di sisi sungai wilayah {kel} yang rembes telah ditangani sementara dengan karung pasir pada {tgl}.",
         "Tanggul rembes di {kel} sudah ditangani sementara pakai karung pasir tgl {tgl}."),
        ("jal-11", "b",
         "Sesuai {perda}, bangunan di atas saluran tidak diperkenankan karena menghambat aliran air.",
         "Sesuai {perda}, bangunan di atas saluran memang tidak boleh karena bikin aliran mampet."),
        ("jal-12", "n",
         "Peralatan kerja bakti dapat dipinjam di kantor UPT Drainase dengan surat permohonan dari ketua {rtrw}.",
         "Alat kerja bakti bisa dipinjam di UPT Drainase pakai surat dari ketua {rtrw}."),
        ("jal-13", "n",
         "Aduan nomor {tiket} tentang saluran tersumbat di {jalan} sedang ditindaklanjuti oleh tim UPT Drainase.",
         "Aduan {tiket} soal saluran mampet di {jalan} lagi ditangani tim UPT Drainase."),
    ],
    "kebersihan": [
        ("keb-01", "b",
         "Sampah di TPS Kelurahan {kel} belum terangkut karena armada sedang dalam perbaikan; pengangkutan dilanjutkan {tgl} pukul {jam}.",
         "Sampah di TPS {kel} belum keangkut karena truknya lagi rusak {hon}, diangkut lagi {tgl} jam {jam}."),
        ("keb-02", "n",
         "Jadwal pengangkutan sampah di {rtrw} Kelurahan {kel} adalah setiap {hari} pagi mulai pukul {jam}.",
         "Jadwal angkut sampah di {rtrw} {kel} tiap {hari} pagi jam {jam}."),
        ("keb-03", "n",
         "Retribusi pelayanan persampahan rumah tangga sesuai {perda} sebesar {rp_kecil} per bulan.",
         "Retribusi sampah rumah tangga {rp_kecil} per bulan, sesuai {perda}."),
        ("keb-04", "n",
         "Mulai {tgl}, sampah yang masuk TPA Degayu wajib dipilah terlebih dahulu dari sumbernya.",
         "Mulai {tgl} sampah ke TPA Degayu harus sudah dipilah {hon}."),
        ("keb-05", "n",
         "Pembakaran sampah secara terbuka dilarang sesuai {perda}; laporan {kamu} telah kami teruskan kepada Satpol PP.",
         "Bakar sampah memang dilarang sesuai {perda}, laporannya sudah kami teruskan ke Satpol PP."),
        ("keb-06", "n",
         "Bank sampah di Kelurahan {kel} menerima setoran sampah terpilah setiap {hari} pukul {jamlayanan}.",
         "Bank sampah {kel} buka tiap {hari} jam {jamlayanan}, bisa setor sampah terpilah."),
        ("keb-07", "n",
         "Pohon tumbang di {jalan} telah dipotong dan dibersihkan petugas pada {tgl} pukul {jam}.",
         "Pohon tumbang di {jalan} sudah dipotong petugas tgl {tgl} jam {jam}."),
        ("keb-08", "n",
         "Tumpukan sampah liar di {jalan} akan dibersihkan pada {tgl} dan akan dipasang papan larangan membuang sampah.",
         "Sampah liar di {jalan} dibersihkan {tgl}, nanti dipasang papan larangan juga."),
        ("keb-09", "n",
         "Pengajuan kontainer sampah baru untuk {rtrw} memerlukan <surat permohonan dari Kelurahan {kel}>.",
         "Minta kontainer baru buat {rtrw} perlu <surat permohonan dari Kelurahan {kel}> ya."),
        ("keb-10", "n",
         "Pembersihan eceng gondok di aliran sungai wilayah {kel} dijadwalkan pada {tgl} bersama relawan.",
         "Eceng gondok di sungai wilayah {kel} dibersihkan {tgl} bareng relawan."),
        ("keb-11", "n",
         "Petugas pengangkut sampah atas nama {ttd} telah kami tegur terkait sampah yang tercecer saat pengangkutan pada {tgl}.",
         "Petugas angkut sampah, {ttd}, sudah kami tegur soal sampah yang tercecer tgl {tgl}."),
        ("keb-12", "b",
         "Pembuangan sampah ke TPS hanya diperbolehkan pukul {jam}–{jam2} sesuai {perwal}.",
         "Buang sampah ke TPS cuma boleh jam {jam}–{jam2} sesuai {perwal}."),
        ("keb-13", "n",
         "Laporan {kamu} tentang bau dari TPS {jalan} tercatat dengan nomor {tiket} dan telah diteruskan ke UPT Persampahan.",
         "Laporan bau TPS {jalan} sudah tercatat, no {tiket}, diteruskan ke UPT Persampahan."),
    ],
    "penerangan": [
        ("pju-01", "n",
         "Lampu PJU di {jalan} Kelurahan {kel} dengan nomor tiang {tiang} telah masuk daftar perbaikan yang dijadwalkan pada {tgl}.",
         "PJU di {jalan} {kel} tiang {tiang} sudah masuk daftar perbaikan, jadwalnya {tgl}."),
        ("pju-02", "b",
         "Penggantian lampu masih menunggu material LED yang dijadwalkan tiba pada {tgl}.",
         "Ganti lampunya nunggu material LED datang, perkiraan {tgl}."),
        ("pju-03", "b",
         "Usulan titik PJU baru di {rtrw} disampaikan melalui musrenbang kelurahan untuk dianggarkan pada tahun {tahun}.",
         "Usulan PJU baru di {rtrw} lewat musrenbang kelurahan ya {hon}, dianggarkan tahun {tahun}."),
        ("pju-04", "b",
         "Gangguan listrik di rumah tinggal merupakan kewenangan PLN; {kamu} dapat menghubungi <PLN 123>.",
         "Kalau listrik rumah padam itu ranahnya PLN {hon}, bisa hubungi <PLN 123>."),
        ("pju-05", "n",
         "Kabel PJU yang menjuntai di {jalan} telah dirapikan oleh tim UPT PJU pada {tgl}.",
         "Kabel PJU yang menjuntai di {jalan} sudah dirapikan tim tgl {tgl}."),
        ("pju-06", "n",
         "Lampu yang tetap menyala pada siang hari disebabkan sensor cahaya yang rusak; penggantian sensor dijadwalkan {tgl}.",
         "Lampu nyala siang karena sensornya rusak {hon}, diganti {tgl}."),
        ("pju-07", "n",
         "Tiang PJU nomor {tiang} yang miring di {jalan} akan ditegakkan kembali dengan bantuan truk crane pada {tgl}.",
         "Tiang {tiang} yang miring di {jalan} ditegakkan lagi tgl {tgl} pakai crane."),
        ("pju-08", "n",
         "Lampu taman di {jalan} dikelola oleh DPUPR; laporan {kamu} telah kami teruskan dengan nomor {tiket}.",
         "Lampu taman di {jalan} dipegang DPUPR {hon}, sudah kami terusin, no {tiket}."),
        ("pju-09", "n",
         "Perbaikan PJU dilakukan pada malam hari; tim kami dijadwalkan melakukan survei pada {tgl} sekitar pukul {jam}.",
         "Tim survei PJU datang malam {tgl} sekitar jam {jam}."),
        ("pju-10", "n",
         "Laporan PJU padam dapat dikirim ke WhatsApp UPT PJU {wa} dengan menyertakan foto dan titik lokasi.",
         "Lapor PJU mati bisa ke WA UPT PJU {wa}, kirim foto sama titik lokasinya."),
        ("pju-11", "b",
         "Lampu yang dipasang secara swadaya oleh warga tidak tercatat sebagai aset Pemerintah Kota, sehingga pemeliharaannya menjadi tanggung jawab pengurus {rtrw}.",
         "Lampu swadaya warga bukan aset Pemkot {hon}, jadi perawatannya oleh pengurus {rtrw}."),
        ("pju-12", "b",
         "Tahun ini terdapat {jumlah} titik PJU rusak di Kecamatan {kec} yang diperbaiki secara bertahap sesuai urutan laporan.",
         "Tahun ini ada {jumlah} titik PJU rusak di Kec. {kec}, dibenerin bertahap sesuai urutan laporan."),
        ("pju-13", "n",
         "Aduan PJU padam di {jalan} tercatat dengan nomor {tiket} dan telah diteruskan ke tim lapangan pada {tgl}.",
         "Aduan PJU mati di {jalan} no {tiket}, sudah diterusin ke tim lapangan tgl {tgl}."),
    ],
    "perizinan": [
        ("izn-01", "n",
         "NIB diterbitkan melalui sistem OSS; pendampingan pengisian tersedia di Mal Pelayanan Publik lantai 2 setiap {hari} pukul {jamlayanan}.",
         "NIB terbitnya lewat OSS {hon}, ada pendampingan di MPP lt. 2 tiap {hari} jam {jamlayanan}."),
        ("izn-02", "n",
         "Permohonan PBG {kamu} dengan nomor registrasi {noreg} sedang dalam tahap penilaian teknis dengan jangka waktu paling lama {durasi}.",
         "PBG nya no reg {noreg} lagi penilaian teknis {hon}, maksimal {durasi}."),
        ("izn-03", "n",
         "Retribusi PBG dihitung berdasarkan {perda}; untuk permohonan {kamu} besarnya {rp_besar}.",
         "Retribusi PBG dihitung sesuai {perda}, punya {kamu} {rp_besar}."),
        ("izn-04", "b",
         "Berkas permohonan belum lengkap karena <gambar teknis bangunan> dan <bukti kepemilikan tanah> belum diunggah.",
         "Berkasnya belum lengkap {hon}, <gambar teknis bangunan> sama <bukti kepemilikan tanah> belum diupload."),
        ("izn-05", "b",
         "Izin reklame di {jalan} tidak dapat diterbitkan karena titik tersebut termasuk zona larangan sesuai {perwal}.",
         "Reklame di {jalan} nggak bisa diizinkan karena masuk zona larangan di {perwal}."),
        ("izn-06", "n",
         "Sertifikat Laik Fungsi (SLF) untuk bangunan {kamu} dapat diterbitkan setelah pemeriksaan lapangan pada {tgl}.",
         "SLF nya bisa terbit setelah cek lapangan tgl {tgl} {hon}."),
        ("izn-07", "n",
         "Status permohonan dapat dipantau melalui {url} dengan memasukkan nomor registrasi {noreg}.",
         "Status permohonan bisa dicek di {url} pakai no reg {noreg}."),
        ("izn-08", "n",
         "Penerbitan NIB bagi usaha mikro dan kecil tidak dipungut biaya apa pun.",
         "Bikin NIB buat usaha mikro gratis ya {hon}, nggak ada biaya."),
        ("izn-09", "n",
         "Dokumen izin yang telah terbit dapat diunduh mandiri di {url} atau diambil di loket {loket} dengan membawa <bukti registrasi>.",
         "Dokumen izinnya bisa diunduh di {url} atau ambil di loket {loket} bawa <bukti registrasi>."),
        ("izn-10", "n",
         "Konsultasi perizinan tatap muka dilayani setiap {hari} pukul {jamlayanan}, atau melalui WhatsApp {wa}.",
         "Konsultasi izin bisa datang tiap {hari} jam {jamlayanan} atau WA {wa}."),
        ("izn-11", "b",
         "Lokasi usaha di Kelurahan {kel} berada pada zona perumahan dalam RTRW, sehingga izin gudang belum dapat diproses.",
         "Lokasi usaha di {kel} masuk zona perumahan di RTRW {hon}, jadi izin gudangnya belum bisa diproses."),
        ("izn-12", "b",
         "Sesuai SOP pelayanan, permohonan yang tidak dilengkapi dalam {durasi} sejak pemberitahuan akan dikembalikan kepada pemohon.",
         "Sesuai SOP, kalau nggak dilengkapi dalam {durasi} permohonannya dikembalikan {hon}."),
        ("izn-13", "n",
         "Permohonan izin usaha {kamu} telah disetujui dan ditandatangani secara elektronik pada {tgl}.",
         "Izin usahanya sudah disetujui dan di-TTE tgl {tgl} {hon}."),
    ],
    "sosial": [
        ("sos-01", "b",
         "Nama {kamu} belum terdaftar dalam DTKS; pengusulan dilakukan melalui musyawarah Kelurahan {kel} dan hasilnya dapat dicek kembali pada {bulan}.",
         "Nama {kamu} belum ada di DTKS {hon}, pengusulan lewat musyawarah kelurahan {kel}, bisa dicek lagi {bulan}."),
        ("sos-02", "n",
         "Pencairan bantuan PKH tahap berikutnya dijadwalkan pada {tgl} melalui {bank}.",
         "PKH tahap berikutnya cair {tgl} lewat {bank}."),
        ("sos-03", "b",
         "Kuota penerima BPNT untuk Kelurahan {kel} ditetapkan oleh Kementerian Sosial dan saat ini telah terpenuhi.",
         "Kuota BPNT {kel} ditetapkan Kemensos dan sekarang sudah penuh {hon}."),
        ("sos-04", "n",
         "SKTM diterbitkan oleh kelurahan setelah verifikasi petugas; mohon membawa <Kartu Keluarga> dan <surat pengantar RT/RW>.",
         "SKTM dibuat di kelurahan setelah diverifikasi, bawa <Kartu Keluarga> sama <surat pengantar RT/RW> ya."),
        ("sos-05", "b",
         "Berdasarkan hasil verifikasi lapangan pada {tgl}, rumah tangga {kamu} belum memenuhi kriteria penerima bantuan tahun ini.",
         "Hasil verifikasi lapangan tgl {tgl}, keluarga {kamu} belum masuk kriteria penerima tahun ini {hon}."),
        ("sos-06", "n",
         "Status bantuan dapat dicek secara mandiri di <cekbansos.kemensos.go.id> menggunakan NIK dan nama sesuai KTP-el.",
         "Status bansos bisa dicek sendiri di <cekbansos.kemensos.go.id> pakai NIK sama nama sesuai KTP-el."),
        ("sos-07", "n",
         "Permohonan alat bantu bagi penyandang disabilitas diajukan melalui pendamping sosial dengan melampirkan <surat keterangan dokter>.",
         "Alat bantu disabilitas diajukan lewat pendamping sosial, lampirkan <surat keterangan dokter>."),
        ("sos-08", "n",
         "Pendamping PKH wilayah Kelurahan {kel}, {petugas}, dapat dihubungi melalui {wa} pada jam kerja.",
         "Pendamping PKH {kel} itu {petugas}, bisa di-WA ke {wa} jam kerja."),
        ("sos-09", "b",
         "Program bedah rumah (RTLH) tahun ini sudah ditetapkan penerimanya; usulan {kamu} kami catat untuk tahun {tahun}.",
         "Bedah rumah tahun ini penerimanya udah ditetapkan {hon}, usulannya kami catat buat {tahun}."),
        ("sos-10", "n",
         "Laporan mengenai warga telantar di {jalan} telah ditindaklanjuti oleh tim reaksi cepat Dinas Sosial pada {tgl} pukul {jam}.",
         "Warga telantar di {jalan} sudah dijemput tim Dinsos tgl {tgl} jam {jam}."),
        ("sos-11", "n",
         "Sanggahan atas data penerima bantuan dapat disampaikan ke kantor kelurahan paling lambat {tgl}.",
         "Kalau mau sanggah data penerima bisa ke kelurahan, paling lambat {tgl}."),
        ("sos-12", "b",
         "Sesuai {perwal}, bantuan sosial tidak dapat diberikan kepada keluarga yang salah satu anggotanya berstatus ASN.",
         "Sesuai {perwal}, bansos memang nggak bisa buat keluarga yang ada anggotanya ASN {hon}."),
        ("sos-13", "b",
         "Pencairan BPNT {kamu} tertunda karena NIK belum padan dengan data Disdukcapil; perbaikan data dapat dilakukan di Kelurahan {kel}.",
         "BPNT nya tertunda karena NIK belum padan {hon}, perbaikan data bisa di Kelurahan {kel}."),
    ],
    "pendidikan": [
        ("pdk-01", "b",
         "Penerimaan murid baru jalur domisili ditentukan berdasarkan jarak tempat tinggal ke sekolah sesuai {perwal}.",
         "Jalur domisili dihitung dari jarak rumah ke sekolah {hon}, sesuai {perwal}."),
        ("pdk-02", "n",
         "Hasil seleksi SPMB {sekolah} diumumkan pada {tgl} pukul {jam} melalui {url}.",
         "Pengumuman SPMB {sekolah} tgl {tgl} jam {jam} di {url}."),
        ("pdk-03", "n",
         "Sekolah negeri tidak diperkenankan mewajibkan pembelian seragam; laporan {kamu} telah kami teruskan kepada pengawas {sekolah}.",
         "Sekolah negeri nggak boleh mewajibkan beli seragam {hon}, laporannya sudah kami teruskan ke pengawas {sekolah}."),
        ("pdk-04", "n",
         "Dana PIP untuk siswa {sekolah} dapat dicairkan di {bank} mulai {tgl} dengan membawa <buku tabungan> dan <kartu pelajar>.",
         "PIP siswa {sekolah} bisa dicairkan di {bank} mulai {tgl}, bawa <buku tabungan> sama <kartu pelajar>."),
        ("pdk-05", "n",
         "Sekolah tidak dibenarkan menahan ijazah karena tunggakan biaya; kami telah menghubungi kepala {sekolah} pada {tgl}.",
         "Ijazah nggak boleh ditahan karena tunggakan {hon}, kami sudah hubungi kepala {sekolah} tgl {tgl}."),
        ("pdk-06", "b",
         "Kuota jalur afirmasi {sekolah} sebanyak {jumlah} kursi telah terisi seluruhnya.",
         "Kuota afirmasi {sekolah} {jumlah} kursi sudah penuh {hon}."),
        ("pdk-07", "n",
         "Mutasi siswa antarsekolah memerlukan <surat keterangan pindah dari sekolah asal> dan <rapor terakhir>.",
         "Pindah sekolah perlu <surat keterangan pindah dari sekolah asal> sama <rapor terakhir>."),
        ("pdk-08", "b",
         "Atap ruang kelas {sekolah} yang bocor telah masuk rencana rehabilitasi tahun anggaran {tahun}.",
         "Atap kelas {sekolah} yang bocor masuk rencana rehab tahun {tahun}."),
        ("pdk-09", "n",
         "Pendaftaran beasiswa prestasi Pemerintah Kota Pekalongan ditutup pada {tgl} pukul {jam}.",
         "Daftar beasiswa prestasi Pemkot tutup {tgl} jam {jam}."),
        ("pdk-10", "n",
         "Pengaduan terkait perilaku guru ditangani oleh pengawas sekolah; pemeriksaan di {sekolah} dijadwalkan pada {tgl}.",
         "Aduan soal guru ditangani pengawas {hon}, pemeriksaan di {sekolah} tgl {tgl}."),
        ("pdk-11", "n",
         "Helpdesk SPMB dibuka di kantor Dinas Pendidikan setiap {hari} pukul {jamlayanan} dan melalui WhatsApp {wa}.",
         "Helpdesk SPMB buka di Dindik tiap {hari} jam {jamlayanan}, atau WA {wa}."),
        ("pdk-12", "n",
         "Bantuan seragam gratis bagi siswa baru dari keluarga DTKS dibagikan melalui sekolah mulai {tgl}.",
         "Seragam gratis buat siswa baru dari keluarga DTKS dibagikan di sekolah mulai {tgl}."),
        ("pdk-13", "n",
         "Verifikasi berkas SPMB dengan nomor pendaftaran {noreg} dilakukan di {sekolah} pada {tgl}.",
         "Verifikasi berkas SPMB no daftar {noreg} di {sekolah} tgl {tgl}."),
    ],
    "pasar_umkm": [
        ("pas-01", "n",
         "Retribusi kios di {pasar} sebesar {rp} per bulan sesuai {perda}.",
         "Retribusi kios {pasar} {rp} sebulan, sesuai {perda}."),
        ("pas-02", "b",
         "Relokasi pedagang kaki lima dari {jalan} ke {pasar} dilaksanakan mulai {tgl}.",
         "PKL di {jalan} dipindah ke {pasar} mulai {tgl} {hon}."),
        ("pas-03", "n",
         "Perbaikan atap los di {pasar} dijadwalkan pada {tgl} dan diperkirakan selesai dalam {durasi}.",
         "Atap los {pasar} diperbaiki mulai {tgl}, kira-kira {durasi}."),
        ("pas-04", "n",
         "Pendaftaran pelatihan pemasaran digital bagi pelaku UMKM ditutup pada {tgl} dengan kuota {jumlah} peserta.",
         "Daftar pelatihan pemasaran digital UMKM tutup {tgl}, kuotanya {jumlah} orang."),
        ("pas-05", "b",
         "Kuota fasilitasi sertifikasi halal gratis tahun ini telah terpenuhi; pendaftaran tahap berikutnya dibuka pada {bulan}.",
         "Kuota sertifikat halal gratis tahun ini sudah penuh {hon}, tahap berikutnya dibuka {bulan}."),
        ("pas-06", "n",
         "Penempatan kios kosong di {pasar} dilakukan melalui undian terbuka pada {tgl} pukul {jam}.",
         "Kios kosong di {pasar} diundi terbuka tgl {tgl} jam {jam}."),
        ("pas-07", "n",
         "Kebersihan {pasar} dilakukan setiap hari pukul {jam}, dan kami telah menambah dua petugas kebersihan.",
         "Kebersihan {pasar} tiap hari jam {jam}, petugasnya sudah kami tambah dua orang."),
        ("pas-08", "n",
         "Tera ulang timbangan pedagang di {pasar} dilaksanakan pada {tgl} tanpa dipungut biaya.",
         "Tera ulang timbangan di {pasar} tgl {tgl}, gratis {hon}."),
        ("pas-09", "n",
         "Pelaku usaha mikro dapat mengurus NIB dengan pendampingan di Klinik UMKM {jalan} setiap {hari}.",
         "Buat NIB UMKM bisa didampingi di Klinik UMKM {jalan} tiap {hari}."),
        ("pas-10", "n",
         "Sesuai {perwal}, jam operasional {pasar} adalah pukul {jamlayanan}.",
         "Jam buka {pasar} sesuai {perwal} itu {jamlayanan}."),
        ("pas-11", "b",
         "Tunggakan retribusi kios nomor {kios} tercatat sebesar {rp} hingga {bulan}.",
         "Tunggakan kios no {kios} {rp} sampai {bulan}."),
        ("pas-12", "n",
         "Pendaftaran stan bazar UMKM pada {tgl} dibuka melalui {url} tanpa biaya sewa.",
         "Daftar stan bazar UMKM tgl {tgl} lewat {url}, gratis sewa."),
        ("pas-13", "n",
         "Keluhan pedagang {pasar} terkait saluran air yang meluap telah dicatat dengan nomor {tiket} dan diteruskan ke pengelola pasar.",
         "Keluhan saluran meluap di {pasar} sudah dicatat no {tiket}, diteruskan ke pengelola pasar."),
    ],
    "transportasi_parkir": [
        ("trp-01", "n",
         "Tarif parkir tepi jalan umum untuk sepeda motor sebesar {rp_kecil} sesuai {perda}, dan juru parkir wajib memberikan karcis.",
         "Parkir motor di tepi jalan {rp_kecil} sesuai {perda} {hon}, jukir wajib kasih karcis."),
        ("trp-02", "n",
         "Juru parkir resmi wajib mengenakan rompi dan kartu identitas; laporan juru parkir liar di {jalan} telah diteruskan ke UPT Perparkiran.",
         "Jukir resmi pakai rompi dan ID card {hon}, jukir liar di {jalan} sudah kami laporkan ke UPT Parkir."),
        ("trp-03", "n",
         "Uji berkala kendaraan {plat} dijadwalkan pada {tgl} pukul {jam} di UPT Pengujian Kendaraan Bermotor.",
         "Uji KIR {plat} dijadwalkan {tgl} jam {jam} di UPT PKB."),
        ("trp-04", "n",
         "Lampu lalu lintas di simpang {jalan} padam akibat gangguan pada controller; perbaikan dijadwalkan pada {tgl}.",
         "Lampu bangjo simpang {jalan} mati karena controllernya rusak, diperbaiki {tgl}."),
        ("trp-05", "n",
         "Angkutan kota jurusan {kel} masih beroperasi pukul {jamlayanan} dengan tarif {rp_kecil}.",
         "Angkot jurusan {kel} masih jalan jam {jamlayanan}, tarif {rp_kecil}."),
        ("trp-06", "b",
         "Kendaraan {plat} dikenai penguncian roda karena parkir di area larangan di {jalan}; pembukaan dapat dilakukan di kantor Dinas Perhubungan dengan membawa <STNK>.",
         "Kendaraan {plat} digembok karena parkir di area larangan {jalan}, bukanya di kantor Dishub bawa <STNK>."),
        ("trp-07", "n",
         "Pemasangan rambu larangan parkir di {jalan} dijadwalkan pada {tgl}.",
         "Rambu larangan parkir di {jalan} dipasang {tgl}."),
        ("trp-08", "n",
         "Kartu parkir berlangganan dapat diperpanjang di loket Dinas Perhubungan dengan biaya {rp} per tahun.",
         "Parkir langganan bisa diperpanjang di loket Dishub, {rp} setahun."),
        ("trp-09", "n",
         "Bus sekolah gratis beroperasi pada hari sekolah dengan rute melalui {jalan}, berangkat pukul {jam}.",
         "Bus sekolah gratis lewat {jalan}, berangkat jam {jam} tiap hari sekolah."),
        ("trp-10", "b",
         "Halte di {jalan} yang rusak telah masuk daftar perbaikan tahun {tahun}.",
         "Halte rusak di {jalan} masuk daftar perbaikan {tahun}."),
        ("trp-11", "n",
         "Pengecatan ulang marka dan zebra cross di depan {sekolah} dijadwalkan pada {tgl}.",
         "Marka sama zebra cross depan {sekolah} dicat ulang tgl {tgl}."),
        ("trp-12", "n",
         "Selama kegiatan car free day di {jalan} pada {tgl}, arus kendaraan dialihkan melalui {jalan2} pukul {jam}–{jam2}.",
         "Pas car free day di {jalan} tgl {tgl}, kendaraan lewat {jalan2} jam {jam}–{jam2}."),
        ("trp-13", "n",
         "Aduan {kamu} mengenai pungutan parkir melebihi tarif di {jalan} tercatat dengan nomor {tiket}.",
         "Aduan parkir kemahalan di {jalan} sudah tercatat, no {tiket}."),
    ],
    "lainnya": [
        ("lain-01", "n",
         "Laporan kebisingan dari tempat hiburan di {jalan} telah ditindaklanjuti oleh Satpol PP pada {tgl} pukul {jam}.",
         "Laporan berisik tempat karaoke di {jalan} udah ditindak Satpol PP tgl {tgl} jam {jam}."),
        ("lain-02", "n",
         "Bantuan logistik bagi warga terdampak banjir di {rtrw} Kelurahan {kel} disalurkan BPBD pada {tgl}.",
         "Logistik buat warga kebanjiran di {rtrw} {kel} disalurkan BPBD {tgl}."),
        ("lain-03", "n",
         "Retribusi pemakaman di TPU milik Pemerintah Kota sebesar {rp} sesuai {perda}.",
         "Retribusi makam di TPU Pemkot {rp} sesuai {perda}."),
        ("lain-04", "n",
         "Surat keterangan domisili dapat diurus di Kantor Kelurahan {kel} dengan membawa <surat pengantar RT/RW> dan <KTP-el>.",
         "Surat domisili bisa di Kelurahan {kel}, bawa <surat pengantar RT/RW> sama <KTP-el>."),
        ("lain-05", "b",
         "Layanan wifi publik di taman kota sedang dalam pemeliharaan jaringan hingga {tgl}.",
         "Wifi taman kota lagi maintenance sampai {tgl} {hon}."),
        ("lain-06", "n",
         "Laporan anjing liar di {rtrw} Kelurahan {kel} telah diteruskan ke Dinas Pertanian dan Pangan untuk penanganan pada {tgl}.",
         "Anjing liar di {rtrw} {kel} udah dilaporkan ke Dinas Pertanian, ditangani {tgl}."),
        ("lain-07", "n",
         "Bangunan tanpa izin di {jalan} akan diperiksa tim gabungan pada {tgl} sesuai {perda}.",
         "Bangunan tanpa izin di {jalan} dicek tim gabungan {tgl}, sesuai {perda}."),
        ("lain-08", "n",
         "Pembayaran PBB tahun {tahun} paling lambat {tgl}; SPPT dapat diambil di Kantor Kelurahan {kel}.",
         "PBB {tahun} paling lambat dibayar {tgl}, SPPT bisa diambil di Kelurahan {kel}."),
        ("lain-09", "n",
         "Aduan ini kami terima melalui kanal SP4N-LAPOR dengan nomor {tiket} dan telah didisposisikan ke OPD terkait.",
         "Aduan masuk lewat SP4N-LAPOR no {tiket}, sudah didisposisi ke OPD terkait."),
        ("lain-10", "n",
         "Kantor Kelurahan {kel} melayani warga Senin sampai Jumat pukul {jamlayanan}.",
         "Kelurahan {kel} buka Senin–Jumat jam {jamlayanan} {hon}."),
        ("lain-11", "n",
         "Permohonan informasi publik {kamu} dengan nomor registrasi {noreg} akan dijawab paling lama {durasi} sesuai UU Keterbukaan Informasi Publik.",
         "Permohonan informasinya no reg {noreg}, dijawab maks {durasi} sesuai UU KIP."),
        ("lain-12", "b",
         "Penebangan pohon di lahan pribadi memerlukan rekomendasi dari DLH; permohonan dapat diajukan melalui Kelurahan {kel}.",
         "Tebang pohon di lahan sendiri perlu rekomendasi DLH {hon}, ajukan lewat Kelurahan {kel}."),
        ("lain-13", "n",
         "Sirine peringatan dini banjir di {kel} diuji setiap {hari} pertama setiap bulan pukul {jam}.",
         "Sirine peringatan banjir di {kel} dites tiap {hari} pertama tiap bulan jam {jam}."),
    ],
}

# ----------------------------------------------------------------------------- openers/closings

OPENERS: dict[str, list[str]] = {
    "formal": [
        "Yth. {nama},", "Yth. {nama}", "Kepada Yth. {nama},", "Dengan hormat,",
        "Yth. {nama},\nDengan hormat,", "Selamat pagi, {nama}.", "Selamat siang, {nama}.",
        "Selamat sore {nama}.", "Assalamu'alaikum warahmatullahi wabarakatuh.",
        "Assalamu'alaikum Wr. Wb. {nama},", "Yth. Pelapor,", "Yth. Saudara/Saudari Pelapor,",
        "Yth. {nama} di tempat,", "Salam sejahtera, {nama}.", "Selamat pagi.",
        "Kepada {nama} yang kami hormati,", "Yang terhormat {nama},", "{Hon} {depan} yang kami hormati,",
        "Dengan hormat, {nama}.", "Yth. {nama}, warga Kelurahan {kel},", "Selamat siang.\nYth. {nama},",
        "Yth. {Hon} Pelapor,", "Assalamualaikum, {nama}.", "Selamat malam, {nama}.",
        "Salam hormat, {nama}.", "Yth. {nama} (pelapor),", "Selamat pagi, {Hon}.",
    ],
    "chat": [
        "Selamat siang {hon} {depan}.", "Siang {hon}.", "Pagi {hon} {depan} 🙏", "Halo {hon},",
        "Assalamualaikum {hon}.", "Sugeng enjing {hon} {depan}.", "Nggih {hon}.", "Iya {hon} {depan},",
        "Baik {hon},", "Ngapunten {hon}, baru sempat balas.", "Maaf baru bales {hon}.",
        "Sore {hon} {depan}.", "Malam {hon}, maaf mengganggu.", "{Hon} {depan}, selamat pagi.",
        "Halo {hon} {depan}, saya {petugas} dari {kantor}.", "Siap {hon}.", "Waalaikumsalam {hon}.",
        "Oke {hon} {depan},", "Permisi {hon} {depan}.", "Sugeng siang {hon}.", "{Mas} {depan},",
        "Nggih {mas} {depan}, matur nuwun infonya.", "Selamat pagi {hon}, dengan admin {kantor}.",
        "Halo, {hon} {depan}.", "Monggo {hon},", "Punten {hon}.", "Sip {hon},",
        "Selamat sore {hon}, ini dari {kantor} nggih.",
    ],
    "medsos": [
        "Halo Kak {depan} 👋", "Hai Kak,", "Halo {user},", "{user} Halo Kak,", "Selamat pagi Kak.",
        "Halo Sobat Batik!", "Hai {user} 🙏", "Terima kasih sudah menghubungi kami, Kak.",
        "Halo Kak, admin bantu jawab ya.", "Mimin bantu jawab ya Kak.",
        "Halo Kak {depan}, salam kenal dari admin {kantor}.", "{user} Selamat siang Kak.",
        "Hai Kak {depan}!", "Halo kak,", "Siang Kak.", "Sore Kak {depan}.", "Dear Kak {depan},",
        "Halo Kak, terima kasih sudah mampir ke kolom komentar kami.", "Hi Kak 👋",
        "Halo warga Pekalongan,", "{user} hai Kak,", "Malam Kak.", "Halo Kak {depan}, salam sehat.",
        "Halo {user}, selamat pagi.", "Kak {depan} 🙏", "Halo Kakak,", "Min di sini Kak,",
    ],
}

CLOSINGS: dict[str, list[str]] = {
    "formal": [
        "Atas perhatian {kamu}, kami ucapkan terima kasih.", "Demikian kami sampaikan. Terima kasih.",
        "Terima kasih atas perhatian dan kerja samanya.", "Hormat kami,\n{kantor}",
        "Salam,\nTim Pengelola Pengaduan {kantor}", "Wassalamu'alaikum warahmatullahi wabarakatuh.",
        "Demikian informasi ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.",
        "Terima kasih atas kepercayaan {kamu} kepada layanan kami.", "Demikian, terima kasih.",
        "Hormat kami,\nAdmin Pengaduan {kantor}", "Terima kasih!", "Salam hormat,\n{kantor}",
        "Terima kasih atas partisipasi {kamu} dalam membangun Kota Pekalongan.",
        "Atas kerja samanya kami ucapkan terima kasih.\nWassalamu'alaikum Wr. Wb.",
        "Demikian tanggapan kami.", "Kami ucapkan terima kasih.",
        "Hormat kami,\nKepala Seksi Pelayanan {kantor}",
        "Terima kasih atas laporan dan kesabaran {kamu}.", "Salam,\n{ttd}\n{kantor}",
        "Semoga informasi ini bermanfaat.", "Terima kasih, salam sehat.",
        "Demikian, atas perhatian dan pengertiannya kami sampaikan terima kasih.",
        "Terima kasih atas masukan yang {kamu} berikan.",
        "Tertanda,\nPetugas Layanan Pengaduan {kantor}", "Terima kasih atas pengertian {kamu}.",
        "Demikian untuk menjadi maklum.",
    ],
    "chat": [
        "Makasih {hon} 🙏", "Matur nuwun {hon}.", "Terima kasih!", "Suwun {hon} 🙏",
        "Nggih, matur nuwun.", "Kalau ada kendala kabari lagi ya {hon}.", "Mksh {hon}.",
        "Terima kasih {hon} {depan} 😊", "Siap, terima kasih.", "Matur suwun sanget {hon}.",
        "Nuwun.", "Monggo {hon}, matur nuwun.", "Makasih infonya {hon}.", "Salam sehat {hon}.",
        "Terima kasih banyak {hon}.", "Mksh 🙏", "Nggih {hon}, suwun.",
        "Ditunggu kabarnya ya {hon}, makasih.", "Terima kasih sudah lapor {hon}.",
        "Semoga membantu {hon} 🙏", "Oke {hon}, makasih.", "Matur nuwun sampun lapor.",
        "Tks {hon}.", "Trims {hon}.", "Wassalamualaikum.", "Sehat selalu {hon} 😊",
    ],
    "medsos": [
        "Terima kasih Kak 😊", "Terima kasih atas laporannya, Kak!", "Salam Batik! 🙏",
        "Mohon DM untuk data lengkapnya ya Kak 🙏", "Terima kasih sudah peduli dengan Kota Pekalongan!",
        "Silakan cek DM ya Kak.", "Terima kasih 🙏", "Semoga membantu ya Kak.", "Sehat selalu Kak!",
        "Makasih Kak, ditunggu laporan lainnya.", "Salam hangat dari admin.",
        "Terima kasih, Kak {depan}.", "Jangan lupa follow untuk info terbaru ya Kak 😊",
        "Terima kasih atas perhatiannya.", "Yuk, sama-sama jaga Kota Pekalongan 🙏",
        "Terima kasih sudah mention kami, Kak.", "Info lanjut kami kabari via DM ya.",
        "Salam, Admin {kantor}.", "Thanks Kak 😊", "Terima kasih atas kesabarannya, Kak.",
        "Matur nuwun Kak 🙏", "Have a nice day, Kak!", "Terima kasih sudah menghubungi kami.",
        "Admin pamit dulu ya Kak 😊", "Salam sehat, Kak.", "Terima kasih, salam dari {kantor}.",
    ],
}

ACKS: dict[str, list[str]] = {
    "formal": [
        "Terima kasih atas pengaduan yang {kamu} sampaikan.",
        "Terima kasih atas laporan {kamu} melalui kanal pengaduan kami.",
        "Pengaduan {kamu} telah kami terima dan kami catat.",
        "Menanggapi pengaduan {kamu} tertanggal {tgl}, bersama ini kami sampaikan penjelasan sebagai berikut.",
        "Bersama ini kami sampaikan tanggapan atas aduan nomor {tiket}.",
        "Kami telah menerima surat {kamu} mengenai permasalahan tersebut.",
        "Terima kasih atas kepedulian {kamu} terhadap pelayanan publik di Kota Pekalongan.",
        "Menindaklanjuti aduan {kamu}, kami sampaikan hal-hal sebagai berikut.",
        "Kami telah mempelajari pengaduan yang {kamu} sampaikan pada {tgl}.",
        "Terima kasih telah menyampaikan keluhan kepada kami.",
        "Perkenankan kami menyampaikan tanggapan atas laporan {kamu}.",
        "Terima kasih atas masukan yang {kamu} sampaikan melalui SP4N-LAPOR.",
    ],
    "chat": [
        "Makasih infonya {hon}.", "Laporannya sudah kami terima {hon}.",
        "Nggih {hon}, laporanipun sampun kami tampi.", "Oke {hon}, sudah kami catat.",
        "Siap {hon}, laporan diterima.", "Terima kasih sudah WA kami {hon}.",
        "Matur nuwun laporanipun {hon}.", "Pesannya sudah masuk {hon}.",
        "Terima kasih laporannya {hon} 🙏", "Baik {hon}, kami cek dulu.",
        "Wah, makasih sudah dikabari {hon}.", "Sudah kami baca {hon}, terima kasih.",
    ],
    "medsos": [
        "Terima kasih atas laporannya, Kak.", "Laporan Kakak sudah kami terima ya.",
        "Terima kasih sudah mention kami.", "Terima kasih infonya, Kak 🙏",
        "Komentar Kakak sudah kami baca dan kami catat.", "Terima kasih atas masukannya, Kak.",
        "Makasih sudah tag kami, Kak.", "Laporan diterima ya Kak, terima kasih.",
        "Terima kasih sudah melapor lewat akun ini.", "Kami sudah terima aduannya ya Kak.",
        "Terima kasih atas perhatiannya, Kak 😊", "Terima kasih sudah menyampaikan lewat kolom komentar.",
    ],
}

TICKETS: dict[str, list[str]] = {
    "formal": ["Nomor pengaduan: {tiket}.", "Aduan ini tercatat dengan nomor {tiket}.",
               "Untuk memantau perkembangan, silakan gunakan nomor tiket {tiket}.",
               "Nomor registrasi aduan {kamu} adalah {tiket}."],
    "chat": ["No tiket {tiket} ya {hon}.", "Nomor aduannya {tiket}.",
             "Tiketnya {tiket}, bisa buat cek status.", "No. tiket {tiket}."],
    "medsos": ["Nomor tiket Kakak {tiket}.", "Laporan tercatat dengan nomor {tiket} ya Kak.",
               "No. aduan: {tiket}."],
}

# ----------------------------------------------------------------------------- polite slots
# (registers, kind, text). kind: emp (empathy/apology, early), quote (quotes the citizen),
# info (neutral, mid), ref (firm refusal / "belum dapat ... karena ..."; bad-news rows only),
# req (polite "Mohon ..."/"Silakan ..."), fwd (way forward, late).

POLITE: list[tuple[str, str, str]] = [
    ("f", "emp", "Kami mohon maaf atas ketidaknyamanan yang {kamu} alami."),
    ("f", "emp", "Kami memahami kekecewaan {kamu} atas keterlambatan ini."),
    ("f", "emp", "Mohon maaf atas keterlambatan kami dalam memberikan tanggapan."),
    ("f", "emp", "Kami turut prihatin atas kejadian yang menimpa {kamu} dan keluarga."),
    ("f", "emp", "Terima kasih atas kesabaran {kamu} selama proses penanganan berlangsung."),
    ("f", "emp", "Kami sangat menghargai kepedulian {kamu} terhadap lingkungan sekitar."),
    ("f", "ref", "Dengan berat hati kami sampaikan bahwa permohonan tersebut belum dapat kami kabulkan karena tidak memenuhi persyaratan yang berlaku."),
    ("f", "ref", "Mohon maaf, permintaan tersebut tidak dapat kami proses karena berada di luar kewenangan kami."),
    ("f", "ref", "Untuk saat ini kami belum dapat menindaklanjuti permintaan tersebut karena anggaran tahun berjalan telah terserap seluruhnya."),
    ("f", "ref", "Kami tidak dapat memberikan pengecualian, karena ketentuan ini berlaku sama bagi seluruh pemohon."),
    ("f", "ref", "Permohonan {kamu} belum dapat kami proses lebih lanjut karena masih terdapat dokumen yang belum dilengkapi."),
    ("f", "ref", "Mohon maaf, tidak bisa kami layani di luar jam kerja karena petugas loket tidak bertugas pada waktu tersebut."),
    ("f", "info", "Kami tidak dapat membagikan data pribadi pihak lain, karena hal tersebut dilindungi undang-undang."),
    ("f", "req", "Mohon melampirkan foto lokasi beserta titik koordinat agar petugas dapat menemukan lokasi dengan tepat."),
    ("f", "req", "Silakan datang ke loket pelayanan pada jam kerja dengan membawa dokumen asli."),
    ("f", "req", "Mohon kesediaan {kamu} untuk menunggu informasi selanjutnya dari kami."),
    ("f", "req", "Kami mohon {kamu} berkenan melengkapi data yang masih kurang melalui kanal yang sama."),
    ("f", "req", "Silakan mengisi formulir keberatan apabila {kamu} tidak sependapat dengan hasil verifikasi."),
    ("f", "fwd", "Apabila masih terdapat kendala, {kamu} dapat menghubungi kami kembali melalui kanal ini."),
    ("f", "fwd", "Perkembangan penanganan akan kami sampaikan kepada {kamu} secara berkala."),
    ("f", "fwd", "Laporan {kamu} telah kami teruskan kepada OPD yang berwenang dan akan kami pantau tindak lanjutnya."),
    ("f", "fwd", "Informasi lebih lanjut dapat diperoleh melalui nomor {telp} pada jam kerja."),
    ("f", "fwd", "Kami akan mengupayakan penyelesaian secepatnya sesuai dengan ketersediaan petugas."),
    ("f", "quote", "Terkait pernyataan {kamu} bahwa pelayanan kami \"lambat dan berbelit\", kami mohon maaf dan telah melakukan evaluasi internal."),
    ("f", "info", "Hal ini sesuai dengan SOP pelayanan yang berlaku di unit kami."),
    ("f", "info", "Ketentuan tersebut mengacu pada Permendagri yang berlaku dan tidak dapat kami ubah di tingkat daerah."),
    ("f", "info", "Data tersebut telah kami verifikasi ulang dengan sistem yang ada."),
    ("f", "info", "Penanganan dilakukan berdasarkan urutan laporan yang masuk."),
    ("c", "emp", "Mohon maaf ya {hon}, jadi kurang nyaman."),
    ("c", "emp", "Ngapunten nggih {hon}, baru sempat kami balas."),
    ("c", "emp", "Maaf banget {hon} kalau prosesnya agak lama 🙏"),
    ("c", "emp", "Kami paham kok {hon}, pasti repot kalau begini."),
    ("c", "emp", "Ngapunten sanget atas ketidaknyamanannya nggih {hon}."),
    ("c", "emp", "Terima kasih sudah sabar nunggu ya {hon}."),
    ("c", "ref", "Mohon maaf {hon}, untuk yang itu memang belum bisa kami bantu karena di luar kewenangan kami, tapi bisa dicoba ke kelurahan."),
    ("c", "ref", "Maaf {hon}, tidak bisa dipercepat karena harus urut sesuai antrean."),
    ("c", "ref", "Ngapunten {hon}, mboten saged diwakilkan, harus pemohon sendiri yang datang."),
    ("c", "ref", "Belum bisa kami proses hari ini {hon} karena sistemnya lagi gangguan, besok kami coba lagi."),
    ("c", "ref", "Untuk sementara belum dapat kami kerjakan karena petugas lapangan masih menangani lokasi lain."),
    ("c", "info", "Mohon maaf, kami tidak bisa kasih nomor pribadi petugas, tapi bisa lewat nomor kantor ya {hon}."),
    ("c", "req", "Boleh minta tolong kirim foto lokasinya {hon}?"),
    ("c", "req", "Mohon dikirim share lokasinya ya {hon}, biar petugas gampang cari."),
    ("c", "req", "Silakan datang ke kantor pas jam kerja ya {hon}, nanti kami bantu."),
    ("c", "req", "Monggo {hon}, berkasnya bisa diantar ke kantor."),
    ("c", "req", "Minta tolong dicek lagi nomor NIK-nya ya {hon}."),
    ("c", "fwd", "Nanti kalau sudah ada kabar kami infokan lagi ya {hon}."),
    ("c", "fwd", "Kalau ada kendala lagi, WA kami aja {hon}."),
    ("c", "fwd", "Sudah kami teruskan ke UPT, nanti dikabari."),
    ("c", "fwd", "Ditunggu nggih {hon}, kami pantau terus."),
    ("c", "fwd", "Besok kami cek lagi ke lapangan ya {hon} 🙏"),
    ("c", "quote", "Soal {kamu} bilang \"kok nggak ada yang ngurus\", mohon maaf {hon}, sebenarnya sudah kami tindak lanjuti."),
    ("c", "quote", "Kami baca pesan {kamu} yang bilang \"SUDAH SEMINGGU BELUM DIBENERIN\", mohon maaf ya {hon}, timnya sudah kami kirim."),
    ("c", "info", "Itu sesuai SOP ya {hon}, berlaku buat semua."),
    ("c", "info", "Datanya sudah kami cek di sistem, aman {hon} 😊"),
    ("c", "info", "Sudah kami catat, urut sesuai laporan masuk."),
    ("c", "emp", "Matur nuwun sampun dipun kabari, {hon}."),
    ("m", "emp", "Mohon maaf atas ketidaknyamanannya, Kak 🙏"),
    ("m", "emp", "Terima kasih sudah sabar menunggu ya Kak."),
    ("m", "emp", "Kami paham kekhawatiran Kakak."),
    ("m", "info", "Mohon maaf Kak, untuk pertanyaan terkait data pribadi tidak bisa kami jawab di kolom komentar, silakan lanjut lewat DM ya."),
    ("m", "ref", "Mohon maaf Kak, kuotanya sudah penuh, tapi pendaftaran periode berikutnya akan kami umumkan di akun ini."),
    ("m", "ref", "Belum bisa kami pastikan tanggalnya Kak, karena masih menunggu jadwal dari tim teknis."),
    ("m", "req", "Boleh dibantu kirim detail lokasinya via DM, Kak?"),
    ("m", "req", "Mohon DM nama dan nomor aduannya ya Kak."),
    ("m", "fwd", "Silakan pantau info terbaru di highlight akun kami ya Kak 😊"),
    ("m", "fwd", "Laporan Kakak sudah kami teruskan ke dinas terkait."),
    ("m", "fwd", "Nanti kami update di kolom komentar ini ya Kak."),
    ("m", "emp", "Terima kasih sudah mengingatkan kami, Kak!"),
    ("m", "quote", "Terkait komentar Kakak \"pemkot ke mana aja\", mohon maaf, tim kami sudah turun ke lokasi kemarin."),
    ("m", "info", "Kami juga sudah menerima laporan serupa dari warga lain, Kak."),
    ("m", "ref", "Mohon maaf, tidak dapat kami tanggapi lebih detail di sini karena menyangkut data pribadi, Kak."),
    ("fcm", "fwd", "Aduan sudah kami teruskan ke OPD terkait melalui SP4N-LAPOR."),
    ("cm", "fwd", "Siap, kami bantu cek ya 🙏"),
    ("fm", "emp", "Terima kasih atas informasinya!"),
    ("fc", "req", "Mohon tetap menyimpan bukti pembayaran sebagai arsip."),
    ("fcm", "req", "Untuk keamanan data, mohon tidak menuliskan NIK di kolom komentar maupun grup umum."),
    ("cm", "fwd", "Semoga cepat beres ya 😊"),
    ("c", "fwd", "Monggo menawi wonten kendala malih, dipun kabari nggih {hon}."),
    ("c", "fwd", "Sampun kami teruskan ke petugas lapangan nggih {hon}."),
    ("c", "info", "Nggih {hon}, sampun kami catat 🙏"),
    ("f", "info", "Kami juga mengimbau warga untuk tidak membuang sampah ke saluran agar aliran air tetap lancar."),
    ("f", "ref", "Keputusan ini bersifat final untuk periode berjalan, namun {kamu} dapat mengajukan kembali pada periode berikutnya."),
    ("f", "ref", "Mohon dapat dipahami bahwa kebijakan ini diterapkan demi keadilan bagi seluruh warga."),
    ("c", "ref", "Mohon maaf nggih {hon}, jadwalnya memang mundur karena cuaca."),
    ("m", "emp", "Terima kasih atas kritiknya, Kak, jadi bahan evaluasi kami."),
    ("f", "info", "Tidak ada pungutan biaya dalam layanan ini; apabila ada oknum yang meminta, mohon dilaporkan kepada kami."),
    ("c", "info", "Gak ada biaya apa pun ya {hon}, kalau ada yang minta tolong dilaporkan."),
    ("c", "fwd", "Siap {hon}, laporannya kami prioritaskan."),
    ("f", "info", "Sebagai informasi, jadwal tersebut dapat berubah menyesuaikan kondisi cuaca."),
    ("m", "fwd", "Kakak juga bisa lapor langsung lewat kanal SP4N-LAPOR biar bisa dipantau."),
    ("c", "ref", "Mboten saged dipercepat nggih {hon}, amargi kedah urut antrean."),
    ("f", "ref", "Mohon maaf, permohonan yang diajukan melewati batas waktu tidak dapat kami terima, namun {kamu} dapat mendaftar pada gelombang berikutnya."),
    ("m", "req", "Silakan isi formulir aduan di tautan bio kami ya Kak, biar tercatat resmi."),
    ("f", "fwd", "Kami terbuka untuk berdiskusi lebih lanjut di kantor kami pada jam kerja."),
    ("c", "emp", "Jangan khawatir {hon}, datanya aman kok."),
    ("m", "req", "Jangan lupa simpan nomor tiketnya ya Kak 😊"),
    ("f", "info", "Seperti yang telah kami informasikan sebelumnya, pelayanan tetap berjalan normal selama proses ini."),
    ("c", "fwd", "Seperti biasa {hon}, nanti kami kabari lewat WA ini."),
    ("f", "emp", "Kami berharap kejadian seperti ini tidak terulang, dan kami telah melakukan pembenahan."),
    ("c", "info", "Nggak perlu bayar apa-apa ya {hon}, gratis."),
    ("c", "fwd", "Kalau masih ada yang mau ditanyakan, chat aja ya {hon}."),
    ("m", "fwd", "Langsung DM aja ya Kak, biar kami bantu."),
    ("c", "fwd", "Ditunggu aja ya {hon}, kami kabari kalau sudah ada jadwalnya."),
    ("c", "fwd", "Terus kami pantau kok {hon}."),
    ("c", "emp", "Nggak apa-apa {hon}, wajar kok kalau bingung, kami bantu."),
    ("fm", "req", "Jangan ragu menghubungi kami kembali apabila ada hal yang belum jelas."),
    ("m", "info", "Seperti info di postingan sebelumnya ya Kak, layanan ini gratis."),
    # Polite sentences with the words the harsh insertions lean on ("tidak usah", "tidak akan",
    # "sebelum", "bukan salah", "jangan"): said kindly, so that such a word alone tells no label.
    ("f", "emp", "{kamu} tidak perlu khawatir, laporan ini akan kami tangani sampai selesai."),
    ("f", "emp", "Keterlambatan ini bukan kesalahan {kamu}, dan kami mohon maaf atas ketidaknyamanannya."),
    ("f", "info", "Layanan ini tidak dipungut biaya, sehingga {kamu} tidak perlu membayar kepada siapa pun."),
    ("f", "info", "Identitas pelapor kami rahasiakan dan tidak akan memengaruhi layanan yang {kamu} terima."),
    ("f", "info", "{kamu} tidak perlu mengajukan permohonan ulang karena data sebelumnya masih tersimpan."),
    ("f", "req", "Sebelum datang ke loket, mohon memastikan seluruh dokumen asli sudah dibawa."),
    ("f", "fwd", "Kami tidak akan menutup laporan ini sebelum penanganan di lapangan selesai."),
    ("f", "info", "Warga yang melapor tidak akan dikenai sanksi apa pun atas laporannya."),
    ("c", "emp", "Nggak usah khawatir ya {hon}, laporannya sudah kami catat."),
    ("c", "emp", "Itu bukan salah {hon} kok, sistem kami memang sempat gangguan."),
    ("c", "emp", "Santai saja {hon}, nggak usah buru-buru, berkasnya bisa dikirim besok."),
    ("c", "info", "{hon} nggak perlu datang ke kantor, cukup kirim fotonya lewat WA ini."),
    ("c", "info", "Tidak usah bayar apa-apa ya {hon}, layanannya gratis."),
    ("c", "req", "Sebelum berangkat, mohon dicek dulu jadwalnya di grup ya {hon}."),
    ("c", "fwd", "Laporannya nggak akan kami tutup sebelum beres ya {hon}."),
    ("c", "fwd", "Jangan sungkan kabari kami lagi ya {hon}."),
    ("m", "emp", "Tidak perlu khawatir {hon}, laporan sudah kami terima dan sedang diproses 🙏"),
    ("m", "emp", "Bukan salah {hon}, kendala ada di sistem kami dan sudah diperbaiki."),
    ("m", "info", "Layanan ini gratis, {hon} tidak perlu membayar kepada siapa pun."),
    ("m", "info", "Identitas pelapor tidak akan kami sebarkan, jadi {hon} tidak usah ragu melapor."),
    ("m", "req", "Sebelum datang, mohon cek persyaratannya di {url} ya {hon}."),
    ("m", "fwd", "Laporan tidak akan kami tutup sebelum penanganannya selesai ya {hon}."),
    ("m", "fwd", "Jangan sungkan mention kami lagi kalau masih ada kendala ya {hon}."),
]
# Polite sentences that only make sense for some services (domain codes as for HARSH below).
_POLITE_DOMAINS: dict[str, str] = {
    "Silakan datang ke loket pelayanan pada jam kerja dengan membawa dokumen asli.": "adm",
    "Permohonan {kamu} belum dapat kami proses lebih lanjut karena masih terdapat dokumen yang belum dilengkapi.": "adm",
    "Mohon maaf, tidak bisa kami layani di luar jam kerja karena petugas loket tidak bertugas pada waktu tersebut.": "adm,pas",
    "Ngapunten {hon}, mboten saged diwakilkan, harus pemohon sendiri yang datang.": "adm",
    "Minta tolong dicek lagi nomor NIK-nya ya {hon}.": "kep,sos,kes,pdk",
    "Monggo {hon}, berkasnya bisa diantar ke kantor.": "adm,pas",
    "Silakan mengisi formulir keberatan apabila {kamu} tidak sependapat dengan hasil verifikasi.": "kep,sos,pdk,izn",
    "Mohon maaf, permohonan yang diajukan melewati batas waktu tidak dapat kami terima, namun {kamu} dapat mendaftar pada gelombang berikutnya.": "adm,pas",
    "Dengan berat hati kami sampaikan bahwa permohonan tersebut belum dapat kami kabulkan karena tidak memenuhi persyaratan yang berlaku.": "adm,pas",
    "Keputusan ini bersifat final untuk periode berjalan, namun {kamu} dapat mengajukan kembali pada periode berikutnya.": "adm,pas",
    "Mohon maaf Kak, kuotanya sudah penuh, tapi pendaftaran periode berikutnya akan kami umumkan di akun ini.": "adm,pas",
    "Untuk sementara belum dapat kami kerjakan karena petugas lapangan masih menangani lokasi lain.": "fld",
    "Mohon maaf nggih {hon}, jadwalnya memang mundur karena cuaca.": "fld",
    "Sebagai informasi, jadwal tersebut dapat berubah menyesuaikan kondisi cuaca.": "fld",
    "Besok kami cek lagi ke lapangan ya {hon} 🙏": "fld",
    "Boleh minta tolong kirim foto lokasinya {hon}?": "fld",
    "Mohon dikirim share lokasinya ya {hon}, biar petugas gampang cari.": "fld",
    "Mohon melampirkan foto lokasi beserta titik koordinat agar petugas dapat menemukan lokasi dengan tepat.": "fld",
    "Kami sangat menghargai kepedulian {kamu} terhadap lingkungan sekitar.": "fld",
    "Boleh dibantu kirim detail lokasinya via DM, Kak?": "fld",
    "Untuk saat ini kami belum dapat menindaklanjuti permintaan tersebut karena anggaran tahun berjalan telah terserap seluruhnya.": "fld,pdk,sos",
    "Kami juga mengimbau warga untuk tidak membuang sampah ke saluran agar aliran air tetap lancar.": "jal,keb",
    "Mohon tetap menyimpan bukti pembayaran sebagai arsip.": "air,pas,keb,trp,lain,izn",
    "Kami baca pesan {kamu} yang bilang \"SUDAH SEMINGGU BELUM DIBENERIN\", mohon maaf ya {hon}, timnya sudah kami kirim.": "fld",
    "Belum bisa kami proses hari ini {hon} karena sistemnya lagi gangguan, besok kami coba lagi.": "adm",
}
_POLITE_POS = {"emp": 0.2, "quote": 0.3, "info": 1.1, "ref": 1.2, "req": 1.5, "fwd": 2.2}

# ----------------------------------------------------------------------------- harsh slots
# (registers, domains, harsh markup, polite counterpart or None = dropped in the rewrite).
# Domain groups: "adm" = office/paperwork services, "fld" = field/infrastructure services.

_DOMAIN_GROUPS = {
    "adm": "kep,kes,izn,sos,pdk,lain",
    "fld": "air,jal,keb,pju,trp,pas,lain",
}

HARSH: dict[str, list[tuple[str, str, str, str | None]]] = {
    "kasar": [
        ("c", "", "[Dasar bebal], dijelasin berkali-kali tetap nggak nangkep.",
         "Mohon maaf kalau penjelasan kami sebelumnya kurang jelas, kami jelaskan lagi ya {hon}."),
        ("c", "", "[Otaknya ditaruh mana sih] {hon}?",
         "Mungkin ada bagian yang kurang jelas, {hon}, kami bantu jelaskan."),
        ("cm", "", "Komentar [sampah] kayak gini sebenarnya nggak perlu ditanggapi.",
         "Terima kasih atas masukannya, tetap kami tanggapi."),
        ("c", "adm", "[Bodoh banget], formulir aja salah isi.",
         "Formulirnya masih ada yang keliru, {hon}, nanti kami bantu isi."),
        ("c", "", "Dasar [ndeso], antre aja nggak bisa.", "Mohon antre sesuai nomor ya {hon}."),
        ("c", "", "[Wong ora nggenah], lapor kok asal-asalan.", "Laporannya mohon dilengkapi nggih {hon}."),
        ("cm", "", "Jangan [norak] deh, masalah gini aja sampai diviralin.",
         "Laporan seperti ini bisa langsung disampaikan ke kami supaya cepat ditangani."),
        ("f", "", "Laporan {kamu} ini sungguh [tidak bermutu] dan hanya membuang waktu petugas.",
         "Laporan {kamu} sudah kami terima dan kami pelajari."),
        ("f", "", "Sikap [kurang ajar] seperti itu tidak pantas ditunjukkan di kantor pelayanan.",
         "Kami berharap komunikasi di kantor pelayanan dapat berlangsung dengan baik dari kedua belah pihak."),
        ("c", "", "[Dasar tukang ngeluh], apa-apa dikomplain.", None),
        ("m", "", "[Akun bodong] aja banyak omong.", "Terima kasih atas komentarnya, Kak."),
        ("c", "", "[Cerewet amat] sih, dari tadi nanya itu-itu terus.",
         "Pertanyaannya kami jawab satu per satu ya {hon}."),
        ("c", "", "[Tolol] kok dipelihara.", None),
        ("cm", "", "[Dasar provokator], kerjanya cuma nyebar hoaks.",
         "Mohon maaf, informasi yang beredar tersebut kurang tepat."),
        ("f", "", "Kami tidak melayani warga yang [bersikap seperti preman].",
         "Kami siap melayani {kamu} dengan baik di loket pelayanan."),
        ("c", "", "Orang kok [ngeyelan] banget.", None),
        ("c", "", "[Utekmu nang endi]?", "Ngapunten, mungkin penjelasan kami kurang jelas."),
        ("c", "", "[Kakehan cangkem].", None),
        ("m", "", "Kalau [bego] ya jangan nyalahin Pemkot.", "Informasi lengkapnya bisa Kakak cek di highlight kami."),
        ("c", "", "[Sinting] apa ya, jam 11 malam telepon kantor.",
         "Layanan telepon kantor hanya aktif pada jam kerja, {hon}."),
        ("f", "", "Pengaduan yang [asal bunyi] seperti ini tidak akan kami tanggapi lebih lanjut.",
         "Agar dapat kami tindak lanjuti, mohon pengaduan dilengkapi dengan data pendukung."),
        ("m", "", "[Netizen julid] kayak gini yang bikin petugas capek.", None),
        ("c", "keb,jal", "[Dasar udik], buang sampah aja sembarangan.",
         "Mohon sampah dibuang pada jam dan tempat yang sudah ditentukan ya {hon}."),
        ("c", "", "Nggak usah [sok jago] deh {hon}.", "Kami jelaskan dulu duduk perkaranya ya {hon}."),
        ("f", "", "{Kamu} ini benar-benar [tidak tahu malu].", None),
        ("m", "", "[Mulutnya dijaga] Kak, jangan kayak [orang nggak sekolah].", "Mari kita diskusi dengan baik ya Kak."),
        ("c", "", "[Wong edan], wis dijelaske kok ora mudeng-mudeng.", "Ngapunten, kami jelaskan malih nggih."),
        ("c", "", "[Brengsek], dibilangin baik-baik malah ngamuk.",
         "Kami mohon kita bisa bicara dengan tenang, {hon}."),
        ("f", "", "Kami tidak berkewajiban menanggapi [ocehan] seperti ini.", "Kami tetap menanggapi masukan {kamu}."),
        ("m", "", "[Dasar tukang nyinyir].", None),
        ("c", "", "Tiap hari WA terus, [kayak orang kurang kerjaan].",
         "Pesan {kamu} sudah kami terima, mohon ditunggu kabarnya."),
        ("c", "", "[Cangkemmu] dijaga, ojo waton ngomong.", "Ngapunten, mari kita bicarakan dengan baik."),
        ("m", "", "[Akun alay] nggak usah ikut-ikutan.", "Terima kasih atas tanggapannya, Kak."),
        ("f", "", "Tindakan {kamu} tersebut sungguh [memalukan dan tidak beradab].",
         "Kami berharap ke depan kita dapat saling menghargai."),
        ("c", "", "[Lemot banget] sih mikirnya.", None),
        ("c", "", "Dasar [tukang protes], kewajiban sendiri aja belum beres.",
         "Mohon maaf, masih ada kewajiban yang perlu diselesaikan dulu, {hon}."),
        ("m", "", "Ngapain dengerin [orang stres] kayak gini.", None),
        ("c", "", "[Bocah kemarin sore] udah berani ngatur-ngatur petugas.", "Masukannya kami terima, {hon}."),
        ("m", "", "[Norak], dikit-dikit tag akun gubernur.",
         "Untuk penanganan lebih cepat, laporan bisa langsung disampaikan ke akun kami ya Kak."),
        ("f", "", "Kami menilai komentar {kamu} [kekanak-kanakan] dan tidak berdasar.",
         "Kami telah mencermati komentar {kamu} dan berikut penjelasan kami."),
        ("c", "", "[Ndasmu].", None),
        ("f", "", "Kami tidak akan melayani [orang yang tidak berpendidikan] seperti {kamu}.",
         "Kami tetap akan melayani {kamu} sesuai prosedur."),
        ("c", "", "[Asu tenan], wis dikandani bola-bali.", "Ngapunten, sampun kami jelaskan, monggo kami bantu malih."),
        ("m", "", "Admin nggak ada waktu ngladeni [manusia nggak jelas].", "Admin tetap siap membantu, Kak."),
        ("f", "", "Cara {kamu} berbicara kepada petugas sangat [kampungan dan tidak tahu sopan santun].",
         "Kami berharap komunikasi dengan petugas dapat berlangsung dengan saling menghormati."),
        ("cm", "", "[Dasar pemalas], urus gitu aja minta dibantuin.", "Kami bantu uruskan ya {hon}."),
    ],
    "menyalahkan": [
        ("f", "adm", "Keterlambatan ini [terjadi karena {kamu} sendiri tidak melengkapi berkas sejak awal].",
         "Agar proses lebih cepat, mohon kelengkapan berkas dapat dipenuhi."),
        ("c", "", "[Itu salahnya {kamu} sendiri], pengumumannya kan udah ada.",
         "Pengumumannya bisa dilihat di akun resmi kami ya {hon}."),
        ("c", "", "[Makanya lain kali dicek dulu] sebelum datang.",
         "Supaya tidak bolak-balik, sebaiknya dicek dulu sebelum datang ya {hon}."),
        ("f", "air,pas,keb", "[Seandainya {kamu} membayar tepat waktu, pemutusan ini tidak perlu terjadi].",
         "Penyambungan kembali dapat dilakukan setelah tunggakan diselesaikan."),
        ("c", "", "[Kan udah dikasih tahu dari kemarin], [{kamu} aja yang nggak dengerin].",
         "Mohon maaf kalau info sebelumnya kurang jelas, {hon}."),
        ("m", "adm", "[Kakak sendiri yang telat daftar], jangan salahin panitia.",
         "Mohon maaf Kak, pendaftarannya sudah ditutup."),
        ("f", "kep,izn,pdk", "[Permasalahan ini timbul akibat kelalaian {kamu} dalam menyimpan dokumen].",
         "Untuk penggantian dokumen yang hilang, kami siap membantu."),
        ("c", "keb,jal", "[Warga sendiri yang buang sampah ke selokan], terus nyalahin dinas.",
         "Mari sama-sama menjaga saluran agar tidak tersumbat sampah, {hon}."),
        ("c", "", "[Salahe dhewe] ora takon disik.", "Monggo menawi wonten ingkang dereng jelas, tanglet kemawon."),
        ("f", "adm", "[Kami tidak dapat bertanggung jawab atas kesalahan pengisian yang {kamu} lakukan sendiri].",
         "Kesalahan pengisian dapat diperbaiki dengan mengajukan permohonan perbaikan data."),
        ("c", "", "[Dari awal {kamu} yang nggak teliti], sekarang malah marah-marah.",
         "Ada data yang perlu diperbaiki, {hon}, kami bantu ya."),
        ("m", "trp", "[Makanya kalau parkir jangan sembarangan], Kak.", "Mohon parkir di area yang diperbolehkan ya Kak."),
        ("f", "adm", "[Sudah menjadi kewajiban {kamu} untuk membaca persyaratan sebelum mengajukan permohonan].",
         "Persyaratan lengkap dapat {kamu} lihat pada laman kami."),
        ("c", "air,pas,keb", "[Ya itu akibatnya kalau nunggak].",
         "Untuk penyambungan kembali, tunggakannya bisa dilunasi dulu ya {hon}."),
        ("c", "", "[Harusnya {kamu} lapor dari dulu, bukan sekarang pas udah parah].",
         "Terima kasih sudah melapor, {hon}; laporan sedini mungkin memudahkan kami menangani."),
        ("m", "fld", "[Kebanyakan warga sini memang susah diatur], jadi ya begini hasilnya.",
         "Kami mengajak seluruh warga untuk bersama menjaga lingkungan."),
        ("f", "", "[Apabila {kamu} mengikuti prosedur sejak awal, hal ini tidak akan terjadi].",
         "Kami siap membantu {kamu} menyelesaikan prosedurnya."),
        ("c", "kep,sos,kes", "[Nggak usah nyalahin petugas], wong [{kamu} sendiri yang salah input NIK].",
         "Ada kesalahan input NIK, {hon}, mohon dikirim ulang ya."),
        ("c", "jal,keb", "[Udah tahu musim hujan kok nggak bersihin got sendiri].",
         "Di musim hujan, mari bersama menjaga saluran di sekitar rumah tetap bersih."),
        ("m", "", "[Kalau dari awal ikut aturan, nggak bakal ribet begini], Kak.", "Kami bantu jelaskan alurnya ya Kak."),
        ("f", "air,pju", "[Kerusakan tersebut disebabkan oleh pemakaian yang tidak sesuai oleh warga sendiri].",
         "Kerusakan tersebut akan kami periksa lebih lanjut."),
        ("c", "", "[Njenengan dhewe sing telat], ora usah nesu.", "Ngapunten, jadwalipun sampun kelangkung."),
        ("c", "", "[Itu kan kelalaian {kamu}], bukan petugas.", "Kami bantu cari solusinya ya {hon}."),
        ("f", "", "[Jadwal tersebut sudah kami umumkan jauh hari, sehingga keterlambatan sepenuhnya menjadi tanggung jawab {kamu}].",
         "Jadwal berikutnya akan kami informasikan kembali."),
        ("m", "trp", "[Yang bikin macet ya pengendara kayak Kakak gini].",
         "Kami mengimbau semua pengendara untuk tertib agar arus lancar."),
        ("c", "kep", "[Sendirinya yang ngilangin KTP], kok kami yang disuruh cepet.",
         "Untuk KTP yang hilang, prosesnya kami bantu secepatnya ya {hon}."),
        ("f", "", "[Keluhan ini seharusnya tidak perlu ada apabila {kamu} lebih cermat].",
         "Terima kasih atas keluhannya, kami bantu tindak lanjuti."),
        ("c", "adm", "[Lha wong {kamu} nggak datang pas dipanggil], ya antreannya hangus.",
         "Karena nomor antreannya sudah terlewat, {hon} bisa ambil antrean baru."),
        ("m", "", "[Coba Kakak introspeksi dulu] sebelum komplain.", "Terima kasih atas masukannya, Kak."),
        ("c", "adm", "[Siapa suruh nggak bawa berkas lengkap].", "Berkasnya mohon dilengkapi dulu ya {hon}."),
        ("f", "sos", "[Keterlambatan pencairan disebabkan data yang {kamu} serahkan tidak valid].",
         "Pencairan masih menunggu perbaikan data."),
        ("c", "", "[Wis ngerti aturane kok tetep nglanggar].", "Ngapunten, aturanipun sampun wonten."),
        ("m", "keb,jal", "[Ini akibat kebiasaan warga buang sampah sembarangan], jangan nyalahin DLH terus.",
         "Kami terus berupaya, dan kami juga mengajak warga membuang sampah pada tempatnya."),
        ("c", "", "[Tanggung sendiri], wong dari awal udah diingetin.", "Kami bantu cari jalan keluarnya ya {hon}."),
        ("f", "", "[Hal tersebut merupakan konsekuensi dari ketidakpatuhan {kamu} sendiri].",
         "Sesuai ketentuan, proses tersebut perlu diulang."),
        ("c", "", "[Telat sendiri kok marah].", "Mohon maaf, jam layanannya sudah selesai {hon}."),
        ("m", "", "[Udah diingetin di story berkali-kali], masih aja kelewat.",
         "Informasi jadwal selalu kami bagikan di story dan highlight ya Kak."),
        ("f", "", "[Perlu kami ingatkan bahwa kesalahan ini berasal dari pihak {kamu}], bukan dari petugas kami.",
         "Kami akan membantu memperbaiki kesalahan data tersebut."),
        ("c", "adm", "[Ya gimana mau cepat, berkasnya aja {kamu} kirim setengah-setengah].",
         "Supaya cepat, berkasnya mohon dikirim lengkap ya {hon}."),
        ("m", "", "[Kalau rajin baca info resmi, nggak bakal kejebak hoaks gini] Kak.",
         "Info resmi selalu kami unggah di akun ini ya Kak."),
        ("c", "jal", "[Rumah {kamu} sendiri kan yang nutup saluran pakai cor].",
         "Saluran di depan rumah sebaiknya tidak ditutup permanen agar mudah dibersihkan, {hon}."),
        ("f", "", "[Ke depan, sebaiknya {kamu} belajar membaca jadwal dengan benar agar tidak merepotkan petugas].",
         "Jadwal layanan dapat {kamu} lihat di laman resmi kami."),
        ("c", "", "Saran aja {hon}, [lain kali jangan teledor begitu].",
         "Saran kami, dokumen penting disimpan di tempat yang aman ya {hon}."),
        ("m", "", "Tips buat Kakak: [jangan kebiasaan mepet deadline] biar nggak nyalahin orang.",
         "Tips dari kami: daftar lebih awal supaya lebih tenang ya Kak."),
        ("f", "", "[Kami sarankan {kamu} lebih bijak, karena kendala ini sebenarnya bersumber dari kelalaian {kamu}].",
         "Kami sarankan hal berikut agar kendala serupa tidak terulang."),
    ],
    "merendahkan": [
        ("c", "", "[Hal sepele gini aja kok bingung] sih {hon}.",
         "Kalau masih bingung, kami bantu jelaskan ya {hon}."),
        ("m", "", "[Selamat ya Kak, akhirnya tahu juga] [😂]", "Terima kasih sudah mengecek kembali ya Kak."),
        ("f", "", "[Kami kira penjelasan sesederhana ini tidak perlu kami ulang untuk ketiga kalinya].",
         "Berikut kami jelaskan kembali ketentuannya."),
        ("f", "", "[Kami yakin {kamu} cukup cerdas untuk memahami pengumuman yang sudah terpasang di loket].",
         "Pengumuman lengkap juga terpasang di loket pelayanan."),
        ("f", "", "[Dengan segala hormat, informasi tersebut sebenarnya sudah tertulis jelas bagi siapa pun yang mau membaca].",
         "Informasi tersebut dapat {kamu} baca kembali di laman resmi kami."),
        ("c", "", "[Hebat, udah tiga kali ditanyain hal yang sama] [🙄]", "Kami jawab lagi ya {hon}."),
        ("m", "", "[Komentarnya lucu banget Kak] [🤭]", "Terima kasih atas komentarnya, Kak."),
        ("m", "", "[Makasih lho Kak udah ngajarin kami kerja] [😂]", "Terima kasih atas masukannya, Kak."),
        ("c", "", "[Pinter banget ya, lapor tanpa alamat] [🙄]", "Mohon dilengkapi alamatnya ya {hon}."),
        ("c", "adm", "[Sekolah tinggi-tinggi kok baca formulir aja nggak bisa].",
         "Kalau ada bagian formulir yang membingungkan, kami bantu ya {hon}."),
        ("f", "", "[Kiranya {kamu} dapat sedikit meluangkan waktu untuk membaca sebelum mengajukan keluhan].",
         "Informasi lengkap tersedia di laman resmi kami."),
        ("m", "", "[Semua orang juga tahu kali, Kak].", "Informasi ini memang sudah kami umumkan sebelumnya, Kak."),
        ("c", "", "[Ngono wae ora mudeng]?", "Menawi dereng jelas, monggo kami jelaskan malih."),
        ("c", "", "[Ya ampun {hon}, ini tuh bukan ilmu roket].", "Caranya sebenarnya cukup mudah {hon}, kami pandu ya."),
        ("m", "", "[Kasihan deh yang ketinggalan info] [🤭]", "Info selanjutnya bisa dipantau di akun kami ya Kak."),
        ("f", "", "[Kami maklum, mungkin {kamu} belum terbiasa dengan layanan yang serba daring].",
         "Apabila mengalami kesulitan dengan layanan daring, petugas kami siap membantu."),
        ("c", "", "[Emangnya {kamu} siapa] kok minta didahulukan?",
         "Mohon maaf {hon}, semua pemohon dilayani sesuai urutan."),
        ("m", "fld", "[Ciye yang tiba-tiba peduli lingkungan] [😂]", "Terima kasih atas kepeduliannya, Kak."),
        ("c", "", "[Baru tahu ya {hon}]? [Ke mana aja selama ini]?", "Info ini memang sudah berlaku sejak awal tahun, {hon}."),
        ("f", "", "[Kami tidak menyangka hal sesederhana ini masih perlu dijelaskan].",
         "Dengan senang hati kami jelaskan kembali."),
        ("m", "", "[Sok tahu banget sih Kak].", "Terima kasih atas pendapatnya, Kak; berikut penjelasan dari kami."),
        ("c", "", "[Udah tua kok nggak ngerti HP].", "Kalau kesulitan pakai HP, bisa datang langsung, kami bantu {hon}."),
        ("f", "jal", "[Dengan hormat kami sarankan {kamu} belajar membedakan jalan kota dan jalan provinsi].",
         "Perlu kami informasikan bahwa kewenangan ruas jalan terbagi antara pemerintah kota dan provinsi."),
        ("c", "", "[Wah rajin amat, jam 5 pagi udah WA kantor] [🤭]",
         "Pesan {kamu} sudah kami terima dan kami balas di jam kerja ya."),
        ("m", "", "[Kak, bacanya pelan-pelan aja ya, biar paham] [🙄]", "Detailnya bisa dibaca di caption ya Kak."),
        ("c", "", "[Ngapain repot lapor, kan {kamu} ahlinya] [😂]", "Terima kasih laporannya, {hon}."),
        ("f", "", "[Tentunya {kamu} sebagai warga terpelajar sudah memahami bahwa prosedur ini berlaku untuk semua orang].",
         "Prosedur ini berlaku sama untuk seluruh warga."),
        ("m", "", "[Cuma gitu doang sampai viral], Kak?", "Terima kasih sudah melaporkan, Kak."),
        ("c", "", "[Segitu aja kok heboh] {hon}.", "Kami paham ini mengganggu, {hon}."),
        ("c", "", "[Kok koyo bocah].", "Monggo kita bahas dengan tenang."),
        ("f", "", "[Sungguh mengagumkan kesabaran {kamu} dalam mengajukan pertanyaan yang sama berkali-kali].",
         "Pertanyaan {kamu} kami jawab kembali sebagai berikut."),
        ("m", "", "[Kakak lucu deh, dikira kantor buka 24 jam] [😂]", "Mohon maaf Kak, kantor kami melayani pada jam kerja."),
        ("c", "", "[Yaelah {hon}, gitu doang ditanyain].", "Siap {hon}, kami jawab ya."),
        ("m", "", "[Selamat datang di dunia nyata, Kak] [🤭]", None),
        ("f", "", "[Kami mengapresiasi semangat {kamu}, meskipun laporan ini jelas keliru].",
         "Terima kasih atas laporannya; berdasarkan pengecekan kami, kondisinya sebagai berikut."),
        ("c", "", "[Pakai logika dikit napa] {hon}.", "Kami jelaskan alasannya ya {hon}."),
        ("m", "", "[Udah, Kakak nggak usah sok paling ngerti aturan].", "Terima kasih atas pendapatnya, Kak."),
        ("c", "", "[Oalah, ternyata {kamu} nggak bisa baca jadwal] [😂]", "Jadwalnya kami kirim ulang ya {hon}."),
        ("f", "", "[Mungkin bagi {kamu} hal ini sulit dimengerti, sehingga kami jelaskan dengan bahasa yang lebih sederhana].",
         "Berikut kami jelaskan kembali secara ringkas."),
        ("m", "fld", "[Rajin banget komen, giliran kerja bakti nggak pernah nongol] [🤭]",
         "Terima kasih atas komentarnya, Kak; kami juga mengajak warga ikut kerja bakti."),
        ("c", "jal", "[Wah hebat, nemu lubang jalan aja lapor] [🙄]", "Terima kasih laporannya, {hon}."),
        ("f", "", "[Jika {kamu} benar-benar membaca surat kami sebelumnya, tentu pertanyaan ini tidak perlu diajukan].",
         "Informasi tersebut juga tercantum dalam surat kami sebelumnya."),
        ("c", "", "[Nanya mulu, Google ada kali] {hon}.", "Kami jawab ya {hon}."),
        ("m", "", "[Oh jadi sekarang semua orang ahli tata kota ya] [🙄]", "Masukan Kakak kami catat ya."),
        ("c", "", "[Mosok ngono wae kudu diajari].", "Monggo kami pandu nggih."),
        ("f", "", "[Barangkali {kamu} perlu dibantu orang lain untuk memahami surat resmi seperti ini].",
         "Apabila ada bagian surat yang kurang jelas, kami siap menjelaskannya."),
    ],
    "mengabaikan": [
        ("c", "", "[Nggak ada hubungannya sama kami].",
         "Untuk hal tersebut {hon} bisa menghubungi instansi terkait, nanti kami bantu arahkan."),
        ("c", "", "[Sabar aja, nanti juga dikerjain kalau sempat].",
         "Laporannya sudah masuk daftar dan akan kami kabari jadwalnya."),
        ("f", "", "[Perihal tersebut di luar tanggung jawab kami, silakan dicari sendiri instansi yang berwenang].",
         "Perihal tersebut merupakan kewenangan instansi lain; laporan {kamu} akan kami teruskan."),
        ("f", "", "[Kami tidak dapat memberikan kepastian kapan akan ditindaklanjuti].",
         "Kami akan menginformasikan jadwal tindak lanjut setelah survei selesai."),
        ("c", "", "[Aturannya udah dari sananya, protes juga percuma].",
         "Aturannya memang demikian, {hon}, tapi kami bantu prosesnya semampu kami."),
        ("c", "", "[Karepmu wae].", "Monggo, pilihan tetap di njenengan, kami siap membantu."),
        ("c", "", "[Yo ngenteni wae], ora sah kesusu.", "Mohon ditunggu nggih, kami kabari perkembangannya."),
        ("c", "", "[Ora urusanku], takon kelurahan kono.",
         "Untuk hal itu bisa ditanyakan ke kelurahan, nanti kami bantu koordinasikan."),
        ("m", "", "[Silakan komplain ke tempat lain aja Kak].", "Kami bantu teruskan ke instansi terkait ya Kak."),
        ("f", "", "[Kami tidak akan menanggapi pertanyaan ini lebih lanjut].",
         "Apabila masih ada yang perlu ditanyakan, kami siap membantu."),
        ("c", "", "[Kalau nggak mau nunggu ya terserah {kamu}].",
         "Kami pahami {hon} ingin cepat, kami usahakan secepatnya."),
        ("c", "", "[Udah lah, nggak usah dibahas lagi].", "Kalau masih ada yang mengganjal, silakan disampaikan {hon}."),
        ("m", "", "[Info lain nggak ada, pantau aja sendiri].", "Info terbaru akan kami bagikan di akun ini ya Kak."),
        ("f", "", "[Mengenai kapan selesainya, kami tidak tahu dan tidak bisa menjanjikan apa-apa].",
         "Kami akan menyampaikan perkiraan waktu penyelesaian setelah berkoordinasi dengan tim teknis."),
        ("c", "", "[Anggaran nggak ada, ya udah gitu aja].",
         "Anggarannya belum tersedia tahun ini, {hon}, usulannya kami catat untuk tahun depan."),
        ("f", "", "[Itu urusan kelurahan, jangan dilimpahkan ke dinas].",
         "Hal tersebut ditangani oleh pihak kelurahan; kami bantu koordinasikan."),
        ("c", "", "[Nggak tahu, coba tanya orang lain aja].", "Kami cek dulu ke bagian terkait ya {hon}."),
        ("m", "", "[Kami sibuk, banyak laporan lain yang lebih penting].", "Laporan Kakak sudah masuk antrean penanganan."),
        ("c", "fld", "[Ya kalau rusak lagi ya lapor lagi aja, kami juga nggak bisa apa-apa].",
         "Kalau rusak lagi, silakan lapor lagi ya {hon}, kami tindak lanjuti."),
        ("f", "", "[Keberatan {kamu} kami catat saja, namun tidak akan mengubah apa pun].",
         "Keberatan {kamu} kami catat dan akan kami sampaikan kepada pimpinan."),
        ("c", "", "[Mboten ngertos, sanes bagian kula].",
         "Ngapunten, niki sanes bagian kula, nanging badhe kula terasaken dhateng bagian ingkang ngurus."),
        ("c", "", "[Pokoknya tunggu kabar], [nggak usah nanya-nanya terus].",
         "Mohon ditunggu kabarnya ya {hon}, kami infokan secepatnya."),
        ("m", "", "[Kalau nggak suka ya nggak usah pakai layanannya], Kak.", "Masukan Kakak kami catat untuk perbaikan layanan."),
        ("f", "", "[Kami tidak memiliki kewajiban untuk menjelaskan hal tersebut].", "Berikut kami sampaikan penjelasannya."),
        ("c", "", "[Lapor ke mana kek, jangan ke sini].",
         "Untuk hal ini bisa disampaikan ke instansi terkait, {hon}; kami bantu kirimkan kontaknya."),
        ("c", "", "[Ya mau gimana lagi], memang belum bisa.", "Mohon maaf, memang belum bisa untuk saat ini, {hon}."),
        ("m", "", "[Kami cuma admin, nggak ngurus begituan].", "Kami bantu teruskan ke bidang yang menangani ya Kak."),
        ("f", "", "[Silakan menunggu tanpa batas waktu yang dapat kami tentukan].",
         "Kami akan menginformasikan perkembangan sesegera mungkin."),
        ("c", "fld", "[Ditunggu aja, kapan-kapan pasti diperbaiki].",
         "Perbaikannya sudah masuk jadwal, {hon}, nanti kami kabari."),
        ("c", "", "[Bukan wilayah kami, cari tahu sendiri siapa yang pegang].",
         "Wilayah tersebut ditangani instansi lain, {hon}; kami bantu teruskan."),
        ("m", "", "[Ya udah sih Kak, gitu aja dipermasalahkan].", "Mohon maaf atas ketidaknyamanannya, Kak."),
        ("f", "", "[Pengaduan serupa sudah terlalu banyak sehingga tidak kami prioritaskan].",
         "Pengaduan serupa juga kami terima dari warga lain dan sedang kami tangani bersama."),
        ("c", "", "[Wis ben, ora usah dipikir].", "Nggih, tetap kami pantau."),
        ("c", "", "[Nggak bisa. Titik].", "Mohon maaf, untuk saat ini belum bisa {hon}."),
        ("m", "", "[Bukan kewenangan Pemkot, bye].",
         "Hal ini bukan kewenangan Pemkot, Kak, tapi kami bantu teruskan ke instansi terkait."),
        ("f", "", "[Silakan ajukan ke instansi lain apabila tidak berkenan dengan keputusan ini].",
         "Apabila {kamu} berkeberatan, tersedia mekanisme keberatan yang dapat kami jelaskan."),
        ("c", "", "[Ya udah, nasib].", "Kami paham ini mengecewakan, {hon}."),
        ("c", "", "[Kami nggak bisa janji apa-apa, tunggu aja].", "Kami usahakan secepatnya dan kami kabari perkembangannya."),
        ("m", "", "[Nggak usah ditanya lagi, jawabannya sama].",
         "Jawaban kami masih sama Kak, dan kami tetap siap membantu bila ada pertanyaan lain."),
        ("f", "", "[Kami tidak berwenang dan tidak akan meneruskan laporan ini].",
         "Kami tidak berwenang atas hal tersebut, namun laporan ini akan kami teruskan ke instansi terkait."),
        ("c", "", "[Sak karepe dhewe lah], sing penting kami wis ngomong.", "Monggo dipun penggalih, kami siap membantu."),
        ("c", "", "[Mau protes sampai kapan pun juga hasilnya sama].",
         "Keputusannya memang tetap, {hon}, namun kami jelaskan pilihan lain yang tersedia."),
        ("m", "", "[Nanti aja ya Kak, lagi libur].", "Laporan Kakak akan kami proses pada hari kerja berikutnya."),
        ("f", "", "[Untuk saat ini kami tidak ada rencana untuk menindaklanjuti laporan tersebut].",
         "Laporan tersebut kami catat dan akan kami pertimbangkan dalam perencanaan berikutnya."),
        ("m", "", "[Tunggu aja, nanti juga ada kabarnya sendiri].", "Kabar selanjutnya akan kami sampaikan di akun ini ya Kak."),
    ],
    "memerintah": [
        ("c", "", "[Datang aja ke kantor], jangan nanya lewat WA terus.",
         "Silakan datang ke kantor supaya bisa kami bantu langsung, {hon}."),
        ("c", "", "[Urus sendiri ke kelurahan].", "Untuk itu bisa diurus di kelurahan ya {hon}."),
        ("f", "adm", "[Segera lengkapi berkas Anda hari ini juga].", "Mohon kelengkapan berkas dapat dipenuhi secepatnya."),
        ("c", "", "[Nggak usah telepon-telepon], WA aja.", "Untuk lebih cepat bisa melalui WA ya {hon}."),
        ("c", "", "[Baca dulu baru nanya].", "Informasinya juga ada di pengumuman, silakan dibaca ya {hon}."),
        ("m", "", "[Hapus komentarnya sekarang] Kak.",
         "Jika berkenan, detail laporan bisa Kakak kirim lewat DM agar lebih cepat kami tangani."),
        ("c", "", "[Meneng wae], ngenteni giliran.", "Mohon ditunggu gilirannya nggih."),
        ("f", "", "[Anda wajib datang besok pagi tanpa alasan apa pun].", "Kami mohon kehadiran {kamu} besok pagi."),
        ("c", "", "[Kirim ulang fotonya, yang jelas]!", "Boleh minta tolong kirim ulang fotonya yang lebih jelas, {hon}?"),
        ("c", "", "[Jalanin aja alurnya, nggak usah banyak protes].", "Kami bantu dampingi alurnya ya {hon}."),
        ("m", "", "[DM sekarang], jangan ribut di kolom komentar.", "Boleh dilanjutkan lewat DM ya Kak, agar datanya aman."),
        ("f", "adm", "[Serahkan dokumen asli ke loket 3 dan jangan kembali sebelum dipanggil].",
         "Silakan menyerahkan dokumen asli ke loket 3, nanti akan kami panggil."),
        ("c", "adm", "[Antre di luar].", "Mohon menunggu di ruang tunggu ya {hon}."),
        ("c", "", "[Balik meneh sesuk].", "Monggo rawuh malih benjang nggih."),
        ("c", "", "[Jangan chat di luar jam kerja].", "Pesan di luar jam kerja akan kami balas pada jam kerja berikutnya ya {hon}."),
        ("m", "", "[Cek sendiri di web], Kak.", "Infonya bisa dicek juga di web resmi ya Kak."),
        ("f", "adm", "[Tanda tangani formulir ini dan kembalikan segera].", "Mohon formulir ditandatangani dan dikembalikan ke petugas."),
        ("c", "kep,sos", "[Foto KK-nya, kirim sekarang].", "Minta tolong kirimkan foto KK-nya ya {hon}."),
        ("c", "air,pas,keb,trp", "[Udah, bayar dulu baru ngomong].",
         "Pembayarannya bisa diselesaikan dulu ya {hon}, setelah itu kami proses."),
        ("m", "", "[Stop tag-tag akun lain], lapor di sini aja.", "Laporan bisa langsung disampaikan di sini ya Kak agar cepat kami tangani."),
        ("f", "adm", "[Anda diharuskan hadir sendiri, tidak boleh diwakilkan, titik].",
         "Sesuai ketentuan, permohonan ini perlu dihadiri pemohon sendiri."),
        ("c", "keb", "[Bawa sendiri sampahnya ke TPS].", "Sementara, sampahnya bisa dibawa ke TPS terdekat ya {hon}."),
        ("c", "", "[Jangan nanya lagi], tunggu dihubungi.", "Nanti kami hubungi ya {hon}."),
        ("c", "", "[Ojo takon terus], wis jelas.", "Monggo menawi taksih wonten pitakenan."),
        ("m", "", "[Langsung aja ke kantor, nggak usah koar-koar di sini].",
         "Kakak juga bisa datang langsung ke kantor kami agar dibantu petugas."),
        ("f", "jal,keb", "[Perbaiki sendiri saluran di depan rumah Anda].",
         "Untuk saluran di depan rumah, kami mengajak warga ikut menjaga kebersihannya."),
        ("c", "adm", "[Isi ulang formulirnya, yang bener].", "Formulirnya mohon diisi ulang ya {hon}, kami bantu jika bingung."),
        ("c", "adm", "[Cepetan], loketnya mau tutup.", "Mohon maaf {hon}, loket sebentar lagi tutup."),
        ("m", "", "[Baca caption dulu], baru komen.", "Detailnya sudah ada di caption ya Kak."),
        ("f", "", "[Berhenti menghubungi nomor pribadi petugas kami].", "Untuk layanan, mohon menghubungi nomor resmi kantor."),
        ("c", "", "[Sudah, pulang aja dulu].", "Sementara {hon} bisa pulang dulu, nanti kami hubungi."),
        ("c", "adm", "[Ndang dilengkapi berkase].", "Berkasipun mohon dilengkapi nggih."),
        ("m", "", "[Kirim data lengkap, jangan setengah-setengah].", "Mohon dikirim data lengkapnya ya Kak."),
        ("f", "", "[Anda cukup mengikuti instruksi kami tanpa perlu bertanya].", "Apabila ada yang belum jelas, silakan ditanyakan."),
        ("c", "", "[Jangan ngeyel, ikutin aja].", "Kami jelaskan alasannya ya {hon}."),
        ("c", "trp", "[Parkir di tempat yang bener]!", "Mohon parkir di lokasi yang diperbolehkan ya {hon}."),
        ("m", "", "[Jangan spam komentar].", "Laporan Kakak sudah kami terima kok, mohon ditunggu."),
        ("f", "air,pas,keb", "[Lunasi tunggakan terlebih dahulu, baru ajukan keluhan].",
         "Setelah tunggakan diselesaikan, keluhan {kamu} akan kami proses."),
        ("c", "adm", "[Dateng pagi, jangan siang-siang].", "Sebaiknya datang pagi ya {hon}, supaya kebagian antrean."),
        ("c", "", "[Diem dulu], saya lagi jelasin.", "Izin saya jelaskan dulu ya {hon}."),
        ("m", "", "[Follow dulu akun kami, baru tanya].", "Untuk info terbaru, Kakak bisa follow akun kami."),
        ("f", "", "[Jangan mempersulit petugas dengan permintaan di luar prosedur].",
         "Permintaan tersebut belum dapat kami layani karena di luar prosedur."),
        ("c", "", "[Wis, manut wae].", "Nggih, kami bantu prosesnya."),
        ("f", "", "[Ikuti saja ketentuan yang ada dan tidak perlu berkomentar lagi].",
         "Kami mohon ketentuan yang ada dapat diikuti, dan kami siap menjelaskan bila ada yang belum jelas."),
        ("m", "", "[Kalau mau lapor, pakai format yang bener].", "Agar mudah kami proses, laporan bisa mengikuti format di bio ya Kak."),
    ],
    "mengancam": [
        ("c", "", "[Kalau masih nyebar di grup, kami laporkan polisi].",
         "Kami mohon informasi yang belum pasti tidak disebarkan dulu ya {hon}."),
        ("f", "", "[Apabila {kamu} terus mengajukan keberatan, permohonan {kamu} dapat kami batalkan].",
         "Keberatan {kamu} akan kami proses sesuai mekanisme yang berlaku."),
        ("m", "", "[Komentar begini bisa kena UU ITE lho Kak].", "Kami mengajak untuk berkomentar dengan santun ya Kak."),
        ("c", "sos", "[Awas aja kalau bantuannya nanti dicabut], jangan protes.", "Kami bantu cek status bantuannya ya {hon}."),
        ("c", "air", "[Jangan salahin kami kalau nanti airnya diputus].",
         "Mohon tunggakan segera diselesaikan agar layanan tetap berjalan ya {hon}."),
        ("f", "", "[Kami tidak segan menempuh jalur hukum atas tuduhan {kamu}].",
         "Kami siap memberikan klarifikasi atas hal yang {kamu} sampaikan."),
        ("c", "sos,pdk", "[Nek isih ngeyel, tak coret jenengmu].", "Data njenengan tetap kami proses sesuai ketentuan."),
        ("m", "", "[Akun Kakak sudah kami tandai].", "Laporan Kakak sudah kami catat."),
        ("c", "adm", "[Nanti berkasnya ditaruh paling bawah lho] kalau masih ngeyel.", "Berkasnya kami proses sesuai urutan ya {hon}."),
        ("f", "", "[Tindakan {kamu} dapat berakibat pada penolakan layanan di kemudian hari].",
         "Kami tetap akan melayani {kamu} sesuai prosedur."),
        ("c", "pas", "[Sekali lagi protes, kiosnya kami cabut].",
         "Keberatan {hon} terkait kios akan kami bahas dalam pertemuan pedagang."),
        ("m", "", "[Kami screenshot ya Kak, siap-siap aja].", "Komentar Kakak sudah kami catat sebagai masukan."),
        ("c", "", "[Rumah {kamu} sudah kami catat], jangan macam-macam.", "Alamat {kamu} sudah kami catat untuk tindak lanjut."),
        ("f", "sos", "[Kelayakan {kamu} sebagai penerima bantuan akan kami tinjau ulang apabila hal ini terus dipermasalahkan].",
         "Kelayakan penerima bantuan ditetapkan melalui verifikasi sesuai ketentuan."),
        ("c", "", "[Hati-hati ngomong], petugas kami kenal keluarga {kamu}.", "Kami mohon kita bicara dengan baik ya {hon}."),
        ("c", "", "[Ojo macem-macem], engko urusane dowo.", "Monggo kita selesaikan dengan baik nggih."),
        ("m", "", "[Jangan sampai kami bawa ke ranah hukum ya].", "Kami terbuka untuk klarifikasi ya Kak."),
        ("f", "izn,pas", "[Izin usaha {kamu} dapat kami tinjau ulang apabila {kamu} terus membuat keributan].",
         "Kami siap berdiskusi mengenai keberatan {kamu}."),
        ("c", "trp", "[Kalau ribut lagi, motornya kami gembok].",
         "Mohon parkir di area yang diizinkan agar tidak terkena penindakan ya {hon}."),
        ("c", "", "[Kalau masih rewel, laporan {kamu} nggak usah kami proses sekalian].", "Laporan {kamu} tetap kami proses."),
        ("m", "", "[Ingat ya Kak, data Kakak ada di kami].", "Data Kakak kami jaga kerahasiaannya."),
        ("f", "", "[Kami akan melaporkan {kamu} kepada pihak berwajib apabila masih menyebarkan informasi tersebut].",
         "Kami mohon informasi tersebut tidak disebarkan sebelum ada klarifikasi resmi."),
        ("c", "pdk", "[Nanti anaknya susah daftar sekolah lho] kalau {kamu} terus protes.",
         "Pendaftaran sekolah tetap berjalan sesuai ketentuan."),
        ("c", "", "[Tak laporke pak lurah lho].", "Nanti kami koordinasikan dengan kelurahan nggih."),
        ("m", "", "[Siap-siap didatangi petugas ya Kak].", "Petugas kami akan mengecek lokasi ya Kak."),
        ("f", "", "[Pengaduan palsu dapat dikenai sanksi pidana, dan kami tidak ragu menerapkannya].",
         "Kami mohon pengaduan disampaikan sesuai fakta agar dapat kami tindak lanjuti."),
        ("c", "air,keb", "[Kalau nggak bayar minggu ini, langsung kami putus, nggak ada ampun].",
         "Mohon pembayaran diselesaikan minggu ini agar layanan tidak terputus ya {hon}."),
        ("c", "kep", "[Jangan bikin masalah], nanti KTP-nya nggak jadi-jadi.", "KTP-nya tetap kami proses ya {hon}."),
        ("m", "", "[Kalau masih ngata-ngatain, akunnya kami laporkan].", "Mari berdiskusi dengan santun ya Kak."),
        ("f", "", "[Kami ingatkan, petugas berhak menolak melayani warga yang tidak kooperatif].",
         "Kami berharap kerja sama yang baik agar layanan berjalan lancar."),
        ("c", "keb", "[Awas kalau sampai ketahuan buang sampah di situ lagi].", "Mohon sampah dibuang di TPS ya {hon}."),
        ("c", "sos", "[Ngeyel terus, bantuanmu ilang].", "Bantuannya tetap kami proses sesuai data nggih."),
        ("m", "", "[Kami tahu siapa Kakak].", None),
        ("f", "", "[Segala akibat yang timbul dari sikap {kamu} menjadi tanggung jawab {kamu} sepenuhnya].",
         "Kami berharap permasalahan ini dapat diselesaikan bersama dengan baik."),
        ("c", "izn,pas", "[Mau dicabut izinnya]?", "Izinnya tetap berlaku selama ketentuan dipenuhi, {hon}."),
        ("c", "", "[Sekali lagi WA jam segini, nomornya kami blokir].", "Pesan di luar jam kerja akan kami balas esok hari ya {hon}."),
        ("m", "", "[Jangan nyesel kalau nanti urusan Kakak dipersulit].", "Urusan Kakak tetap kami bantu sesuai prosedur."),
        ("f", "", "[Kami dapat menghentikan layanan kepada {kamu} apabila keluhan serupa terus disampaikan di media sosial].",
         "Keluhan {kamu} akan lebih cepat kami tangani bila disampaikan melalui kanal resmi."),
        ("c", "", "[Awas ya, nanti nggak kami layani lagi].", "Kami tetap akan melayani {hon}."),
        ("c", "", "[Engko ora tak urus lho].", "Tetap kami urus nggih."),
        ("m", "", "[Berani komen gini, berani tanggung akibatnya ya Kak].", "Terima kasih atas komentarnya Kak, berikut klarifikasi kami."),
        ("f", "", "[Nama {kamu} akan kami catat dalam daftar warga bermasalah].",
         "Pengaduan {kamu} kami catat untuk ditindaklanjuti."),
        ("m", "", "[Nanti kami datangi rumahnya kalau masih fitnah di sini].",
         "Kami mohon informasi yang belum pasti tidak disebarkan dulu ya Kak."),
        ("f", "", "[Mohon diingat bahwa data kependudukan {kamu} tercatat lengkap di sistem kami].",
         "Data {kamu} tercatat di sistem kami dan dijaga kerahasiaannya."),
    ],
    "membentak": [
        ("c", "", "[LIHAT JADWALNYA DI DEPAN LOKET!!!]", "Jadwalnya terpasang di depan loket ya {hon}."),
        ("c", "", "[SUDAH DIJAWAB!!]", "Pertanyaan ini sudah kami jawab sebelumnya, {hon}."),
        ("c", "", "[SABAR!!!]", "Mohon bersabar ya {hon}."),
        ("c", "", "[TIDAK BISA!!!]", "Mohon maaf, tidak bisa {hon}."),
        ("m", "", "[SEKALI LAGI YA KAK, KANTOR TUTUP HARI MINGGU!!!]",
         "Sekali lagi kami informasikan, kantor tutup hari Minggu ya Kak."),
        ("c", "", "Halo?? [DENGAR NGGAK SIH?!?!]", "Mohon maaf {hon}, kami ulangi penjelasannya."),
        ("f", "adm", "[HARAP DIPERHATIKAN]: [PERSYARATAN WAJIB LENGKAP].",
         "Mohon diperhatikan bahwa persyaratan perlu dilengkapi."),
        ("c", "adm", "Kan udah saya bilang, [JAM 8 PAGI!!]", "Seperti kami sampaikan, layanan dimulai jam 8 pagi ya {hon}."),
        ("c", "", "[NGGAK ADA!!!]", "Mohon maaf, belum ada {hon}."),
        ("m", "", "[STOP SPAM!!!]", "Laporan Kakak sudah kami terima, mohon ditunggu ya."),
        ("c", "", "[WIS TAK KANDANI!!!]", "Sampun kami sampaikan sebelumnya nggih."),
        ("c", "adm", "[ANTRE!!!]", "Mohon antre ya {hon}."),
        ("c", "", "Berapa kali harus dibilang[?!?!]", "Kami jelaskan kembali ya {hon}."),
        ("f", "", "Kami tegaskan [SEKALI LAGI]: [TIDAK ADA PUNGUTAN APA PUN].",
         "Kami tegaskan kembali bahwa tidak ada pungutan apa pun."),
        ("c", "", "[YANG JELAS DONG KALAU NULIS ALAMAT!!]", "Mohon alamatnya ditulis lengkap ya {hon}."),
        ("m", "", "[UDAH DIJAWAB DI ATAS KAK!!!]", "Jawabannya sudah ada di balasan sebelumnya ya Kak 🙏"),
        ("c", "", "[PAHAM?!]", "Semoga penjelasannya membantu ya {hon}."),
        ("c", "", "[TUNGGU!!!]", "Mohon ditunggu ya {hon}."),
        ("f", "adm", "[SEGERA DILENGKAPI].", "Mohon segera dilengkapi."),
        ("c", "adm", "Saya [ULANGI] ya: [LOKETNYA DI LANTAI 2].", "Loketnya ada di lantai 2 ya {hon}."),
        ("m", "", "[CEK DM KAK!!!]", "Silakan cek DM ya Kak."),
        ("c", "", "[IYA IYA!!!]", "Baik {hon}."),
        ("c", "", "[SUDAH DIPROSES!!!]", "Sudah kami proses ya {hon}."),
        ("c", "", "[RA ISO!!!]", "Ngapunten, mboten saged."),
        ("c", "air,pas,keb,trp", "[BAYAR DULU!!!]", "Mohon diselesaikan dulu pembayarannya ya {hon}."),
        ("m", "", "[HALOOO KAK, BACA CAPTION!!!]", "Halo Kak, detailnya ada di caption ya."),
        ("f", "", "[DEMIKIAN UNTUK DIPERHATIKAN].", "Demikian, atas perhatiannya kami ucapkan terima kasih."),
        ("c", "", "[NOMORNYA SALAH!!!]", "Nomornya ada yang keliru, {hon}."),
        ("c", "adm", "[LOKETNYA TUTUP JAM 12!!!]", "Loketnya tutup jam 12 ya {hon}."),
        ("m", "", "[INI AKUN RESMI, BUKAN CS 24 JAM!!!]", "Mohon maaf Kak, akun ini dipantau pada jam kerja."),
        ("c", "adm", "[BERKASNYA KURANG!!!]", "Berkasnya masih ada yang kurang, {hon}."),
        ("f", "", "[MOHON DIBACA DENGAN TELITI!!!]", "Mohon dibaca dengan teliti."),
        ("c", "", "[ENGGAK!!]", "Mohon maaf, tidak {hon}."),
        ("c", "", "[SIAPA YANG BILANG GRATIS?!?!]", "Untuk layanan ini memang ada biayanya, {hon}."),
        ("m", "", "[WOY KAK!!!]", None),
        ("c", "", "[MASIH DALAM PROSES!!!]", "Masih dalam proses ya {hon}."),
        ("f", "", "[TIDAK ADA DISPENSASI].", "Mohon maaf, tidak ada dispensasi untuk hal ini."),
        ("c", "", "[SABAR TO!!!]", "Mohon sabar nggih."),
        ("m", "fld", "[SUDAH DIPERBAIKI KEMARIN!!!]", "Sudah diperbaiki kemarin, Kak."),
        ("c", "", "[YA ALLAH, BERAPA KALI LAGI?!]", "Kami jelaskan kembali ya {hon}."),
        ("f", "", "[PERHATIAN]: [BERKAS TIDAK LENGKAP TIDAK AKAN DIPROSES].",
         "Mohon diperhatikan, berkas perlu lengkap agar dapat diproses."),
        ("c", "", "[HARI INI LIBUR!!!]", "Hari ini libur ya {hon}."),
        ("m", "", "[SUDAH KAMI TERUSKAN, KAK!!!]", "Sudah kami teruskan ya Kak."),
        ("f", "", "Sekali lagi kami sampaikan, [JADWAL TIDAK BERUBAH!!!]", "Sekali lagi kami sampaikan, jadwal tidak berubah."),
    ],
}

# Sarcastic emoji that a reply may tack onto a neutral sentence (aspect merendahkan).
SARCASM_EMOJI = ["🙄", "😂", "🤭", "🙄🙄", "😂😂"]
# Runs that replace a sentence's final mark when shouting (membentak).
_BANG_RUNS = ["!!!", "!!", "!!!!", "!!!!!", "!!!"]
_QUESTION_RUNS = ["?!?!", "??!!", "?!!", "?!?"]
# Mixed-case tokens that keep their case when a sentence is shouted.
_KEEP_CASE = {"KTP-el", "Rp", "m³", "dll.", "s.d."}
# Upper-case words that are acronyms (not shouting) in ok text; used by validate_pools.
ACRONYMS = {
    "KTP-el", "KTP", "KK", "NIK", "BPJS", "PBI", "PDAM", "DTKS", "RSUD", "OPD", "PBG", "NIB", "SLF",
    "UPT", "PJU", "OSS", "MPP", "IKD", "SKTM", "PKH", "BPNT", "RTLH", "ASN", "PIP", "SPMB", "WA",
    "DM", "TPS", "TPA", "DLH", "PLN", "LED", "WIB", "RT", "RW", "SOP", "KIR", "PKB", "STNK", "SPPT",
    "PBB", "UU", "ITE", "KIP", "BPBD", "DPUPR", "DPMPTSP", "RTRW", "DBD", "PSN", "KIA", "UGD", "PMT",
    "UMKM", "PKL", "PTSP", "UKM", "P2KB", "TPU", "TTE", "SP4N-LAPOR", "ID", "CS", "SD", "SMP", "TK",
    "ADU", "LPR", "REG", "LAPOR", "SP4N", "IG", "HP", "PP", "CFD",
}

# ============================================================================= engine

_SLOT = re.compile(r"\{(\w+)\}")
_NON_FACT_SLOTS = {"kamu", "hon", "mas"}
_ASPECT_WEIGHTS: list[tuple[str, float]] = [
    ("kasar", 0.8), ("menyalahkan", 1.2), ("merendahkan", 1.25), ("mengabaikan", 1.25),
    ("membentak", 1.15), ("memerintah", 0.95), ("mengancam", 0.8),
]
_REGISTER_WEIGHTS = [("formal", 0.40), ("chat", 0.35), ("medsos", 0.25)]
HARSH_SHARE = 0.45


def _weighted(rng: random.Random, pairs: list[tuple]) -> object:
    total = sum(weight for _, weight in pairs)
    point = rng.random() * total
    for value, weight in pairs:
        point -= weight
        if point < 0:
            return value
    return pairs[-1][0]


def _thousands(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


class _Slots:
    """The per-row values of every ``{slot}``; remembers which fact strings were used."""

    def __init__(self, rng: random.Random, register: str, domain: str) -> None:
        self.rng, self.register, self.domain = rng, register, domain
        self.male = rng.random() < 0.5
        self.full, self.call = rng.choice(_MALE if self.male else _FEMALE)
        officer_male = rng.random() < 0.5
        self.officer = rng.choice(_MALE if officer_male else _FEMALE)
        self.officer_male = officer_male
        self.values: dict[str, str] = {}
        self.facts: list[str] = []
        self._date: tuple[int, int, int] | None = None
        self._hour = 8

    def fill(self, template: str) -> str:
        return _SLOT.sub(lambda match: self.get(match.group(1)), template)

    def note_fact(self, fact: str) -> None:
        if fact not in self.facts:
            self.facts.append(fact)

    def get(self, name: str) -> str:
        if name[0].isupper():
            value = self.get(name[0].lower() + name[1:])
            return value[:1].upper() + value[1:]
        if name not in self.values:
            value = self._make(name)
            self.values[name] = value
            if name not in _NON_FACT_SLOTS:
                self.note_fact(value)
        return self.values[name]

    # -- value makers ---------------------------------------------------------------------
    def _date_text(self, year: int, month: int, day: int) -> str:
        rng = self.rng
        full = f"{day} {_MONTHS[month - 1]} {year}"
        if self.register == "formal":
            return full
        roll = rng.random()
        if self.register == "chat":
            if roll < 0.4:
                return full
            if roll < 0.85:
                return f"{day} {_MONTHS[month - 1]}"
            return f"{day:02d}/{month:02d}"
        return full if roll < 0.6 else f"{day} {_MONTHS[month - 1]}"

    def _make(self, name: str) -> str:  # noqa: C901 - one flat table of slot makers
        rng, reg = self.rng, self.register
        bapak = "Bapak" if self.male else "Ibu"
        if name == "kamu":
            if reg == "formal":
                return bapak
            if reg == "chat":
                return bapak if rng.random() < 0.7 else "njenengan"
            return "Kakak"
        if name == "hon":
            return {"formal": bapak, "chat": "Pak" if self.male else "Bu", "medsos": "Kak"}[reg]
        if name == "mas":
            return "Mas" if self.male else "Mbak"
        if name == "nama":
            if reg == "formal":
                return f"{bapak} {self.full}"
            if reg == "chat":
                return f"{'Pak' if self.male else 'Bu'} {self.call}"
            return f"Kak {self.call}"
        if name == "depan":
            return self.call
        if name == "user":
            return "@" + self.call.lower().replace(" ", "") + rng.choice(_USER_SUFFIX)
        if name == "petugas":
            full, call = self.officer
            if reg == "formal":
                return f"{'Bapak' if self.officer_male else 'Ibu'} {full}"
            return f"{'Pak' if self.officer_male else 'Bu'} {call}"
        if name == "ttd":
            return self.officer[0]
        if name == "kantor":
            return rng.choice(_KANTOR[self.domain])
        if name in ("tgl", "tgl2"):
            if self._date is None:
                year = rng.choice([2025, 2025, 2025, 2026])
                self._date = (year, rng.randint(1, 12), rng.randint(1, 28))
            year, month, day = self._date
            if name == "tgl2":
                day += rng.randint(1, 12)
                if day > 28:
                    day -= 28
                    month += 1
                    if month > 12:
                        month, year = 1, year + 1
            return self._date_text(year, month, day)
        if name == "bulan":
            return f"{rng.choice(_MONTHS)} {rng.choice([2025, 2026])}"
        if name == "tahun":
            return rng.choice(["2026", "2026", "2027"])
        if name == "hari":
            return rng.choice(_DAYS)
        if name == "jam":
            self._hour = rng.randint(6, 19)
            return f"{self._hour:02d}.{rng.choice(['00', '00', '30', '15'])}"
        if name == "jam2":
            return f"{min(self._hour + rng.randint(1, 3), 22):02d}.{rng.choice(['00', '30'])}"
        if name == "jamlayanan":
            value = rng.choice(_JAM_LAYANAN)
            if reg != "formal" and rng.random() < 0.5:
                value = value.replace(" WIB", "")
            return value
        if name == "tiket":
            year = rng.choice([2025, 2025, 2026])
            return rng.choice([
                f"ADU-{year}-{rng.randint(1, 9999):04d}",
                f"LPR-{rng.randint(100, 99999):05d}",
                f"#{rng.randint(100000, 999999)}",
                f"SP4N-{year}{rng.randint(1, 12):02d}{rng.randint(1, 9999):04d}",
                f"TKT/{rng.randint(1, 9999):04d}/{year}",
            ])
        if name == "noreg":
            year = rng.choice([2025, 2026])
            return rng.choice([f"REG-{year}-{rng.randint(1, 99999):05d}",
                               f"{rng.randint(1, 999999):06d}/{year}",
                               f"3375-{rng.randint(1000000, 9999999)}"])
        if name == "nosurat":
            code = rng.choice(["600", "620", "640", "050"])
            return f"{code}/{rng.randint(100, 999)}/DPUPR/{rng.choice([2025, 2026])}"
        if name == "rtrw":
            a, b = rng.randint(1, 12), rng.randint(1, 15)
            return rng.choice([f"RT {a:02d}/RW {b:02d}", f"RT {a} RW {b}", f"RT.{a:02d}/RW.{b:02d}",
                               f"RT {a:02d} RW {b:02d}"])
        if name == "kel":
            return rng.choice(_KELURAHAN)
        if name == "kec":
            return rng.choice(_KECAMATAN)
        if name == "jalan":
            return rng.choice(_JALAN)
        if name == "jalan2":
            first = self.get("jalan")
            return rng.choice([street for street in _JALAN if street != first])
        if name == "jalan_prov":
            return rng.choice(_JALAN_PROV)
        if name in ("rp", "rp_kecil", "rp_besar"):
            if name == "rp_kecil":
                amount = rng.choice([1000, 2000, 2000, 3000, 4000, 5000, 7500, 10000])
            elif name == "rp_besar":
                amount = rng.randint(8, 120) * 50000
            else:
                amount = rng.choice([15000, 20000, 25000, 35000, 47500, 50000, 75000, 100000,
                                     125000, 150000, 185000, 250000, 350000, 500000])
            shape = rng.random()
            if shape < 0.6:
                return f"Rp {_thousands(amount)}"
            if shape < 0.85:
                return f"Rp{_thousands(amount)}"
            return f"Rp {_thousands(amount)},-"
        if name == "telp":
            number = rng.randint(0, 9999)
            return rng.choice([f"(0285) 42{number:04d}", f"0285-42{number:04d}",
                               f"(0285) 41{number:04d}"])
        if name == "wa":
            prefix = rng.choice(["0812", "0813", "0821", "0857", "0858", "0878", "0895"])
            a, b = rng.randint(1000, 9999), rng.randint(1000, 9999)
            return rng.choice([f"{prefix}-{a}-{b}", f"{prefix} {a} {b}", f"{prefix}{a}{b}"])
        if name in ("perwal", "perda"):
            number, year = rng.randint(1, 45), rng.randint(2015, 2024)
            if name == "perwal":
                if reg == "formal" and rng.random() < 0.4:
                    return f"Peraturan Wali Kota Pekalongan Nomor {number} Tahun {year}"
                return f"Perwal No. {number} Tahun {year}"
            if reg == "formal" and rng.random() < 0.4:
                return f"Perda Kota Pekalongan Nomor {number} Tahun {year}"
            return f"Perda No. {number} Tahun {year}"
        if name == "url":
            return rng.choice(_URLS[self.domain])
        simple = {"pkm": _PUSKESMAS, "posyandu": _POSYANDU, "sekolah": _SEKOLAH, "pasar": _PASAR,
                  "bank": _BANK, "durasi": _DURASI}
        if name in simple:
            return rng.choice(simple[name])
        if name == "loket":
            return rng.choice(["3", "5", "7", "B2", "C1"])
        if name == "kios":
            return f"{rng.choice('ABCD')}-{rng.randint(1, 60):02d}"
        if name == "plat":
            size = rng.randint(1, 3)
            letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(size))
            return f"G {rng.randint(1, 9999)} {letters}"
        if name == "tiang":
            return rng.choice([f"PJU-{rng.randint(1, 400):03d}", f"T-{rng.randint(10, 999)}",
                               f"{rng.randint(1, 99):02d}/{rng.randint(1, 30):02d}"])
        if name == "pelanggan":
            return rng.choice([f"{rng.randint(1, 9):02d}.{rng.randint(1, 99999):05d}",
                               f"{rng.randint(1000000, 9999999)}"])
        if name == "jumlah":
            return str(rng.choice([12, 18, 20, 25, 30, 32, 40, 45, 60, 75, 80, 96, 120, 150]))
        if name == "nbulan":
            return str(rng.randint(2, 6))
        raise KeyError(f"unknown slot {{{name}}}")


def _parse(markup: str, aspect: str | None) -> tuple[str, list[tuple[int, int, str]], list[str]]:
    """Strip ``[span]``/``[span|aspect]`` and ``<fact>`` marks; return text, spans and facts."""
    chars: list[str] = []
    spans: list[tuple[int, int, str]] = []
    facts: list[str] = []
    span_start: int | None = None
    fact_start: int | None = None
    i = 0
    while i < len(markup):
        ch = markup[i]
        if ch == "[":
            span_start = len(chars)
        elif ch == "|" and span_start is not None:
            close = markup.index("]", i)
            spans.append((span_start, len(chars), markup[i + 1:close]))
            span_start = None
            i = close
        elif ch == "]":
            if span_start is None or aspect is None:
                raise ValueError(f"stray ']' in {markup!r}")
            spans.append((span_start, len(chars), aspect))
            span_start = None
        elif ch == "<":
            fact_start = len(chars)
        elif ch == ">":
            if fact_start is None:
                raise ValueError(f"stray '>' in {markup!r}")
            facts.append("".join(chars[fact_start:]))
            fact_start = None
        else:
            chars.append(ch)
        i += 1
    if span_start is not None or fact_start is not None:
        raise ValueError(f"unclosed mark in {markup!r}")
    return "".join(chars), spans, facts


@dataclass
class _Seg:
    kind: str                      # opener, ack, fact, ticket, polite, harsh, closing
    text: str
    polite: str | None             # the rewrite's version; None drops it from the rewrite
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    pos: float = 1.0               # ordering key inside the body
    para: bool = False             # starts a new paragraph / line
    shouted: bool = False
    sub: str = ""                  # polite kind, to keep quotes out of shouting


def _plain(slots: _Slots, kind: str, template: str, pos: float = 1.0, sub: str = "") -> _Seg:
    text, _, facts = _parse(slots.fill(template), None)
    for fact in facts:
        slots.note_fact(fact)
    return _Seg(kind, text, text, pos=pos, sub=sub)


def _harsh(slots: _Slots, aspect: str, item: tuple[str, str, str, str | None], pos: float) -> _Seg:
    _, _, markup, polite = item
    text, spans, facts = _parse(slots.fill(markup), aspect)
    for fact in facts:
        slots.note_fact(fact)
    polite_text = _parse(slots.fill(polite), None)[0] if polite is not None else None
    return _Seg("harsh", text, polite_text, spans, pos=pos)


def _domain_ok(tag: str, domain: str) -> bool:
    if not tag:
        return True
    codes: list[str] = []
    for part in tag.split(","):
        codes.extend(_DOMAIN_GROUPS.get(part, part).split(","))
    return DOMAIN_CODE[domain] in codes


def _harsh_candidates(rng: random.Random, aspect: str, register: str, domain: str) -> list:
    code = _REG_CODE[register]
    codes = [code]
    if register == "medsos" and rng.random() < 0.35:
        codes.append("c")
    if register == "chat" and rng.random() < 0.15:
        codes.append("f")
    return [item for item in HARSH[aspect]
            if any(c in item[0] for c in codes) and _domain_ok(item[1], domain)]


# -- structural shouting / sarcasm ------------------------------------------------------------

def _protected(token: str) -> bool:
    core = token.strip(".,;:!?()\"'")
    return (any(ch.isdigit() for ch in token) or token.startswith("@") or ".go.id" in token
            or core in _KEEP_CASE)


def shout(text: str) -> str:
    """Upper-case a sentence the way an angry typist does; numbers, handles and URLs stay."""
    pieces = []
    for token in re.split(r"(\s+)", text):
        if not token or token.isspace() or _protected(token):
            pieces.append(token)
        else:
            pieces.append("".join(ch.upper() if len(ch.upper()) == 1 else ch for ch in token))
    return "".join(pieces)


def _shout_seg(seg: _Seg) -> bool:
    loud = shout(seg.text)
    if sum(a != b for a, b in zip(seg.text, loud, strict=True)) < 6:
        return False
    seg.text = loud
    alnum = [i for i, ch in enumerate(loud) if ch.isalnum()]
    start, end = alnum[0], alnum[-1] + 1
    run = re.match(r"[!?]{2,}", loud[end:])
    if run:
        end += run.end()
    seg.spans.append((start, end, "membentak"))
    seg.shouted = True
    return True


def _bang_seg(rng: random.Random, seg: _Seg) -> bool:
    text = seg.text
    if not text or text[-1] not in ".!?" or (len(text) > 1 and text[-2] in ".!?"):
        return False
    if any(end >= len(text) for _, end, _ in seg.spans):
        return False
    run = rng.choice(_QUESTION_RUNS if text[-1] == "?" else _BANG_RUNS)
    seg.text = text[:-1] + run
    seg.spans.append((len(text) - 1, len(text) - 1 + len(run), "membentak"))
    return True


def _shout_and_bang(rng: random.Random, seg: _Seg, bang_share: float) -> bool:
    """Capitalise a sentence, sometimes also ending it with a run of marks (one span for both)."""
    banged = rng.random() < bang_share and _bang_seg(rng, seg)
    shouted = _shout_seg(seg)
    if shouted and banged:
        seg.spans = _merge_spans(seg.spans)
    return shouted or banged


def _sneer_seg(rng: random.Random, seg: _Seg) -> bool:
    text = seg.text
    if not text or text[-1] not in ".!?" or seg.shouted:
        return False
    emoji = rng.choice(SARCASM_EMOJI)
    base = text[:-1] if (text[-1] == "." and rng.random() < 0.5) else text
    seg.text = f"{base} {emoji}"
    seg.spans.append((len(base) + 1, len(base) + 1 + len(emoji), "merendahkan"))
    return True


def _merge_spans(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept = []
    for span in spans:
        inside = any(other != span and other[2] == span[2] and other[0] <= span[0]
                     and span[1] <= other[1] for other in spans)
        if not inside and span not in kept:
            kept.append(span)
    return kept


# -- layout ------------------------------------------------------------------------------------

def _layout(rng: random.Random, register: str, opener: _Seg | None) -> dict[str, str]:
    style = {"body": " ", "para": "\n\n" if register == "formal" else "\n"}
    if opener is None:
        style["open"] = " "
    elif register == "formal":
        ends_sentence = opener.text.endswith((".", "!"))
        style["open"] = rng.choice([" ", "\n", "\n\n"] if ends_sentence else ["\n", "\n\n"])
    elif register == "chat":
        style["open"] = rng.choice([" ", " ", "\n"])
    else:
        style["open"] = " "
    style["lower"] = "1" if register != "formal" and rng.random() < 0.75 else ""
    style["close"] = {"formal": rng.choice(["\n\n", " ", "\n"]),
                      "chat": rng.choice([" ", " ", " ", "\n"]),
                      "medsos": " "}[register]
    return style


_NO_LOWER = {"Bapak", "Ibu", "Pak", "Bu", "Kak", "Kakak", "Mas", "Mbak", "Jl", "Gg", "Pasar",
             "Puskesmas", "Posyandu", "Perwal", "Perda", "Peraturan", "Pemerintah", "Dinas", "Kantor",
             "Tiang", "Halte"}


def _lower_first(text: str) -> str:
    """'Mohon ...' -> 'mohon ...' after 'Halo Kak,'; names, titles and acronyms stay."""
    match = re.match(r"([A-Z][a-z]+)(?=[ ,])", text)
    if not match or match.group(1) in _NO_LOWER:
        return text
    return text[0].lower() + text[1:]


def _join(parts: list[tuple[_Seg, str]], style: dict[str, str],
          with_spans: bool) -> tuple[str, list[tuple[int, int, str]]]:
    """Concatenate (segment, its text) pairs; returns the text and, if asked, absolute spans."""
    out = ""
    spans: list[tuple[int, int, str]] = []
    prev: _Seg | None = None
    for seg, text in parts:
        if prev is not None:
            if prev.kind == "opener":
                out += style["open"]
            elif seg.kind == "closing":
                out += "\n\n" if "\n" in seg.text else style["close"]
            else:
                out += style["para"] if seg.para else style["body"]
        after_comma_opener = prev is not None and prev.kind == "opener" and prev.text.endswith(",")
        if after_comma_opener and style["lower"] and style["open"] == " ":
            text = _lower_first(text)
        base = len(out)
        out += text
        if with_spans:
            spans.extend((base + s, base + e, a) for s, e, a in seg.spans)
        prev = seg
    return out, spans


# -- one row -----------------------------------------------------------------------------------

def _pick_aspects(rng: random.Random) -> list[str]:
    count = _weighted(rng, [(1, 0.38), (2, 0.37), (3, 0.25)])
    pool = list(_ASPECT_WEIGHTS)
    chosen = []
    for _ in range(count):
        aspect = _weighted(rng, pool)
        chosen.append(aspect)
        pool = [(a, w) for a, w in pool if a != aspect]
    # membentak is realised last: it may shout a sentence that another aspect put in.
    return sorted(chosen, key=lambda a: (a == "membentak", ASPECTS.index(a)))


def _draw(rng: random.Random) -> dict:
    register = _weighted(rng, _REGISTER_WEIGHTS)
    domain = rng.choice(DOMAINS)
    harsh = rng.random() < HARSH_SHARE
    slots = _Slots(rng, register, domain)
    frame_id, flag, formal_text, casual_text = rng.choice(FRAMES[domain])
    terse = rng.random() < 0.12
    code = _REG_CODE[register]

    opener = None
    if not terse and rng.random() < 0.85:
        opener = _plain(slots, "opener", rng.choice(OPENERS[register]))
    body: list[_Seg] = []
    ack = None
    if not terse and rng.random() < 0.45:
        ack = _plain(slots, "ack", rng.choice(ACKS[register]))
    use_formal = {"formal": 1.0, "chat": 0.15, "medsos": 0.45}[register]
    fact_text = formal_text if rng.random() < use_formal else casual_text
    body.append(_plain(slots, "fact", fact_text, pos=1.0))
    if rng.random() < (0.35 if terse else 0.25) and "{tiket}" not in formal_text + casual_text:
        body.append(_plain(slots, "ticket", rng.choice(TICKETS[register]), pos=1.3))
    if not terse:
        weights = [(0, 0.1), (1, 0.33), (2, 0.35), (3, 0.22)] if not harsh else \
                  [(0, 0.35), (1, 0.42), (2, 0.18), (3, 0.05)]
        polite_pool = [p for p in POLITE if code in p[0] and (p[1] != "ref" or flag == "b")
                       and _domain_ok(_POLITE_DOMAINS.get(p[2], ""), domain)]
        chosen = rng.sample(polite_pool, _weighted(rng, weights))
        refusals = [p for p in polite_pool if p[1] == "ref"]
        if flag == "b" and refusals and not any(p[1] == "ref" for p in chosen) \
                and rng.random() < (0.3 if harsh else 0.45):
            chosen.append(rng.choice(refusals))   # bad news delivered with a polite refusal
        for _, kind, template in chosen:
            body.append(_plain(slots, "polite", template, pos=_POLITE_POS[kind], sub=kind))

    structural: list[str] = []
    if harsh:
        for aspect in _pick_aspects(rng):
            if aspect == "merendahkan" and rng.random() < (0.25 if register != "formal" else 0.08):
                structural.append("sneer")
                continue
            if aspect == "membentak":
                roll = rng.random()
                if roll < 0.3 and any(s.kind == "harsh" for s in body):
                    structural.append("shout-harsh")
                    continue
                if roll < 0.55:
                    structural.append("shout-neutral")
                    continue
                if roll < 0.8:
                    structural.append("bang")
                    continue
            items = _harsh_candidates(rng, aspect, register, domain)
            two = rng.random() < 0.12 and len(items) > 1
            picks = rng.sample(items, 2) if two else [rng.choice(items)]
            for item in picks:
                body.append(_harsh(slots, aspect, item, pos=rng.uniform(0.3, 2.3)))

    order = sorted(range(len(body)), key=lambda i: (body[i].pos + rng.uniform(0, 1.6), i))
    body = [body[i] for i in order]
    for seg in body[1:]:
        seg.para = rng.random() < (0.15 if register != "medsos" else 0.0)

    for op in structural:
        done = False
        if op == "shout-harsh":
            targets = [s for s in body if s.kind == "harsh" and not s.shouted
                       and all(a != "membentak" for _, _, a in s.spans)]
            rng.shuffle(targets)
            done = any(_shout_and_bang(rng, seg, 0.5) for seg in targets)
        elif op == "shout-neutral":
            # facts first (an officer shouting the schedule), then neutral requests/information
            facts = [s for s in body if s.kind in ("fact", "ticket") and not s.shouted]
            others = [s for s in body if s.kind == "polite" and not s.shouted
                      and s.sub in ("info", "req", "ref", "fwd")]
            rng.shuffle(facts)
            rng.shuffle(others)
            targets = facts + others if rng.random() < 0.7 else others + facts
            done = any(_shout_and_bang(rng, seg, 0.4) for seg in targets)
        elif op == "bang":
            targets = [s for s in ([ack] if ack else []) + body if s.sub != "quote"]
            rng.shuffle(targets)
            done = any(_bang_seg(rng, seg) for seg in targets)
        elif op == "sneer":
            targets = [s for s in body if s.sub != "quote"]
            rng.shuffle(targets)
            done = any(_sneer_seg(rng, seg) for seg in targets)
        if not done:  # no sentence could carry it: fall back to a written harsh sentence
            aspect = "membentak" if op != "sneer" else "merendahkan"
            item = rng.choice(_harsh_candidates(rng, aspect, register, domain))
            body.insert(rng.randint(0, len(body)), _harsh(slots, aspect, item, pos=1.0))

    closing = None
    if not terse and rng.random() < 0.8:
        closing = _plain(slots, "closing", rng.choice(CLOSINGS[register]))

    segs = [seg for seg in [opener, ack, *body, closing] if seg is not None]
    style = _layout(rng, register, opener)
    text, spans = _join([(seg, seg.text) for seg in segs], style, with_spans=True)
    row: dict = {"text": text}
    if not harsh:
        row.update(label=LABEL_OK, aspects=[], spans=[])
    else:
        spans = sorted(set(spans), key=lambda s: (s[0], s[1], ASPECTS.index(s[2])))
        present = {a for _, _, a in spans}
        row.update(label=LABEL_HARSH, aspects=[a for a in ASPECTS if a in present],
                   spans=[{"text": text[s:e], "start": s, "end": e, "aspect": a}
                          for s, e, a in spans])
    row.update(domain=domain, register=register, source="composed", group=f"cmp-{frame_id}")
    if harsh:
        parts: list[tuple[_Seg, str]] = []
        seen: list[str] = []
        for seg in segs:
            if seg.polite is None or (seg.kind == "harsh" and seg.polite in seen):
                continue
            parts.append((seg, seg.polite))
            seen.append(seg.polite)
        rewrite_style = style
        if opener is None and rng.random() < 0.5:
            added = _plain(slots, "opener", rng.choice(OPENERS[register]))
            parts.insert(0, (added, added.text))
            rewrite_style = dict(style, open=_layout(rng, register, added)["open"])
        rewrite, _ = _join(parts, rewrite_style, with_spans=False)
        keep = [f for f in slots.facts if len(f) > 1 and f in text and f in rewrite]
        keep.sort(key=text.index)
        row.update(rewrite=rewrite, keep=keep)
    return row


def compose(n: int, seed: int) -> list[dict]:
    """``n`` distinct composed rows, the same for the same seed (ids cmp-000001 ...)."""
    rng = random.Random(seed)
    rows: list[dict] = []
    seen: set[str] = set()
    attempts = 0
    while len(rows) < n:
        attempts += 1
        if attempts > 50 * n + 1000:
            raise RuntimeError(f"could not draw {n} distinct rows")
        row = _draw(rng)
        if row["text"] in seen:
            continue
        seen.add(row["text"])
        rows.append({"id": f"cmp-{len(rows) + 1:06d}", **row})
    return rows


# ============================================================================= checks & CLI

_CAPS_WORD = re.compile(r"\b[A-Z][A-Z0-9]{1,}\b")


def _loud_words(text: str) -> list[str]:
    bare = _SLOT.sub("", text)
    return [w for w in _CAPS_WORD.findall(bare) if w not in ACRONYMS]


def _looks_harsh(text: str) -> bool:
    return bool(_loud_words(text) or "!!" in text or "?!" in text
                or any(emoji in text for emoji in "🙄😂🤭"))


def validate_pools() -> list[str]:
    """Problems with the phrase pools (sizes, marks, shouting in polite text); [] when fine."""
    problems: list[str] = []
    for register in REGISTERS:
        for name, pool, least in (("opener", OPENERS, 25), ("closing", CLOSINGS, 25)):
            if len(pool[register]) < least:
                problems.append(f"{name} pool for {register} has {len(pool[register])} < {least}")
    if len(POLITE) < 80:
        problems.append(f"polite pool has {len(POLITE)} < 80")
    for domain in DOMAINS:
        if len(FRAMES[domain]) < 12:
            problems.append(f"{domain} has {len(FRAMES[domain])} fact frames < 12")
    for aspect in ASPECTS:
        items = HARSH[aspect]
        if len(items) < 40:
            problems.append(f"{aspect} has {len(items)} harsh items < 40")
        for code in "fcm":
            if sum(code in item[0] for item in items) < 5:
                problems.append(f"{aspect} has fewer than 5 items for register {code}")
        for _, _, markup, polite in items:
            _, spans, _ = _parse(markup, aspect)
            if not spans:
                problems.append(f"{aspect} item without span: {markup!r}")
            if aspect != "membentak" and (_loud_words(markup) or "!!" in markup or "?!" in markup):
                problems.append(f"{aspect} item shouts: {markup!r}")
            if polite is not None and _looks_harsh(polite):
                problems.append(f"polite counterpart not polite-looking: {polite!r}")
    neutral = [t for pool in (OPENERS, CLOSINGS, ACKS, TICKETS) for ts in pool.values() for t in ts]
    neutral += [t for _, kind, t in POLITE if kind != "quote"]
    neutral += [t for frames in FRAMES.values() for _, _, f, c in frames for t in (f, c)]
    for template in neutral:
        if _looks_harsh(template):
            problems.append(f"neutral template looks harsh: {template!r}")
    ids = [frame[0] for frames in FRAMES.values() for frame in frames]
    if len(ids) != len(set(ids)):
        problems.append("duplicate frame ids")
    # every template must fill and parse in every register/domain
    probe = random.Random(0)
    for register in REGISTERS:
        for domain in DOMAINS:
            slots = _Slots(probe, register, domain)
            templates = neutral + [t for _, kind, t in POLITE]
            templates += [t for items in HARSH.values() for item in items for t in item[2:] if t]
            for template in templates:
                try:
                    _parse(slots.fill(template), "kasar")
                except (KeyError, ValueError) as error:
                    problems.append(f"{template!r}: {error}")
    return sorted(set(problems))


def counts(rows: list[dict]) -> dict[str, Counter]:
    """Rows per label, aspect, register and domain."""
    table = {"label": Counter(), "aspect": Counter(), "register": Counter(), "domain": Counter(),
             "aspects_per_harsh_row": Counter()}
    for row in rows:
        table["label"][row["label"]] += 1
        table["register"][row["register"]] += 1
        table["domain"][row["domain"]] += 1
        for aspect in row["aspects"]:
            table["aspect"][aspect] += 1
        if row["aspects"]:
            table["aspects_per_harsh_row"][len(row["aspects"])] += 1
    return table


def write_rows(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--n", type=int, default=2800)
    parser.add_argument("--out", type=Path, default=Path("data/composed/composed.jsonl"))
    args = parser.parse_args(argv)
    problems = validate_pools()
    for problem in problems:
        print(f"pool problem: {problem}", file=sys.stderr)
    if problems:
        return 1
    rows = compose(args.n, args.seed)
    write_rows(args.out, rows)
    print(f"{args.out}: {len(rows)} rows")
    for name, counter in counts(rows).items():
        order = {"aspect": ASPECTS, "register": REGISTERS, "domain": DOMAINS}.get(name)
        keys = [k for k in order if k in counter] if order else sorted(counter)
        print(f"{name}: " + ", ".join(f"{k}={counter[k]}" for k in keys))
    return 0


if __name__ == "__main__":
    sys.exit(main())

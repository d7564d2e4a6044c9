"""The label and aspect vocabulary of the v1 result contract, defined once for every door."""

from __future__ import annotations

LABEL_HARSH = "nada_tinggi"
LABEL_OK = "ok"
LABELS: tuple[str, ...] = (LABEL_OK, LABEL_HARSH)

# Order matters: it is the column order of every aspect matrix in training and serving.
ASPECTS: tuple[str, ...] = (
    "kasar",
    "menyalahkan",
    "merendahkan",
    "mengabaikan",
    "membentak",
    "memerintah",
    "mengancam",
)

ASPECT_DESCRIPTIONS: dict[str, str] = {
    "kasar": "Kata kasar, makian, atau julukan yang menghina.",
    "menyalahkan": "Menyalahkan warga atas masalah yang dilaporkan.",
    "merendahkan": "Merendahkan, mengejek, atau menyindir warga.",
    "mengabaikan": "Menolak tanpa jalan keluar, melempar tanggung jawab, atau tidak peduli.",
    "membentak": "Terbaca seperti berteriak: huruf kapital semua atau tanda seru/tanya berderet.",
    "memerintah": "Perintah ketus yang menyuruh warga tanpa sopan santun.",
    "mengancam": "Ancaman atau intimidasi kepada warga.",
}

DOMAINS: tuple[str, ...] = (
    "kependudukan",
    "kesehatan",
    "air_bersih",
    "jalan_drainase",
    "kebersihan",
    "penerangan",
    "perizinan",
    "sosial",
    "pendidikan",
    "pasar_umkm",
    "transportasi_parkir",
    "lainnya",
)

REGISTERS: tuple[str, ...] = ("formal", "chat", "medsos")
SOURCES: tuple[str, ...] = ("handwritten", "composed")

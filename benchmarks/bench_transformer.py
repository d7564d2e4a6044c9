"""CPU cost of the transformer detector: torch fp32 eager vs ONNX Runtime fp32 vs ONNX Runtime
int8, on an IndoBERT-base-shaped model with random weights (the cost of IndoBERT without
its download), and the int8 vs fp32 label agreement of a small BERT fine-tuned here on data/.

Not a test: it prints tables and asserts nothing about time.

    .venv/bin/python benchmarks/bench_transformer.py [--rounds 5] [--cold-rounds 3]

Latency and throughput are measured in one process with the three variants loaded side by
side and alternating round by round, so a busy machine slows all three alike. Cold start
and peak memory are measured in a fresh process per variant and round (variants
alternating), from the first import of Santun to the first answer; the page cache is warm
after the first round, so "from disk" means from a cached file, as on a restarted service.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

VARIANTS = ("torch fp32 eager", "onnx fp32", "onnx int8")
# A typical reply, about 60 tokens once normalised and tokenised.
REPLY = ("Selamat siang Bapak, terima kasih atas laporannya mengenai lampu jalan yang padam di "
         "Jl. Kenanga RT 03 Kelurahan Medono. Petugas kami sudah mengecek lokasi kemarin sore "
         "dan kabel yang putus akan diganti paling lambat hari Kamis. Bila sampai Jumat lampu "
         "belum menyala, mohon kabari kami lagi lewat nomor ini. Mohon maaf atas "
         "ketidaknyamanannya ya Pak.")
BATCH = 32


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000.0


def _p90_ms(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))] * 1000.0


def _peak_rss_mb() -> float:
    """This process's peak resident memory. ``ru_maxrss`` is no use here: a child started
    by fork and exec inherits the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _size_mb(directory: Path) -> float:
    return sum(p.stat().st_size for p in directory.iterdir() if p.is_file()) / 2**20


# ---- worker: one cold start in a fresh process ----------------------------------------------
def worker(directory: str) -> None:
    started = time.perf_counter()
    from models.analysis import analyze
    from models.detector import load_detector

    imported = time.perf_counter()
    detector = load_detector(directory)
    loaded = time.perf_counter()
    detector.predict([analyze(REPLY)])
    answered = time.perf_counter()
    detector.predict([analyze(REPLY)] * BATCH)  # peak memory includes a full batch
    print(json.dumps({
        "import_s": imported - started, "load_s": loaded - imported,
        "first_s": answered - loaded, "cold_s": answered - started,
        "peak_rss_mb": _peak_rss_mb(),
        "torch_imported": "torch" in sys.modules,
    }))


def cold_starts(directories: dict[str, Path], rounds: int) -> dict[str, list[dict]]:
    results: dict[str, list[dict]] = {v: [] for v in directories}
    names = list(directories)
    for r in range(rounds):
        for name in names[r % len(names):] + names[: r % len(names)]:
            output = subprocess.run(
                [sys.executable, __file__, "--worker", str(directories[name])],
                check=True, capture_output=True, text=True, cwd=REPO).stdout
            results[name].append(json.loads(output.strip().splitlines()[-1]))
    return results


# ---- artifacts ------------------------------------------------------------------------------
def build_artifacts(work: Path) -> dict[str, Path]:
    from models.detector import Manifest
    from models.normalize import NORMALIZER_VERSION
    from models.taxonomy import ASPECTS
    from training.finetune import export_onnx, init_model, save_artifact
    from training.tiny import build_indobert_shaped_base

    started = time.perf_counter()
    base = build_indobert_shaped_base(work / "indobert-shaped-base")
    model, tokenizer = init_model(str(base))
    manifest = Manifest(
        name="bench-indobert-shaped", version="random-weights", kind="transformer",
        threshold=0.5, aspect_thresholds=dict.fromkeys(ASPECTS, 0.5),
        normalizer_version=NORMALIZER_VERSION, base_model=str(base), max_length=128,
        extra={"pad_token_id": tokenizer.pad_token_id},
    )
    directories = {"torch fp32 eager": work / "torch", "onnx fp32": work / "onnx-fp32",
                   "onnx int8": work / "onnx-int8"}
    save_artifact(model, tokenizer, directories["torch fp32 eager"], manifest)
    parameters = sum(p.numel() for p in model.parameters())
    del model
    export_onnx(directories["torch fp32 eager"], directories["onnx fp32"], quantize=False)
    export_onnx(directories["torch fp32 eager"], directories["onnx int8"], quantize=True)
    print(f"built IndoBERT-shaped artifacts ({parameters / 1e6:.1f}M parameters) in "
          f"{time.perf_counter() - started:.0f} s", flush=True)
    return directories


def batch_texts() -> list[list[str]]:
    """Three batches of 32 real replies (test split), the shape a batch request has."""
    from training.dataset import load_corpus

    texts = [r["text"] for r in load_corpus().split("test")][: 3 * BATCH]
    while len(texts) < 3 * BATCH:
        texts.append(REPLY)
    return [texts[i : i + BATCH] for i in range(0, len(texts), BATCH)]


def interleaved(directories: dict[str, Path], rounds: int, singles: int = 20
                ) -> dict[str, dict[str, list[float]]]:
    from models.analysis import analyze
    from models.detector import load_detector

    detectors = {name: load_detector(d) for name, d in directories.items()}
    reply = [analyze(REPLY)]
    batches = [[analyze(t) for t in batch] for batch in batch_texts()]
    tokens = len(detectors["torch fp32 eager"].encode(reply)[0])
    average = statistics.mean(len(ids) for b in batches for ids in detectors["onnx fp32"].encode(b))
    print(f"single reply: {tokens} tokens; batches: {BATCH} test-split replies, {average:.0f} "
          "tokens on average", flush=True)
    for detector in detectors.values():  # warm-up: allocator, thread pools, caches
        for _ in range(3):
            detector.predict(reply)
        detector.predict(batches[0])
    times: dict[str, dict[str, list[float]]] = {n: {"single": [], "batch": []} for n in detectors}
    names = list(detectors)
    for r in range(rounds):
        for name in names[r % len(names):] + names[: r % len(names)]:
            detector = detectors[name]
            for _ in range(singles):
                start = time.perf_counter()
                detector.predict(reply)
                times[name]["single"].append(time.perf_counter() - start)
            for batch in batches:
                start = time.perf_counter()
                detector.predict(batch)
                times[name]["batch"].append(time.perf_counter() - start)
    return times


# ---- int8 vs fp32 agreement on a small fine-tuned BERT --------------------------------------
def agreement(work: Path) -> dict:
    import numpy as np
    import torch

    from models.analysis import analyze
    from models.detector import load_detector
    from training.dataset import labels_of, load_corpus
    from training.finetune import FinetuneConfig, finetune
    from training.metrics import label_metrics
    from training.tiny import build_tiny_base

    # Timing is over by now; one thread trains a model this small faster on a shared machine
    # (no spin-waiting between intra-op threads).
    torch.set_num_threads(1)
    started = time.perf_counter()
    base = build_tiny_base(work / "small-base", lines=3000, vocab_size=6000, hidden_size=128,
                           num_hidden_layers=4, num_attention_heads=4, intermediate_size=512)
    corpus = load_corpus()
    result = finetune(work / "small", FinetuneConfig(base_model=str(base), epochs=4, lr=1e-3,
                                                     batch_size=32, patience=2),
                      onnx=True, corpus=corpus)
    rows = corpus.split("test", "handwritten")
    analyses = [analyze(r["text"]) for r in rows]
    fp32, int8 = load_detector(result.directory), load_detector(result.onnx_directory)
    fp32_scores = np.array([p.score for p in fp32.predict(analyses)])
    int8_scores = np.array([p.score for p in int8.predict(analyses)])
    fp32_labels = fp32_scores >= fp32.manifest.threshold
    int8_labels = int8_scores >= int8.manifest.threshold
    gold = labels_of(rows)
    fp32_aspects = np.array([[p.aspects[a] for a in p.aspects] for p in fp32.predict(analyses)])
    int8_aspects = np.array([[p.aspects[a] for a in p.aspects] for p in int8.predict(analyses)])
    return {
        "rows": len(rows), "seconds": time.perf_counter() - started,
        "thresholds": (fp32.manifest.threshold, int8.manifest.threshold),
        "agree_own": float((fp32_labels == int8_labels).mean()),
        "agree_same": float((fp32_labels == (int8_scores >= fp32.manifest.threshold)).mean()),
        "max_diff": float(np.abs(fp32_scores - int8_scores).max()),
        "mean_diff": float(np.abs(fp32_scores - int8_scores).mean()),
        "aspect_max_diff": float(np.abs(fp32_aspects - int8_aspects).max()),
        "fp32": label_metrics(gold, fp32_labels.astype(int)),
        "int8": label_metrics(gold, int8_labels.astype(int)),
        "dev_fp32": fp32.manifest.metrics["dev"]["macro_f1"],
        "dev_int8": int8.manifest.metrics["dev"]["macro_f1"],
    }


# ---- report ---------------------------------------------------------------------------------
def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def report_speed(directories, times, colds, load_before: float) -> None:
    import onnxruntime
    import torch

    torch_name = VARIANTS[0]
    single = {n: _median_ms(t["single"]) for n, t in times.items()}
    p90 = {n: _p90_ms(t["single"]) for n, t in times.items()}
    throughput = {n: BATCH / statistics.median(t["batch"]) for n, t in times.items()}
    cold = {n: statistics.median(c["cold_s"] for c in runs) for n, runs in colds.items()}
    load = {n: statistics.median(c["load_s"] for c in runs) for n, runs in colds.items()}
    rss = {n: statistics.median(c["peak_rss_mb"] for c in runs) for n, runs in colds.items()}
    size = {n: _size_mb(d) for n, d in directories.items()}

    def ratio(values, name):
        return f"{values[name] / values[torch_name]:.2f}x"

    print()
    print(f"CPU: {_cpu()}, {os.cpu_count()} cores; torch {torch.__version__} "
          f"({torch.get_num_threads()} threads), onnxruntime {onnxruntime.__version__} "
          f"(default threads); 1-minute load average {load_before:.1f} before, "
          f"{os.getloadavg()[0]:.1f} after")
    print(f"IndoBERT-base-shaped model, random weights; {len(times[torch_name]['single'])} "
          f"single and {len(times[torch_name]['batch'])} batch calls per variant, interleaved; "
          f"{len(colds[torch_name])} cold starts per variant. Ratios are variant / torch.")
    header = ("| variant | on disk MB | latency 1 reply, median ms (p90) | ratio | "
              "throughput, batches of 32, replies/s | ratio | cold start s (of which load) | "
              "ratio | peak RSS MB | ratio |")
    print(header)
    print("|" + "---|" * 10)
    for name in directories:
        print(f"| {name} | {size[name]:.0f} | {single[name]:.1f} ({p90[name]:.1f}) | "
              f"{ratio(single, name)} | {throughput[name]:.1f} | {ratio(throughput, name)} | "
              f"{cold[name]:.2f} ({load[name]:.2f}) | {ratio(cold, name)} | {rss[name]:.0f} | "
              f"{ratio(rss, name)} |")
    torch_free = [n for n, runs in colds.items() if not any(c["torch_imported"] for c in runs)]
    if torch_free:
        print(f"(torch never imported by: {', '.join(torch_free)})", flush=True)


def report_agreement(agree: dict) -> None:
    print()
    print(f"int8 vs fp32 on a small BERT (4 layers, hidden 128) fine-tuned here on data/, "
          f"test split ({agree['rows']} handwritten replies), {agree['seconds']:.0f} s to build:")
    print("| | fp32 (torch) | int8 (ONNX Runtime) |")
    print("|---|---|---|")
    print(f"| threshold chosen on dev | {agree['thresholds'][0]:.2f} | "
          f"{agree['thresholds'][1]:.2f} |")
    print(f"| dev macro-F1 | {agree['dev_fp32']:.3f} | {agree['dev_int8']:.3f} |")
    for key in ("macro_f1", "f1", "false_alarm_rate"):
        print(f"| test {key} | {agree['fp32'][key]:.3f} | {agree['int8'][key]:.3f} |")
    print(f"label agreement: {agree['agree_own']:.1%} (each at its own threshold), "
          f"{agree['agree_same']:.1%} (both at fp32's); |score difference| mean "
          f"{agree['mean_diff']:.4f}, max {agree['max_diff']:.4f}; aspect max "
          f"{agree['aspect_max_diff']:.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cold-rounds", type=int, default=3)
    parser.add_argument("--workdir", default=None, help="keep the artifacts here")
    parser.add_argument("--skip-agreement", action="store_true")
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker)
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.workdir or tmp)
        work.mkdir(parents=True, exist_ok=True)
        directories = build_artifacts(work)
        load_before = os.getloadavg()[0]
        times = interleaved(directories, args.rounds)
        colds = cold_starts(directories, args.cold_rounds)
        report_speed(directories, times, colds, load_before)
        if not args.skip_agreement:
            report_agreement(agreement(work))


if __name__ == "__main__":
    main()

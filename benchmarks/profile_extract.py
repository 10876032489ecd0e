"""Where extraction (and inbox ingest) spends its time, on N synthetic articles.

    .venv/bin/pip install pyinstrument        # once; not a project dependency
    .venv/bin/python benchmarks/profile_extract.py --n 2000

Profiles, in this process:
  1. extract_document over the pre-loaded texts (pyinstrument call tree + cProfile self-time table);
  2. with --ingest, ingest_inboxes over the same files into a scratch archive and lake (file reads, hashing,
     archive writes, HTML -> text with trafilatura).
Writes benchmarks/results/profile-<what>-<timestamp>.txt (+ .cprofile.txt; .html with --html) and prints the top functions by self time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402


def corpus_for(n: int, seed: int, fmt: str, work: Path) -> Path:
    import json

    corpus = work / f"corpus-{n}-{fmt}-s{seed}"
    gold = corpus / "_gold.json"
    if not gold.exists() or (json.loads(gold.read_text()).get("n"), json.loads(gold.read_text()).get("format")) != (n, fmt):
        generate.generate(n, seed, corpus, fmt)
    return corpus


def top_self_time(profile: cProfile.Profile, limit: int = 25) -> str:
    buf = io.StringIO()
    stats = pstats.Stats(profile, stream=buf)
    stats.sort_stats("tottime").print_stats(limit)
    return buf.getvalue()


HTML = False  # --html: also write pyinstrument's interactive HTML (several MB)


def profile_call(label: str, fn, results: Path, stamp: str) -> None:
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    t0 = time.perf_counter()
    profiler.start()
    fn()
    profiler.stop()
    wall = time.perf_counter() - t0
    text = profiler.output_text(unicode=True, color=False, show_all=False)
    (results / f"profile-{label}-{stamp}.txt").write_text(text)
    if HTML:
        (results / f"profile-{label}-{stamp}.html").write_text(profiler.output_html())
    # cProfile for an exact self-time ranking (it slows the run ~2x; the shares are what matter).
    cp = cProfile.Profile()
    cp.enable()
    fn()
    cp.disable()
    table = top_self_time(cp)
    (results / f"profile-{label}-{stamp}.cprofile.txt").write_text(table)
    print(f"== {label}: {wall:.2f} s under pyinstrument; tree in {results / f'profile-{label}-{stamp}.txt'}")
    print(text[:6000])
    print(table[:5000])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--format", choices=["txt", "html", "mixed"], default="mixed")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "pledges-bench")
    ap.add_argument("--ingest", action="store_true", help="also profile ingest_inboxes over the files")
    ap.add_argument("--results", type=Path, default=HERE / "results")
    ap.add_argument("--html", action="store_true", help="also write pyinstrument's HTML view (large)")
    args = ap.parse_args(argv)
    global HTML
    HTML = args.html
    args.results.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    corpus = corpus_for(args.n, args.seed, args.format, args.work)

    from pipeline.documents import iter_article_paths, read_local_document
    from pipeline.extraction import extract_document

    docs = [read_local_document(p)[0] for p in iter_article_paths([corpus])]
    for d in docs[:20]:
        extract_document(d)
    t0 = time.perf_counter()
    for d in docs:
        extract_document(d)
    plain = time.perf_counter() - t0
    print(f"{len(docs)} documents, mean {sum(len(d.text) for d in docs) / len(docs):.0f} chars: {plain:.2f} s unprofiled, {len(docs) / plain:.0f} docs/s")

    def run_extract():
        for d in docs:
            extract_document(d)

    profile_call("extract", run_extract, args.results, stamp)

    if args.ingest:
        from pipeline.archive import Archive
        from pipeline.ingest import ingest_inboxes
        from pipeline.sources import InboxSource

        def run_ingest():
            with tempfile.TemporaryDirectory() as scratch:
                root = Path(scratch)
                # In-process (workers=1): the profiler does not see into a pool's workers.
                list(ingest_inboxes([InboxSource("bench", corpus)], Archive(root / "archive"), root / "lake", date(2025, 1, 15), workers=1))

        profile_call("ingest", run_ingest, args.results, stamp)
    return 0


if __name__ == "__main__":
    sys.exit(main())

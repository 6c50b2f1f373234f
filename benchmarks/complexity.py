"""How extraction time grows with the size of adversarial and concatenated inputs (issue #18).

    .venv/bin/python benchmarks/complexity.py [--scale 1.0] [--family NAME ...] [--runs 2] [--huge]

Each family builds a text at three sizes (each twice the one before) and extracts it once in this
process, models warm. Prints CPU seconds per size and the growth exponent log2(t2 / t1) between
neighbouring sizes: 1.0 is linear, 2.0 quadratic (the least of ``--runs`` extractions each). ``--scale``
multiplies every size (0.25 for a quick look). The seed family reads ``../shared/gold`` and is skipped when it
is absent. ``--huge`` adds the issue's bounds, each in a fresh process: a 5 MB text of the fixtures
concatenated and MAX_CHARS of `слово ` (CPU seconds and peak RSS).
"""

from __future__ import annotations

import argparse
import math
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "gold"

NAMES = ["Иван", "Пётр", "Алексей", "Мария", "Анна", "Сергей", "Олег", "Нурлан", "Бахыт", "Ержан"]
SURNAMES = ["Иванов", "Петров", "Сидоров", "Смирнов", "Кузнецов", "Попов", "Лебедев", "Козлов",
            "Новиков", "Морозов", "Волков", "Соколов", "Зайцев", "Павлов", "Семёнов", "Голубев"]
COUNTRIES = ["Казахстана", "Сербии", "Венгрии", "Китая", "Японии", "Турции", "Египта", "Индии"]
PLACES = ["Сербии", "Венгрии", "Китае", "Японии", "Турции", "Египте", "Индии", "Казахстане"]


def _person(k: int) -> str:
    """A distinct name for every k (first name × surname × a numbered surname stem)."""
    return f"{NAMES[k % len(NAMES)]} {SURNAMES[(k // len(NAMES)) % len(SURNAMES)]}"


def _distinct(k: int) -> str:
    stem = "".join("бвгдклмнпрст"[int(d)] for d in str(k))
    return f"{NAMES[k % len(NAMES)]} {stem.capitalize()}ов"


def _texts_of(folder: Path, pattern: str) -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob(pattern)))


def _repeat_to(base: str, n: int) -> str:
    """`base` repeated until the text has at least n characters."""
    return (base + "\n\n") * max(1, math.ceil(n / (len(base) + 2)))


FAMILIES: dict[str, tuple[Callable[[int], str], int]] = {
    # name: (builder of a text for size n, the smallest n)
    "seeds concatenated": (lambda n: _repeat_to(_texts_of(SEEDS, "seed_*.txt"), n), 75_000),
    "fixtures concatenated": (lambda n: _repeat_to(_texts_of(ROOT / "fixtures", "*.txt"), n), 150_000),
    "посол X в Y Имя Фамилия, × n": (lambda n: "".join(
        f"посол {COUNTRIES[k % 8]} в {PLACES[(k + 3) % 8]} {_person(k)}, " for k in range(n)), 2_000),
    "a titled person per sentence": (lambda n: " ".join(
        f"Министр иностранных дел {COUNTRIES[k % 8]} {_person(k)} посетил Астану." for k in range(n)), 1_000),
    "distinct person names": (lambda n: " ".join(
        f"{_distinct(k)} встретился с {_distinct(k + 1)}." for k in range(n)), 2_000),
    "initials А. × n": (lambda n: "А. " * n, 10_000),
    "Казахстан × n": (lambda n: "Казахстан " * n, 20_000),
    "слово × n": (lambda n: "слово " * n, 50_000),
    "one sentence repeated": (lambda n: "Президент Казахстана провёл переговоры с премьером Сербии. " * n, 2_000),
    "nested «": (lambda n: "«" * n + "Газпром" + "»" * n, 20_000),
}
HUGE: dict[str, Callable[[], str]] = {
    # the bounds: a 5 MB (UTF-8) text of the fixtures concatenated, and MAX_CHARS of `слово `
    "5 MB of fixtures concatenated": lambda: _repeat_to(_texts_of(ROOT / "fixtures", "*.txt"), 2_700_000),
    "MAX_CHARS of слово": lambda: "слово " * (4_000_000 // 6),
}


def _cpu(nlp: Callable[[str], object], text: str, runs: int = 1) -> float:
    """The least CPU seconds of ``runs`` extractions (the machines are noisy)."""
    best = float("inf")
    for _ in range(runs):
        began = time.process_time()
        nlp(text)
        best = min(best, time.process_time() - began)
    return best


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _huge(name: str) -> None:
    """One huge text in this process (its peak RSS is this process's): CPU seconds and peak RSS."""
    from diplonlp import Pipeline

    nlp = Pipeline()
    nlp("Посол Казахстана в Сербии Иван Петров.")
    text = HUGE[name]()
    cpu = _cpu(nlp, text)
    print(f"| {name} | {len(text):,} chars, {len(text.encode()) / 1e6:.1f} MB | {cpu:.1f} | {_rss_mb():.0f} |",
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size")
    parser.add_argument("--family", action="append", help="run only these families (substring)")
    parser.add_argument("--runs", type=int, default=2, help="extractions of each text; the least time is kept")
    parser.add_argument("--huge", action="store_true", help="also the issue's two bounds, each in a process")
    parser.add_argument("--one", choices=sorted(HUGE), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        return _huge(args.one)
    from diplonlp import Pipeline

    nlp = Pipeline()
    nlp("Посол Казахстана в Сербии Иван Петров.")
    print("| family | sizes (chars) | CPU s | exponent 1→2 | exponent 2→3 |\n|---|---|---|---|---|")
    for name, (build, smallest) in FAMILIES.items():
        if args.family and not any(part in name for part in args.family):
            continue
        if name.startswith("seeds") and not SEEDS.is_dir():
            print(f"| {name} | skipped: {SEEDS} is absent | | | |")
            continue
        texts = [build(max(1, int(smallest * args.scale * 2 ** k))) for k in range(3)]
        times = [max(_cpu(nlp, text, args.runs), 1e-3) for text in texts]
        growth = [math.log2(times[k + 1] / times[k]) / math.log2(len(texts[k + 1]) / len(texts[k]))
                  for k in range(2)]
        sizes = " / ".join(f"{len(t):,}" for t in texts)
        cpu = " / ".join(f"{t:.2f}" for t in times)
        print(f"| {name} | {sizes} | {cpu} | {growth[0]:.2f} | {growth[1]:.2f} |", flush=True)
    print(f"\npeak RSS {_rss_mb():.0f} MB")
    if args.huge:
        print("\n| text | size | CPU s | peak RSS MB |\n|---|---|---|---|", flush=True)
        for name in HUGE:
            subprocess.run([sys.executable, __file__, "--one", name], check=True)


if __name__ == "__main__":
    main()

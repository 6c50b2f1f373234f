"""Command line: ``diplonlp extract [FILE ...]`` (text or JSONL in, JSON or JSONL out) and ``diplonlp eval``."""

from __future__ import annotations

import argparse
import json
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Record:
    """One input item: where it came from, its id and date (JSONL), its text or why it has none."""

    name: str
    text: str | None = None
    id: str | None = None
    date: str | None = None
    error: str | None = None


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    return Path(path).read_text(encoding="utf-8")


def _why(err: Exception) -> str:
    if isinstance(err, UnicodeDecodeError):
        return "not UTF-8 text"
    if isinstance(err, OSError):
        return err.strerror or str(err)
    return str(err)


def _records(files: list[str], input_format: str) -> Iterator[Record]:
    for path in files:
        try:
            content = _read(path)
        except (OSError, UnicodeDecodeError) as err:
            yield Record(path, error=_why(err))
            continue
        if input_format == "text":
            yield Record(path, text=content)
            continue
        for number, line in enumerate(content.splitlines(), 1):
            if not line.strip():
                continue
            name = f"{path}:{number}"
            try:
                item = json.loads(line)
                if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                    raise ValueError('expected an object with a "text" string')
            except ValueError as err:
                yield Record(name, error=f"bad JSONL record: {err}")
                continue
            item_id = item.get("id")
            yield Record(name, text=item["text"], id=None if item_id is None else str(item_id), date=item.get("date"))


def _extract(args: argparse.Namespace) -> int:
    from .pipeline import ExtractionError, Pipeline

    files = args.files or ["-"]
    pending: deque[Record] = deque()
    failed = total = 0

    def texts() -> Iterator[str]:
        nonlocal failed, total
        for record in _records(files, args.input_format):
            total += 1
            if record.error is not None:
                print(f"diplonlp: {record.name}: {record.error}", file=sys.stderr)
                failed += 1
                continue
            pending.append(record)
            yield record.text  # type: ignore[misc]

    stream = Pipeline().pipe(texts(), batch_size=args.batch_size, n_process=args.jobs, on_error="return")
    if sys.stderr.isatty():
        from tqdm import tqdm

        stream = tqdm(stream, unit="doc", file=sys.stderr)
    collected: list[dict[str, object]] = []
    for item in stream:
        record = pending.popleft()
        if isinstance(item, ExtractionError):
            print(f"diplonlp: {record.name}: {item.cause}", file=sys.stderr)
            failed += 1
            continue
        if record.date and not item.date:
            item.date = record.date
        data = item.model_dump(mode="json")
        if record.id is not None:
            data = {"id": record.id, **data}
        if args.format == "jsonl":
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            collected.append(data)
    if args.format == "json" and collected:
        single = len(files) == 1 and args.input_format == "text"
        json.dump(collected[0] if single else collected, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    if failed:
        print(f"diplonlp: {failed} of {total} inputs failed", file=sys.stderr)
        return 2 if failed == total else 1
    return 0


def _eval(args: argparse.Namespace) -> int:
    from .corpora import evaluate

    if not Path(args.path).is_dir():
        print(f"diplonlp: {args.path}: not a folder", file=sys.stderr)
        return 2
    report = evaluate(args.path, args.corpus, export=args.export)
    if args.json:
        json.dump(report.as_dict(), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(report.table())
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="diplonlp", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help="extract entities and relations from text files (stdin without files)")
    ext.add_argument("files", nargs="*", help="UTF-8 text files; '-' or none reads standard input")
    ext.add_argument("--format", choices=("json", "jsonl"), default="json", help="output: one JSON document "
                     "(an array for several inputs) or one document per line, in input order")
    ext.add_argument("--input-format", choices=("text", "jsonl"), default="text",
                     help='text files, or JSONL files of {"id", "text", "date"?} records')
    ext.add_argument("--jobs", type=int, default=1, help="worker processes (models load once in each)")
    ext.add_argument("--batch-size", type=int, default=32, help="texts tagged together")
    ext.set_defaults(func=_extract)
    ev = sub.add_parser("eval", help="score the pipeline on an annotated folder: precision, recall, F1 per kind")
    ev.add_argument("path")
    ev.add_argument("--corpus", choices=("contract", "factrueval", "nerel"), default="contract",
                    help="format of the folder: contract gold (*.txt + *.json), FactRuEval-2016 or NEREL (brat)")
    ev.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    ev.add_argument("--export", metavar="DIR", help="factrueval: also write .task1/.task3 responses to DIR")
    ev.set_defaults(func=_eval)
    args = parser.parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())

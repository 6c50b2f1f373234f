"""Command line: ``diplonlp extract [FILE ...] --format json|jsonl`` and ``diplonlp eval DIR``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .models import Document


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    return Path(path).read_text(encoding="utf-8")


def _extract(args: argparse.Namespace) -> int:
    from .pipeline import Pipeline

    pipeline = Pipeline()
    files = args.files or ["-"]
    failed = 0
    docs: list[Document] = []
    for path in files:
        try:
            text = _read(path)
        except (OSError, UnicodeDecodeError) as err:
            reason = "not UTF-8 text" if isinstance(err, UnicodeDecodeError) else err.strerror or str(err)
            print(f"diplonlp: {path}: {reason}", file=sys.stderr)
            failed += 1
            continue
        doc = pipeline(text)
        if args.format == "jsonl":
            sys.stdout.write(doc.model_dump_json() + "\n")
        else:
            docs.append(doc)
    if args.format == "json" and docs:
        payload = docs[0].model_dump(mode="json") if len(files) == 1 else [d.model_dump(mode="json") for d in docs]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    if failed:
        if failed == len(files):
            return 2
        print(f"diplonlp: {failed} of {len(files)} files failed", file=sys.stderr)
        return 1
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
    ext.add_argument("--format", choices=("json", "jsonl"), default="json")
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

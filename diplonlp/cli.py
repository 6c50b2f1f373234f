"""Command line: ``diplonlp extract [FILE ...]`` (text or JSONL in; JSON, JSONL, CSV or a text summary out),
``eval``, ``schema``."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from . import __version__

if TYPE_CHECKING:
    from .models import Document
    from .pipeline import Pipeline


@dataclass
class Record:
    """One input item: where it came from (its name in messages), its id, text and date, or why it has none."""

    name: str
    text: str | None = None
    id: str | None = None
    date: object = None
    error: str | None = None

    def item(self) -> dict[str, object]:
        """What `Pipeline.pipe` reads: the record's text, date and id (the date is checked there)."""
        return {"text": self.text, "date": self.date, "id": self.id}


OK, SOME_FAILED, ALL_FAILED, ENVIRONMENT, INTERRUPTED, READER_LEFT = 0, 1, 2, 3, 130, 141
"""Exit statuses: every input read; some inputs failed; every input failed; bad arguments or an environment error
(unwritable output, closed stream, full disk); stopped by Ctrl-C (what was written so far is kept whole); the
reader of standard output left (`| head`: quietly, as a shell's SIGPIPE status)."""


class EnvironmentFault(Exception):
    """Something outside the inputs stops the run (a closed stream, an unwritable output): one line, status 3."""


def _read(path: str) -> str:
    if path == "-":
        if sys.stdin is None or sys.stdin.closed:
            raise EnvironmentFault("standard input is closed")
        return sys.stdin.read()
    return Path(path).read_text(encoding="utf-8")


def _why(err: Exception) -> str:
    if isinstance(err, UnicodeDecodeError):
        return "not UTF-8 text"
    if isinstance(err, OSError):
        return err.strerror or str(err)
    return str(err)


def _records(files: list[str], input_format: str) -> Iterator[Record]:
    """Every input: a text file is one record (id: its path); a JSONL line one record (id: its own, else
    ``path:line``)."""
    for path in files:
        name = STDIN if path == "-" else path
        try:
            content = _read(path)
        except (OSError, UnicodeDecodeError) as err:
            yield Record(name, error=_why(err))
            continue
        if input_format == "text":
            yield Record(name, text=content, id=name)
            continue
        for number, line in enumerate(content.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{name}:{number}"
            try:
                item = json.loads(line)
                if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                    raise ValueError('expected an object with a "text" string')
            except ValueError as err:
                yield Record(where, error=f"bad JSONL record: {err}")
                continue
            item_id = item.get("id")
            yield Record(where, text=item["text"], id=where if item_id is None else str(item_id),
                         date=item.get("date"))


STDIN = "<stdin>"
"""The id and name of what is read from standard input."""


def _pipeline(args: argparse.Namespace) -> Pipeline:
    """The Pipeline of ``--disable`` and ``--lexicon PART=PATH``; a bad one is a usage fault (status 3)."""
    from .lexicons import FORMATS, Lexicon
    from .pipeline import Pipeline

    paths: dict[str, str] = {}
    for item in args.lexicon or []:
        part, _, path = item.partition("=")
        if part not in FORMATS or not path:
            raise EnvironmentFault(f"--lexicon takes PART=PATH, PART one of {', '.join(FORMATS)}: {item!r}")
        paths[part] = path
    try:
        return Pipeline(disable=args.disable or [], lexicons=Lexicon.read(**paths) if paths else None)
    except (OSError, ValueError) as err:  # LexiconError is a ValueError: file and line in its message
        raise EnvironmentFault(str(err)) from None


def _extract(args: argparse.Namespace) -> int:
    from .pipeline import ExtractionError

    if args.format == "csv" and not args.output:
        raise EnvironmentFault("--format csv writes four tables: give a folder with --output DIR")
    files = args.files or ["-"]
    failed = total = 0

    def pairs() -> Iterator[tuple[dict[str, object], Record]]:
        nonlocal failed, total
        for record in _records(files, args.input_format):
            total += 1
            if record.error is not None:
                print(f"diplonlp: {record.name}: {record.error}", file=sys.stderr)
                failed += 1
                continue
            yield record.item(), record

    pipeline = _pipeline(args)
    sink = _Sink(args, single=len(files) == 1 and args.input_format == "text")
    stream = pipeline.pipe(pairs(), batch_size=args.batch_size, n_process=args.jobs, on_error="return",
                             as_tuples=True, timeout=args.timeout)
    if sys.stderr.isatty():
        from tqdm import tqdm

        stream = tqdm(stream, unit="doc", file=sys.stderr)
    try:
        with sink:
            for item, record in stream:
                if isinstance(item, ExtractionError):
                    print(f"diplonlp: {record.name}: {item.cause}", file=sys.stderr)
                    failed += 1
                    continue
                sink.add(item)
    except BrokenPipeError:
        raise
    except OSError as err:  # a full disk, an I/O error while writing
        raise EnvironmentFault(f"cannot write {args.output or 'standard output'}: {_why(err)}") from err
    if failed:
        print(f"diplonlp: {failed} of {total} inputs failed", file=sys.stderr)
        return ALL_FAILED if failed == total else SOME_FAILED
    return OK


class _Sink:
    """Where extracted documents go: JSON, JSONL or text to stdout or the ``--output`` file, or CSV tables in
    the ``--output`` folder."""

    def __init__(self, args: argparse.Namespace, single: bool) -> None:
        self.format = args.format
        self.single = single
        self.collected: list[dict[str, object]] = []
        self.writers: dict[str, tuple[csv.DictWriter[str], TextIO]] = {}
        if sys.stdout is None and not args.output:
            raise EnvironmentFault("standard output is closed: give a file with --output")
        self.out: TextIO = sys.stdout
        try:
            self._open(args)
        except OSError as err:
            raise EnvironmentFault(f"cannot write {args.output}: {_why(err)}") from err

    def _open(self, args: argparse.Namespace) -> None:
        if self.format == "csv":
            from .frames import DOCUMENT_COLUMNS, ENTITY_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS

            folder = Path(args.output)
            folder.mkdir(parents=True, exist_ok=True)
            for name, columns in (("documents", DOCUMENT_COLUMNS), ("entities", ENTITY_COLUMNS),
                                  ("mentions", MENTION_COLUMNS), ("relations", RELATION_COLUMNS)):
                handle = (folder / f"{name}.csv").open("w", encoding="utf-8", newline="")
                writer = csv.DictWriter(handle, columns)
                writer.writeheader()
                self.writers[name] = (writer, handle)
        elif args.output:
            self.out = Path(args.output).open("w", encoding="utf-8")  # noqa: SIM115 (closed by close())

    def __enter__(self) -> _Sink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, doc: Document) -> None:
        if self.format == "csv":
            self._add_rows(doc)
        elif self.format == "text":
            self.out.write(doc.to_text() + "\n")
        elif self.format == "jsonl":
            self.out.write(doc.model_dump_json() + "\n")
        else:
            self.collected.append(doc.model_dump(mode="json"))

    def _add_rows(self, doc: Document) -> None:
        from .frames import LIST_COLUMNS, csv_cell, document_row, tables

        doc_id = doc.id or ""
        self.writers["documents"][0].writerow({k: csv_cell(v) for k, v in document_row(doc, doc_id).items()})
        for name, rows in tables(doc, doc_id)._asdict().items():
            writer = self.writers[name][0]
            for row in rows:
                writer.writerow({k: csv_cell(";".join(v) if k in LIST_COLUMNS and v else v) for k, v in row.items()})

    def close(self) -> None:
        for _, handle in self.writers.values():
            handle.close()
        if self.format == "json" and self.collected:
            json.dump(self.collected[0] if self.single else self.collected, self.out, ensure_ascii=False, indent=2)
            self.out.write("\n")
        if self.out is not sys.stdout:
            self.out.close()


def _schema(args: argparse.Namespace) -> int:
    from .schema import json_schema, reference

    if args.markdown:
        sys.stdout.write(reference())
    else:
        json.dump(json_schema(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return 0


def _eval(args: argparse.Namespace) -> int:
    from .corpora import evaluate

    if not Path(args.path).is_dir():
        raise EnvironmentFault(f"{args.path}: not a folder")
    report = evaluate(args.path, args.corpus, export=args.export)
    if args.json:
        json.dump(report.as_dict(), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(report.table())
    if args.errors:
        _print_errors(report.errors)
    return 0


def _print_errors(errors: list[Any]) -> None:
    """Every false positive and false negative, by document (contract gold only)."""
    document = None
    for error in errors:
        if error.document != document:
            document = error.document
            print(f"\n{document}")
        print(error)


class _Parser(argparse.ArgumentParser):
    """argparse with the usage error status of this CLI (3, not argparse's 2, which means "every input failed")."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(ENVIRONMENT, f"{self.prog}: error: {message}\n")


def _positive(kind: type[int] | type[float]) -> Callable[[str], int | float]:
    def read(value: str) -> int | float:
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
        if not 0 < number < float("inf"):
            raise argparse.ArgumentTypeError(f"must be more than 0: {value!r}")
        return number
    read.__name__ = kind.__name__
    return read


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit status (`OK`, `SOME_FAILED`, `ALL_FAILED`, `ENVIRONMENT`, `INTERRUPTED`)."""
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl-C: quietly, with what was written kept whole
        return INTERRUPTED


def _main(argv: Sequence[str] | None) -> int:
    parser = _Parser(prog="diplonlp", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help="extract entities and relations from text files (stdin without files)")
    ext.add_argument("files", nargs="*", help="UTF-8 text files; '-' or none reads standard input")
    ext.add_argument("--format", choices=("json", "jsonl", "csv", "text"), default="json", help="output: one JSON "
                     "document (an array for several inputs), one document per line, in input order, CSV tables "
                     "(documents, entities, mentions, relations) in the --output folder, or a summary to read")
    ext.add_argument("--output", metavar="PATH", help="json, jsonl, text: the file to write (default: standard "
                     "output); csv: the folder for documents.csv, entities.csv, mentions.csv, relations.csv")
    ext.add_argument("--input-format", choices=("text", "jsonl"), default="text",
                     help='text files, or JSONL files of {"id", "text", "date"?} records')
    ext.add_argument("--jobs", type=_positive(int), default=1, help="worker processes (models load once in each)")
    ext.add_argument("--batch-size", type=_positive(int), default=32, help="texts tagged together")
    ext.add_argument("--timeout", type=_positive(float), metavar="SECONDS",
                     help="seconds each input may take; one that runs over is reported and the run goes on")
    ext.add_argument("--disable", action="append", metavar="NAME",
                     help="a stage, mention kind or rule to leave out (repeatable; Pipeline(disable=...))")
    ext.add_argument("--lexicon", action="append", metavar="PART=PATH",
                     help="a user lexicon TSV: organizations, titles, places or persons (repeatable; Lexicon.read)")
    ext.set_defaults(func=_extract)
    ev = sub.add_parser("eval", help="score the pipeline on an annotated folder: precision, recall, F1 per kind")
    ev.add_argument("path")
    ev.add_argument("--corpus", choices=("contract", "factrueval", "nerel"), default="contract",
                    help="format of the folder: contract gold (*.txt + *.json), FactRuEval-2016 or NEREL (brat)")
    ev.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    ev.add_argument("--export", metavar="DIR", help="factrueval: also write .task1/.task3 responses to DIR")
    ev.add_argument("--errors", action="store_true", help="contract: also print every false positive (fp) and false "
                    "negative (fn) per document and kind, with the sentence that names it")
    ev.set_defaults(func=_eval)
    sch = sub.add_parser("schema", help="print the JSON Schema of the Document that extract writes")
    sch.add_argument("--markdown", action="store_true", help="print the field reference (docs/output.md) instead")
    sch.set_defaults(func=_schema)
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except BrokenPipeError:  # `diplonlp ... | head`: the reader left; nothing more to write
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return READER_LEFT
    except EnvironmentFault as err:
        print(f"diplonlp: {err}", file=sys.stderr)
        return ENVIRONMENT
    return code


if __name__ == "__main__":
    sys.exit(main())

"""The time budget of one document (`timeout=`): a deadline checked between stages and between model batches."""

from __future__ import annotations

import time


class DocumentTimeout(TimeoutError):
    """A document ran over its time budget (``timeout=`` of `Pipeline.pipe`, `Pipeline.__call__`, `extract`,
    CLI ``--timeout``). In `pipe` it is the cause of that document's `ExtractionError`, handled by ``on_error``."""


class Deadline:
    """Seconds of wall time left to a document; `check` raises `DocumentTimeout` once they have run out. The
    pipeline checks between stages and between packs of the neural models: a document stops at most one stage (or
    one pack of about `convnet.PACK_ROWS` tokens) after its budget."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.perf_counter() + seconds

    def check(self) -> None:
        if time.perf_counter() > self.ends:
            raise DocumentTimeout(f"over its time budget of {self.seconds:g} s")


def deadline_in(seconds: float | None) -> Deadline | None:
    """A deadline ``seconds`` from now, or None for no budget."""
    return Deadline(seconds) if seconds is not None else None


def check_timeout(timeout: object) -> float | None:
    """``timeout`` itself (seconds, a positive number) or None; ValueError or TypeError for anything else."""
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise TypeError(f"timeout must be a number of seconds or None, got {type(timeout).__name__}")
    if not timeout > 0 or timeout == float("inf"):
        raise ValueError(f"timeout must be a positive, finite number of seconds, got {timeout!r}")
    return float(timeout)

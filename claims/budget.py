"""An optional time budget per document: a pathological input ends with one clear error instead of holding up
the run.

``Budget(seconds)`` is a context manager around the work on one document. In the main thread of a process on a
system with ``SIGALRM`` (Linux, macOS) a timer interrupts the stages wherever they are; elsewhere (a worker
thread, Windows) the budget is checked between the parts of a long document and between stages only
(``check()``), so a single part can overrun it. Parsing a batch of short documents is shared by the batch and is
not counted; a long document's parts are parsed inside its budget.
"""
from __future__ import annotations

import signal
import threading
import time


class BudgetExceeded(Exception):
    """The document's time budget ran out; the message is one line."""


class Budget:
    def __init__(self, seconds: float | None, name: str = "") -> None:
        if seconds is not None and seconds <= 0:
            raise ValueError("the time budget must be a positive number of seconds")
        self.seconds = seconds
        self.name = name
        self.deadline = None
        self._previous = None
        self._armed = False

    def message(self) -> str:
        return f"{self.name}: stopped after its time budget of {self.seconds:g} s (--time-budget); not written"

    def check(self) -> None:
        """Raise ``BudgetExceeded`` once the deadline has passed (the cooperative check)."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise BudgetExceeded(self.message())

    def _alarm(self, signum, frame) -> None:
        raise BudgetExceeded(self.message())

    def __enter__(self) -> "Budget":
        if self.seconds is None:
            return self
        self.deadline = time.monotonic() + self.seconds
        if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
            # an outer timer (a test runner's, a caller's) is left alone: only the cooperative checks then
            if signal.getitimer(signal.ITIMER_REAL)[0] == 0:
                self._previous = signal.signal(signal.SIGALRM, self._alarm)
                signal.setitimer(signal.ITIMER_REAL, self.seconds)
                self._armed = True
        return self

    def __exit__(self, *exc) -> None:
        if self._armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous if self._previous is not None else signal.SIG_DFL)
            self._armed = False
        self.deadline = None

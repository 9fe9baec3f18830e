"""Errors a user can act on, each with its own exit code.

Every problem with an input file becomes a :class:`FabulaError` whose message names the file
and the problem in one line; the CLI prints it and exits with ``exit_code``. Exit codes are part
of the documented interface (README, "Exit codes").
"""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_INTERNAL = 1  # a bug in fabula: one line, no traceback unless --debug
EXIT_USAGE = 2  # bad command-line arguments (Typer/Click's own code)
EXIT_NOT_FOUND = 3  # missing or unreadable file
EXIT_EMPTY = 4  # empty or whitespace-only input, or no story text found
EXIT_UNSUPPORTED = 5  # binary data, unknown extension, undecodable text
EXIT_MALFORMED = 6  # a container or markup that cannot be read (broken EPUB, HTML with no story)
EXIT_HOSTILE = 7  # zip bombs, path traversal, XML entity expansion, external entities
EXIT_TOO_LARGE = 8  # over the size limit
EXIT_MODEL = 9  # the spaCy model is not installed


class FabulaError(Exception):
    exit_code = EXIT_INTERNAL
    kind = "error"

    def __init__(self, problem: str, path: str | Path | None = None):
        self.problem = problem
        self.path = str(path) if path is not None else None
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.problem}"


class InputNotFound(FabulaError):
    exit_code = EXIT_NOT_FOUND
    kind = "not-found"


class EmptyInput(FabulaError):
    exit_code = EXIT_EMPTY
    kind = "empty"


class UnsupportedInput(FabulaError):
    exit_code = EXIT_UNSUPPORTED
    kind = "unsupported"


class MalformedInput(FabulaError):
    exit_code = EXIT_MALFORMED
    kind = "malformed"


class HostileInput(FabulaError):
    exit_code = EXIT_HOSTILE
    kind = "hostile"


class InputTooLarge(FabulaError):
    exit_code = EXIT_TOO_LARGE
    kind = "too-large"


class ModelNotInstalled(FabulaError):
    exit_code = EXIT_MODEL
    kind = "model"

"""`fabula eval ...`: every module in this package with a ``register(app)`` adds its command."""

from __future__ import annotations

import importlib
import pkgutil

import typer

app = typer.Typer(no_args_is_help=True, help="Score fabula against gold data.")


def _discover() -> None:
    import fabula.evaluate as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if info.name in ("cli",):
            continue
        mod = importlib.import_module(f"fabula.evaluate.{info.name}")
        register = getattr(mod, "register", None)
        if callable(register):
            register(app)


_discover()

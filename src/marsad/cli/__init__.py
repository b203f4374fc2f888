"""The ``marsad`` command line: a thin layer over the library."""

from __future__ import annotations

import sys

from marsad.cli.app import cli


def main() -> None:
    """Console-script entry point."""
    try:
        cli(prog_name="marsad")
    except KeyboardInterrupt:  # pragma: no cover - interactive only
        print("interrupted: items already committed are kept, the one in progress was rolled back", file=sys.stderr)
        sys.exit(130)


__all__ = ["cli", "main"]

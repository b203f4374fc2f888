"""The ``marsad`` command line: a thin layer over the library."""

from __future__ import annotations

import sys

from marsad.cli.app import cli
from marsad.errors import MarsadError


def main() -> None:
    """Console-script entry point: run the CLI, printing deliberate errors as one line."""
    try:
        cli.main(standalone_mode=False)
    except MarsadError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        print("interrupted: nothing half-written was kept (each item is one transaction)", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # click's own usage errors arrive here in non-standalone mode
        import click

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if isinstance(exc, click.exceptions.Abort):
            sys.exit(1)
        raise


__all__ = ["cli", "main"]

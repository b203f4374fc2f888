"""The root ``marsad`` command group and its shared options."""

from __future__ import annotations

from typing import IO, Any

import click

from marsad import __version__
from marsad.errors import MarsadError
from marsad.storage import Store
from marsad.storage.location import DEFAULT_DB


class Context:
    """What every subcommand needs: where the database is."""

    def __init__(self, db: str, blobs: str | None) -> None:
        self.db = db
        self.blobs = blobs

    def open(self, create: bool = False) -> Store:
        """Open the database (creating and migrating it when ``create``)."""
        return Store.open(self.db, create=create, blobs=self.blobs)


pass_context = click.make_pass_decorator(Context)


class CommandFailed(click.ClickException):
    """A deliberate Marsad error, shown as one ``error: ...`` line with exit code 1."""

    exit_code = 1

    def show(self, file: IO[Any] | None = None) -> None:
        """Print the one-line message on standard error."""
        click.echo(f"error: {self.message}", err=True, file=file)


class MarsadGroup(click.Group):
    """A command group that turns :class:`MarsadError` into a one-line message, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the subcommand, translating deliberate errors."""
        try:
            return super().invoke(ctx)
        except MarsadError as exc:
            raise CommandFailed(str(exc)) from exc


@click.group(cls=MarsadGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    envvar="MARSAD_DB",
    default=DEFAULT_DB,
    show_default=True,
    help="SQLite file, or a database URL such as postgresql+psycopg://user@host/marsad (env MARSAD_DB).",
)
@click.option(
    "--blobs",
    envvar="MARSAD_BLOBS",
    default=None,
    help="Folder of the blob store of originals (default: next to a SQLite file; env MARSAD_BLOBS).",
)
@click.version_option(__version__, prog_name="marsad")
@click.pass_context
def cli(ctx: click.Context, db: str, blobs: str | None) -> None:
    """Marsad: preserve reports and media as evidence, and build a traceable record from them."""
    ctx.obj = Context(db, blobs)


def _register() -> None:
    from marsad.cli import custody_cmd, evidence_cmd, media_cmd, records_cmd

    for module in (evidence_cmd, custody_cmd, media_cmd, records_cmd):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()

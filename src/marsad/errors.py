"""One exception tree for everything Marsad raises on purpose.

Each error carries a message written for a person: what went wrong with which item, and what to
do next. The CLI prints ``str(error)`` as a single line.
"""

from __future__ import annotations


class MarsadError(Exception):
    """Base class of every error Marsad raises deliberately."""


class InputError(MarsadError):
    """An input item (file, record, archive member) cannot be turned into evidence.

    ``item`` names the item; ``reason`` says why; ``hint`` says what the user can do next.
    """

    def __init__(self, item: str, reason: str, hint: str | None = None) -> None:
        self.item = item
        self.reason = reason
        self.hint = hint
        message = f"{item}: {reason}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class StorageError(MarsadError):
    """The database or blob store cannot be opened, migrated or written."""


class CustodyError(MarsadError):
    """The custody log or the stored evidence fails verification."""

"""Marsad: a provenance-first record of extremist propaganda and the abuses it shows.

The public library surface is small: open a :class:`~marsad.storage.Store`, feed it with
:func:`~marsad.ingest.ingest_paths`, and read documents, captures and the custody log back.
Every failure raised by Marsad is a :class:`~marsad.errors.MarsadError`.
"""

from marsad.errors import CustodyError, InputError, MarsadError, StorageError

__version__ = "0.1.0"

__all__ = ["CustodyError", "InputError", "MarsadError", "StorageError", "__version__"]

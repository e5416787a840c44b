"""The exceptions refstance raises.

Every error the package raises on purpose is a :class:`RefstanceError`; each specific error
also inherits the builtin it refines, so ``except ValueError`` keeps working for callers that
do not know this package.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from refstance._model import Finding

__all__ = [
    "DecodeError",
    "ExtraNotInstalledError",
    "GazetteerError",
    "ModelError",
    "RefstanceError",
    "SchemaError",
    "UnsupportedTypeError",
    "ValidationError",
]


class RefstanceError(Exception):
    """Base class of every error refstance raises on purpose."""


class ModelError(RefstanceError, ValueError):
    """A model object was built with the wrong shape or type (``Span(start=5, end=2)``)."""


class SchemaError(RefstanceError, ValueError):
    """A serialised document is malformed, of the wrong type, or of an unknown schema version.

    ``path`` names the bad field (``referendums[0].results[1].turnout``), or is ``""`` when
    the document as a whole is wrong.
    """

    def __init__(self, message: str, path: str = "") -> None:
        self.path = path
        self.reason = message
        super().__init__(f"{path}: {message}" if path else message)


class DecodeError(RefstanceError, ValueError):
    """Input bytes could not be decoded as UTF-8 text."""


class GazetteerError(RefstanceError, ValueError):
    """A gazetteer given to :func:`refstance.parse` or loaded from a file is malformed."""


class ExtraNotInstalledError(RefstanceError, ImportError):
    """A feature needs an optional extra (``pip install 'refstance[pandas]'``)."""


class UnsupportedTypeError(RefstanceError, TypeError):
    """A function was given an object of a type it does not handle (``validate({})``)."""


class ValidationError(RefstanceError, ValueError):
    """Raised by :meth:`refstance.Report.raise_for_errors`; carries the findings."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = tuple(findings)
        errors = [f for f in self.findings if f.severity.value == "error"]
        head = f"{len(errors)} validation error{'s' if len(errors) != 1 else ''}"
        lines = [f"{f.path}: {f.message} [{f.code}]" for f in errors]
        super().__init__(head + (":\n  " + "\n  ".join(lines) if lines else ""))

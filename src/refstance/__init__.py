"""refstance: news text about referendums into a typed, validated, serialisable model.

>>> import refstance
>>> article = refstance.parse(" date 2022-09-28 Serbia will not recognize the referendums.")
>>> article.published
datetime.date(2022, 9, 28)
"""

from __future__ import annotations

from refstance._api import parse
from refstance._batch import ParseFailure, parse_many
from refstance._errors import (
    DecodeError,
    ExtraNotInstalledError,
    GazetteerError,
    ModelError,
    RefstanceError,
    SchemaError,
    UnsupportedTypeError,
    ValidationError,
)
from refstance._gazetteer import Gazetteer
from refstance._model import (
    Actor,
    ActorKind,
    Article,
    ChoiceResult,
    Finding,
    Position,
    Referendum,
    RegionResult,
    Report,
    Severity,
    Span,
    Stance,
    Statement,
    StatementKind,
    StateStance,
)
from refstance._serialize import (
    from_dict,
    from_json,
    json_schema,
    read_jsonl,
    to_dict,
    to_json,
    write_jsonl,
)
from refstance._tables import to_frames, to_rows
from refstance._validate import validate


def __getattr__(name: str) -> str:
    # __version__ comes from the installed package's metadata, read on first use so that
    # `import refstance` does not pay for importlib.metadata
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("refstance")
        except PackageNotFoundError:  # pragma: no cover - a source tree without install
            return "0+unknown"
    raise AttributeError(f"module 'refstance' has no attribute {name!r}")


__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "ChoiceResult",
    "DecodeError",
    "ExtraNotInstalledError",
    "Finding",
    "Gazetteer",
    "GazetteerError",
    "ModelError",
    "ParseFailure",
    "Position",
    "Referendum",
    "RefstanceError",
    "RegionResult",
    "Report",
    "SchemaError",
    "Severity",
    "Span",
    "Stance",
    "StateStance",
    "Statement",
    "StatementKind",
    "UnsupportedTypeError",
    "ValidationError",
    "__version__",
    "from_dict",
    "from_json",
    "json_schema",
    "parse",
    "parse_many",
    "read_jsonl",
    "to_dict",
    "to_frames",
    "to_json",
    "to_rows",
    "validate",
    "write_jsonl",
]

"""refstance: news text about referendums into a typed, validated, serialisable model.

>>> import refstance
>>> article = refstance.parse(" date 2022-09-28 Serbia will not recognize the referendums.")
>>> article.published
datetime.date(2022, 9, 28)
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

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

try:
    __version__ = version("refstance")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

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

"""The package's front door: its public names, its version, its typing marker."""

from __future__ import annotations

from importlib import resources
from importlib.metadata import version

import refstance

PUBLIC = {
    "Actor", "ActorKind", "Article", "ChoiceResult", "DecodeError", "ExtraNotInstalledError",
    "Finding", "Gazetteer", "GazetteerError", "ModelError", "ParseFailure", "Position",
    "Referendum", "RefstanceError", "RegionResult", "Report", "SchemaError", "Severity", "Span",
    "Stance", "StateStance", "Statement", "StatementKind", "UnsupportedTypeError",
    "ValidationError", "__version__", "from_dict", "from_json", "json_schema", "parse",
    "parse_many", "read_jsonl", "to_dict", "to_frames", "to_json", "to_rows", "validate",
    "write_jsonl",
}  # fmt: skip


def test_all_is_pinned() -> None:
    assert set(refstance.__all__) == PUBLIC
    assert len(refstance.__all__) == len(PUBLIC)


def test_every_public_name_exists() -> None:
    for name in refstance.__all__:
        assert hasattr(refstance, name), name


def test_version_comes_from_metadata() -> None:
    assert refstance.__version__ == version("refstance")


def test_ships_py_typed() -> None:
    assert (resources.files("refstance") / "py.typed").is_file()


def test_errors_refine_builtins() -> None:
    assert issubclass(refstance.ModelError, ValueError)
    assert issubclass(refstance.SchemaError, ValueError)
    assert issubclass(refstance.ExtraNotInstalledError, ImportError)
    for cls in (refstance.ModelError, refstance.SchemaError, refstance.ValidationError):
        assert issubclass(cls, refstance.RefstanceError)

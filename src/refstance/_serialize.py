"""Serialisation: dicts, JSON, JSON Lines and a JSON Schema, from one cattrs converter.

Everything goes through one :class:`cattrs.Converter` made here (the global cattrs converter is
never touched). The format, ``refstance/1``:

* the top-level object carries ``"schema": "refstance/1"``;
* dates are ISO strings (``"2022-09-28"``), enums their values (``"reject"``), tuples lists,
  a :class:`~refstance.Span` is ``{"start": 4, "end": 9}``, absent values ``null``;
* figures (``ChoiceResult.percent``, ``RegionResult.turnout``) are JSON numbers with exactly
  the digits they were written with: ``Decimal("99.230")`` is written ``99.230`` and read back
  as ``Decimal("99.230")``. :func:`to_dict` keeps them as :class:`~decimal.Decimal`.

Reading is strict: a wrong type, a missing field, an unknown field, an unknown enum value or
schema version each raise :class:`~refstance.SchemaError` naming the path of the bad field.

>>> from decimal import Decimal
>>> from refstance import ChoiceResult
>>> text = to_json(ChoiceResult(option="yes", percent=Decimal("99.230")))
>>> text
'{"schema": "refstance/1", "option": "yes", "percent": 99.230, "votes": null}'
>>> from_json(text, ChoiceResult).percent
Decimal('99.230')
>>> from_json('{"schema": "refstance/1", "option": "yes", "percent": "abc"}', ChoiceResult)
Traceback (most recent call last):
...
refstance._errors.SchemaError: percent: expected a number, got "abc"
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal
from types import NoneType, UnionType
from typing import Any, Protocol, TypeVar, Union, get_args, get_origin, overload

import attrs
import cattrs
from cattrs.errors import AttributeValidationNote, ClassValidationError, ForbiddenExtraKeysError
from cattrs.gen import make_dict_structure_fn

from refstance._errors import ModelError, SchemaError, UnsupportedTypeError
from refstance._model import (
    Actor,
    Article,
    ChoiceResult,
    Finding,
    Referendum,
    RegionResult,
    Report,
    Span,
    Stance,
    Statement,
    StateStance,
)

__all__ = [
    "SCHEMA_VERSION",
    "from_dict",
    "from_json",
    "json_schema",
    "read_jsonl",
    "to_dict",
    "to_json",
    "write_jsonl",
]

SCHEMA_VERSION = "refstance/1"
"""The value of the ``"schema"`` key this version of refstance writes and reads."""

SCHEMA_KEY = "schema"

MODEL_CLASSES: tuple[type, ...] = (
    Span,
    Actor,
    Statement,
    Stance,
    ChoiceResult,
    RegionResult,
    Referendum,
    Article,
    Finding,
    Report,
    StateStance,
)
"""Every class :func:`to_dict` and :func:`from_dict` know."""

_M = TypeVar("_M")

_PathPart = str | int

# A JSON number, as a string: what `from_dict` accepts for a figure given as text.
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

# Collections of an Article whose members must have unique ids (as the model checks), and
# the word the model uses for them: used to point at the second of two equal ids.
_UNIQUE_IDS: dict[type, tuple[tuple[str, str], ...]] = {
    Article: (("actors", "actor"), ("statements", "statement"), ("referendums", "referendum"))
}


# --------------------------------------------------------------------------- errors


class _Invalid(Exception):
    """A bad value found while structuring; the path grows as the error travels up."""

    def __init__(self, reason: str, path: tuple[_PathPart, ...] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = path

    def under(self, *parts: _PathPart) -> _Invalid:
        return _Invalid(self.reason, (*parts, *self.path))


def _format_path(path: Iterable[_PathPart]) -> str:
    """``("referendums", 0, "turnout")`` as ``referendums[0].turnout``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def _describe(value: object) -> str:
    """A short description of *value* for a message: JSON-like, cut at 60 characters."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) <= 60 else text[:58] + '…"'
    if isinstance(value, (int, float, Decimal)):
        text = str(value)
        return text if len(text) <= 60 else text[:59] + "…"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, date):
        return f"a {type(value).__name__} {value.isoformat()}"
    return f"a {type(value).__name__}"


def _schema_error(error: _Invalid) -> SchemaError:
    return SchemaError(error.reason, _format_path(error.path))


# --------------------------------------------------------------------------- structure hooks


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"expected a string, got {_describe(value)}")
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Invalid(f"expected an integer, got {_describe(value)}")
    return value


def _structure_decimal(value: object, _: type) -> Decimal:
    if isinstance(value, bool):
        raise _Invalid(f"expected a number, got {_describe(value)}")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    elif isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        result = Decimal(value.strip())
    else:
        raise _Invalid(f"expected a number, got {_describe(value)}")
    if not result.is_finite():
        raise _Invalid(f"expected a finite number, got {_describe(value)}")
    return result


def _structure_date(value: object, _: type) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _Invalid(f"not a valid date: {_describe(value)}") from None
    raise _Invalid(f"expected an ISO date (YYYY-MM-DD), got {_describe(value)}")


def _structure_enum(value: object, kind: type[enum.Enum]) -> enum.Enum:
    if isinstance(value, kind):
        return value
    for member in kind:
        if isinstance(value, str) and member.value == value:
            return member
    allowed = ", ".join(json.dumps(m.value) for m in kind)
    raise _Invalid(f"expected one of {allowed}, got {_describe(value)}")


def _is_optional(kind: Any) -> bool:
    return get_origin(kind) in (Union, UnionType) and NoneType in get_args(kind)


def _is_homogeneous_tuple(kind: Any) -> bool:
    args = get_args(kind)
    return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _make_converter() -> cattrs.Converter:
    """The converter behind every function of this module."""
    converter = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)

    # -- structuring: strict, so nothing is coerced or silently dropped --------------------
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(date, _structure_date)
    converter.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _structure_enum
    )

    def optional_factory(kind: Any) -> Callable[[object, Any], Any]:
        (inner,) = (a for a in get_args(kind) if a is not NoneType)
        hook = converter.get_structure_hook(inner)

        def structure(value: object, _: Any) -> Any:
            return None if value is None else hook(value, inner)

        return structure

    def tuple_factory(kind: Any) -> Callable[[object, Any], tuple[Any, ...]]:
        inner = get_args(kind)[0]
        hook = converter.get_structure_hook(inner)

        def structure(value: object, _: Any) -> tuple[Any, ...]:
            if not isinstance(value, (list, tuple)):
                raise _Invalid(f"expected an array, got {_describe(value)}")
            out = []
            for i, item in enumerate(value):
                try:
                    out.append(hook(item, inner))
                except _Invalid as e:
                    raise e.under(i) from None
            return tuple(out)

        return structure

    def attrs_factory(cls: type) -> Callable[[object, Any], Any]:
        generated: Callable[[Mapping[str, Any], Any], Any] = make_dict_structure_fn(cls, converter)
        names = [a.name for a in attrs.fields(cls)]

        def structure(value: object, _: Any) -> Any:
            if not isinstance(value, Mapping):
                raise _Invalid(f"expected an object, got {_describe(value)}")
            try:
                return generated(value, cls)
            except ClassValidationError as e:
                raise _locate(cls, names, value, e) from None

        return structure

    converter.register_structure_hook_factory(_is_optional, optional_factory)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, tuple_factory)
    converter.register_structure_hook_factory(attrs.has, attrs_factory)

    # -- unstructuring: plain dict/list/str/int/Decimal/None ----------------------------
    converter.register_unstructure_hook(Decimal, lambda d: d)
    converter.register_unstructure_hook(date, date.isoformat)

    def tuple_unstructure_factory(kind: Any) -> Callable[[tuple[Any, ...]], list[Any]]:
        hook = converter.get_unstructure_hook(get_args(kind)[0])
        return lambda items: [hook(item) for item in items]

    converter.register_unstructure_hook_factory(_is_homogeneous_tuple, tuple_unstructure_factory)
    return converter


def _locate(
    cls: type, names: list[str], value: Mapping[Any, Any], error: ClassValidationError
) -> _Invalid:
    """The first problem inside *error*, with its path below the object *value*."""
    first = error.exceptions[0]
    notes = getattr(first, "__notes__", [])
    name = next((n.name for n in notes if isinstance(n, AttributeValidationNote)), None)
    if isinstance(first, ForbiddenExtraKeysError):
        extra = sorted(str(k) for k in first.extra_fields)
        return _Invalid(
            f"unknown field; {cls.__name__} has the fields {', '.join(names)}", (extra[0],)
        )
    if name is not None:
        if isinstance(first, _Invalid):
            return first.under(name)
        if isinstance(first, KeyError):
            return _Invalid("missing required field", (name,))
        return _Invalid(str(first) or type(first).__name__, (name,))
    # The class refused the values themselves (attrs validators, __attrs_post_init__).
    message = str(first)
    if isinstance(first, ModelError):
        for field in names:
            prefix = f"{cls.__name__}.{field}: "
            if message.startswith(prefix):
                return _Invalid(message[len(prefix) :], (field,))
        duplicate = _find_duplicate(cls, value)
        if duplicate is not None:
            return duplicate
        message = message.removeprefix(f"{cls.__name__}: ")
    return _Invalid(message or type(first).__name__)


def _find_duplicate(cls: type, value: Mapping[Any, Any]) -> _Invalid | None:
    """Point at the second of two members with the same id, as the model refuses them."""
    for field, word in _UNIQUE_IDS.get(cls, ()):
        seen: dict[object, int] = {}
        for i, item in enumerate(value.get(field) or ()):
            key = item.get("id") if isinstance(item, Mapping) else None
            if key in seen:
                return _Invalid(
                    f"duplicate {word} id {_describe(key)} (also {field}[{seen[key]}].id)",
                    (field, i, "id"),
                )
            seen[key] = i
    return None


_CONVERTER = _make_converter()


# --------------------------------------------------------------------------- dicts


def _check_model(obj: object) -> type:
    kind = type(obj)
    if kind not in MODEL_CLASSES:
        raise UnsupportedTypeError(f"expected a refstance model object, got {kind.__name__}")
    return kind


def _check_class(cls: type) -> None:
    if cls not in MODEL_CLASSES:
        name = getattr(cls, "__name__", repr(cls))
        raise UnsupportedTypeError(f"cls: expected a refstance model class, got {name}")


def to_dict(obj: object) -> dict[str, Any]:
    """*obj*, a model object, as a plain dict ready for JSON (except for its figures).

    The dict starts with ``"schema": "refstance/1"``; every field is present (``None`` where
    unset); dates are ISO strings, enums their values, tuples lists, spans
    ``{"start": ..., "end": ...}``. Figures stay :class:`~decimal.Decimal` so that no digit is
    lost; :func:`to_json` writes them as JSON numbers with the same digits.

    Raises:
        UnsupportedTypeError: *obj* is not a refstance model object.

    >>> from refstance import Span
    >>> to_dict(Span(start=4, end=9))
    {'schema': 'refstance/1', 'start': 4, 'end': 9}
    """
    kind = _check_model(obj)
    body = _CONVERTER.unstructure(obj, kind)
    return {SCHEMA_KEY: SCHEMA_VERSION, **body}


def _check_version(data: Mapping[Any, Any], *, required: bool) -> None:
    if SCHEMA_KEY not in data:
        if required:
            raise SchemaError(
                f"missing schema version; expected {json.dumps(SCHEMA_VERSION)}", SCHEMA_KEY
            )
        return
    version = data[SCHEMA_KEY]
    if version == SCHEMA_VERSION:
        return
    if isinstance(version, str):
        raise SchemaError(
            f"unknown schema version {_describe(version)}; this version of refstance reads "
            f"{json.dumps(SCHEMA_VERSION)}",
            SCHEMA_KEY,
        )
    raise SchemaError(
        f"expected a schema version such as {json.dumps(SCHEMA_VERSION)}, got {_describe(version)}",
        SCHEMA_KEY,
    )


def _from_mapping(data: object, cls: type[_M], *, version_required: bool) -> _M:
    _check_class(cls)
    if not isinstance(data, Mapping):
        raise SchemaError(f"expected an object at the top level, got {_describe(data)}")
    _check_version(data, required=version_required)
    body = {k: v for k, v in data.items() if k != SCHEMA_KEY}
    try:
        return _CONVERTER.structure(body, cls)
    except _Invalid as e:
        raise _schema_error(e) from None


@overload
def from_dict(data: Mapping[str, Any]) -> Article: ...
@overload
def from_dict(data: Mapping[str, Any], cls: type[_M]) -> _M: ...
def from_dict(data: Mapping[str, Any], cls: type[Any] = Article) -> Any:
    """The model object of class *cls* (default :class:`~refstance.Article`) that *data* holds.

    *data* is what :func:`to_dict` makes. The ``"schema"`` key may be left out; when present it
    must be ``"refstance/1"``. Figures may be given as ``Decimal``, ``int``, ``float`` or a
    numeric string; dates as ISO strings or :class:`~datetime.date` objects; enums as values or
    members; arrays as lists or tuples. Nothing else is coerced.

    Raises:
        SchemaError: *data* is malformed: the message and ``.path`` name the bad field.
        UnsupportedTypeError: *cls* is not a refstance model class.

    >>> from refstance import Span
    >>> from_dict({"start": 4, "end": 9}, Span)
    Span(start=4, end=9)
    >>> from_dict({"start": 4, "end": "9"}, Span)
    Traceback (most recent call last):
    ...
    refstance._errors.SchemaError: end: expected an integer, got "9"
    """
    return _from_mapping(data, cls, version_required=False)


# --------------------------------------------------------------------------- JSON


def _encode(value: object, indent: str | None, level: int, path: tuple[_PathPart, ...]) -> str:
    """*value* as JSON text, laid out as :func:`json.dumps` does; Decimals keep their digits."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, (Decimal, float)):
        if (isinstance(value, Decimal) and not value.is_finite()) or (
            isinstance(value, float) and (value in (float("inf"), float("-inf")) or value != value)
        ):
            raise SchemaError(f"cannot write {value} as a JSON number", _format_path(path))
        if isinstance(value, float):
            return float.__repr__(value)
        # str() keeps every digit and the exponent; JSON reads "-0" as the integer 0, so a
        # negative zero is written with an exponent to come back as Decimal("-0").
        text = str(value)
        return "-0E+0" if text == "-0" else text
    if isinstance(value, (list, tuple, Mapping)):
        if not value:
            return "{}" if isinstance(value, Mapping) else "[]"
        if isinstance(value, Mapping):
            items = [
                json.dumps(str(k), ensure_ascii=False)
                + ": "
                + _encode(v, indent, level + 1, (*path, str(k)))
                for k, v in value.items()
            ]
            opener, closer = "{", "}"
        else:
            items = [_encode(v, indent, level + 1, (*path, i)) for i, v in enumerate(value)]
            opener, closer = "[", "]"
        if indent is None:
            return opener + ", ".join(items) + closer
        inner = "\n" + indent * (level + 1)
        return opener + inner + ("," + inner).join(items) + "\n" + indent * level + closer
    raise TypeError(f"{_format_path(path)}: cannot write a {type(value).__name__} as JSON")


def to_json(obj: object, *, indent: int | str | None = None) -> str:
    """*obj*, a model object, as a JSON document carrying ``"schema": "refstance/1"``.

    The layout is that of :func:`json.dumps` with the same *indent* (non-ASCII characters are
    written as they are); figures are JSON numbers with exactly their written digits.

    Raises:
        UnsupportedTypeError: *obj* is not a refstance model object.
        SchemaError: a figure is not finite (``Decimal("NaN")``) and has no JSON form.

    >>> from refstance import Span
    >>> print(to_json(Span(start=4, end=9), indent=2))
    {
      "schema": "refstance/1",
      "start": 4,
      "end": 9
    }
    """
    step = " " * indent if isinstance(indent, int) else indent
    return _encode(to_dict(obj), step, 0, ())


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON number")


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(
                f"the key {json.dumps(key, ensure_ascii=False)} appears twice in one object"
            )
        out[key] = value
    return out


def _loads(text: str | bytes) -> object:
    """JSON text as Python values, floats as Decimal; ``SchemaError`` when it is not JSON."""
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise SchemaError(
                f"not UTF-8 text (byte {e.object[e.start]:#04x} at offset {e.start})"
            ) from None
    elif not isinstance(text, str):
        raise UnsupportedTypeError(f"expected str or bytes, got {type(text).__name__}")
    try:
        return json.loads(
            text.removeprefix("\ufeff"),
            parse_float=Decimal,
            parse_constant=_reject_constant,
            object_pairs_hook=_reject_duplicate_keys,
        )
    except json.JSONDecodeError as e:
        raise SchemaError(
            f"not valid JSON: {e.msg[:1].lower()}{e.msg[1:]} at line {e.lineno}, column {e.colno}"
        ) from None
    except RecursionError:
        raise SchemaError("not valid JSON for refstance: nested too deeply") from None
    except ValueError as e:
        raise SchemaError(f"not valid JSON: {e}") from None


@overload
def from_json(text: str | bytes) -> Article: ...
@overload
def from_json(text: str | bytes, cls: type[_M]) -> _M: ...
def from_json(text: str | bytes, cls: type[Any] = Article) -> Any:
    """The model object of class *cls* (default :class:`~refstance.Article`) in a JSON document.

    The document is what :func:`to_json` writes: its top-level object must carry
    ``"schema": "refstance/1"``. Numbers with a fraction or an exponent are read as
    :class:`~decimal.Decimal`, so figures keep their digits. ``bytes`` are read as UTF-8.

    Raises:
        SchemaError: the text is not JSON, has no or another schema version, or is malformed;
            the message and ``.path`` name the bad field.
        UnsupportedTypeError: *cls* is not a refstance model class.

    >>> from_json('{"schema": "refstance/1", "text": "Yes.", "published": "28 Sept"}')
    Traceback (most recent call last):
    ...
    refstance._errors.SchemaError: published: expected an ISO date (YYYY-MM-DD), got "28 Sept"
    >>> try:
    ...     from_json('{"schema": "refstance/999", "text": ""}')
    ... except SchemaError as e:
    ...     print(e.path, "--", e.reason)
    schema -- unknown schema version "refstance/999"; this version of refstance reads "refstance/1"
    """
    _check_class(cls)
    return _from_mapping(_loads(text), cls, version_required=True)


# --------------------------------------------------------------------------- JSON Lines


class _Writer(Protocol):
    def write(self, text: str, /) -> object: ...


def write_jsonl(objs: Iterable[object], fp: _Writer) -> int:
    """Write each model object of *objs* to *fp* as one line of JSON; return how many.

    *fp* is a text file open for writing, or anything with a ``write(str)`` method.

    Each line is what :func:`to_json` writes (with ``"schema"``), ended by ``"\\n"``; newlines
    inside strings are escaped, so a line is always one document.

    Raises:
        UnsupportedTypeError: a member of *objs* is not a refstance model object.
    """
    count = 0
    for obj in objs:
        fp.write(to_json(obj))
        fp.write("\n")
        count += 1
    return count


@overload
def read_jsonl(fp: Iterable[str | bytes]) -> Iterator[Article]: ...
@overload
def read_jsonl(fp: Iterable[str | bytes], cls: type[_M]) -> Iterator[_M]: ...
def read_jsonl(fp: Iterable[str | bytes], cls: type[Any] = Article) -> Iterator[Any]:
    """The model objects of class *cls* in *fp*, one JSON document a line, lazily.

    *fp* is an open file (text or binary) or any iterable of lines. Blank lines are skipped;
    every other line is read as by :func:`from_json`.

    Raises:
        SchemaError: a line is malformed; the message starts with its line number
            (``line 3: referendums[0].id: missing required field``), ``.path`` is the field.
        UnsupportedTypeError: *cls* is not a refstance model class.

    >>> import io
    >>> from refstance import Span
    >>> list(read_jsonl(io.StringIO('{"schema": "refstance/1", "start": 0, "end": 2}\\n'), Span))
    [Span(start=0, end=2)]
    """
    _check_class(cls)
    for number, line in enumerate(fp, start=1):
        if not line.strip():
            continue
        document = line.rstrip(b"\r\n") if isinstance(line, bytes) else line.rstrip("\r\n")
        try:
            yield from_json(document, cls)
        except SchemaError as e:
            e.args = (f"line {number}: {e}",)
            raise


# --------------------------------------------------------------------------- JSON Schema

_JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

# What the model's own checks add to a field's shape, beyond its type.
_FIELD_EXTRAS: dict[tuple[type, str], dict[str, Any]] = {
    (Span, "start"): {"minimum": 0},
    (Span, "end"): {"minimum": 0},
}


def _validators(field: attrs.Attribute[Any]) -> tuple[object, ...]:
    validator = field.validator
    if validator is None:
        return ()
    return tuple(getattr(validator, "_validators", (validator,)))


def _summary(cls: type) -> str:
    return (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ").strip()


def _type_schema(kind: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if _is_optional(kind):
        (inner,) = (a for a in get_args(kind) if a is not NoneType)
        schema = _type_schema(inner, defs)
        if set(schema) == {"type"} and isinstance(schema["type"], str):
            return {"type": [schema["type"], "null"]}
        return {"anyOf": [schema, {"type": "null"}]}
    if _is_homogeneous_tuple(kind):
        return {"type": "array", "items": _type_schema(get_args(kind)[0], defs)}
    if kind is str:
        return {"type": "string"}
    if kind is int:
        return {"type": "integer"}
    if kind is Decimal:
        return {"type": "number"}
    if kind is date:
        return {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        if kind.__name__ not in defs:
            defs[kind.__name__] = {
                "title": kind.__name__,
                "description": _summary(kind),
                "enum": [m.value for m in kind],
            }
        return {"$ref": f"#/$defs/{kind.__name__}"}
    if isinstance(kind, type) and attrs.has(kind):
        if kind.__name__ not in defs:
            defs[kind.__name__] = {}  # claimed first, so that a cycle would end
            defs[kind.__name__] = _class_schema(kind, defs)
        return {"$ref": f"#/$defs/{kind.__name__}"}
    raise TypeError(f"no JSON Schema for {kind!r}")  # pragma: no cover - a model change


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    from refstance._model import _non_empty  # the model's own check, to mirror it here

    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(attrs.resolve_types(cls)):
        schema = _type_schema(field.type, defs)
        if _non_empty in _validators(field):
            schema = {**schema, "minLength": 1}
        schema = {**schema, **_FIELD_EXTRAS.get((cls, field.name), {})}
        properties[field.name] = schema
        if field.default is attrs.NOTHING:
            required.append(field.name)
    return {
        "title": cls.__name__,
        "description": _summary(cls),
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def json_schema(cls: type = Article) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a document :func:`to_json` writes for *cls*.

    It is made from the model classes themselves, so it follows them. The top-level object
    must carry ``"schema": "refstance/1"``; every other object forbids unknown keys.

    Raises:
        UnsupportedTypeError: *cls* is not a refstance model class.

    >>> schema = json_schema()
    >>> schema["properties"]["schema"]
    {'const': 'refstance/1'}
    >>> sorted(schema["$defs"])[:3]
    ['Actor', 'ActorKind', 'ChoiceResult']
    """
    _check_class(cls)
    defs: dict[str, Any] = {}
    top = _class_schema(cls, defs)
    defs.pop(cls.__name__, None)
    return {
        "$schema": _JSON_SCHEMA_DIALECT,
        "title": f"refstance {cls.__name__} ({SCHEMA_VERSION})",
        "description": top["description"],
        "type": "object",
        "properties": {SCHEMA_KEY: {"const": SCHEMA_VERSION}, **top["properties"]},
        "required": [SCHEMA_KEY, *top["required"]],
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }

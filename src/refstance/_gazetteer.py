"""World knowledge: states, organisations, voting regions, titles and roles.

The default gazetteer is read from the JSON files in ``refstance/data`` at first use (so that
``import refstance`` stays light) and cached. Users extend it with
:meth:`Gazetteer.extended` or replace it with :meth:`Gazetteer.from_dict`, and pass the result
to :func:`refstance.parse` as ``gazetteer=``.

>>> g = Gazetteer.default()
>>> g.state("Kremlin").name
'Russia'
>>> g.region("Zaporozhye").name
'Zaporizhzhia'
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

import attrs

from refstance._errors import GazetteerError
from refstance._model import ActorKind

__all__ = ["Entry", "Gazetteer", "Role"]


def slug(name: str) -> str:
    """A stable, ASCII, lower-case id for *name*.

    >>> slug("Sinn Féin")
    'sinn-fein'
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return s or "x"


def _strs(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise GazetteerError(f"{where}: expected a list of strings, got {type(value).__name__}")
    out = []
    for i, v in enumerate(value):
        if not isinstance(v, str) or not v.strip():
            raise GazetteerError(f"{where}[{i}]: expected a non-empty string, got {v!r}")
        out.append(v.strip())
    return tuple(out)


@attrs.frozen(kw_only=True)
class Entry:
    """A known state, organisation or region.

    ``names`` are the forms that name it (its name first, then variants and abbreviations);
    ``demonyms`` the adjectives ("Kazakh"); ``metonyms`` capitals and seats of government that
    stand for it in news ("Moscow", "Kremlin"). ``country`` is an ISO 3166-1 alpha-2 code: the
    state's own, or for a region and a national body the state it belongs to. ``anaphors`` are
    the nouns that refer back to an organisation after "the" ("bloc", "alliance", "League").
    """

    id: str
    name: str
    kind: str  # "state", "organization", "group" or "region"
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    country: str | None = None
    iso3: str | None = None
    anaphors: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], kind: str, where: str) -> Entry:
        """An entry from one object of a data file (``states.json`` and the like)."""
        if not isinstance(data, Mapping):
            raise GazetteerError(f"{where}: expected an object, got {type(data).__name__}")
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            raise GazetteerError(f"{where}.name: expected a non-empty string, got {name!r}")
        kind = str(data.get("kind", kind))
        if kind not in {"state", "organization", "group", "region"}:
            raise GazetteerError(f"{where}.kind: unknown kind {kind!r}")
        names = (
            name.strip(),
            *_strs(data.get("variants"), f"{where}.variants"),
            *_strs(data.get("abbreviations"), f"{where}.abbreviations"),
        )
        country = data.get("iso2", data.get("country"))
        if country is not None and not isinstance(country, str):
            raise GazetteerError(f"{where}.country: expected a string, got {country!r}")
        iso3 = data.get("iso3")
        return cls(
            id=str(data.get("id") or slug(name)),
            name=name.strip(),
            kind=kind,
            names=tuple(dict.fromkeys(names)),
            demonyms=_strs(data.get("demonyms", data.get("adjectives")), f"{where}.demonyms"),
            metonyms=_strs(data.get("metonyms"), f"{where}.metonyms"),
            country=country,
            iso3=iso3 if isinstance(iso3, str) else None,
            anaphors=_strs(data.get("anaphors"), f"{where}.anaphors"),
        )

    @property
    def actor_kind(self) -> ActorKind:
        """The :class:`ActorKind` an actor for this entry has."""
        return {
            "state": ActorKind.STATE,
            "organization": ActorKind.ORGANIZATION,
        }.get(self.kind, ActorKind.GROUP)


@attrs.frozen(kw_only=True)
class Role:
    """A title or role ("foreign minister") with its written forms.

    ``speaks_for_state``: a holder speaks for a state's government (a minister, an ambassador),
    unlike a journalist or an opposition leader.
    """

    role: str
    variants: tuple[str, ...] = ()
    speaks_for_state: bool = False


def _data(name: str) -> Any:
    from importlib import resources  # at first use: `import refstance` stays light

    return resources.files("refstance") / "data" / name


def _load_json(name: str) -> Any:
    path = _data(name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise GazetteerError(f"cannot read package data file {name}: {e}") from e


@attrs.frozen(kw_only=True, eq=False)
class Gazetteer:
    """The known states, organisations, regions, honorifics and roles.

    Build one with :meth:`default`, :meth:`from_dict`, or :meth:`extended`.
    """

    states: tuple[Entry, ...] = ()
    organizations: tuple[Entry, ...] = ()
    regions: tuple[Entry, ...] = ()
    honorifics: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    # well-known people: {"name", "variants", "gender", "posts": [{"role", "country", "from", "to"}]}
    people: tuple[Mapping[str, Any], ...] | None = None
    _index: dict[str, Any] = attrs.field(factory=dict, init=False, repr=False)

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer that ships with the package (loaded once, then cached)."""
        return _default()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Gazetteer:
        """A gazetteer from a mapping shaped like the package's data files.

        Keys: ``states``, ``organizations``, ``regions`` (lists of objects with ``name``,
        ``variants``, ``abbreviations``, ``demonyms``, ``metonyms``, ``iso2``/``country``),
        ``titles`` (``{"honorifics": [...], "roles": [{"role": ..., "variants": [...],
        "speaks_for_state": bool}]}``).

        Raises:
            GazetteerError: the mapping is not of that shape; the message names the place.
        """
        if not isinstance(data, Mapping):
            raise GazetteerError(f"gazetteer: expected a mapping, got {type(data).__name__}")
        unknown = set(data) - {"states", "organizations", "regions", "titles", "people"}
        if unknown:
            raise GazetteerError(f"gazetteer: unknown keys {sorted(unknown)}")

        def entries(key: str, kind: str) -> tuple[Entry, ...]:
            items = data.get(key, ())
            if isinstance(items, (str, Mapping)) or not isinstance(items, Iterable):
                raise GazetteerError(f"{key}: expected a list of objects")
            return tuple(Entry.from_dict(x, kind, f"{key}[{i}]") for i, x in enumerate(items))

        titles = data.get("titles", {})
        if not isinstance(titles, Mapping):
            raise GazetteerError("titles: expected an object")
        roles = []
        for i, r in enumerate(titles.get("roles", ())):
            if not isinstance(r, Mapping) or not isinstance(r.get("role"), str):
                raise GazetteerError(f"titles.roles[{i}]: expected an object with a 'role' string")
            roles.append(
                Role(
                    role=r["role"],
                    variants=_strs(r.get("variants"), f"titles.roles[{i}].variants"),
                    speaks_for_state=bool(r.get("speaks_for_state", False)),
                )
            )
        people = data.get("people")
        if people is not None:
            if isinstance(people, (str, Mapping)) or not isinstance(people, Iterable):
                raise GazetteerError("people: expected a list of objects")
            for i, person in enumerate(people):
                if not isinstance(person, Mapping) or not isinstance(person.get("name"), str):
                    raise GazetteerError(f"people[{i}]: expected an object with a 'name' string")
                _strs(person.get("variants"), f"people[{i}].variants")
            people = tuple(people)
        return cls(
            people=people,
            states=entries("states", "state"),
            organizations=entries("organizations", "organization"),
            regions=entries("regions", "region"),
            honorifics=_strs(titles.get("honorifics"), "titles.honorifics"),
            roles=tuple(roles),
        )

    def extended(self, data: Mapping[str, Any] | Gazetteer) -> Gazetteer:
        """A new gazetteer with the entries of *data* added; an entry with the same name
        as an existing one replaces it."""
        more = data if isinstance(data, Gazetteer) else Gazetteer.from_dict(data)

        def merge(a: tuple[Entry, ...], b: tuple[Entry, ...]) -> tuple[Entry, ...]:
            names = {e.name for e in b}
            return tuple(e for e in a if e.name not in names) + b

        roles = {r.role: r for r in self.roles}
        roles.update({r.role: r for r in more.roles})
        people = None
        if self.people is not None or more.people is not None:
            people = tuple(self.people or load_people()) + tuple(more.people or ())
        return Gazetteer(
            people=people,
            states=merge(self.states, more.states),
            organizations=merge(self.organizations, more.organizations),
            regions=merge(self.regions, more.regions),
            honorifics=tuple(dict.fromkeys(self.honorifics + more.honorifics)),
            roles=tuple(roles.values()),
        )

    # -- look-ups ---------------------------------------------------------------------

    def _lookup(self) -> dict[str, Any]:
        if not self._index:
            idx: dict[str, Any] = {"state": {}, "organization": {}, "region": {}, "iso2": {}}
            for e in self.states:
                if e.country:
                    idx["iso2"].setdefault(e.country, e)
                for n in (*e.names, *e.metonyms, *e.demonyms):
                    idx["state"].setdefault(n.casefold(), e)
            for e in self.organizations:
                for n in e.names:
                    idx["organization"].setdefault(n.casefold(), e)
            for e in self.regions:
                for n in (*e.names, *e.demonyms):
                    idx["region"].setdefault(n.casefold(), e)
            self._index.update(idx)
        return self._index

    def state(self, name: str) -> Entry | None:
        """The state *name* (a name, variant, demonym or metonym) stands for."""
        found: Entry | None = self._lookup()["state"].get(name.casefold())
        return found

    def organization(self, name: str) -> Entry | None:
        """The organisation *name* (its name, a variant or an abbreviation) stands for."""
        found: Entry | None = self._lookup()["organization"].get(name.casefold())
        return found

    def region(self, name: str) -> Entry | None:
        """The voting region *name* (a name, variant or adjective) stands for."""
        found: Entry | None = self._lookup()["region"].get(name.casefold())
        return found

    def given_names(self) -> dict[str, str]:
        """Given names that tell a person's gender: ``{"Greta": "f", "Adam": "m"}``."""
        return _given_names()

    def state_by_code(self, iso2: str) -> Entry | None:
        """The state with ISO 3166-1 alpha-2 code *iso2*."""
        found: Entry | None = self._lookup()["iso2"].get(iso2.upper())
        return found


@cache
def _default() -> Gazetteer:
    titles = _load_json("titles.json")
    return Gazetteer.from_dict(
        {
            "states": _load_json("states.json"),
            "organizations": _load_json("organizations.json"),
            "regions": _load_json("regions.json"),
            "titles": titles,
        }
    )


@cache
def _people() -> tuple[Mapping[str, Any], ...]:
    path = _data("people.json")
    if not path.is_file():
        return ()
    data = _load_json("people.json")
    if not isinstance(data, list):
        raise GazetteerError("people.json: expected a list")
    return tuple(data)


@cache
def _given_names() -> dict[str, str]:
    path = _data("given_names.json")
    if not path.is_file():
        return {}
    data = _load_json("given_names.json")
    if not isinstance(data, Mapping):
        raise GazetteerError("given_names.json: expected an object with 'female' and 'male'")
    out = {str(n): "f" for n in data.get("female", ())}
    out.update({str(n): "m" for n in data.get("male", ())})
    return out


def load_people() -> tuple[Mapping[str, Any], ...]:
    """The well-known people that ship with the package (``data/people.json``)."""
    return _people()


def coerce(gazetteer: Gazetteer | Mapping[str, Any] | None) -> Gazetteer:
    """The gazetteer a caller meant: the default, a given one, or the default extended."""
    if gazetteer is None:
        return Gazetteer.default()
    if isinstance(gazetteer, Gazetteer):
        return gazetteer
    if isinstance(gazetteer, Mapping):
        return Gazetteer.default().extended(gazetteer)
    raise GazetteerError(
        f"gazetteer: expected a Gazetteer or a mapping, got {type(gazetteer).__name__}"
    )

"""Consistency checks on the world-knowledge data files shipped in ``refstance/data``."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parents[1] / "src" / "refstance" / "data"

NAME_FIELDS = ("name", "variants", "abbreviations", "metonyms")


def _load(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def _strings(entry: dict[str, Any], fields: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for field in fields:
        value = entry.get(field)
        if isinstance(value, str):
            out.append(value)
        elif value is not None:
            assert isinstance(value, list), f"{entry.get('name')}.{field} is not a list"
            out.extend(value)
    return out


def _clashes(entries: list[dict[str, Any]], fields: tuple[str, ...]) -> list[str]:
    """Strings (compared case-insensitively) that belong to more than one entry."""
    owner: dict[str, str] = {}
    clashes: list[str] = []
    for entry in entries:
        for s in set(_strings(entry, fields)):
            key = s.casefold()
            if key in owner and owner[key] != entry["name"]:
                clashes.append(f"{s!r}: {owner[key]!r} and {entry['name']!r}")
            owner.setdefault(key, entry["name"])
    return clashes


def _all_strings(obj: Any) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, list):
        return [s for x in obj for s in _all_strings(x)]
    if isinstance(obj, dict):
        return [s for x in obj.values() for s in _all_strings(x)]
    return []


@pytest.mark.parametrize(
    "name", ["states.json", "organizations.json", "regions.json", "titles.json"]
)
def test_strings_are_trimmed_and_non_empty(name: str) -> None:
    bad = [s for s in _all_strings(_load(name)) if not s or s != s.strip() or "  " in s]
    assert bad == []


def test_un_members_and_observers_present() -> None:
    states = _load("states.json")
    counts = Counter(s["status"] for s in states)
    assert counts["member"] == 193
    assert counts["observer"] == 2
    assert set(counts) <= {"member", "observer", "contested"}
    observers = {s["name"] for s in states if s["status"] == "observer"}
    assert observers == {"Holy See", "Palestine"}
    names = {s["name"] for s in states}
    assert {"Russia", "United States", "United Kingdom", "Kosovo", "Taiwan"} <= names


def test_iso_codes_unique_and_well_formed() -> None:
    states = _load("states.json")
    iso2 = [s["iso2"] for s in states]
    iso3 = [s["iso3"] for s in states]
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in iso2)
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in iso3)
    assert len(set(iso2)) == len(iso2)
    assert len(set(iso3)) == len(iso3)
    by_code = {s["iso2"]: s for s in states}
    assert by_code["GB"]["iso3"] == "GBR"
    assert by_code["RU"]["name"] == "Russia"


def test_state_fields() -> None:
    for s in _load("states.json"):
        assert isinstance(s["name"], str)
        for field in ("variants", "demonyms", "metonyms"):
            assert isinstance(s[field], list), f"{s['name']}.{field}"


def test_no_name_shared_by_two_states_or_organizations() -> None:
    entries = _load("states.json") + _load("organizations.json")
    assert _clashes(entries, NAME_FIELDS) == []


def test_no_demonym_shared_by_two_states() -> None:
    assert _clashes(_load("states.json"), ("demonyms",)) == []


def test_organizations_well_formed() -> None:
    orgs = _load("organizations.json")
    codes = {s["iso2"] for s in _load("states.json")}
    names = [o["name"] for o in orgs]
    assert len(set(names)) == len(names)
    for o in orgs:
        # (a movement without a party's structure is a group: "Interfront")
        assert o["kind"] in ("organization", "group")
        assert isinstance(o["abbreviations"], list)
        assert isinstance(o["variants"], list)
        if "country" in o:
            assert o["country"] in codes, o["name"]
    abbreviations = {a for o in orgs for a in o["abbreviations"]}
    assert {"UN", "EU", "NATO", "OSCE", "YSK", "CNE"} <= abbreviations


def test_every_region_has_a_known_country() -> None:
    codes = {s["iso2"] for s in _load("states.json")}
    regions = _load("regions.json")
    assert [r["name"] for r in regions if r.get("country") not in codes] == []
    assert all(r["kind"] == "region" for r in regions)
    names = [r["name"] for r in regions]
    assert len(set(names)) == len(names)
    assert _clashes(regions, ("name", "variants")) == []
    by_name = {r["name"]: r for r in regions}
    assert by_name["Crimea"]["country"] == "UA"
    assert by_name["Essequibo"]["country"] == "GY"
    assert by_name["Transnistria"]["country"] == "MD"


def test_titles_have_both_keys() -> None:
    titles = _load("titles.json")
    assert set(titles) >= {"honorifics", "roles"}
    assert "Mr" in titles["honorifics"]
    roles = titles["roles"]
    assert all(isinstance(r["speaks_for_state"], bool) for r in roles)
    by_role = {r["role"]: r for r in roles}
    assert len(by_role) == len(roles)
    assert by_role["foreign minister"]["speaks_for_state"] is True
    assert by_role["journalist"]["speaks_for_state"] is False
    assert _clashes([{"name": r["role"], **r} for r in roles], ("role", "variants")) == []

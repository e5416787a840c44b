"""Consistency checks on ``refstance/data/people.json``."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

DATA = Path(__file__).parents[1] / "src" / "refstance" / "data"
PEOPLE_PATH = DATA / "people.json"
STATES_PATH = DATA / "states.json"

ISO2 = re.compile(r"^[A-Z]{2}$")


def _people() -> list[dict[str, Any]]:
    data = json.loads(PEOPLE_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def _state_codes() -> set[str]:
    states = json.loads(STATES_PATH.read_text(encoding="utf-8"))
    return {state["iso2"] for state in states}


def test_people_file_is_a_non_empty_list() -> None:
    people = _people()
    assert len(people) > 300
    assert all(isinstance(person, dict) for person in people)


def test_every_entry_has_name_gender_and_posts() -> None:
    for person in _people():
        name = person.get("name")
        assert isinstance(name, str), person
        assert name, person
        assert name.strip() == name, person
        assert person.get("gender") in {"m", "f"}, name
        variants = person.get("variants", [])
        assert isinstance(variants, list), name
        assert all(isinstance(v, str) and v.strip() == v and v for v in variants), name
        posts = person.get("posts")
        assert isinstance(posts, list), name
        assert posts, name
        for post in posts:
            assert isinstance(post.get("role"), str), name
            assert post["role"], name
            assert post["role"] == post["role"].lower(), (name, post["role"])
            assert "country" in post, name
            if post["country"] is None:
                assert isinstance(post.get("organization"), str), name
                assert post["organization"], name
            if "speaks_for_state" in post:
                assert post["speaks_for_state"] is False, name


def test_country_codes_exist_in_states() -> None:
    codes = _state_codes()
    for person in _people():
        for post in person["posts"]:
            country = post["country"]
            if country is None:
                continue
            assert ISO2.match(country), (person["name"], country)
            assert country in codes, (person["name"], country)


def test_years_are_ordered() -> None:
    for person in _people():
        for post in person["posts"]:
            start, end = post["from"], post["to"]
            assert isinstance(start, int), person["name"]
            assert end is None or isinstance(end, int), person["name"]
            assert end is None or start <= end, (person["name"], post)


def test_names_unique() -> None:
    names = [person["name"] for person in _people()]
    assert len(names) == len(set(names))


def test_no_full_name_belongs_to_two_people() -> None:
    owner: dict[str, str] = {}
    clashes: list[str] = []
    for person in _people():
        strings = {person["name"], *person.get("variants", [])}
        for s in strings:
            if " " not in s:
                continue
            key = s.casefold()
            other = owner.setdefault(key, person["name"])
            if other != person["name"]:
                clashes.append(f"{s!r}: {other} / {person['name']}")
    assert not clashes, clashes


def test_surnames_alone_belong_to_one_person() -> None:
    owner: dict[str, str] = {}
    clashes: list[str] = []
    for person in _people():
        for s in set(person.get("variants", [])):
            if " " in s:
                continue
            other = owner.setdefault(s.casefold(), person["name"])
            if other != person["name"]:
                clashes.append(f"{s!r}: {other} / {person['name']}")
    assert not clashes, clashes

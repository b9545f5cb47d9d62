"""The vocabulary's tables agree with each other."""

from __future__ import annotations

import pytest

from bot.mentions import countries_in
from bot.vocabulary import CITIES, REGION_MEMBERS, REGIONS, country_aliases, places_within, spelled_alike


def test_every_region_member_is_a_country_the_vocabulary_knows() -> None:
    countries = set(country_aliases().values())
    assert {region: sorted(members - countries) for region, members in REGION_MEMBERS.items()
            if members - countries} == {}
    assert set(REGION_MEMBERS) <= set(REGIONS)


def test_a_region_is_asked_about_with_its_countries_and_a_country_alone() -> None:
    assert places_within(["Baltics"]) == ["Baltics", "Estonia", "Latvia", "Lithuania"]
    assert places_within(["Peru", "Tibet"]) == ["Peru", "Tibet"]  # Tibet is a region with no member countries


def test_every_city_is_an_alias_of_its_country() -> None:
    aliases = country_aliases()
    assert {city: aliases.get(city) for city in CITIES if city not in aliases} == {}
    assert aliases["Nairobi"] == "Kenya"
    assert aliases["Wuhan"] == "China"  # (a long row goes on in a line of its own)


@pytest.mark.parametrize(("people", "country"), [
    ("Poles", "Poland"), ("Filipinos", "Philippines"), ("Turks", "Turkey"), ("Danes", "Denmark"),
    ("New Zealanders", "New Zealand"), ("Czechs", "Czech Republic")])
def test_people_named_by_a_plural_of_their_own_are_their_country(people: str, country: str) -> None:
    assert [name for name, _, _ in countries_in(f"The accounts posed as {people} living abroad.")] == [country]


def test_bosnian_serbs_are_not_serbia_and_poles_are_not_telephone_poles() -> None:
    assert [name for name, _, _ in countries_in("It targeted Bosnian Serbs.")] == ["Bosnia and Herzegovina"]
    assert countries_in("They cut the telephone poles.") == ()


@pytest.mark.parametrize(("text", "country"), [
    ("a network aimed at voters in Congo", "Democratic Republic of the Congo"),
    ("a network run from Congo-Brazzaville", "Republic of the Congo"),
    ("the Republic of the Congo", "Republic of the Congo"),
])
def test_congo_alone_is_the_democratic_republic_as_news_writes_it(text: str, country: str) -> None:
    assert [found for found, _, _ in countries_in(text)] == [country]


@pytest.mark.parametrize("spellings", [("Al-Nour", "Al Noor", "Alnour"), ("Sada al-Khaleej", "Sada Al Khalij"),
                                       ("Dar al-Salam", "Dar as Salam")])
def test_spellings_of_one_name_in_latin_letters_are_alike(spellings: tuple[str, ...]) -> None:
    keys = {spelled_alike(name) for name in spellings}
    assert len(keys) == (2 if "Dar" in spellings[0] else 1)  # (an article's assimilation, "as-Salam", is not mended)


def test_the_cities_networks_are_run_from_in_india_place_them_there_but_not_a_city_two_countries_share() -> None:
    assert [name for name, _, _ in countries_in("a Noida-based marketing firm and an agency in Gurugram")] == [
        "India", "India"]
    assert countries_in("a firm in Hyderabad") == ()  # (Hyderabad is in India and in Pakistan)


def test_a_sea_or_gulf_named_after_a_country_is_not_the_country() -> None:
    text = "claims in the South China Sea, drilling in the Gulf of Mexico, patrols in the Taiwan Strait, and China"
    assert [name for name, _, _ in countries_in(text)] == ["China"]

"""The knowledge base, read: the SQL behind every answer, over one read-only connection.

Filters (platform, surface, country and its role, period, figure, names) become SQL conditions, so
a question costs about the same on a large base; answers then read at most `ROW_LIMIT` facts, plus
the other documents' reports of the same takedowns.  Open one `KnowledgeBase` per thread.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from typing import NamedTuple

import sqlite_utils
from rapidfuzz import fuzz, process

from bot.consolidate import ANOTHER_TAKEDOWN
from bot.mentions import countries_in, publishing_platform
from bot.placing import ANOTHER_CASE, THIS_NETWORK
from bot.roles import watched_or_tipped
from bot.store import LIGHT_SELECT
from bot.understand import Lexicon, Query
from bot.vocabulary import (
    NETWORK_ORIGINS,
    ONLY_ON,
    PLATFORM_PARENT,
    country_aliases,
    places_within,
    spelled_alike,
    without_accents,
)
from bot.wording import format_date, join_words

ROW_LIMIT = 200  # facts read for one answer: far more than it shows, far fewer than a large base holds
FULL_ROWS_KEPT = 4096  # full fact rows a connection keeps once read (`by_id`): a few megabytes
FROM_FACTS = "select f.*, d.title, d.url, d.published from facts f join documents d on d.path = f.document "
LIGHT_COLUMNS = LIGHT_SELECT  # see `store.LIGHT_FACT_COLUMNS`
FROM_REACH = "select r.*, d.title, d.url, d.published from reach r join documents d on d.path = r.document "
# running totals, the larger networks a takedown belonged to, and sums a source gives of the figures it lists
NOT_A_TAKEDOWN = ("cumulative", "network", "sum")
NOT_ONE_TAKEDOWN = (*NOT_A_TAKEDOWN, "part")  # scopes of figures that are not one takedown's size
ONLY = {"targeted": "f.targeted = 1",
        "attributed": "f.attributed = 1",
        "one_takedown": "(f.count is not null and f.qualifier != 'fewer than' and "
                        f"coalesce(f.scope, '') not in {NOT_ONE_TAKEDOWN!r})"}
CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+")  # "Meridian Pulse Strategies", a name's words
KEYED_SEARCH = 100  # documents a search names inside its full-text query (see `search`)
COMMON_TERM = 500  # a search term in this many sentences says little about which one answers
CLOSE_WORD_CUTOFF = 85  # how alike a misspelt search term and a corpus word must be (fuzz.ratio)


class TakedownKey(NamedTuple):
    """What groups and counts a fact's takedown, without its words (`KnowledgeBase.takedown_keys`)."""

    id: int
    announcement: int  # the takedown it belongs to, however many documents and figures tell it
    platform: str
    origins_json: str
    dated: str | None  # when the takedown happened, by its earliest report (`store._dating`)
    announced: str | None  # when this report dates it
    figured: int  # 1 when the fact gives a figure
    scope: str | None
    document: str
    dated_precision: str | None  # "day", "week", "month" or "year": how much of `dated` the sources give
    covers_from: str | None  # the period of the report it is told from, if any (`dates.report_period_in`)
    covers_to: str | None

    @property
    def origins(self) -> list[str]:
        return _json_list(self.origins_json)


@lru_cache(maxsize=1024)
def _json_list(text: str) -> list[str]:
    """A JSON list column, parsed once per distinct text: most are "[]" or repeat ('["Iran"]')."""
    return json.loads(text)


class KnowledgeBase:
    """Read-only queries over one database connection (open one per thread)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._lexicon: Lexicon | None = None
        self._coverage: str | None = None
        # what never changes in one database file, asked again and again (a name's aliases within one
        # answer, a common word's frequency across questions): looked up once per connection
        self.also_known_as = lru_cache(maxsize=1024)(self._also_known_as)
        self.origins_named = lru_cache(maxsize=1024)(self._origins_named)
        self.document_frequency = lru_cache(maxsize=4096)(self._document_frequency)
        self._documents_naming = lru_cache(maxsize=1024)(self._documents_naming_uncached)
        self.reports_within = lru_cache(maxsize=256)(self._reports_within)
        self.reports_before = lru_cache(maxsize=256)(self._reports_before)
        self.told_from_reports_within = lru_cache(maxsize=256)(self._told_from_reports_within)
        self.takedown_near = lru_cache(maxsize=1024)(self._takedown_near)  # each tip's, asked of each answer on it
        self._full_rows: dict[int, dict] = {}  # `by_id`'s facts, read in full
        self._own_reports: dict[str, str] | None = None
        self._publishers: list[str] | None = None
        self._roundups: frozenset[str] | None = None
        self._operators: frozenset[str] | None = None
        self._spelled: dict[str, list[str]] | None = None

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            terms = {row["term"].lower(): (row["kind"], row["canonical"])
                     for row in self.db.query("select term, kind, canonical from vocabulary")
                     if row["kind"] in {"platform", "country", "unit", "network", "publisher"} and not (
                         row["kind"] == "country" and row["term"].isupper() and len(row["term"]) <= 4)}
            # a network's name as typed without its accents ("Bialy Kruk") is that network
            terms.update({plain: value for term, value in list(terms.items()) if value[0] == "network"
                          and (plain := without_accents(term)) != term and plain not in terms})
            default = Lexicon.default()
            for term, value in default.terms.items():
                terms.setdefault(term, value)
            self._lexicon = Lexicon(terms, _CorpusWords(self.db))
        return self._lexicon

    def _filters(self, query: Query, units: list[str] | None = None,
                 by_country: bool = False) -> tuple[list[str], list] | None:
        """SQL conditions on `facts f` for the query; None when a name it asks about is in no document.

        `by_country`: `f` is `facts_by_country`, whose rows carry their country and role."""
        where: list[str] = ["1 = 1"]
        params: list = []
        if query.names:
            documents = self.documents_mentioning(query.names)
            if not documents:
                return None
            where.append(f"f.document in ({', '.join('?' for _ in documents)})")
            params += sorted(documents)
        if units:  # the unit itself, or one item of a list ("pages, groups and accounts"); the cheap tests first
            where.append("(" + " or ".join("f.unit = ? or (instr(f.unit, ?) and (',' || replace(replace(f.unit, "
                                            "' and ', ','), ', ', ',') || ',') like ?)" for _ in units) + ")")
            params += [value for unit in units for value in (unit, unit, f"%,{unit},%")]
        if query.excluded_platforms:  # ("apart from Meta": nor its apps)
            names = [name for name, parent in PLATFORM_PARENT.items() if parent in query.excluded_platforms]
            names = _with_google_and_youtube([*query.excluded_platforms, *names])
            where.append(f"f.platform not in ({', '.join('?' for _ in names)})")
            params += names
        if query.platforms:
            names = _with_google_and_youtube(query.platforms)
            marks = ", ".join("?" for _ in names)
            where.append(f"(f.platform in ({marks}) or f.surface in ({marks}))")
            params += [*names, *names]
        if query.surfaces:
            marks = ", ".join("?" for _ in query.surfaces)
            # (and "Google's video platform YouTube terminated 46 channels": Google's channels are YouTube's)
            only = [(PLATFORM_PARENT[s], ONLY_ON[s]) for s in query.surfaces if s in ONLY_ON]
            where.append(f"(f.surface in ({marks}) or (f.surface is null and (f.platform in ({marks})"
                         + "".join(" or (f.platform = ? and f.unit = ?)" for _ in only) + ")))")
            params += [*query.surfaces, *query.surfaces, *(value for pair in only for value in pair)]
        if query.countries:  # a region takes in its countries: "targeting Africa" finds networks aimed at Togo
            places = places_within(query.countries)
            marks = ", ".join("?" for _ in places)
            role = "" if query.intent == "which_countries" or query.country_role == "any" else " and role = ?"
            where.append(f"f.country in ({marks}){role.replace('role', 'f.role')}" if by_country else
                         f"f.id in (select fact from fact_countries where country in ({marks}){role})")
            params += [*places] + ([query.country_role] if role else [])
        if query.targets:  # "China-based networks targeting the US": the origins above, and these targets
            places = places_within(query.targets)
            marks = ", ".join("?" for _ in places)
            where.append(f"f.id in (select fact from fact_countries where country in ({marks}) and role = 'target')")
            params += places
        if query.date_from:
            condition, values = self._period(query, "f")
            where.append(condition)
            params += values
        if query.month_day or query.months:
            condition, values = _any_year(query, "f")
            where.append(condition)
            params += values
        if query.domestic:
            where.append("f.domestic = 1")
        if query.numbers:
            marks = ", ".join("?" for _ in query.numbers)
            where.append(f"f.count in ({marks})")
            params += query.numbers
        return where, params

    def facts(self, query: Query, *, order: str = "f.announced, f.id", limit: int = ROW_LIMIT,
              units: list[str] | None = None, light: bool = False, only: str | None = None,
              told_with: list[int] | None = None) -> list[dict]:
        """Facts matching the query's platform, country, period, figure and name filters, then the other
        documents' reports of the same takedowns.

        Everything that can be is filtered in SQL, so a question costs the same on a large base:
        names narrow to the documents that mention them (FTS5), `units` to facts counting them,
        and `order`/`limit` read only the rows an answer can show.  `light` reads only the columns
        that group facts into statements (`LIGHT_COLUMNS`), for answers that count every matching
        takedown but show a few: `by_id` then reads those few in full.  `only` keeps the facts that
        say something in particular (`ONLY`: whom a network targeted, who was behind it).  `told_with`
        keeps the facts told in the same sentence, for the same platform and countries, as these:
        the statements an answer shows, once `takedown_keys` has counted them all.
        """
        rows = self._matching(query, order=order, limit=limit, units=units, light=light, only=only,
                              told_with=told_with)
        return rows + self._other_reports(rows, light and not query.names)

    def counting(self, query: Query, units: list[str], limit: int) -> list[int]:
        """The ids of the first matching facts that count one of `units`, found without reading their rows:
        which statements an answer about that unit shows (`facts(told_with=…)` then reads them)."""
        if query.names:  # a name's own facts are told apart by their quotes
            return [row["id"] for row in self._matching(query, units=units, light=True, limit=limit)]
        sql, params = self._sql(query, light=True, units=units, select="f.id", limit=limit)
        return [] if sql is None else [row[0] for row in self.db.conn.execute(sql, params)]

    def takedown_keys(self, query: Query) -> list[TakedownKey]:
        """Every matching fact, reduced to what groups and counts takedowns (`TakedownKey`), in date order.

        A breakdown or a list of platforms counts hundreds of takedowns and shows a few: tuples of a few
        columns cost a fraction of full rows.  Other documents' reports are left out: they tell takedowns
        already counted.  In the order the takedowns happened (`dated`), then as reported.
        """
        order = "f.dated, f.announced, f.id"
        if query.names:  # a name's own facts are told apart by their quotes (`_matching`)
            return [TakedownKey(r["id"], r["announcement"], r["platform"], json.dumps(r["origins"]), r["dated"],
                                r["announced"], int(r["count_text"] is not None), r["scope"], r["document"],
                                r["dated_precision"], r["covers_from"], r["covers_to"])
                    for r in self._matching(query, limit=-1, order=order)]
        sql, params = self._sql(query, light=True, order=order, select="f.id, f.announcement, f.platform, f.origins, "
                                "f.dated, f.announced, f.count_text is not null, f.scope, f.document, "
                                "f.dated_precision, f.covers_from, f.covers_to")
        return [] if sql is None else list(map(TakedownKey._make, self.db.conn.execute(sql, params)))

    def _sql(self, query: Query, *, select: str | None = None, order: str = "f.announced, f.id", limit: int = -1,
             units: list[str] | None = None, light: bool = False, only: str | None = None,
             told_with: list[int] | None = None) -> tuple[str, list] | tuple[None, None]:
        """The select over `facts` (or, for a light read about countries, `facts_by_country`) for the query."""
        light = light and not query.names  # telling a name's own facts apart reads their quotes
        if told_with:  # the facts of those statements share their countries: found from them, not the country's
            query = Query(**{**query.__dict__, "countries": [], "targets": []})
        by_country = light and bool(query.countries)
        filters = self._filters(query, units, by_country)
        if filters is None:
            return None, None
        where, params = filters
        if only:
            where.append(ONLY[only])
        if told_with:  # the facts of the same statements, found from these by the (document, sentence) index
            marks = ", ".join("?" for _ in told_with)
            where.append("f.id in (select s.id from facts k join facts s on s.document = k.document and s.sentence = "
                         "k.sentence and s.platform = k.platform and s.origins = k.origins "
                         f"where k.id in ({marks}))")
            params += told_with
        # a fact is in `facts_by_country` once per country and role: asked about two, it must be read once
        once = " group by f.id" if by_country and (len(query.countries) > 1 or query.intent == "which_countries"
                                                   or query.country_role == "any") else ""  # (or in either role)
        if select is None:
            select = LIGHT_COLUMNS if light else "f.*, d.title, d.url, d.published"
        table = "facts_by_country f" if by_country else "facts f"
        joined = "" if light else " join documents d on d.path = f.document"
        sql = f"select {select} from {table}{joined} where {' and '.join(where)}{once} order by {order} limit ?"
        return sql, [*params, limit]

    def _matching(self, query: Query, *, order: str = "f.announced, f.id", limit: int = ROW_LIMIT,
                  units: list[str] | None = None, light: bool = False, only: str | None = None,
                  told_with: list[int] | None = None) -> list[dict]:
        """The facts the filters match, and of those asked about by name, the ones that tell of it."""
        sql, params = self._sql(query, order=order, limit=limit, units=units, light=light, only=only,
                                told_with=told_with)
        if sql is None:
            return []
        rows = decoded_rows(self.db, sql, params)
        if query.names and (tipped := self._tipped_by(query.names)):
            # "the network that Bawaslu reported": the takedowns its tips were about, whatever the network is called;
            # a tip told in a figure's own sentence (a report's row: "…We were alerted to this network by…"), that one
            told_with = {(r["document"], r["sentence"]) for r in rows}
            return [r for r in rows if any(r["document"] == document and r["platform"] == platform and (
                r["sentence"] == sentence if (document, sentence) in told_with else about in (None, *r["origins"]))
                for document, platform, about, sentence in tipped)]
        if query.names:  # facts whose own words name it first; else the rest of those documents' facts
            groups = [self.also_known_as(name) for name in query.names]
            known = self._known_origins(query.names)

            asked = {n.lower() for group in groups for n in group}
            asked_plain = {without_accents(n) for n in asked}  # ("Gato Pardo", typed for "Gató Pardo")

            def tied(row: dict) -> bool:  # its network, or who it is linked to, is one asked about (in any form)
                return any(any(plain in a or a in plain for a in asked_plain)
                           for n in [*row["networks"], *row["linked_to"]] if (plain := without_accents(n).lower()))

            # (where no figure names it as its network, those tied to it say: "We removed 88 Facebook accounts" of
            # the Ghana network linked to Bluecrest Advisory, not the Myanmar network a story about Bluecrest adds)
            known = known or {origin for r in rows if tied(r) for origin in r["origins"]}
            # (read only when a row's own network does not answer: most questions about a name never need it)
            told_in = {r["document"] for r in rows}
            described = cache(lambda: self._networks_described(asked, told_in))

            def elsewhere(row: dict) -> bool:  # "…3,841 IRA accounts and 770 other accounts from Iran": the 770
                # (and "…plus 41 channels linked to Northern Relay and 23 channels linked to Amber Lantern": the 23,
                # asked of Northern Relay, are linked to another network the knowledge base knows)
                # (nor "58 accounts" of a network the source calls "Savanna Loop", in a story headlined with another)
                # (but "the Brightgate network" asks of the network Brightgate ran, whatever the source calls it)
                if row["networks"] and not tied(row) and not set(row["networks"]) <= described():
                    return True
                return bool(known and row["origins"] and not known & set(row["origins"])) or (any(
                    self.lexicon.terms.get(e.lower(), ("",))[0] == "network" and e.lower() not in asked
                    for e in row["linked_to"]) and not any(e.lower() in asked for e in row["linked_to"]))

            # (a total across networks only where it is the network's own: "4,089 accounts in four networks: Iran
            # (2,046), Russia's Northern Relay (1,530)…" names it in its quote, as one of its parts)
            named = [r for r in rows if all(any(names_in(r, n) for n in group) for group in groups)
                     and not elsewhere(r) and (r["scope"] != "cumulative" or any(
                         n.lower() in {e.lower() for e in [*r["networks"], *r["linked_to"]]}
                         for group in groups for n in group))]
            # figures told beside them, or of that day in a story headlined with the name, belong to it too,
            # unless they say they came from elsewhere (an Iranian network listed beside the IRA's)
            near: dict[tuple, set[str]] = {}
            told: dict[str, set[str]] = {}  # where the document says the named network came from
            for r in named:
                told.setdefault(r["document"], set()).update(r["origins"])
            for r in named:
                if r["date_precision"] != "day":
                    continue
                places = set(r["origins"]) or told[r["document"]] or known or {"anywhere"}
                for step in range(-2, 3):
                    near.setdefault((r["document"], r["announced"], r["sentence"] + step), set()).update(places)
                if any(n.lower() in (r["title"] or "").lower() for group in groups for n in group):
                    near.setdefault((r["document"], r["announced"]), set()).update(places)
            ids = {r["id"] for r in named}

            def belongs(row: dict, key: tuple) -> bool:
                places = near.get(key)
                return places is not None and (not row["origins"] or "anywhere" in places
                                               or bool(places & set(row["origins"])))

            def headlined(row: dict) -> bool:  # "Meta removes Spamouflage network": a story about it
                return all(any(_name_pattern(without_accents(n)).search(without_accents(row["title"] or ""))
                               for n in group) for group in groups)

            if named:  # (and a story headlined with it, whose figures do not repeat its name, tells of it too)
                # (not a total across several networks told beside it: "4,089 accounts in four networks")
                rows = [r for r in rows if r["id"] in ids or (not elsewhere(r) and r["scope"] != "cumulative" and (
                    belongs(r, (r["document"], r["announced"], r["sentence"]))
                    or belongs(r, (r["document"], r["announced"])) or (r["document"] not in told and headlined(r))))]
            else:  # no figure names it: the stories headlined with it, else every story that names it, but not
                # their figures from elsewhere (a China-based network in a story that mentions Doppelganger), nor
                # those of a network named otherwise ("Bluebottle", in an op-ed that also tells of "Quill")
                rows = [r for r in rows if not r["networks"] or any(names_in(r, n) for group in groups for n in group)
                        or set(r["networks"]) <= described()]
                # (nor an older takedown told as another case: "Last year, Meta removed a separate network of 388
                # accounts…", in a story headlined with the one asked about)
                rows = [r for r in rows if r["networks"] or not (r["reference"] and ANOTHER_CASE.search(r["quote"]))]
                # (nor a figure no name is given to, in a roundup that names the networks of its others: "X suspended
                # dozens of accounts…", an item of a newsletter whose TikTok item names Kol HaRehov)
                rows = [r for r in rows if r["networks"] or r["document"] not in self.documents_naming_networks()]
                # (nor figures linked to another network the knowledge base knows: "57 accounts tied to Northern
                # Relay", in a roundup that also names Amber Lantern)
                rows = [r for r in rows if headlined(r) and not elsewhere(r)] or [r for r in rows if not elsewhere(r)]
                # (nor a removal told without a figure whose own words name another network the knowledge base knows,
                # or who ran one: "…the lawsuit that Meridian Pulse Strategies brought against Google over the
                # termination of its YouTube channels", in a roundup that also tells of Copper Kettle)
                rows = [r for r in rows if r["networks"] or r["count"] is not None
                        or not self._names_another_network(r["quote"], asked)]
                # (nor a figure that other reports of the same takedown give to another network by name: "YouTube
                # terminated 23 channels", in an interview that mentions Copper Lantern, is Brass Choir's elsewhere)
                named_elsewhere = self._takedown_names([r["takedown"] for r in rows if not r["networks"]])
                rows = [r for r in rows if r["networks"] or not named_elsewhere.get(r["takedown"])
                        or named_elsewhere[r["takedown"]] & asked]
                # (nor a figure told far from the one mention of it, in a story of several takedowns not headlined
                # with it: "Then TikTok pulled 356 accounts…", turns before a podcast guest's "Remember Qamar Digital?")
                unnamed = [r for r in rows if not r["networks"] and not headlined(r)]
                near = self._told_near(unnamed, asked) if unnamed else set()
                rows = [r for r in rows if r["networks"] or headlined(r) or r["id"] in near]
        return rows

    def _tipped_by(self, names: list[str]) -> set[tuple[str, str, str | None, int]]:
        """Where a name asked about is only ever who tipped a platform off (an election body, a fact-checker), the
        tips it gave: (document, platform, the country the tip was about, its sentence).  Empty where any figure ties
        a network or an entity to the name: then it names what was removed."""
        if any(self.lexicon.terms.get(name.lower(), ("",))[0] == "network" for name in names):
            return set()  # (most names asked are networks': no tip is read)
        tips = [(document, platform, about, sentence) for name in names
                for document, platform, about, sentence, source in self.db.execute(
                    "select document, platform, about, sentence, source from tips where platform is not null and "
                    "platform != '' and instr(lower(source), ?) > 0", [name.lower()])
                if _name_pattern(without_accents(name)).search(without_accents(source))]
        if not tips:
            return set()
        tied = self.db.execute(
            "select 1 from facts where " + " or ".join("instr(lower(networks || linked_to), ?) > 0" for _ in names)
            + " limit 1", [name.lower() for name in names]).fetchone()
        return set() if tied else set(tips)

    def _told_near(self, rows: list[dict], asked: set[str]) -> set[int]:
        """The ids of the figures no name is given to that are told near a sentence naming what was asked, or that
        point at "the network", or that stand in a story of one takedown (every figure of one platform and one set
        of countries), where the name anywhere is theirs."""
        documents = {r["document"] for r in rows}
        marks = ", ".join("?" for _ in documents)
        one = {document for document, takedowns in self.db.execute(
            f"select document, count(distinct platform || origins) from facts where document in ({marks}) and count "
            "is not null group by document", sorted(documents)) if takedowns <= 1}
        named: dict[str, list[int]] = {}
        for sentence in self.sentences_naming(documents, sorted(asked)):
            named.setdefault(sentence["document"], []).append(sentence["position"])
        # (and not across a heading: the next section's figure is another case's, however near)
        headings: dict[str, list[int]] = {}
        for document, position in self.db.execute(
                f"select document, position from sentences where document in ({marks}) and heading = 1",
                sorted(documents)):
            headings.setdefault(document, []).append(position)

        def near(row: dict, position: int) -> bool:
            first, last = sorted((position, row["sentence"]))
            return last - first <= NAMED_NEAR and not any(first < h <= last for h in headings.get(row["document"], ()))

        return {r["id"] for r in rows if r["document"] in one or THIS_NETWORK.search(r["quote"]) is not None or any(
            near(r, position) for position in named.get(r["document"], []))}

    def _networks_described(self, asked: set[str], documents: set[str]) -> set[str]:
        """The networks whose figures' own words say what a question calls by no network's name ("…taken down ahead of
        the Saxony and Thuringia state elections" is Elbe Chorus): every figure of that network answers it.  None
        where it is a network's name, or where the words tell of more than one network."""
        if not documents or any(self.lexicon.terms.get(name, ("",))[0] == "network" for name in asked):
            return set()
        marks = ", ".join("?" for _ in documents)
        found = {name for (networks,) in self.db.execute(
            f"select distinct networks from facts where networks != '[]' and document in ({marks}) and ("
            + " or ".join("instr(lower(quote), ?) > 0" for _ in asked) + ")", [*sorted(documents), *sorted(asked)])
            for name in json.loads(networks)}
        return found if len(found) == 1 else set()

    def takedown_places(self, takedowns: list[int]) -> dict[int, set[str]]:
        """The countries any report of these takedowns says they came from or targeted, by takedown."""
        places: dict[int, set[str]] = {}
        if not takedowns:
            return places
        marks = ", ".join("?" for _ in set(takedowns))
        for takedown, origins, targets in self.db.execute(
                f"select takedown, origins, targets from facts where takedown in ({marks}) and (origins != '[]' or "
                "targets != '[]')", sorted(set(takedowns))):
            places.setdefault(takedown, set()).update(json.loads(origins) + json.loads(targets))
        return places

    def _takedown_names(self, takedowns: list[int]) -> dict[int, set[str]]:
        """The network names other reports of these takedowns give, lower-cased, by takedown."""
        names: dict[int, set[str]] = {}
        if not takedowns:
            return names
        marks = ", ".join("?" for _ in set(takedowns))
        for takedown, networks in self.db.execute(
                f"select takedown, networks from facts where takedown in ({marks}) and networks != '[]'",
                list(set(takedowns))):
            names.setdefault(takedown, set()).update(name.lower() for name in json.loads(networks))
        return names

    def _names_another_network(self, quote: str, asked: set[str]) -> bool:
        """Whether a quote names a network (or who ran one) that the knowledge base knows, other than those asked."""
        terms = self.lexicon.terms
        if self._operators is None:  # (who the sources say ran a network: read once per knowledge base)
            self._operators = frozenset(entity.lower() for (linked,) in self.db.execute(
                "select distinct linked_to from facts where linked_to != '[]'") for entity in json.loads(linked))
        for run in CAPITALISED_RUN.finditer(quote):
            words = run.group(0).split()
            for length in range(len(words), 1, -1):  # ("Meridian Pulse Strategies", then "Meridian Pulse")
                phrase = " ".join(words[:length]).lower()
                if terms.get(phrase, ("",))[0] == "network" or phrase in self._operators:
                    return phrase not in asked and not any(phrase in name or name in phrase for name in asked)
        return False

    def documents_naming_networks(self) -> frozenset[str]:
        """The documents whose figures are given to two networks or more, by name: roundups, whose unnamed figures
        are of none of them in particular.  Read once per knowledge base."""
        if self._roundups is None:
            named: dict[str, set[str]] = {}
            for document, networks in self.db.execute("select document, networks from facts where networks != '[]'"):
                named.setdefault(document, set()).update(json.loads(networks))
            self._roundups = frozenset(document for document, names in named.items() if len(names) > 1)
        return self._roundups

    def naming_in_passing(self, query: Query) -> list[dict]:
        """Facts that meet the query's other filters and whose own quote names its countries without tying
        the network to them ("accounts that promoted Serbia's ruling party"): what a reader asking about
        those countries may mean, when no fact is attributed to them.  A headline is not enough: a story
        about one country also mentions other takedowns."""
        if not query.countries:
            return []
        filters = self._filters(Query(**{**query.__dict__, "countries": [], "country_role": "origin"}))
        if filters is None:
            return []
        where, params = filters
        forms = [alias for alias, name in country_aliases().items() if name in query.countries]
        if not forms:  # a region ("the Middle East"): no country's name to look for
            return []
        where.append("(" + " or ".join("f.quote like ?" for _ in forms) + ")")
        params += [f"%{form}%" for form in forms]
        rows = decoded_rows(self.db, FROM_FACTS + f"where {' and '.join(where)} order by f.announced, f.id limit ?",
                            [*params, ROW_LIMIT])
        # LIKE found the letters; the country must be named as a word, and not as whose researchers watched the
        # network or tipped the platform off ("a tip from a Kenyan research group")
        asked = set(query.countries)
        # (nor as a language: "Azerbaijani- and Russian-language clips")
        return [row for row in rows if asked & {
            name for name, start, end in countries_in(row["quote"]) if not watched_or_tipped(row["quote"], start, end)
            and not row["quote"].startswith(("-language", "- and", "-speaking"), end)}]

    def countries_named(self, query: Query, role: str = "origin") -> list[tuple[str, int, dict]]:
        """(country, announcements naming it, its first fact) for every country the matching facts name in a role:
        where networks came from, or whom they targeted.  An announcement's figures ("13 accounts and seven
        Groups") and its other reports count once."""
        filters = self._filters(query)
        if filters is None:
            return []
        where, params = filters
        if query.names:  # the facts that tell of it, not every figure in the stories that mention it
            ids = [row["id"] for row in self._matching(query, limit=-1)]
            where.append(f"f.id in ({', '.join('?' for _ in ids)})")
            params = [*params, *ids]
        # facts first (their indexes narrow by platform and date), then each one's countries; announcements are
        # counted as `summary.countable` counts them: not a running total, nor a removal told without a figure
        # on a day the platform gave figures (the same news, or its lead)
        countable = (f"(coalesce(f.scope, '') not in {NOT_A_TAKEDOWN!r} and (f.count_text is not null or not "
                     "exists (select 1 from facts g where g.announced = f.announced and g.platform = f.platform and "
                     "g.count_text is not null)))")
        sql = (f"select c.country, max(count(distinct case when {countable} then f.announcement end), 1) as "
               "announcements, min(f.id) as first from facts f cross join fact_countries c on c.fact = f.id "
               f"where c.role = ? and {' and '.join(where)} group by c.country "
               "order by min(f.announced), min(c.rowid)")
        found = list(self.db.execute(sql, [role, *params]).fetchall())
        if not found:
            return []
        ids = [first for _, _, first in found]
        rows = {row["id"]: row for row in decoded_rows(
            self.db, FROM_FACTS + f"where f.id in ({', '.join('?' for _ in ids)})", ids)}
        return [(country, reports, rows[first]) for country, reports, first in found]

    def statement_count(self, query: Query) -> int:
        """How many statements (sentence, platform, countries) match, when there are more than an answer shows;
        of those that count the unit asked about, if any."""
        by_country = bool(query.countries) and not query.names  # one stretch of `facts_by_country`, not a join
        filters = self._filters(query, query.units, by_country)
        if filters is None:
            return 0
        where, params = filters
        table = "facts_by_country" if by_country else "facts"
        sql = (f"select count(*) from (select distinct f.document, f.sentence, f.platform, f.origins from {table} f "
               f"where {' and '.join(where)} and f.count_text is not null)")
        return self.db.execute(sql, params).fetchone()[0]

    def _other_reports(self, rows: list[dict], light: bool = False) -> list[dict]:
        """Other documents' reports of the same takedowns, even where they leave out what the question filtered on
        (a report that omits the country still gives the exact figure)."""
        grouped = {r["takedown"] for r in rows if r["takedown"] != r["id"]} | {
            r["id"] for r in rows}
        if not rows or len(grouped) > ROW_LIMIT:
            return []
        seen = [r["id"] for r in rows]
        sql = ((f"select {LIGHT_COLUMNS} from facts f " if light else FROM_FACTS)
               + f"where f.takedown in ({', '.join('?' for _ in grouped)}) "
               f"and f.id not in ({', '.join('?' for _ in seen)})")
        return decoded_rows(self.db, sql, [*grouped, *seen])

    def by_id(self, ids: list[int]) -> dict[int, dict]:
        """Facts in full, by id: the few a light read (`facts(light=True)`) turned out to show.

        Kept once read: an answer asks for the statements it shows more than once, and questions about
        one platform show the same few.  A fact never changes in one database file; read the rows, never
        change them in place."""
        unique = list(dict.fromkeys(ids))
        missing = [fact for fact in unique if fact not in self._full_rows]
        if len(self._full_rows) + len(missing) > FULL_ROWS_KEPT:
            self._full_rows.clear()
            missing = unique
        for start in range(0, len(missing), 500):  # well under SQLite's limit on bound parameters
            chunk = missing[start:start + 500]
            self._full_rows.update((row["id"], row) for row in decoded_rows(
                self.db, FROM_FACTS + f"where f.id in ({', '.join('?' for _ in chunk)})", chunk))
        return {fact: self._full_rows[fact] for fact in unique if fact in self._full_rows}

    def _period(self, query: Query, table: str) -> tuple[str, list]:
        """The SQL condition for the query's period on `table`'s rows: dated within it, or told by a report of a
        quarter within it ("what did Meta remove in Q1 2023?": its Q1 report, published in May, tells it)."""
        period = [query.date_from.isoformat(), query.date_to.isoformat()]
        dated = f"{table}.announced between ? and ?"
        values = list(period)
        if table == "f":  # a fact dated only by its year or month is in the period if all of that year or month is
            # (nor one whose takedown happened before it: a year-end story's retelling of a May takedown is no
            # December takedown; the takedown's own report, dated in May, tells it to a question about May)
            # (nor a periodic report's figure, dated by its publication, when the report covers an earlier period:
            # "networks we suspended in H1 2025", published on July 30, tells nothing of the second half)
            earlier = [] if query.earlier_reports else sorted(self.reports_before(period[0]))
            dated = (f"({dated} and (coalesce(f.date_precision, 'day') not in ('year', 'month') or date(f.announced, "
                     "case f.date_precision when 'year' then '+1 year' else '+1 month' end, '-1 day') <= ?) and "
                     "coalesce(f.dated, f.announced) >= date(?, 'start of month')"
                     + (f" and f.document not in ({', '.join('?' for _ in earlier)})" if earlier else "") + ")")
            values += [period[1], period[0], *earlier]
            # (or one told from a quarter's report, "…in its bulletin for the third quarter of 2022", of that quarter)
            if covered := self.told_from_reports_within(*period):
                dated = f"({dated} or f.id in ({', '.join('?' for _ in covered)}))"
                values += covered
        if table == "f" and period[0] == period[1] and (that_day := sorted(self.documents_published(*period))):
            # "…the takedown reported on March 4": what a story of that day tells, done a few days before it
            dated = (f"({dated} or (f.reference = 0 and f.announced between date(?, '-7 days') and ? and f.document "
                     f"in ({', '.join('?' for _ in that_day)})))")
            values += [period[0], period[0], *that_day]
        reports = sorted(self.reports_within(*period))
        if not reports:
            return dated, values
        new = f" and {table}.reference = 0" if table == "f" else ""  # not an earlier takedown it recalls
        return (f"({dated} or ({table}.document in ({', '.join('?' for _ in reports)}){new}))", [*values, *reports])

    def periods_covered(self, documents: set[str]) -> dict[str, tuple[str, str]]:
        """The period each periodic report among the documents covers (ISO days), as its title or opening says."""
        if not documents:
            return {}
        marks = ", ".join("?" for _ in documents)
        return {row[0]: (row[1], row[2]) for row in self.db.execute(
            f"select path, covers_from, covers_to from documents where path in ({marks}) and covers_from is not null",
            sorted(documents))}

    def documents_published(self, first: str, last: str) -> set[str]:
        """Documents published within the period (ISO days)."""
        return {row[0] for row in self.db.execute("select path from documents where published between ? and ?",
                                                  [first, last])}

    def publishers(self) -> list[str]:
        """Every publisher the documents name, read once."""
        if self._publishers is None:
            self._publishers = [row[0] for row in self.db.execute(
                "select distinct publisher from documents where publisher is not null")]
        return self._publishers

    def own_reports(self) -> dict[str, str]:
        """Documents a platform published itself ("publisher: Meta"), each with that platform's family: where
        reports of one takedown disagree, the platform's own figure is the one to add up."""
        if self._own_reports is None:
            self._own_reports = {}
            for path, publisher in self.db.execute("select path, publisher from documents where publisher is not null"):
                if named := publishing_platform(publisher):
                    self._own_reports[path] = PLATFORM_PARENT.get(named, named)
        return self._own_reports

    def _reports_before(self, first: str) -> frozenset[str]:
        """Periodic reports of a period that ended before a day (ISO): none of their figures is that day's or later."""
        # (a report's period starts before it ends, so `covers_from < ?` holds too: it keeps the search on the
        # periods' index rather than a scan of every document)
        return frozenset(row[0] for row in self.db.execute(
            "select path from documents where covers_from < ? and covers_to < ?", [first, first]))

    def _told_from_reports_within(self, first: str, last: str) -> tuple[int, ...]:
        """Facts a story tells from a quarter's or month's report within the period (`dates.report_period_in`), or
        of a month before the day it told them (`dates.removal_month`): a few ids, found by their own index, so the
        period's condition stays a range on the date index."""
        # (sorted here: an "order by id" in the SQL makes SQLite walk every fact in id order instead)
        return tuple(sorted(row[0] for row in self.db.execute(
            "select id from facts where covers_from >= ? and covers_to <= ?", [first, last])))

    def _reports_within(self, first: str, last: str) -> frozenset[str]:
        """Periodic reports of a quarter within the period (ISO days): their figures are that quarter's takedowns,
        though published later (`dates.reported_period`)."""
        return frozenset(row[0] for row in self.db.execute(
            "select path from documents where covers_from >= ? and covers_to <= ?", [first, last]))

    def _known_origins(self, names: list[str]) -> set[str]:
        """Where the named networks came from, by any of their names: the vocabulary's best-known networks first,
        else what the figures that name them say."""
        groups = [self.also_known_as(name) for name in names]
        return {NETWORK_ORIGINS[n] for group in groups for n in group if n in NETWORK_ORIGINS} or {
            origin for group in groups for n in group for origin in self.origins_named(n)}

    def _origins_named(self, name: str) -> frozenset[str]:
        """Where the figures that name a network say it came from, in any document: what tells its figures from
        another network's in a story that names both ("TikTok terminated 186 accounts (Pakistan-based)", in a roundup
        that also names the Russian Northern Relay)."""
        return frozenset(row[0] for row in self.db.execute("select origin from network_origins where name = ?",
                                                           [name.lower()]))

    def _also_known_as(self, name: str) -> list[str]:
        """The name and every other name the same network goes by (Spamouflage, DRAGONBRIDGE…).  The list is
        shared by every caller (`also_known_as` is cached): read it, never change it."""
        # (and the network's other spellings: "Sada al-Khalij" in one story, "Sada al-Khaleej" in another)
        group = {name, *self._spellings().get(spelled_alike(name), ())}
        for _ in range(2):  # an alias of an alias: "Dragonbridge" -> Spamouflage -> DRAGONBRIDGE
            marks = ", ".join("?" for _ in group)
            lowered = [n.lower().replace("-", " ") for n in group]  # ("Sahat al Haqiqa" is "Sahat al-Haqiqa")
            group |= {value for row in self.db.execute(
                f"select name, alias from network_aliases where replace(lower(name), '-', ' ') in ({marks}) or "
                f"replace(lower(alias), '-', ' ') in ({marks})", [*lowered, *lowered]) for value in row}
        return sorted(group, key=lambda n: (n != name, n.lower()))

    def _spellings(self) -> dict[str, list[str]]:
        """The networks the sources name, by `spelled_alike` key (read once)."""
        if self._spelled is None:
            spelled: dict[str, list[str]] = {}
            for kind, canonical in set(self.lexicon.terms.values()):
                if kind == "network" and len(canonical) >= 5:
                    spelled.setdefault(spelled_alike(canonical), []).append(canonical)
            self._spelled = {key: sorted(names) for key, names in spelled.items()}
        return self._spelled

    def documents_mentioning(self, names: list[str]) -> set[str]:
        """Documents whose sentences name every one of the names, by any name each goes by (FTS5 phrases)."""
        found: set[str] | None = None
        for name in names:
            documents = self._documents_naming(name)
            if documents is not None:
                found = documents if found is None else found & documents
        return set(found or ())

    def _documents_naming_uncached(self, name: str) -> frozenset[str] | None:
        """Documents with a sentence naming it by any of its names; None when it has no word to search for."""
        # (in the index's own words: it reads "Bolívar" as "bolivar", so the phrase keeps its accented letters whole)
        phrases = [" ".join(re.findall(r"[^\W_]+", alias.lower())) for alias in self.also_known_as(name)]
        phrases = [f'"{p}"' for p in phrases if p]
        if not phrases:
            return None
        phrase = " OR ".join(dict.fromkeys(phrases))
        # ("How did the South Asia Observer describe…": the documents it published, too)
        publisher = self.lexicon.terms.get(name.lower().removeprefix("the "), ("", ""))
        published = {row[0] for row in self.db.execute("select path from documents where publisher = ?",
                                                        [publisher[1]])} if publisher[0] == "publisher" else set()
        if not published and len(name.split()) > 1:  # ("the Tidewater Institute": "Tidewater Institute for Digital…")
            start = name.lower().removeprefix("the ") + " "
            longer = [full for full in self.publishers() if full.lower().startswith(start)]
            published = {row[0] for row in self.db.execute(
                f"select path from documents where publisher in ({', '.join('?' for _ in longer)})", longer)}
        return frozenset(published | {row[0] for row in self.db.execute(
            "select distinct s.document from sentences_fts join sentences s on s.rowid = sentences_fts.rowid "
            "where sentences_fts match ?", [f"text: ({phrase})"])})

    def proper_name(self, phrase: str) -> str | None:
        """The phrase as the sources write it, when they write it as a name ("fazze" -> "Fazze"): capitalised
        wherever it stands in the first sentences that hold it.  None when no source has it, or when one
        writes it in lower case, as a common word ("spam")."""
        words = re.findall(r"[a-z0-9]+", phrase.lower())
        if not words:
            return None
        rows = self.db.execute("select s.text from sentences_fts join sentences s on s.rowid = sentences_fts.rowid "
                               "where sentences_fts match ? limit 20", [f'text: "{" ".join(words)}"']).fetchall()
        pattern = re.compile(r"(?<![\w-])" + r"\W+".join(map(re.escape, words)) + r"(?![\w-])", re.I)
        written = [match.group(0) for (text,) in rows for match in pattern.finditer(text)]
        return written[0] if written and all(w[0].isupper() for w in written) else None

    def ties_networks_to(self, name: str) -> bool:
        """Whether a figure's network is tied to the name, or goes by it: a name as the JSON list starts one
        ("Wattle Hill" of "Wattle Hill Digital"; not "Emirates" of "United Arab Emirates")."""
        like = f"%{json.dumps(name)[:-1]}%"
        return self.db.execute("select 1 from facts where linked_to like ? or networks like ? limit 1",
                               [like, like]).fetchone() is not None

    def reach(self, query: Query, measure: str | None, limit: int) -> tuple[list[dict], int]:
        """Reach figures (followers, ad spend…) matching the query's platform, country, period and names:
        the first `limit` of them, and how many there are in all.  Asked about a target, the figures of
        networks that targeted it: in a document with a takedown aimed there, from that takedown's countries
        (reach figures carry no targets of their own)."""
        where, params = ["1 = 1"], []
        if measure:
            where.append("r.measure = ?")
            params.append(measure)
        if query.names:
            documents = self.documents_mentioning(query.names)
            where.append(f"r.document in ({', '.join('?' for _ in documents)})")
            params += sorted(documents)
        platforms = set(query.platforms) | set(query.surfaces)
        if platforms:
            if platforms & {"YouTube", "Google"}:
                platforms |= {"YouTube", "Google"}
            where.append(f"r.platform in ({', '.join('?' for _ in platforms)})")
            params += sorted(platforms)
        places = places_within(query.countries)  # a region takes in its countries
        if query.countries and query.country_role == "target":
            marks = ", ".join("?" for _ in places)
            where.append("exists (select 1 from facts f join fact_countries c on c.fact = f.id where f.document = "
                         f"r.document and c.role = 'target' and c.country in ({marks}) and exists (select 1 from "
                         "json_each(r.origins) o join json_each(f.origins) p on o.value = p.value))")
            params += places
        elif query.countries:  # the JSON list holds each country as a quoted string: look for exactly that
            where.append("(" + " or ".join("instr(r.origins, ?) > 0" for _ in places) + ")")
            params += [json.dumps(country) for country in places]
        if query.date_from:
            condition, values = self._period(query, "r")
            where.append(condition)
            params += values
        if query.month_day or query.months:
            condition, values = _any_year(query, "r")
            where.append(condition)
            params += values
        condition = " and ".join(where)
        if query.names:  # figures whose sentence, network or headline names it come first: read them all
            sql = FROM_REACH + f"where {condition} order by r.announced, r.id"
            rows = decoded_rows(self.db, sql, params)
            names = [alias.lower() for name in query.names for alias in self.also_known_as(name)]

            def named(row: dict) -> bool:
                text = " ".join([row["quote"], row["title"] or "", *row["networks"]]).lower()
                return any(name in text for name in names)
            # (else those of the documents that tell them of no network: never another network's, "$38,500" of
            # Palm Ledger for a question about Smokestack Choir, told in the same report)
            # (or those of the one network the documents tell of, asked by who ran it: "the Bituin Digital Solutions
            # Pages", in a story whose figures are all of one network)
            # (nor one of another country than the network's: "less than $4,000" of a Peru network, asked of STOIC)
            known = self._known_origins(query.names)
            rows = [r for r in rows if not (known and r["origins"] and not known & set(r["origins"])) or named(r)]
            rows = [r for r in rows if named(r)] or [r for r in rows if not r["networks"]] or (
                rows if self._one_network_told(documents) else [])
            return rows[:limit], len(rows)
        sql = FROM_REACH + f"where {condition} order by r.announced, r.id limit ?"
        rows = decoded_rows(self.db, sql, [*params, limit])
        total = len(rows) if len(rows) < limit else self.db.execute(
            f"select count(*) from reach r where {condition}", params).fetchone()[0]
        return rows, total

    def _one_network_told(self, documents: set[str]) -> bool:
        """Whether the documents' figures name one network between them, and no other."""
        told = self.db.execute(f"select count(distinct networks) from facts where networks != '[]' and document in "
                               f"({', '.join('?' for _ in documents)})", sorted(documents)).fetchone()[0]
        return told == 1

    def latest_takedowns(self, count: int) -> list[dict]:
        """The newest takedowns with a figure, one report each (the App Home's "latest")."""
        sql = (FROM_FACTS + "where f.count is not null and f.reference = 0 and f.announced is not null "
               f"and coalesce(f.scope, '') not in {NOT_ONE_TAKEDOWN!r} order by f.announced desc, f.id limit 400")
        latest: dict[int, dict] = {}
        for row in decoded_rows(self.db, sql):
            latest.setdefault(row["announcement"], row)
            if len(latest) == count:
                break
        return list(latest.values())

    def size(self) -> dict[str, object]:
        """How big the base is: documents, takedowns, platforms, countries of origin, the newest date."""
        one = self.db.execute
        return {
            "documents": one("select count(*) from documents").fetchone()[0],
            "takedowns": one("select count(distinct announcement) from facts where count is not null and "
                             f"coalesce(scope, '') not in {NOT_A_TAKEDOWN!r}").fetchone()[0],
            "platforms": one("select count(distinct platform) from facts").fetchone()[0],
            "countries": one("select count(distinct country) from fact_countries where role = 'origin'").fetchone()[0],
            "latest": one("select max(announced) from facts").fetchone()[0],
        }

    def _takedown_near(self, document: str, sentence: int, platform: str | None, about: str = "") -> dict | None:
        """The figure a document gives for a platform's takedown closest to a sentence: what a tip led to.  When
        the tip names countries (its sentence, "The Iranian accounts… were first flagged by the FBI", or the
        heading it stands under), the closest figure from one of them.  Not a figure told as another takedown
        ("A second, smaller network of 37 accounts…" after "it acted after researchers alerted it")."""
        named = {country for country, _, _ in countries_in(about)}
        sql = (FROM_FACTS + "where f.document = ? and f.count is not null and f.reference = 0 and (? is null "
               f"or f.platform = ? or f.surface = ?) and coalesce(f.scope, '') not in {NOT_A_TAKEDOWN} "
               "order by abs(f.sentence - ?), f.sentence, f.id limit ?")  # not a running total: no one takedown
        def read(limit: int) -> list[dict]:
            return [row for row in decoded_rows(self.db, sql, [document, platform, platform, platform, sentence, limit])
                    if row["sentence"] == sentence or not ANOTHER_TAKEDOWN.match(row["quote"])]
        rows = read(50) if named else (read(1) or read(5))  # the nearest, unless it is told as another takedown
        return next((row for row in rows if named & set(row["origins"])), None) or next(
            (row for row in rows if named & set(row["targets"])), None) or next(iter(rows), None)

    def tips(self, query: Query, *, source: list[str] | None = None, about: list[str] | None = None,
             documents: set[str] | None = None, limit: int = ROW_LIMIT) -> tuple[list[dict], list[str]]:
        """Who tipped which platform off, oldest first, filtered in SQL: the platforms and period asked,
        and optionally a source or a name the tip's sentence mentions, or the documents it is in.  Also
        every matching source, the most frequent first, so a heading can name them all while only the
        first tips are read."""
        where, params = ["1 = 1"], []
        if documents is not None:
            where.append(f"t.document in ({', '.join('?' for _ in documents)})")
            params += sorted(documents)
        if query.platforms:
            # (Google's tip is YouTube's: "Google's Threat Analysis Group said … it had acted on leads from…", of
            # channels YouTube terminated)
            platforms = _with_google_and_youtube(query.platforms)
            where.append(f"t.platform in ({', '.join('?' for _ in platforms)})")
            params += platforms
        if query.date_from:
            condition, values = self._period(query, "t")
            where.append(condition)
            params += values
        if query.month_day or query.months:
            condition, values = _any_year(query, "t")
            where.append(condition)
            params += values
        for column, names in (("t.source", source), ("t.quote", about)):
            if names:
                where.append("(" + " or ".join(f"lower({column}) like ?" for _ in names) + ")")
                params += [f"%{name.lower()}%" for name in names]
        condition = " and ".join(where)
        sql = ("select t.*, d.title, d.url, d.published from tips t join documents d on d.path = t.document "
               f"where {condition} order by t.announced, t.id limit ?")
        rows = [dict(row) for row in self.db.query(sql, [*params, limit])]
        sources = [row[0] for row in self.db.execute(
            f"select t.source from tips t where {condition} group by t.source order by count(*) desc, min(t.id)",
            params)]
        return rows, sources

    def sentences_near(self, document: str, position: int, within: int) -> list[dict]:
        """A document's sentences within `within` of a position, nearest first, each with its citation's fields."""
        rows = self.db.execute(
            "select s.document, s.position, s.text, coalesce(s.quote, s.text) as quote, d.title, d.url, d.published "
            "from sentences s join documents d on d.path = s.document where s.document = ? and s.position between ? "
            "and ?", (document, position - within, position + within)).fetchall()
        columns = ("document", "position", "text", "quote", "title", "url", "published")
        return sorted((dict(zip(columns, row, strict=True)) for row in rows),
                      key=lambda row: abs(row["position"] - position))

    def sentences_naming(self, documents: set[str], names: list[str]) -> list[dict]:
        """The sentences of a few documents that hold one of the names (case aside), in document order, each with its
        citation's fields: read by the documents' own index, cheaper than a full-text query for so few."""
        if not documents or not names:
            return []
        rows = self.db.execute(
            "select s.document, s.position, s.text, coalesce(s.quote, s.text) as quote, d.title, d.url, d.published "
            "from sentences s join documents d on d.path = s.document "
            f"where s.document in ({', '.join('?' for _ in documents)}) "
            f"and ({' or '.join('instr(lower(s.text), ?)' for _ in names)}) order by s.document, s.position",
            (*sorted(documents), *(name.lower() for name in names))).fetchall()
        columns = ("document", "position", "text", "quote", "title", "url", "published")
        return [dict(zip(columns, row, strict=True)) for row in rows]

    def search(self, terms: list[str], limit: int = 30, documents: set[str] | None = None,
               with_any: list[str] | None = None) -> list[dict]:
        """Sentences ranked by FTS5's bm25 for any of the terms (only in `documents` when given; and only those
        with one of `with_any` too, when given): each row's `text` is the whole sentence, its `quote` what a
        citation may quote (`Sentence.quote`).

        `with_any` keeps a common cue word ("declined") from ranking every sentence that uses it ("declined to
        comment"), most of which the caller would throw away: the index drops them before bm25 ranks anything.

        A few documents are named inside the full-text query by their keys, so only their sentences
        are ranked; past `KEYED_SEARCH` keys the query itself costs more than ranking every match.
        """
        words = [t for t in dict.fromkeys(terms) if re.fullmatch(r"[a-z0-9]+", t)]
        if not words:
            return []
        match = "text: (" + " OR ".join(f'"{w}"' for w in words) + ")"
        if with_any:
            match += " AND text: (" + " OR ".join(f'"{w}"' for w in with_any) + ")"
        within, params = "", []
        if documents and len(documents) <= KEYED_SEARCH:
            keys = [row[0] for row in self.db.execute(
                f"select key from documents where path in ({', '.join('?' for _ in documents)})", sorted(documents))]
            match += " AND document_key: (" + " OR ".join(keys) + ")"
        elif documents:
            within, params = f" and s.document in ({', '.join('?' for _ in documents)})", sorted(documents)
        sql = ("select s.document, s.position, s.text, coalesce(s.quote, s.text) as quote, d.title, d.url, "
               "d.published, d.publisher, bm25(sentences_fts, 1.0, 0.0) as rank from sentences_fts "
               "join sentences s on s.rowid = sentences_fts.rowid join documents d on d.path = s.document "
               f"where sentences_fts match ? and s.headline = 0{within} order by rank limit ?")
        return [dict(row) for row in self.db.query(sql, [match, *params, limit])]

    def _document_frequency(self, term: str) -> int:
        """How many sentences use the term, counted up to COMMON_TERM: past that a term is simply common."""
        row = self.db.execute("select count(*) from (select 1 from sentences_fts where sentences_fts match ? "
                              "limit ?)", [f'text: "{term}"', COMMON_TERM])
        return row.fetchone()[0]

    def close_word(self, term: str) -> str | None:
        """The corpus word a misspelt search term stands for ("langauges" for languages): of the words that start
        with its letter and are about as long, the closest, if close enough."""
        if len(term) < 5:
            return None
        candidates = [row[0] for row in self.db.execute(
            "select word from words where word like ? and length(word) between ? and ?",
            [term[0] + "%", len(term) - 1, len(term) + 1])]
        best = process.extractOne(term, candidates, scorer=fuzz.ratio, score_cutoff=CLOSE_WORD_CUTOFF)
        return best[0] if best else None

    def word_begun(self, term: str) -> str | None:
        """The one corpus word a short typed word is the start of, one letter short ("hil" for hill)."""
        found = [row[0] for row in self.db.execute("select word from words where word like ? limit 2", [term + "_"])]
        return found[0] if len(found) == 1 else None

    def coverage(self) -> str:
        """One sentence on what the knowledge base covers, for honest "I don't know" replies (computed once)."""
        if self._coverage is None:
            self._coverage = self._describe_coverage()
        return self._coverage

    def _describe_coverage(self) -> str:
        docs = self.db.execute("select count(*), min(published), max(published) from documents").fetchone()
        platforms = [r[0] for r in self.db.execute(
            "select platform from facts group by platform order by count(*) desc")]
        countries = [r[0] for r in self.db.execute(
            "select country from fact_countries where role = 'origin' group by country order by country")]
        if not docs[0]:
            return "The knowledge base is empty: add documents to the knowledge folder and reload."
        span = f" from {format_date(docs[1])} to {format_date(docs[2])}" if docs[1] else ""
        text = (f"It covers {docs[0]} document{'s' if docs[0] != 1 else ''}{span}, with takedowns by "
                f"{join_words(platforms) or 'no platform yet'}")
        if countries:
            shown = countries[:12]
            text += f" of networks from {join_words(shown)}{' and others' if len(countries) > 12 else ''}"
        return text + "."


JSON_COLUMNS = ("origins", "targets", "networks", "linked_to")


def decoded_rows(db: sqlite_utils.Database, sql: str, params: list | tuple = ()) -> list[dict]:
    """Rows of `facts` or `reach` (joined with their document) as dicts, their JSON list columns decoded.

    Plain dicts built straight from the cursor: answers such as breakdowns read hundreds of facts and
    look at each many times, so every `row[key]` must be a plain dict lookup.  Most lists are empty,
    which needs no JSON parser, and the rest repeat (`["Iran"]`), so each text is parsed once per read.
    The rows of one read may share a list: read them, never change them in place.
    """
    cursor = db.conn.execute(sql, params)
    keys = [column[0] for column in cursor.description]
    decode = [key for key in JSON_COLUMNS if key in keys]
    parsed: dict[str, list] = {"[]": []}
    rows = []
    for values in cursor:
        row = dict(zip(keys, values, strict=True))
        for key in decode:
            text = row[key]
            value = parsed.get(text)
            if value is None:
                value = parsed[text] = json.loads(text)
            row[key] = value
        rows.append(row)
    return rows


class _CorpusWords:
    """`word in corpus` backed by the `words` table, so a correctly spelt word is never corrected."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._known = lru_cache(maxsize=4096)(self._look_up)  # the words never change in one database file

    def __contains__(self, word: object) -> bool:
        return self._known(word)

    def _look_up(self, word: object) -> bool:
        return self.db.execute("select 1 from words where word = ?", [word]).fetchone() is not None


def _with_google_and_youtube(platforms: list[str]) -> list[str]:
    """The platforms asked about, Google and YouTube each standing for both: the sources tell YouTube's takedowns
    as Google's and Google's as YouTube's."""
    names = set(platforms)
    if not names.isdisjoint({"Google", "YouTube"}):
        names |= {"Google", "YouTube"}
    return sorted(names)


NAMED_NEAR = 4  # sentences from a mention of a name within which a figure no name is given to may be its


def names_in(row: dict, name: str) -> bool:
    """The fact's quote, networks or linked entities name it, as a whole word: "IRA" is not in "Iran", and an
    acronym counts only in capitals ("ira" is no name); typed without its accents too ("Condor Gris" names
    "Operation Cóndor Gris")."""
    pattern = _name_pattern(without_accents(name))
    return any(pattern.search(without_accents(text)) for text in [row["quote"], *row["networks"], *row["linked_to"]])


@lru_cache(maxsize=256)
def _name_pattern(name: str) -> re.Pattern[str]:
    acronym = name.isupper() and len(name) <= 6
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", 0 if acronym else re.I)


def _any_year(query: Query, table: str) -> tuple[str, list]:
    """The SQL condition for a month, day or part of any year ("in March", "on August 1", "in Q3") on `table`'s
    rows.  A fact dated only by its year (stored as its January 1) is in none of them, nor one dated by its month
    on a given day."""
    month, day = query.month_day or (0, 0)
    first, last = query.months or (month, month)
    month_of = f"cast(strftime('%m', {table}.announced) as integer)"
    # (months running over the year's end, November to February, are two stretches of the year)
    condition = f"{month_of} between ? and ?" if first <= last else f"({month_of} >= ? or {month_of} <= ?)"
    values: list = [first, last]
    if day:
        condition += f" and cast(strftime('%d', {table}.announced) as integer) = ?"
        values.append(day)
    if table == "f":
        condition += " and f.date_precision is not 'year'" + (" and f.date_precision is not 'month'" if day else "")
    return condition, values

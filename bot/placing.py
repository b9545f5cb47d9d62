"""Where a document's figures came from, when the sentence that gives a figure does not say but the document does
elsewhere: a report about one operation, a story about one named network, a paragraph that opens on a country's
networks, or a name the document places once.

Pure functions over one document's facts, run after every sentence has been read (`extract.extract_document`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.consolidate import ANOTHER_TAKEDOWN
from bot.facts import Fact
from bot.roles import PROPER_NAME, cached_roles, linked_entities, network_names
from bot.sentences import Sentence
from bot.vocabulary import NETWORK_ORIGINS, NETWORK_UNITS

# "…tied to it", "linked to the operation": a figure pointing back at the network the story is about
POINTS_BACK = re.compile(r"\b(?:tied|linked|connected|belonging|attributed)\s+to\s+"
                         r"(?:it|them|(?:the|that|this)\s+(?:operation|network|campaign|activity))\b", re.I)
THE_NETWORK = re.compile(r"\bthe\s+(?:network|operation|campaign)\b(?!\s+(?:of|that|which|behind)\b)", re.I)
# "…171 accounts as part of its action on the network", "We assess that this network operated from Russia…": words
# about the network the story (or its section) tells of, whatever they go on to say
THIS_NETWORK = re.compile(r"\b(?:this|the)\s+(?:network|operation|campaign)\b", re.I)
ONE_SEASON = 92  # days within which a document's dated figures may all be one episode's
TOLD_AS_DONE_BEFORE = re.compile(r"\bhad\s+(?:\w+ly\s+|earlier\s+|already\s+)?(?:removed|taken\s+down|suspended|"
                                 r"banned|deleted|terminated|disabled|blocked)\b"
                                 # ("…the largest case since September 2020, when the company removed 64 accounts")
                                 r"|\bsince\s+(?:\w+\s+){0,2}?(?:19|20)\d\d,\s+when\b", re.I)
# "…removed about 80 accounts from an earlier version of the same network": a forerunner, not the network
EARLIER_FORM = re.compile(r"\b(?:early|earlier|previous|prior|first)\s+(?:version|incarnation|iteration|form)\s+of\s+"
                          r"the\s+(?:same\s+)?(?:network|operation|campaign)\b", re.I)
# ("…removed 1,427 accounts belonging to a coordinated network that…", in a story that names one network later)
A_NETWORK = re.compile(r"\b(?:belonging\s+to|part\s+of|in|of)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:network|operation|"
                       r"campaign)\b", re.I)
# "in its largest action against the operation": the one a document is about
THE_ONE = re.compile(r"\b(?:against|of|from|behind|on)\s+the\s+(?:operation|network|campaign)\b", re.I)
# "a separate China-origin network", "another case": a takedown other than the one the story is about
# "[^2]: Continental Press Wire, "Twitter suspends more than 1,700 accounts…", Sept. 26, 2019.": a footnote citing a
# work, whose figures are that work's, not the story's own
FOOTNOTE = re.compile(r"^\s*\[\^?[\w-]{1,8}\]:")
# ("a separate China-origin network", "a much smaller Portuguese-language network")
# (and "in an unrelated case involving municipal elections")
ANOTHER_CASE = re.compile(r"\b(?:another|a\s+separate|a\s+second|a\s+different|an\s+unrelated|"
                          r"an?\s+(?:much\s+|far\s+)?(?:smaller|"
                          r"larger|bigger|earlier|older)),?\s+(?:[\w-]+,?\s+){0,2}?(?:case|network|operation|campaign|"
                          r"takedown)\b",  # ("a separate, unconnected Russian network")
                          re.I)


def names_network(name: str, text: str) -> bool:
    """The text names the network as a word of its own, and not as the first word of a longer name ("Vektor" in
    "Vektor Media Group", a firm)."""
    return name in text and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?!\s+[A-Z])", text) is not None


def of_one_operation(facts: list[Fact], about: list[str]) -> list[Fact]:
    """A report about one operation ("We attribute it with moderate confidence to a firm in Guangzhou, China")
    whose figures come later without a country ("Meta has since removed 800 of the accounts"): the figures are
    that operation's.  Only where the document places it in one way and places no figure itself (a story that
    does may tell of other networks too); never a running total, an earlier takedown told in passing, or
    "another case"."""
    # (an older case told as such, "a much smaller Ecuadorian network, of 9 Pages", is apart)
    own = [f for f in facts if not (f.reference and ANOTHER_CASE.search(f.quote))]
    if not facts or any(f.origins and f.count_text for f in own) or not about:
        return facts  # (the sentences are read only now: most documents place their figures themselves)
    attributions = [(roles[0], roles[2]) for roles in map(cached_roles, about) if roles[0]]
    if len({origins for origins, _ in attributions}) > 1:
        return facts
    origins, attribution = attributions[0] if attributions else ((), None)
    if any(f.origins and tuple(f.origins) != tuple(origins) for f in own):
        return facts  # (a removal told without a figure may be placed already: the same place, or it is another's)
    # ("Its target audience was the Philippines", "The videos were aimed at viewers in Mali…": whom, where the
    # report says so once and places no figure's targets itself)
    # (and "The network operated from Ecuador and targeted Ecuadorian voters": both, in one sentence)
    # (told twice in other words, "before Portugal's snap election" and "targeted Portuguese voters": one aim)
    aims = {roles[1]: roles[3] for roles in map(cached_roles, about) if roles[1]}
    targets, target_text = next(iter(aims.items())) if len(aims) == 1 and not any(f.targets for f in facts) else (
        (), None)
    if not origins and not targets:
        return facts
    # (an earlier takedown told in passing is another network's, unless it names this one or who the report says ran
    # it: "linked to Volga Signal LLC", then "2022-09-02: Meta removed 112 accounts tied to Volga Signal")
    runners = [entity for text in about for entity in (*linked_entities(text), *network_names(text))]

    def ran_it(fact: Fact) -> bool:  # (or names the operation itself: "linked to Lantern Moth")
        return any(e.startswith(r) or r.startswith(e) for e in (*fact.linked_to, *fact.networks) for r in runners)

    # ("we assess … that the operation is run by the Institute for Eurasian Media Projects": who ran it, too)
    links = [entity for text in about for entity in linked_entities(text)] if origins else []
    # (a name the report gives says more than a description the figure's own sentence gives: "run by a Tel Aviv
    # consulting firm", then "Meta said its investigation found links to Meridian Pulse Strategies")
    named_links = [link for link in links if PROPER_NAME.fullmatch(link)]
    return [replace(f, origins=list(origins), attribution=attribution, targets=f.targets or list(targets),
                    target_text=f.target_text or target_text, linked_to=(
                        named_links if named_links and not any(PROPER_NAME.fullmatch(e) for e in f.linked_to)
                        else f.linked_to or links))
            if f.scope != "cumulative" and not ANOTHER_TAKEDOWN.match(f.quote)
            and not ANOTHER_CASE.search(f.quote) and (not f.reference or POINTS_BACK.search(f.quote) or ran_it(f)
                                                     or THE_ONE.search(f.quote))  # ("its takedown of the network")
            else f for f in facts]


def placed_by_named_origin(facts: list[Fact], named_origins: dict[str, str]) -> list[Fact]:
    """Figures of a network the document places where it names it ("…including the Iran-based operation known as
    Amber Lantern", then "about 1,300 Facebook accounts in the end" of Amber Lantern): from there.  Never a running
    total, nor a figure of several networks."""
    return [replace(f, origins=[origin], attribution=f.attribution or origin)
            if not f.origins and len(f.networks) == 1 and (origin := named_origins.get(f.networks[0]))
            and f.scope != "cumulative" and f.unit not in NETWORK_UNITS else f for f in facts]


def of_the_one_named_network(facts: list[Fact]) -> list[Fact]:
    """A story about one named network ("Vistula Echo", run from Belarus) whose other figures of the same day say
    nothing of where they came from ("Meta removed seventy Facebook accounts and two dozen Pages."): they are that
    network's too.  Never a running total, an earlier takedown, or one told as "separately" or "another"."""
    named = [f for f in facts if f.networks and not f.reference]
    # (only where every figure placed anywhere in the story is placed there: one network, told of by several; but an
    # earlier one told in passing as another case, "Last year, Meta removed a separate network… run from Russia", or
    # dated before the network's day: "The removal comes two months after the company took down 142 Pages…")
    if len({tuple(f.networks) for f in named}) != 1 or len({tuple(f.origins) for f in facts if f.origins and not (
            f.reference and (ANOTHER_CASE.search(f.quote) or (
                f.announced and named[0].announced and f.announced < named[0].announced)))}) != 1 \
            or not named[0].origins:
        return facts
    network = named[0]
    # (whom it targeted, told with any of its figures; not whom one share of them targeted, "57 were aimed at Ghana")
    # (a figure's before a figureless lead's: "Meta … dismantled a network … that pushed Beijing's position")
    aimed = next((f for f in named if f.targets and f.scope != "part" and f.count_text), None) or next(
        (f for f in named if f.targets and f.scope != "part"), network)
    # (the words the lead aims it with, where the figures' own have none)
    aimed_text = aimed.target_text or next(
        (f.target_text for f in named if f.target_text and f.targets == aimed.targets), None)
    near = {(f.announced, f.sentence + step) for f in named for step in (-1, 0, 1, 2)}
    return [replace(f, origins=network.origins, attribution=f.attribution if f.networks else network.attribution,
                    networks=network.networks, targets=f.targets or aimed.targets,
                    target_text=f.target_text or aimed_text, linked_to=f.linked_to or network.linked_to)
            if f.origins in ([], network.origins) and f.networks in ([], network.networks) and not f.reference
            and f.scope is None
            and f.count_text
            and f.unit not in NETWORK_UNITS and (f.announced, f.sentence) in near
            and not ANOTHER_TAKEDOWN.match(f.quote) and not ANOTHER_CASE.search(f.quote) else f for f in facts]


# "removed nearly 2,000 accounts belonging to a network run from Serbia": the placed network a story is about, told
# before its name
A_PLACED_NETWORK = re.compile(r"\ban?\s+(?:[\w-]+\s+){0,2}?(?:network|operation|campaign)\s+(?:run|based|operated|"
                              r"linked|tied|originating|coming)\b", re.I)


def the_placed_network_named(facts: list[Fact], names: set[str]) -> list[Fact]:
    """A story of one takedown, from one country, that names one network ("…which researchers call "Balkan
    Compass""): its lead's "network run from Serbia" is that network, wherever the story dates the lead.  (What
    `of_the_one_named_network` leaves: it lends a network only to figures told on its day, near it.)"""
    origins = {tuple(f.origins) for f in facts if f.count_text and f.origins}
    if len(names) != 1 or len(origins) != 1 or any(f.reference for f in facts if f.count_text):
        return facts
    return [replace(f, networks=list(names)) if f.count_text and not f.networks and f.origins and f.scope is None
            and A_PLACED_NETWORK.search(f.quote) and not ANOTHER_CASE.search(f.quote) else f for f in facts]


def placed_by_topic(facts: list[Fact], topics: list[tuple[int, int, tuple[str, ...]]],
                     sentences: list[Sentence]) -> list[Fact]:
    """Figures placed nowhere, in a paragraph that opens on where its networks came from ("Azerbaijan-linked networks
    are hardly new… In April 2022, Twitter suspended 212 accounts…"): that country's."""
    def topic(fact: Fact) -> tuple[str, ...] | None:
        return next((origins for opening, end, origins in topics
                     if opening < fact.sentence and sentences[fact.sentence].start < end), None)

    return [replace(f, origins=list(origins)) if not f.origins and f.scope is None and (origins := topic(f)) else f
            for f in facts] if topics else facts


def placed_by_name(facts: list[Fact]) -> list[Fact]:
    """A network the document places in one country is placed there wherever its figures name it: "Blue Heron…
    we attribute to actors in China… we terminated 2,318 channels linked to it", then, from another witness, "1,904
    Facebook accounts linked to Blue Heron" (a name the document gives a network is its name too, not only a link)."""
    names = {name for f in facts for name in f.networks}
    facts = [replace(f, networks=[e for e in f.linked_to if e in names])
             if not f.networks and not f.origins and not names.isdisjoint(f.linked_to) else f for f in facts]
    placed: dict[str, set[tuple[str, ...]]] = {}
    for fact in facts:
        for name in fact.networks if fact.origins else ():
            placed.setdefault(name, set()).add(tuple(fact.origins))
    # (a network whose origin is known is placed only there: not "Internet Research Agency" in Iran, from "3,841
    # accounts tied to the IRA and 770 other accounts that originated in Iran")
    one_place: dict[str, tuple[str, ...]] = {}
    for name, places in placed.items():
        if len(places) == 1 and NETWORK_ORIGINS.get(name, (where := next(iter(places)))[0]) in where:
            one_place[name] = where

    def place(fact: Fact) -> tuple[str, ...] | None:
        found = {one_place.get(name) for name in fact.networks}
        return found.pop() if len(found) == 1 else None  # (every name it gives, placed in the same country)

    return [replace(f, origins=list(where)) if not f.origins and f.scope is None and f.networks and
            (where := place(f)) else f for f in facts]


# "The second network was based in Ghana; we removed 96 accounts": one told after the story's named one, not it
NEXT_ONE = re.compile(r"\bthe\s+(?:second|third|fourth|other|next)\s+(?:network|operation|campaign)\b", re.I)


def named_in_the_document(facts: list[Fact], names: set[str], title: str = "", storys_name: bool = False,
                          apart: frozenset[int] = frozenset()) -> list[Fact]:
    """Figures told with a name the document gives a network elsewhere ("…came to call "Harbour Lantern"", then
    "…205 Instagram accounts connected with Harbour Lantern"): that network's, where their sentence names one; and
    in a story of one takedown whose title names its one network ("Amber Lantern: how we found…"), its figures; so
    too where the one name is given to the network the story tells of (`storys_name`: "The network called itself
    "Glos Borealis"", then "TikTok said it had banned 318 accounts"), its own figures, not one told in passing, nor
    one of a cluster the sentence before brought in (`apart`: their sentences)."""
    # (a story of one takedown: its figures come from one place, or from none it says)
    # (a footnote citing another work, "[^2]: Press Wire, "Twitter suspends 1,700 accounts…"", tells no takedown of
    # this story's)
    told = [f for f in facts if f.count_text and not FOOTNOTE.match(f.quote)]
    # (an earlier figure told with a name of its own, where the title names another: "In September 2023 X suspended
    # 1,056 accounts… that the Observatory calls Operation Twin Bridges", in a release titled for "Caribe Sur", is
    # another case, however long before it fell)
    titles_name = {name for name in names if title and name in title}
    other_named = {id(f) for f in told if f.reference and f.networks and titles_name and titles_name.isdisjoint(
        f.networks)}
    told = [f for f in told if id(f) not in other_named]
    # (an older case told as such is apart; and a figure told again, "the 236 Instagram accounts I mentioned", is
    # the story's own)
    one_place = len({tuple(f.origins) for f in told if f.origins and not (
        f.reference and ANOTHER_CASE.search(f.quote))}) <= 1
    # (figures told as earlier than the story are its own where all of them fall within one season: a review
    # written weeks after the one takedown it tells of, not a story that recalls an older case)
    # (but not a figure the story tells as done before, "TikTok had earlier removed 712 accounts…": maybe another's)
    earlier = [f for f in told if f.reference and f.retells is None and not ANOTHER_CASE.search(f.quote)]
    told_before = {id(f) for f in earlier if TOLD_AS_DONE_BEFORE.search(f.quote)}
    own_told = [f for f in told if not (f.reference and ANOTHER_CASE.search(f.quote)) and id(f) not in told_before]
    days = [f.announced for f in own_told if f.announced]
    one_story = one_place and (not earlier or (
        bool(days) and len(days) == len(own_told) and (max(days) - min(days)).days <= ONE_SEASON))

    # (not a name given only to an earlier case told in passing: "in March 2019, Facebook removed a smaller
    # India-based network that researchers called "Lotus Lane"")
    # (in a story of one season, a name its earlier figures carry is its own)
    own = {name for name in names if not any(name in f.networks and (
        (f.reference and not (one_story and earlier and id(f) not in told_before)) or ANOTHER_CASE.search(f.quote))
        for f in facts)}
    # (a document whose title names its one network, an agency's advisory on "Coral Lantern", tells of that network
    # however long after its removals it was written, where a figure points back at it: "…belonging to the network")
    titled = one_place and len(own) == 1 and bool(title) and next(iter(own)) in title
    # whom the one network was aimed at, where a figure told with its name says: a figure told as aimed elsewhere
    # ("In March, the company removed 143 accounts belonging to a network that targeted audiences in Slovakia", in a
    # story of a network aimed at Germany) is another network's
    aimed_at = {target for f in facts for target in f.targets if len(own) == 1 and (
        next(iter(own)) in f.networks or names_network(next(iter(own)), f.quote))}

    def named(fact: Fact) -> list[str]:
        if FOOTNOTE.match(fact.quote):
            return []
        found = [name for name in names if names_network(name, fact.quote)]
        # (the one network a story of one takedown names, pointed back at: '"Facebook removed 181 accounts…, but by
        # our count the network had more than 400 active profiles," Ferrera said', in a story about "Red Cumbre")
        of_the_story = (one_story and id(fact) not in told_before) or (
            titled and THE_NETWORK.search(fact.quote) is not None and not EARLIER_FORM.search(fact.quote))
        if not found and of_the_story and len(own) == 1 and fact.sentence not in apart and (
                THE_NETWORK.search(fact.quote) or A_NETWORK.search(fact.quote) or next(iter(own)) in title or (
                storys_name and not fact.reference)) and not ANOTHER_CASE.search(fact.quote) and \
                not NEXT_ONE.search(fact.quote) and \
                fact.scope != "cumulative" and not (aimed_at and fact.targets and aimed_at.isdisjoint(fact.targets)):
            return list(own)
        return found

    # (not a figure its own sentence kept apart from the name: "3,841 accounts tied to the Internet Research Agency
    # and 770 accounts that may have originated in Peru")
    told_apart = {f.sentence for f in facts if f.networks or not names.isdisjoint(f.linked_to)}
    # (and a removal without a figure that points at the network: "YouTube said it had taken down several channels
    # that reposted the network's videos")
    return [replace(f, networks=found) if not f.networks and (f.count_text or THE_NETWORK.search(f.quote))
            and f.sentence not in told_apart and len(found := named(f)) == 1 else f for f in facts] if names else facts


def named_by_definition(facts: list[Fact], definitions: dict[str, list[str]], about_it: bool = False) -> list[Fact]:
    """Figures that name a network the document says what it is ("Glass Heron was a network of fake accounts…
    operated from Russia. It was aimed at German voters…", then "On Glass Heron, we took down just under 900
    accounts"): that network's name, and where it came from and whom it targeted, as its definition tells them.
    Where the whole document is about that one network (`about_it`: it says what it is before anything else and
    names no other), every figure not told as another case's is its."""
    if not definitions:
        return facts
    roles = {name: [cached_roles(text) for text in texts] for name, texts in definitions.items()}
    # ("…, it was run by Tidewater Lane, a content agency in Vancouver": who ran it, as its definition says)
    runners = {name: list(dict.fromkeys(e for text in texts for e in linked_entities(text)))
               for name, texts in definitions.items()}

    def named(fact: Fact) -> str | None:
        found = [name for name in definitions if name in fact.networks or re.search(
            rf"(?<![\w-]){re.escape(name)}(?![\w-])", fact.quote)]
        if not found and len(definitions) == 1 and (about_it or POINTS_BACK.search(fact.quote)
                                                    or THE_ONE.search(fact.quote)) \
                and not ANOTHER_CASE.search(fact.quote):
            return next(iter(definitions))  # (an entry about one operation: "…in its largest action against the
            # operation")
        return found[0] if len(found) == 1 else None

    placed = []
    for fact in facts:
        # (not "accounts of two campaigns": several networks are not the one defined)
        several = fact.unit in NETWORK_UNITS and (fact.count or 0) > 1
        name = named(fact) if fact.scope is None and fact.count_text and not several else None
        if name is None or (fact.networks and fact.networks != [name]):
            placed.append(fact)
            continue
        origins = next((list(r[0]) for r in roles[name] if r[0]), [])
        aims = next(((list(r[1]), r[3]) for r in roles[name] if r[1]), ([], None))
        placed.append(replace(fact, networks=[name], origins=fact.origins or origins,
                              attribution=fact.attribution if fact.origins else next(
                                  (r[2] for r in roles[name] if r[0]), None),
                              targets=fact.targets or aims[0], target_text=fact.target_text or aims[1],
                              linked_to=fact.linked_to or runners[name]))
    return placed

"""A synthetic knowledge folder of news-like takedown reports, for benchmarks.

    python benchmarks/generate.py --docs 10000 --out benchmarks/corpus --seed 1

Why synthetic: the bundled knowledge folder holds two documents, far too few to show how loading
and answering scale, and real articles cannot be redistributed.  Every sentence here comes from
templates written for this file; names of networks, people, firms and outlets are invented, and
URLs use the reserved example.com/.org/.net domains.

The documents are built to exercise what the bot actually parses, so the timings are honest:
datelines with and without a year, weekday references, counts with qualifiers, units and lists
of units, origins and targets, tips, network names, back-references to earlier takedowns, and
numbers that are not takedown counts (followers, money, tweets, percentages, years, committee
members).  About a fifth of the files are Markdown with YAML front matter.

Output is deterministic for a given --docs and --seed: one `random.Random(seed)` drives
everything, and nothing reads the clock.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

GENERATOR_VERSION = "1"
MARKER = ".benchmark-corpus.json"  # a dotfile: the bot's loader skips it, and it marks the folder as ours
MIN_BYTES, MAX_BYTES = 1500, 3000
FIRST_DATE, LAST_DATE = dt.date(2017, 1, 1), dt.date(2023, 12, 31)

# --------------------------------------------------------------------------- vocabulary (shared with run.py)

PLATFORMS = ["Facebook", "Instagram", "Twitter", "YouTube", "TikTok", "Reddit"]
# What each platform's counts are written in: (unit text, weight).  Facebook reports Pages and mixed lists.
UNITS: dict[str, list[tuple[str, int]]] = {
    "Facebook": [("accounts", 5), ("Pages", 3), ("pages, groups and accounts", 3), ("Facebook accounts", 2),
                 ("Pages and groups", 1), ("Instagram accounts", 1)],
    "Instagram": [("accounts", 5), ("Instagram accounts", 2), ("profiles", 1)],
    "Twitter": [("accounts", 6), ("fake accounts", 2), ("handles", 1)],
    "YouTube": [("YouTube channels", 5), ("channels", 4), ("accounts", 1)],
    "TikTok": [("accounts", 6), ("fake accounts", 2)],
    "Reddit": [("accounts", 5), ("subreddits", 1)],
}
# Past tense and past participle, so "it had taken down" and "took down" both occur.
ACTIONS = [("removed", "removed"), ("suspended", "suspended"), ("took down", "taken down"),
           ("deleted", "deleted"), ("banned", "banned"), ("terminated", "terminated")]
ORIGINS = ["Iran", "Russia", "China", "Venezuela", "Egypt", "Saudi Arabia", "United Arab Emirates", "Serbia",
           "Thailand", "Honduras", "Indonesia", "Myanmar", "Ecuador", "Pakistan", "Bangladesh", "Cuba", "Uganda",
           "Ethiopia", "Mexico", "Philippines", "Nigeria", "Turkey", "Israel", "Vietnam", "Belarus"]
DEMONYMS = {"Iran": "Iranian", "Russia": "Russian", "China": "Chinese", "Venezuela": "Venezuelan",
            "Egypt": "Egyptian", "Saudi Arabia": "Saudi", "Serbia": "Serbian", "Thailand": "Thai",
            "Honduras": "Honduran", "Indonesia": "Indonesian", "Ecuador": "Ecuadorian", "Pakistan": "Pakistani",
            "Bangladesh": "Bangladeshi", "Cuba": "Cuban", "Uganda": "Ugandan", "Ethiopia": "Ethiopian",
            "Mexico": "Mexican", "Nigeria": "Nigerian", "Turkey": "Turkish", "Israel": "Israeli",
            "Vietnam": "Vietnamese"}
TARGETS = ["Nigeria", "Ghana", "the United States", "the United Kingdom", "Germany", "France", "Brazil", "India",
           "Kenya", "Sudan", "Libya", "Ukraine", "Georgia", "Moldova", "Taiwan", "Hong Kong", "Japan", "Canada",
           "the Middle East", "Latin America", "West Africa", "Southeast Asia", "the Balkans", "Central Asia"]
CITIES = ["SAN FRANCISCO", "WASHINGTON", "NEW YORK", "LONDON", "MENLO PARK, Calif.", "SINGAPORE", "NAIROBI",
          "BERLIN", "PARIS", "DUBLIN", "SEATTLE", "LOS ANGELES", "BRUSSELS", "JAKARTA", "LAGOS"]
AGENCIES = ["Wirepoint", "GNS", "Metro Wire", "NewsDesk", "Courier Service", "PressLink"]  # invented outlets
PUBLISHERS = ["The Daily Ledger", "Coastline Times", "Metro Tribune", "The Evening Current", "Northfield Post",
              "Civic Review", "Harbor Gazette", "The Signal Report"]
TIP_SOURCES = ["the FBI", "researchers at Northgate Threat Research", "the cybersecurity firm Bluewater Security",
               "the Civic Signal Project", "analysts at Redline Analytics", "a team at the Open Index Lab",
               "the election commission", "independent researchers at Lantern Labs", "Graylight Intelligence"]
NETWORK_FIRST = ["Harbor", "Silver", "Northern", "Golden", "Crimson", "Quiet", "Open", "Rising", "Blue", "Iron",
                 "Bright", "Cedar", "Falcon", "Summit", "Lotus", "Granite"]
NETWORK_SECOND = ["Light", "Compass", "Echo", "Bridge", "Voices", "Horizon", "Lantern", "Current", "Banner",
                  "Mirror", "Tide", "Beacon", "Signal", "Harvest", "Meadow", "Anchor"]
ENTITIES = ["the Meridian Media Group", "the Bright Path Agency", "a marketing firm called Tallgrass Digital",
            "the Eastgate Strategy Center", "a public relations company named Ninefold Communications",
            "the Solace Institute", "employees of Copperline Consulting"]
FIRST_NAMES = ["Dana", "Marcus", "Lena", "Omar", "Priya", "Tomas", "Grace", "Idris", "Keiko", "Rafael", "Nadia",
               "Ben", "Sofia", "Yusuf", "Clara"]
LAST_NAMES = ["Whitfield", "Okafor", "Brandt", "Haddad", "Lindqvist", "Moreau", "Castell", "Ferreira", "Novak",
              "Ashby", "Ruiz", "Takahashi", "Mbeki", "Sorensen", "Quinlan"]
ROLES = ["head of security policy", "director of threat intelligence", "lead investigator for influence operations",
         "head of trust and safety", "global threat disruption lead"]
LANGUAGES = ["Arabic", "English", "Spanish", "French", "Russian", "Farsi", "Mandarin", "Hausa", "Swahili"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# --------------------------------------------------------------------------- background sentences (no figures)

FILLER = [
    "Social media companies have come under growing pressure from lawmakers to find and remove covert influence "
    "campaigns before they spread.",
    "Many of the accounts posed as local news outlets or as ordinary residents commenting on current events.",
    "Investigators said the operators tried to hide their identities by using stock photographs and made-up "
    "biographies.",
    "Some of the profiles used faces that appeared to have been generated by software.",
    "Critics say the platforms still act too slowly and rely too heavily on outside researchers to spot abuse.",
    "The company did not say how it first detected the activity, citing the need to protect its methods.",
    "Experts cautioned that removals of this kind rarely end a campaign, since operators often return with new "
    "accounts.",
    "Several of the pages had changed their names repeatedly, a common tactic for networks trying to avoid "
    "scrutiny.",
    "A spokesperson declined to say whether the company had notified the governments involved.",
    "The announcement is the latest in a series of similar disclosures by large technology companies.",
    "According to the report, the operators ran some of the accounts through virtual private networks to mask "
    "their location.",
]
ORGS = ["Northgate Threat Research", "Lantern Labs", "the Open Index Lab", "Redline Analytics",
        "the Civic Signal Project", "the Center for Platform Accountability", "Graylight Intelligence"]


@dataclass(frozen=True)
class Takedown:
    """One takedown a document reports: the facts its sentences are written from."""

    platform: str
    action: tuple[str, str]
    count_text: str
    unit: str
    origin: str
    target: str
    network: str


# --------------------------------------------------------------------------- small helpers


def _number(rng: random.Random, low: int, high: int, *, rounded: bool = False) -> int:
    """A figure that looks like a reported one: round-ish numbers more often than not."""
    value = rng.randint(low, high)
    if (rounded or rng.random() < 0.6) and value >= 100:
        step = 100 if value >= 1000 else 10
        value = max(step, round(value / step) * step)
    return value


def count_phrase(rng: random.Random) -> str:
    """A count as news copy writes it: "more than 1,200", "about 300", "nearly 5,000", "652", "thousands of"."""
    if rng.random() < 0.08:
        return rng.choice(["thousands of", "hundreds of", "dozens of"])
    qualifier = rng.choices(["", "more than ", "about ", "nearly ", "over ", "roughly ", "at least ", "some "],
                            weights=[8, 4, 3, 2, 1, 1, 1, 1])[0]
    value = _number(rng, 12, 9000, rounded=bool(qualifier))  # "nearly 5,000", not "nearly 4,987"
    return f"{qualifier}{value:,}"


def dateline_date(date: dt.date) -> str:
    """AP style: "Aug. 21", "March 4", "Sept. 30"."""
    return f"{AP_MONTHS[date.month - 1]} {date.day}"


def network_name(rng: random.Random) -> str:
    return f"{rng.choice(NETWORK_FIRST)} {rng.choice(NETWORK_SECOND)}"


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def the(country: str) -> str:
    """"the United Arab Emirates", "the Philippines": names that take an article in running text."""
    return f"the {country}" if country in {"United Arab Emirates", "Philippines"} else country


def origin_phrase(rng: random.Random, country: str) -> str:
    country = the(country)
    return rng.choice([f"that originated in {country}", f"linked to {country}", f"from {country}",
                       f"operated from {country}", f"tied to {country}", f"based in {country}",
                       f"with ties to the government of {country}"])


def target_phrase(rng: random.Random, target: str) -> str:
    return rng.choice([f"targeting audiences in {target}", f"aimed at people in {target}",
                       f"that focused on voters in {target}", f"targeting users in {target}"])


def counted(t: Takedown, rng: random.Random, *, origin: bool = True) -> str:
    """"1,200 accounts linked to Iran", or now and then "1,200 Iranian accounts" (the origin as an adjective)."""
    demonym = DEMONYMS.get(t.origin)
    if demonym and t.unit == "accounts" and rng.random() < 0.15:
        return f"{t.count_text} {demonym} accounts"
    what = f"{t.count_text} {t.unit}"
    return f"{what} {origin_phrase(rng, t.origin)}" if origin else what


def make_takedown(rng: random.Random, platform: str | None = None) -> Takedown:
    platform = platform or rng.choice(PLATFORMS)
    units, weights = zip(*UNITS[platform], strict=True)
    unit = rng.choices(units, weights=weights)[0]
    count = f"{rng.randint(2, 40)}" if unit == "subreddits" else count_phrase(rng)  # nobody bans 3,000 subreddits
    return Takedown(platform=platform, action=rng.choice(ACTIONS), count_text=count, unit=unit,
                    origin=rng.choice(ORIGINS),
                    target=rng.choice(TARGETS), network=network_name(rng))


# --------------------------------------------------------------------------- sentences


def lead(rng: random.Random, t: Takedown, weekday: str) -> str:
    """The opening sentence: who removed how many of what, from where, and when it was said."""
    past, participle = t.action
    what = counted(t, rng)
    target = target_phrase(rng, t.target)
    return rng.choice([
        f"{t.platform} said on {weekday} it had {participle} {what} {target}.",
        f"{t.platform} {past} {what}, the company said on {weekday}, adding that the network was "
        f"{target.replace('targeting', 'aimed at')}.",
        f"{t.platform} announced on {weekday} that it {past} {what} for coordinated inauthentic behavior.",
        f"The social media company {t.platform} has {participle} {what}, it said in a blog post on {weekday}.",
        f"{t.platform} on {weekday} said it {past} {what} that were part of a campaign {target}.",
    ])


def second_platform(rng: random.Random, t: Takedown, weekday: str) -> str:
    """A second company's action in the same story ("Twitter also said it suspended…")."""
    past, participle = t.action
    return rng.choice([
        f"{t.platform} also said it {past} {counted(t, rng)}.",
        f"Separately, {t.platform} said on {weekday} that it had {participle} {counted(t, rng)}.",
        f"{t.platform} said it had {participle} {counted(t, rng, origin=False)} as well, saying they were "
        f"{origin_phrase(rng, t.origin).removeprefix('that ')}.",
    ])


def detail_sentences(rng: random.Random, t: Takedown, year: int) -> list[str]:
    """What the story says about the network: its name, languages, who ran it, whom it posed as."""
    options = [
        f"The company said the accounts were part of a campaign known as {t.network}.",
        f"According to {t.platform}, the network posted mostly in {rng.choice(LANGUAGES)} and "
        f"{rng.choice(LANGUAGES)} about politics in {t.target}.",
        f"The people behind the activity were linked to {rng.choice(ENTITIES)}, the company said.",
        f"Some of these accounts pretended to be journalists based in {t.target}.",
        f"The {t.network} network had been active since {year - rng.randint(1, 4)}, according to the report.",
        f"{t.platform} said the operation tried to conceal its links to {the(t.origin)} but was traced back through "
        "shared technical infrastructure.",
    ]
    return rng.sample(options, k=rng.randint(2, 4))


def distractors(rng: random.Random, year: int) -> list[str]:
    """Numbers that are not takedown counts: followers, money, tweets, percentages, years, people."""
    options = [
        f"About {_number(rng, 1000, 900000):,} people followed one or more of the Pages, the company estimated.",
        f"The network spent around ${_number(rng, 500, 250000):,} on ads, paid for mostly in U.S. dollars.",
        f"The accounts had posted some {_number(rng, 2000, 2_000_000):,} tweets since {year - rng.randint(1, 5)}.",
        f"Roughly {rng.randint(5, 95)}% of the content was in {rng.choice(LANGUAGES)}, researchers found.",
        f"{rng.choice(NUMBER_WORDS).capitalize()} members of the intelligence committee asked the company "
        f"for a briefing in {year}.",
        f"The videos had drawn more than {_number(rng, 10000, 5_000_000):,} views before they came down.",
        f"The earliest posts dated back to {year - rng.randint(1, 6)}, well before the {year} announcement.",
        f"Around {_number(rng, 100, 80000):,} users had joined at least one of the groups.",
        f"The company has more than {rng.randint(2, 40) * 1000:,} people working on safety and security.",
        f"A {year - 1} report by {rng.choice(ORGS)} found {rng.randint(3, 60)} similar operations worldwide.",
        f"The network's posts were shared about {_number(rng, 1000, 400000):,} times in total, researchers "
        "estimated.",
        f"{rng.randint(10, 90)} percent of the accounts had been created within the past year, the company said.",
    ]
    return rng.sample(options, k=rng.randint(3, 5))


def context_sentences(rng: random.Random, t: Takedown, date: dt.date, weekday: str) -> list[str]:
    """Background with slots filled in, so that no two stories read alike and the index sees varied text."""
    rival = rng.choice([p for p in PLATFORMS if p != t.platform])
    target, origin = t.target, the(t.origin)
    return [
        f"{person(rng)}, a researcher at {rng.choice(ORGS)}, said the {t.network} accounts reused material from "
        f"state-run outlets in {origin}.",
        f"The company said it found no sign that the accounts had tried to buy advertising in {target}.",
        f"Elections in {target} are due in {date.year + 1}, and officials there have warned about foreign "
        "interference.",
        f"{t.platform} first described its approach to such networks in {date.year - rng.randint(1, 3)}.",
        f"The accounts often shared links to websites registered in {date.strftime('%B')} {date.year - 1}.",
        f"Posts from the network praised the government of {origin} and criticised its rivals in {target}.",
        f"{rng.choice(ORGS)} said in a separate analysis that the operation used "
        f"{rng.choice(LANGUAGES)}-language hashtags to draw attention.",
        f"The company said it had shared its findings with law enforcement agencies and with {rival}.",
        f"A {t.platform} spokesperson, {person(rng)}, said the company would publish samples of the content.",
        f"Researchers said the {t.network} operation resembled an earlier campaign that {rival} described in "
        f"{date.year - 1}.",
        f"Officials in {origin} denied any involvement and called the findings politically motivated.",
        f"The pages tried to recruit freelance writers in {target}, offering as little as "
        f"${rng.randint(5, 60)} per article.",
        f"In a {weekday} statement, {t.platform} said the accounts broke its rules on platform manipulation.",
        f"{person(rng)}, who studies online propaganda at {rng.choice(ORGS)}, said the figures were small "
        f"compared with the size of {t.platform}.",
        f"The operators posted most actively on weekday mornings, {origin} time, the researchers noted.",
    ]


def tip_sentence(rng: random.Random, t: Takedown, source: str, month: str) -> str:
    return rng.choice([
        f"{t.platform} said it began investigating after a tip from {source}.",
        f"The investigation started with information from {source}, the company said.",
        f"{t.platform} was alerted to the accounts by {source} in {month}.",
        f"The company received a tip in {month} from {source} about the {t.network} network.",
    ])


def quote_sentence(rng: random.Random, t: Takedown) -> str:
    said = rng.choice([
        "\u201cWe will keep finding and removing networks like this one,\u201d",
        "\u201cThese operators go to great lengths to hide who they are,\u201d",
        "\u201cThis was a well-resourced effort, but it struggled to reach real audiences,\u201d",
        "\u201cWe have seen this playbook before, and we expect to see it again,\u201d",
    ])
    return f"{said} said {person(rng)}, {t.platform}'s {rng.choice(ROLES)}."


def back_reference(rng: random.Random, date: dt.date) -> str:
    """An earlier takedown mentioned in passing ("In March, Facebook removed…")."""
    earlier = make_takedown(rng)
    month = (date.replace(day=1) - dt.timedelta(days=28 * rng.randint(1, 5))).strftime("%B")
    return f"In {month}, {earlier.platform} {earlier.action[0]} {counted(earlier, rng)}."


def headline(rng: random.Random, t: Takedown) -> str:
    verb = {"removed": "removes", "suspended": "suspends", "took down": "takes down", "deleted": "deletes",
            "banned": "bans", "terminated": "terminates"}[t.action[0]]
    plain = t.unit.split(",")[0].replace("YouTube ", "").replace("Facebook ", "").replace("Instagram ", "").lower()
    return rng.choice([
        f"{t.platform} {verb} {t.count_text} {t.unit} tied to {the(t.origin)}",
        f"{t.platform} {verb} {t.origin}-linked {plain} in latest sweep",
        f"{t.platform} says it {t.action[0]} fake {plain} from {the(t.origin)}",
    ])


# --------------------------------------------------------------------------- documents


@dataclass
class Story:
    """One story's paragraphs: the reporting, and background paragraphs that may be dropped to fit the size."""

    takedowns: list[Takedown]
    paragraphs: list[str]
    optional: list[int]  # indexes of background paragraphs, dropped last-added first when a file is too big

    def fitted(self, render: Callable[[list[str]], str]) -> str:
        """The rendered document, with background paragraphs dropped until it is at most MAX_BYTES."""
        keep = self.paragraphs[:]
        optional = self.optional[:]
        text = render(keep)
        while len(text.encode()) > MAX_BYTES and optional:
            keep[optional.pop()] = ""
            text = render([p for p in keep if p])
        return text


def story(rng: random.Random, date: dt.date) -> Story:
    """The reporting paragraphs of one story, the lead first (without its dateline), about MIN..MAX bytes."""
    main = make_takedown(rng)
    said = date - dt.timedelta(days=rng.choice([0, 0, 1]))
    weekday = WEEKDAYS[said.weekday()]
    takedowns = [main]
    detail = detail_sentences(rng, main, date.year)
    paragraphs = [lead(rng, main, weekday), " ".join(detail[:2])]
    if rng.random() < 0.3:
        other = make_takedown(rng, rng.choice([p for p in PLATFORMS if p != main.platform]))
        takedowns.append(other)
        paragraphs.append(second_platform(rng, other, weekday))
    if rng.random() < 0.6:
        month = (date if date.day > 10 else date - dt.timedelta(days=20)).strftime("%B")
        paragraphs.append(tip_sentence(rng, main, rng.choice(TIP_SOURCES), month))
    if rng.random() < 0.5:
        paragraphs.append(quote_sentence(rng, main))
    noise = distractors(rng, date.year)
    paragraphs += [" ".join(noise[:2]), *noise[2:], *detail[2:]]
    if rng.random() < 0.35:
        paragraphs.append(back_reference(rng, date))
    paragraphs.append(f"The action brings the company's {date.year} total of reported takedowns to "
                      f"{rng.randint(3, 40)}, a spokesperson said.")
    spare = rng.sample(context_sentences(rng, main, date, weekday), k=8) + rng.sample(FILLER, k=3)
    target = rng.randint(MIN_BYTES + 200, MAX_BYTES - 300)
    size = sum(len(p.encode()) + 1 for p in paragraphs)
    optional: list[str] = []
    while spare and size < target:
        extra = spare.pop()
        optional.append(extra)
        size += len(extra.encode()) + 1
    for extra in optional:
        paragraphs.insert(rng.randint(2, len(paragraphs) - 1), extra)
    return Story(takedowns, paragraphs, [paragraphs.index(extra) for extra in optional])


def text_document(rng: random.Random, date: dt.date) -> str:
    """A wire story: headline, then a dateline lead ("SAN FRANCISCO, Aug. 21 (Wirepoint) --") or a date line."""
    told = story(rng, date)
    title = headline(rng, told.takedowns[0])
    if rng.random() < 0.75:
        year = f", {date.year}" if rng.random() < 0.3 else ""
        told.paragraphs[0] = (f"{rng.choice(CITIES)}, {dateline_date(date)}{year} ({rng.choice(AGENCIES)}) -- "
                              f"{told.paragraphs[0]}")
        return told.fitted(lambda paragraphs: "\n".join([title, *paragraphs]) + "\n")
    clock = f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])} ET"
    dateline = f"{date.strftime('%b')} {date.day}, {date.year}, {clock}"
    return told.fitted(lambda paragraphs: "\n\n".join([title, dateline, *paragraphs]) + "\n")


def markdown_document(rng: random.Random, date: dt.date, index: int) -> str:
    """A Markdown article with YAML front matter, headings and a bullet list; now and then a platform's own post."""
    told = story(rng, date)
    main = told.takedowns[0]
    own_post = rng.random() < 0.1
    publisher = main.platform if own_post else rng.choice(PUBLISHERS)
    if own_post:
        told.paragraphs[0] = (f"Today we {main.action[0]} {counted(main, rng)} for violating our policy against "
                              "coordinated inauthentic behavior.")
    title = headline(rng, main)
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
    front = "\n".join([
        "---",
        f"title: {json.dumps(title)}",
        f"url: https://{rng.choice(['example.com', 'example.org', 'example.net'])}/{date.year}/{date.month:02d}/"
        f"{slug}-{index}",
        f"publisher: {json.dumps(publisher)}",
        f"published: {date.isoformat()}",
        "---",
    ])
    bullets = ""
    if len(told.takedowns) > 1 or rng.random() < 0.3:
        bullets = "Key figures:\n\n" + "\n".join(f"- {counted(t, rng, origin=False)} on {t.platform}, "
                                                    f"{origin_phrase(rng, t.origin)}" for t in told.takedowns)

    def render(paragraphs: list[str]) -> str:
        blocks = [front, f"# {title}", *paragraphs[:2], *([bullets] if bullets else []),
                  "## What the company found", *paragraphs[2:]]
        return "\n\n".join(blocks) + "\n"

    return told.fitted(render)


def random_date(rng: random.Random) -> dt.date:
    return FIRST_DATE + dt.timedelta(days=rng.randint(0, (LAST_DATE - FIRST_DATE).days))


def generate(out: Path, docs: int, seed: int, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Write `docs` documents into `out` (replacing an earlier generated corpus there); return counts.

    Refuses a non-empty folder it did not create, so a typo in --out never deletes someone's files.
    """
    marker = out / MARKER
    if out.exists() and any(out.iterdir()) and not marker.exists():
        raise SystemExit(f"generate: {out} is not empty and was not made by this generator; choose another --out")
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        if old.is_file() and old.suffix in {".txt", ".md"}:
            old.unlink()
    rng = random.Random(seed)
    counts = {"txt": 0, "md": 0, "bytes": 0}
    for index in range(docs):
        date = random_date(rng)
        if rng.random() < 0.2:
            text, suffix = markdown_document(rng, date, index), "md"
        else:
            text, suffix = text_document(rng, date), "txt"
        data = text.encode("utf-8")
        (out / f"{index:05d}_{date.isoformat()}.{suffix}").write_bytes(data)
        counts[suffix] += 1
        counts["bytes"] += len(data)
        if progress and (index + 1) % 1000 == 0:
            progress(index + 1)
    marker.write_text(json.dumps({"generator": GENERATOR_VERSION, "docs": docs, "seed": seed, **counts}) + "\n")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000, help="number of documents (default 10000)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "corpus",
                        help="output folder (default benchmarks/corpus, git-ignored)")
    parser.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same files")
    args = parser.parse_args(argv)
    counts = generate(args.out, args.docs, args.seed)
    print(f"Wrote {counts['txt'] + counts['md']:,} documents ({counts['txt']:,} .txt, {counts['md']:,} .md, "
          f"{counts['bytes'] / 1e6:.1f} MB) to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Questions as people type them, turned into a structured `Query`.

Typos and abbreviations ("twiter", "Iranain", "accts", "X", "IG") are corrected with rapidfuzz
against the vocabulary stored in the knowledge base; a word the knowledge base itself uses is
never "corrected".  Pure apart from the `Lexicon` it is handed, which tests can build by hand.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Container
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process

from bot.dates import QUARTER, month_number, quarter_span
from bot.mentions import countries_in, phrase_table, platforms_in, scan_phrases, whole_names
from bot.numbers import SMALL_NUMBERS
from bot.roles import AIMED_SUFFIX, NAME_PARTICLE
from bot.vocabulary import (
    CAPITALS,
    EVERYDAY_WORD_ALIASES,
    NETWORK_UNITS,
    PLATFORM_PARENT,
    REGIONS,
    UNIT_WORDS,
    WEEKDAYS,
    country_aliases,
    network_aliases,
    platform_aliases,
)

FUZZY_CUTOFF = 84
AMBIGUITY_MARGIN = 1.0  # two vocabulary terms this close to a typo: ask which one was meant
STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers
how i if in into is it its itself just me more most my no nor not now of off on once only or other our out
over own same she should so some such than that the their them then there these they this those through to too
under until up very was we were what when where which while who whom why will with you your tell show give
list many much number total altogether overall please know ever get got say said
""".split())
GENERIC_ASKS = {"happened", "happen", "happening", "news", "anything", "update", "updates", "activity", "takedown",
                "takedowns", "removals", "about", "tell", "me", "please", "pls"}
# ("meta russia networks between 2020 and 2022?": the takedowns of those networks, when nothing else is asked)
NETWORKS_ASKED = {"network", "networks", "operations", "campaigns"}
SAID_ASKED = re.compile(r"\b(?:say|said|says|write|wrote|tell|told|reveal|revealed)\b", re.I)  # (what was said of them)
# what was said, answered or posted, which a list of takedowns does not tell ("What did the firm say about Facebook's
# takedown?")
SAID_OR_ANSWERED = re.compile(r"\b(?:say|said|respond\w*|react\w*|repl(?:y|ied)|response|post|posted|posts)\b", re.I)
QUESTION_WORDS = {"how", "many", "much", "which", "what", "when", "who", "whom", "where", "why", "did", "does",
                  "number", "total", "count", "list", "show"}
# the words a question typed in a hurry shortens past a typo's reach
SHORTHAND = {"accts": "accounts", "acct": "accounts", "acc": "accounts", "accs": "accounts", "ntwrk": "network",
             "ntwrks": "networks", "nwk": "network", "tipd": "tipped", "abt": "about", "mny": "many", "hw": "how",
             "wat": "what", "wht": "what", "whn": "when", "govt": "government", "frst": "first", "chnls": "channels",
             "pgs": "pages", "op": "operation", "ops": "operations"}
DOMAIN_WORDS = ["flagged", "flag", "disclosed", "disclose", "first", "archive", "operation", "operations", "remove",
                "removed", "suspend", "suspended", "delete", "deleted", "ban", "banned", "take", "took",
                "taken", "down", "terminate", "terminated", "block", "blocked", "accounts", "pages", "groups",
                "channels", "countries", "country", "platforms", "platform", "tipped", "tip", "targeted", "target",
                "announce", "announced", "network", "networks", "behind", "largest", "biggest", "fake", "takedown",
                "takedowns", "cib", "coordinated", "inauthentic", "behavior", "behaviour", "influence"]

# a country or region named after these is where a network aimed, not where it came from; after a bare
# "in" only in questions about targets or lists ("accounts in Iran" counts Iran's own accounts)
TARGET_BEFORE = re.compile(r"\b(?:target\w*|aim\w*\s+at|focus\w*\s+on|against)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?$",
                           re.I)  # "targeted the 2020 US election": the year names the election, not the place
# a network named by its place ("the Nicaragua troll farm", "Iranian accounts")
NETWORK_AFTER = re.compile(r"(?:-(?:based|linked|backed|run))?\s+(?:[\w-]+\s+)?(?:troll\s+farms?|networks?|operations?|"
                           r"campaigns?|accounts?|pages?|trolls|bots)\b", re.I)
IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$", re.I)
PRETENDING_BEFORE = re.compile(r"\b(?:impersonat\w*|pos(?:e|ed|es|ing)\s+as|pretend\w*\s+to\s+be|masquerad\w*\s+as)\s+"
                               r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "the 2020 US election", "India's general election", "the Moldovan referendum": the place that voted
ELECTION_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:general|presidential|parliamentary|national|local|regional|midterm|"
                            r"federal|upcoming|municipal|mayoral|gubernatorial|governor|legislative|single|snap|early|"
                            # ("Brazil's Oct 2022 runoff", "russias sept 2024 voting day")
                            r"\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\s+){0,3}"
                            r"(?:elections?|votes?|voters|referendum|polls|midterms|races?|run-?offs?|"
                            r"(?:voting|polling|election)\s+days?)\b", re.I)
# the kinds of source a question about tips may ask for (`answer.sources.SOURCE_KINDS` tells them apart)
TIP_SOURCES_ASKED = [
    ("security firms", re.compile(r"\b(?:security|cyber\s*security|threat\s+intelligence)\s+(?:firms?|companies|"
                                  r"compan(?:y|ies)|researchers|vendors?)\b", re.I)),
    ("law enforcement", re.compile(r"\b(?:law\s+enforcement|police|government\s+agenc(?:y|ies)|authorities|"
                                   r"intelligence\s+agenc(?:y|ies))\b", re.I)),
    ("researchers", re.compile(r"\b(?:researchers?|academics?|analysts?|universit(?:y|ies)|think\s+tanks?)\b", re.I)),
    ("journalists", re.compile(r"\b(?:journalists?|reporters?|the\s+media|the\s+press|news\s+(?:outlets?|"
                               r"organi[sz]ations?)|newspapers?)\b", re.I)),
    ("other platforms", re.compile(r"\b(?:other|another)\s+(?:platforms?|compan(?:y|ies)|tech\s+compan(?:y|ies))\b",
                                   re.I)),
]
UNIT_LAST = re.compile(r"\b(?:accounts|pages|groups|channels|profiles|videos)\s*\?\s*$", re.I)
# between places of one list ("Chile, Peru and the US", "Moldova + Romania")
LIST_GAP = re.compile(r"\s*(?:,|&|\+|\/|,?\s*and|,?\s*or)\s+(?:the\s+)?", re.I)
# "What did Meta call the operation…?": the name a platform gave it (`which_networks`); a lab's name for it is in the
# sentences that give it (`search`)
CALLED_ASKED = re.compile(r"\bwhat\s+(?:did|does|do)\s+(?:[\w'’-]+\s+){1,4}?(?:call|name|dub|nickname)\s+(?:the|its|"
                          r"their|this|that)\b", re.I)
INTENTS = [
    ("who_tipped", re.compile(r"\btip(?:s|ped)?\b|\btip-?off\b|\balert(?:ed)?\b|\b(?:prompted|triggered|sparked)\s+by\b"
                              # "What prompted X to investigate…?"
                              r"|\bwhat\s+(?:prompted|triggered|sparked|led)\b"
                              r"|\bwho\s+(?:first\s+)?(?:told|informed|"
                              r"warned|flagged|reported\s+it|spotted|exposed|uncovered|referred)\b|\bleads?\b"
                              # "who gave Reddit the information…", "who passed the accounts to Meta?"
                              r"|\bwho\s+(?:gave|passed|handed|provided|shared|sent)\b.{0,60}?\b(?:information|intel\w*|"
                              r"tip|evidence|data|details|list|indicators|to)\b"
                              r"|\bwho\s+(?:first\s+)?(?:found|discovered|detected)\b"
                              # "Where did Twitter get the information about the Iranian accounts…?"
                              r"|\b(?:where|whom|who)\s+did\s+[\w'’-]+\s+(?:get|obtain|receive)\s+(?:the\s+|its\s+)?"
                              r"(?:information|intel\w*|tip|lead|data|evidence)\b"
                              # "What date did Kestrel Lab report the accounts to X?": when someone handed it over
                              r"|\b(?:when|what\s+(?:date|day|month))\b.{0,80}?\b(?:report|flag|shar|pass|hand|sen[dt]|"
                              r"alert|notif|refer)\w*\b.{0,60}?\b(?:to|with)\s+(?:the\s+)?(?:(?:affected\s+)?platforms?\b|"
                              r"compan(?:y|ies)\b|(?-i:[A-Z]))"
                              # "Who asked Meta to look into the Saltmarsh Chorus network?"
                              r"|\bwho\s+(?:asked|requested|urged|called\s+on)\b.{0,40}?\bto\s+(?:look\s+into|investigate|"
                              r"review|examine|act|take\s+action)\b"
                              # "whose findings did Google say were similar to its own?", "whose research…?"
                              r"|\bwhose\s+(?:findings|research|reporting|work|report)\b|^\W*at\s+whose\s+request\b"
                              # "…findings were similar to those of which company?"
                              r"|\bsimilar\s+to\s+(?:those|the\s+findings|what)\s+(?:of|by|reported\s+by)\s+(?:which|"
                              r"what|whom)\b"
                              # "who helped OpenAI identify the accounts?"
                              r"|\bwho\s+helped\s+(?:\w+\s+){1,3}?(?:identify|find|spot|uncover|detect|trace)\b"
                              # "which researchers flagged networks to Twitter?", "what groups alerted Meta?"
                              r"|\b(?:which|what)\s+(?:\w+\s+)?(?:researchers|firms?|groups|organi[sz]ations?|"
                              r"companies|agencies|partners|outlets|journalists|sources|fact-?checkers|investigators|"
                              r"analysts|labs?|institutes?|observatories|think\s+tanks?)\s+(?:first\s+)?(?:flagged|"
                              r"warned|informed|told|referred|reported\s+(?:\w+\s+){0,3}?to)\b"
                              r"|\bhow\s+(?:did|was|were)\b.{0,40}?\b(?:find|found|discover\w*|detect\w*|uncover\w*|"
                              r"spot\w*|identif\w*)\b", re.I)),
    ("who_behind", re.compile(r"\bbehind\b|\bwho\s+(?:(?:do|does|did)\s+(?:[\w'’-]+\s+){1,3}?(?:say|said|claim|think)"
                              r"\s+)?(?:ran|runs|run|operated|operates|was\s+responsible)\b"
                              # "who was actually running harbour lantern?", "who financed the troll farm?"
                              r"|\bwho\s+(?:(?:is|was|were|are)\s+)?(?:\w+ly\s+)?(?:running|operating|controlling|"
                              r"financ\w+|fund\w+|paid\s+for|paying\s+for|bankroll\w*|directing|directed)\b"
                              # "…linked the Russian campaign posting in German and French to whom?"
                              r"|\b(?:link\w*|tied|ties|attribut\w*|traced|connect\w*)\b[^?]{0,80}?\bto\s+whom\b"
                              # "who did Twitter link the Kazakhstan network to?"
                              r"|\bwho(?:m)?\s+(?:did|does|do|has|have)\s+[^?]{0,60}?\b(?:link|tie|connect|attribute|"
                              r"trace|blame)\b[^?]{0,80}?\bto\s*\??\s*$"
                              # "who is the Zorza network linked to?"
                              r"|\bwho\s+(?:is|was|are|were)\s+(?:the\s+)?[^?]{0,80}?\b(?:linked|tied|connected|"
                              r"attributed)\s+to\b|\bwho\s+(?:is|was|are|were)\b[^?]{0,80}?\bassociated\s+with\b"
                              r"|\bresponsible\b|\bwho\s+(?:is|was|were)\s+(?:the\s+)?(?:operator|sponsor)"
                              # "which firms did Facebook link to…", "what companies were tied to…", "which Israeli
                              # firm did Meta ban?", "which agency ran the network?"
                              # ("which vietnamese military unit ran the network?")
                              r"|\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:firms?|compan(?:y|ies)|people|individuals|"
                              r"units?|cells?|brigades?|battalions?|"
                              r"organi[sz]ations?|agenc(?:y|ies)|entities|actors?|outfits?|consultanc(?:y|ies)|"
                              r"consultants?|contractors?|businesse?s?|vendors?|part(?:y|ies)|"
                              # ("Which party's IT wing was linked to…?": whose wing)
                              r"(?:party|agency|ministry|army|military)['’]s\s+(?:[\w-]+\s+)?(?:wing|arm|unit|cell|"
                              r"office|department)|"
                              # ("which groups did Twitter remove?" counts Groups; "which hacking group…" asks who)
                              r"(?:hacking|hacker|threat|troll|state-\w+|criminal|cyber)\s+groups?)\s+"
                              r"(?:(?:did|does|do|has|have)\s+.{0,40}?"
                              r"\b(?:link|tie|connect|attribute|trace|ban|remov\w*|suspend|take|blame|name|identif\w*|"
                              # ("Which company did Twitter say ran the Zambian accounts?")
                              r"(?:say|said|think|claim)\s+(?:\w+\s+)?(?:ran|run|runs|operated))"
                              r"|(?:were|was|are|is)\s+(?:[\w'’-]+\s+){0,6}?"
                              r"(?:linked|tied|connected|attributed|traced|banned|removed|named)|"
                              # ("Which company was the network targeting the French snap election linked to?", "Which
                              # firm was the Azerbaijan network in Meta's Q3 2023 report linked to?")
                              r"(?:were|was|are|is)\s+(?:[\w'’-]+\s+){7,12}?(?:linked|tied|connected|attributed|traced)\s+"
                              r"(?:to|with)|ran|runs|operated|"
                              r"set\s+up|created|built|made)\b",
                              re.I)),
    # ("Which network targeting Australians did Meta remove?", one of them; but "which network was the largest?" ranks)
    ("which_networks", re.compile(r"\b(?:which|what)\s+(?:of\s+the\s+|\w+\s+)?(?:networks|operations|campaigns|"
                                  r"(?:network|operation|campaign)(?!['’])(?!.*\b(?:largest|biggest|smallest|most)\b))\b"
                                  r"|\bname\s+the\s+networks\b"
                                  # "What did Meta call the Russian operation aimed at Moldova?": its name
                                  rf"|{CALLED_ASKED.pattern}|\bwhat\s+(?:is|was)\s+(?:the\s+)?(?:name|nickname)\s+of\b"
                                  # "list the networks TikTok took down in Q1 2024"
                                  r"|\b(?:list|name|show)\s+(?:all\s+)?(?:the\s+)?(?:\w+\s+)?(?:networks|operations|campaigns)\b"
                                  # "networks targeting Moldova", "list operations linked to Iran"
                                  r"|^\W*(?:(?:list|show|all|the)\s+)*(?:\w+\s+)?(?:networks|operations|campaigns)\s+"
                                  r"(?:that\s+)?(?:target\w*|aim\w*|from|based|linked|tied)\b", re.I)),
    # (before targets: "which platforms removed networks targeting Hong Kong?" asks for platforms)
    # (not "Which platform took down the most Iranian accounts in a single takedown?": the largest takedown, asked)
    ("which_platforms", re.compile(r"\A(?!.*\b(?:in\s+)?(?:a\s+single|one\s+single|one)\s+(?:takedown|removal|"
                                   r"action|sweep)\b)"
                                   r".*?(?:\b(?:which|what)\s+(?:other\s+)?(?:platforms?|companies|company|"
                                   r"social\s+(?:media|networks?)|sites|services|firms)\b|\bwho\s+(?:removed|"
                                   r"suspended|took\s+down|banned|deleted)\b)", re.I)),
    # (not "Where was the network that targeted Kenyans run from?": a relative clause says which network)
    # (nor "Where did the Instagram network targeting Brazil originate?": the network by its target, asked where from)
    # (not "What is the sum of the accounts … in the network targeting Moldova?": a sum, of the network so described)
    ("targets", re.compile(r"\A(?!\W*(?:what\s+is|what's|give\s+me)\s+the\s+(?:sum|total|number)\b)"
                           r"(?!.*\b(?:originat\w*|c[oa]me\s+from|based\s+in|(?:run|operated?)\s+from)\b).*?(?:"
                           r"\b(?:who|whom|which|what|where)\b.*(?<!\bthat\s)(?<!\bwhich\s)"
                           r"\b(?:target\w*|aim\w*\s+at|focus\w*\s+on)\b"
                           r"|\btargets?\s+of\b"
                           # ("List the countries the Iran network targeted in …")
                           r"|\b(?:list|name|show)\b.*\b(?:countries|nations|places|audiences)\b.*\btarget\w*"
                           # a terse "falcon gate targets", "targets?": whom it targeted (not "How many channels…
                           # pushing claims to Southeast Asian audiences?": a count)
                           r"|\A(?!\W*how\s+(?:many|much)\b).*\b(?:targets?|audiences?)\W*$)", re.I)),
    # (not "How many accounts were in the largest network, and where did it operate from?": a count, placed)
    ("which_countries", re.compile(r"\b(?:which|what)\s+(?:other\s+)?(?:countries|country|nations?|origins?)\b"
                                   r"|\A(?!\W*how\s+(?:many|much)\b).*?\bwhere\s+(?:were|was|did|do|are|is)\b.*\b(?:from|"
                                   r"based|originat\w*|located)\b|\bfrom\s+where\b", re.I)),
    ("when", re.compile(r"^\s*(?:and\s+)?when\b|\bwhat\s+(?:date|day|month|year)s?\b|\bwhen\s+(?:did|was|were)\b"
                        r"|^\W*(?:on|in)\s+(?:what|which)\s+(?:date|day|month|year)s?\b"
                        r"|^\W*which\s+(?:date|day|month|year)\s+(?:did|was|were|had|has)\b"
                        # ("date meta published the report with the cambodia network?", typed tersely)
                        r"|^\W*(?:the\s+)?(?:date|day)\s+(?:(?:that|when|on\s+which)\s+)?[\w'’-]+\s+(?:published|"
                        r"announced|removed|took|banned|suspended|terminated|reported|disclosed|released|acted)\b"
                        # ("Over what period did Google terminate the channels?")
                        r"|^\W*(?:over|during|in|across)\s+(?:what|which)\s+(?:period|time\s*frame|span|stretch)\b",
                        re.I)),
    ("compare", re.compile(r"\bcompar\w*\b|\bvs\.?\b|\bversus\b|\bmore\b.*\bthan\b|\bfewer\b.*\bthan\b"
                           r"|\bwhich\b.*\b(?:more|bigger|larger|smaller)\b"
                           # "did TikTok remove more accounts in the Ecuador network or in the Savanna Reach one?"
                           r"|\b(?:more|fewer|bigger|larger|smaller)\b.*\bor\b"
                           # "Did X or Meta report more accounts for the Iranian network?"
                           r"|^\W*(?:did|does|has|have|who|which)\b.*\bor\b.*\b(?:more|fewer|bigger|larger|smaller)\b",
                           re.I)),
    ("largest", re.compile(r"\b(?:largest|biggest|most(?!\s+recent)|greatest|highest)\b", re.I)),
    ("smallest", re.compile(r"\b(?:smallest|tiniest|fewest)\b|\bleast\s+(?:number|accounts|pages|channels)\b", re.I)),
    ("latest", re.compile(r"\b(?:latest|most\s+recent|newest|last(?!\s+(?:year|month|12|twelve)))\b.*\btakedowns?\b"
                          r"|\brecent\s+takedowns?\b"
                          r"|\b(?:latest|newest|most\s+recent)\b", re.I)),
    ("earliest", re.compile(r"\b(?:earliest|oldest)\b|\bfirst\s+(?:[\w-]+\s+){0,3}?takedowns?\b", re.I)),
    # ("ecuador tiktok network size?", "how big was the network?")
    ("count", re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bhow\s+much\b|\bcount\b|\btotal\b|\bsum\b|\badd\s+up\b"
                         # (as people type it in a hurry: "# of accts?", "no. of channels")
                         r"|\bin\s+all\b|\bsize\b|\bhow\s+(?:big|large)\b|(?<!\w)#\s*of\b|\bno\.\s*of\b"
                         # "What was the first figure Google gave…?", "what number did Meta report?"
                         r"|\bwhat\s+(?:was|is|were|are)\s+the\s+(?:[\w-]+\s+){0,2}?(?:figure|number|count|tally)\b"
                         # ("What is Meta's updated figure for Facebook accounts…?")
                         r"|\bwhat(?:['’]s|\s+(?:was|is|were|are))\s+[\w-]+['’]s\s+(?:[\w-]+\s+){0,2}?(?:figure|number|"
                         r"count|tally)\b"
                         r"|\bwhat\s+(?:figure|number)\s+(?:did|does|has|had)\b", re.I)),
    # "what did OpenAI say about Iranian operations?": what the sources say, not a list of figures
    # (and what someone answered, or what a network posted: "How did the firm respond to being banned?", "What did the
    # Pars Horizon channels post about?")
    ("search", re.compile(r"\bwhat\s+(?:did|does|do|has|have)\b.{0,60}?\b(?:say|said|write|wrote|tell|told|"
                          r"reveal|revealed)\s+(?:about|of|on|in\s+(?:response|reply))\b"
                          r"|\bhow\s+(?:did|does|has|have)\b.{0,60}?\b(?:respond|react|reply|answer)\w*\b"
                          # ("What did the Manila PR firm say after Facebook removed its network?")
                          r"|\bwhat\s+(?:did|does|has|have)\b.{0,60}?\b(?:say|said)\s+(?:after|when|once|following)\b"
                          # ("What did the opposition say?": all it asks)
                          r"|\bwhat\s+(?:did|does|has|have)\b.{0,60}?\b(?:say|said)\W*$"
                          r"|\b(?:response|reaction|reply)\s+(?:to|from)\b"
                          r"|\bwhat\s+(?:did|does|do)\b.{0,60}?\b(?:post|posts|posted|push|pushed|spread|share|"
                          r"shared|publish|published|promote|promoted)\s+(?:about|on)\b", re.I)),
    ("list", re.compile(r"\bwhat\s+(?:did|has|have|does)\b|\btakedowns?\b|\bremovals?\b|\bsummar\w+\b"
                        r"|\b(?:list|show)\b", re.I)),
]
TELLER = re.compile(r"\b(?:does|did|do)\s+(?P<teller>[\w'’ -]{2,40}?)\s+(?:say|said|claim|claimed|think|allege)\b",
                    re.I)
# "the most Facebook accounts", "the largest number of channels": a takedown's size asked about, not a tally of them
MOST_OF_A_UNIT = re.compile(r"\b(?:most|largest\s+number\s+of|biggest\s+number\s+of)\s+(?:[\w-]+\s+)?"
                            r"(?:accounts|pages|channels|profiles|groups|assets)\b", re.I)
ONE_NETWORK = re.compile(r"\b(?:network|operation|campaign|takedown)\b(?!s)", re.I)
HOW_MANY_TAKEDOWNS = re.compile(r"\b(?:how\s+many|number\s+of)\s+(?:\w+\s+){0,2}?(?:takedowns|removals|"
                                r"announcements|disclosures)\b", re.I)
SURFACE_UNIT = re.compile(r"(?:fake\s+|inauthentic\s+)?(?:accounts?|accts?|pages?|groups?|channels?|profiles?)\b", re.I)
HOW_MANY = re.compile(r"\bhow\s+(?:many|much)\b|\bnumber\s+of\b", re.I)  # a figure asked for
# "how many accounts does the network control, according to researchers?", "…estimate size of…": an outside estimate
ESTIMATE_ASK = (r"\bestimat\w*|\baccording\s+to\s+(?:the\s+)?(?:researchers|analysts|experts)\b"
                # "how many accounts do researchers think Nistru Bridge ran?"
                r"|\b(?:researchers|analysts|experts|investigators)\s+(?:think|believe|reckon)\b"
                r"|\b(?:does|did)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:network|operation|campaign)\s+(?:really\s+)?"
                r"(?:control|operate)\b(?!\s+(?:from|in|out\s+of|inside|within)\b)")  # (not where it operated from)
REINSTATED_ASK = r"\breinstat\w*|\brestor(?:e|ed|es|ing)\b|\bunsuspend\w*|\breactivat\w*|\bgave\s+back\b"
MEASURE = re.compile(REINSTATED_ASK + r"|\bfollow(?:ers?|ed|ing)\b|\bsubscribers\b|\btweets\b|\bposts\b|\bviews\b"
                     r"|\bspen[dt]\b|\bspending\b|\badvertis\w*|\bads?\s+(?:budget|money)|\bmoney\b|\$|\breach\b|"
                     + ESTIMATE_ASK, re.I)
# "how many accounts", "number of Pages": the question counts a takedown's unit, whatever reach words follow
UNIT_COUNTED = re.compile(r"\b(?:how\s+many|number\s+of|no\.\s+of|#\s*of)\s+(?:[\w-]+\s+){0,2}?(?:accounts?|accts?|"
                          r"pages|groups|channels|profiles|blogs|subreddits|domains|bots)\b", re.I)
# "How many accounts followed the Pages?": the accounts counted are the followers, a reach
UNIT_FOLLOWED = re.compile(r"\b(?:how\s+many|number\s+of)\s+(?:[\w-]+\s+){0,2}?(?:accounts?|accts?|users|profiles)\s+"
                           r"(?:had\s+|have\s+)?(?:followed|subscribed|liked|joined)\b", re.I)
MEASURE_KINDS = [
    ("reinstated", re.compile(REINSTATED_ASK, re.I)),  # (first: "reinstated… had lost followers" asks of accounts)
    ("followers", re.compile(r"\bfollow(?:ers?|ed|ing)\b", re.I)),
    ("subscribers", re.compile(r"\bsubscribers\b", re.I)),
    ("posts", re.compile(r"\btweets\b|\bposts\b|\btimes\b.*\b(?:posted|tweeted)\b", re.I)),
    ("views", re.compile(r"\bviews\b", re.I)),
    ("ad spend", re.compile(r"\bspen[dt]|\bspending\b|\badvertis|\bads?\b|\bmoney\b|\$", re.I)),
    ("estimated size", re.compile(ESTIMATE_ASK, re.I)),
]
RELATIVE_PERIOD = re.compile(r"\b(?P<which>last|past|previous|this)\s+"
                             r"(?P<span>year|month|week|quarter|spring|summer|autumn|fall|12\s+months|"
                             r"twelve\s+months)\b")
# "in Q3", "during the summer": a part of the year without its year, which every year has (as "in March" is)
YEARLESS_PART = re.compile(r"\b(?:in|during|over|for)\s+(?:the\s+)?(?:(?P<season>spring|summer|autumn|fall)|"
                           r"q(?P<number>[1-4])|(?P<ordinal>first|second|third|fourth)\s+quarter)\b"
                           r"(?!\s*(?:of\s+)?,?\s*(?:19|20)\d\d)")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}
QUARTER_BEFORE = re.compile(r"\bq(?P<q>[1-4])\s*(?:and|to|through|until|-|–)\s*$", re.I)
# "the past six months", "over the last two years": that many back from today
RECENT_SPAN = re.compile(r"\b(?:the\s+)?(?:last|past|previous)\s+(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|"
                         r"nine|ten|eleven|eighteen|twenty|thirty)\s+(?P<unit>days|weeks|months|years)\b")
# "late 2019", "the summer of 2020", "since early 2021": a part of a year, by its months
PART_OF_YEAR = re.compile(r"\b(?:(?P<since>since|after|from)\s+)?(?:the\s+)?(?P<part>early|mid|late|spring|summer|"
                          r"autumn|fall)[\s-]+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b")
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11),
              "fall": (9, 11)}
# "domestic networks", "operations against their own citizens": networks aimed at the country they came from
DOMESTIC_ASK = re.compile(r"\bdomestic(?:ally)?\b(?!\s+(?:politics|political|affairs|policy|policies|issues|news|"
                          r"debates?|elections?))|\b(?:its|their|his|her)\s+own\s+(?:citizens|people|population|"
                          r"public|country|countrymen|voters)\b", re.I)
# a figure worked out from others ("what percentage…", "the average size…"): never computed; the answer shows
# the figures the sources give instead
DERIVED = re.compile(r"\b(?:average|mean|median|percent(?:age)?|proportion|ratio|share\s+of|how\s+many\s+more|"
                     r"how\s+much\s+more|difference\s+between)\b", re.I)
# a capitalised word joined to a figure ("Storm-2035", "UNC-1151"), but not a time ("Mid-2020", "Early-2019")
NAME_WITH_FIGURE = re.compile(r"\b(?!(?i:mid|early|late|pre|post|end|start)-)([A-Z][A-Za-z]*)-\d+\b")
YEAR_RE = re.compile(r"\b(19[9]\d|20[0-3]\d)\b")
MONTH_NAMES = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
              r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"


# the words a question asks with, mended like the vocabulary's: "Whcih countries", "Waht countries"
# (and what reach is measured in: "how many folowers did…")
ASKING_WORDS = ("which", "what", "when", "where", "many", "much", "countries", "platforms", "networks", "followers",
                "subscribers")


WATERS = re.compile(r"\s(?:Sea|Strait|Ocean|Gulf)$")
FIGURE_PUT_AT = re.compile(r"\b(?:count|figure|number|tally|total)\s+(?:to|of|at|as)\s+"
                           r"(?P<figure>\d{1,3}(?:,\d{3})+|\d+)(?![\d,.%])(?!\s*(?:percent|per\s+cent)\b)", re.I)


@dataclass(frozen=True)
class Lexicon:
    """What understanding needs from the knowledge base: its vocabulary and the words its text uses."""

    terms: dict[str, tuple[str, str]]  # lower-case term -> (kind, canonical)
    corpus_words: Container[str]

    @cached_property
    def spellings(self) -> dict[str, str]:
        """Words a typo may stand for -> what they name: one-word terms, and the words of longer ones
        ("arab" of "united arab emirates"), so a slip inside a name is mended before the name is looked up."""
        words = {term: name for term, (_, name) in self.terms.items() if " " not in term}
        words.update({word: word for word in ASKING_WORDS})  # ("whcih countries…": the question's own words too)
        for term in self.terms:
            if " " in term:
                for word in term.split():
                    if len(word) >= 4 and word.isalpha():
                        words.setdefault(word, word)
        return words

    @cached_property
    def spellings_by_length(self) -> dict[int, list[str]]:
        """The spellings of four letters or more, by length: a typo is compared only with words of about its
        length, and a long vocabulary need not be walked for each."""
        by_length: dict[int, list[str]] = {}
        for word in self.spellings:
            if len(word) >= 4:
                by_length.setdefault(len(word), []).append(word)
        return by_length

    @cached_property
    def phrases(self) -> dict[str, dict]:
        """Per kind, the terms as phrase tables for `scan_phrases`; "x", "us", "discord" ("sowed discord") and
        "twitch" are too common to be names in a question typed in any case."""
        by_kind: dict[str, dict[str, str]] = {}
        for term, (kind, name) in self.terms.items():
            if term not in {"x", "us", "discord", "twitch", "snap"}:
                by_kind.setdefault(kind, {})[term] = name
        return {kind: phrase_table(aliases, fold_case=True) for kind, aliases in by_kind.items()}

    @cached_property
    def places_and_platforms(self) -> frozenset[str]:
        """The terms that name a country or a platform: never a network's name."""
        return frozenset(term for term, (kind, _) in self.terms.items() if kind in {"platform", "country"})

    @cached_property
    def whole_names(self) -> dict[str, list[tuple[re.Pattern[str], str]]]:
        """Per kind, the terms with digits ("Storm-1376", "Storm-2035"), which phrase tables cannot hold."""
        by_kind: dict[str, dict[str, str]] = {}
        for term, (kind, name) in self.terms.items():
            by_kind.setdefault(kind, {})[term] = name
        return {kind: whole_names(aliases) for kind, aliases in by_kind.items()}

    @classmethod
    def default(cls, corpus_words: frozenset[str] = frozenset()) -> Lexicon:
        """The built-in vocabulary (what the store copies into its `vocabulary` table)."""
        terms: dict[str, tuple[str, str]] = {}
        for alias, name in platform_aliases().items():
            terms[alias.lower()] = ("platform", name)
        for alias, name in country_aliases().items():
            if alias not in EVERYDAY_WORD_ALIASES:  # a question typed in lower case: "accounts from the uae"
                terms[alias.lower()] = ("country", name)
        for word, unit in UNIT_WORDS.items():
            terms[word] = ("unit", unit)
        for word in DOMAIN_WORDS:
            terms.setdefault(word, ("word", word))
        for alias, name in network_aliases().items():
            terms.setdefault(alias.lower(), ("network", name))
        return cls(terms, corpus_words)


@dataclass
class Query:
    """A question, understood: what is asked (intent) and about what (filters)."""

    text: str
    intent: str = "search"
    platforms: list[str] = field(default_factory=list)
    surfaces: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    country_role: str = "origin"  # or "target", or "any" ("Indonesia-related accounts")
    units: list[str] = field(default_factory=list)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    date_label: str | None = None
    month_day: tuple[int, int] | None = None
    months: tuple[int, int] | None = None  # first and last month of a part of any year ("in Q3", "in the summer")
    numbers: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    domestic: bool = False  # networks aimed at their own country ("domestic networks", "against their own citizens")
    terms: list[str] = field(default_factory=list)
    corrections: list[tuple[str, str]] = field(default_factory=list)
    ambiguous: list[tuple[str, list[str]]] = field(default_factory=list)
    breakdown: str | None = None
    measure: str | None = None  # for reach questions: followers, subscribers, posts, views, ad spend, reinstated
    targets: list[str] = field(default_factory=list)  # places named as targets beside origins in `countries`
    tip_from: str | None = None  # the kind of source a tip question asks about: "law enforcement", "researchers"…
    excluded_platforms: list[str] = field(default_factory=list)  # "Apart from Meta, which platforms…": all but these
    # the periods a comparison sets side by side ("in May or in June 2025"): (first day, last day, label) each
    periods: list[tuple[dt.date, dt.date, str]] = field(default_factory=list)
    # periods asked about together that are not one span ("in its Q2 2021 bulletin and its October 2025 bulletin"):
    # a takedown in any of them, none in between
    apart: list[tuple[dt.date, dt.date, str]] = field(default_factory=list)
    audience: str | None = None  # a language the targeted people speak ("Russian speakers in Latvia"): "Russian"
    # a periodic report published within the period, though of an earlier one, counts too: set only where nothing
    # dated within the period answers ("…the network Meta took down in May 2024?", told in its Q1 report of May 29)
    earlier_reports: bool = False
    # which of a network's takedowns, in order of date ("its second round", "the fourth wave", "when it first took it
    # down"): 1 for the first
    round: int | None = None

    @property
    def has_filters(self) -> bool:
        """True when the question names a platform (or one to leave out), country, period, figure or network."""
        return bool(self.platforms or self.surfaces or self.countries or self.date_from or self.month_day or self.months
                    or self.numbers or self.names or self.domestic or self.excluded_platforms)


# everyday words a letter away from a country or platform, never its typo ("how many accounts did they span?" is not
# about Spain, "woman" not Oman, "interest" not Pinterest), when the knowledge base happens not to use them
EVERYDAY_WORDS = {"span", "spans", "spin", "mail", "mails", "chin", "metal", "meat", "rain", "median", "inland",
                  "woman", "roman", "interest", "siberia", "swede", "chains", "plain", "grain", "indie", "tiger",
                  "finish", "polished", "malt", "whales", "toga"}  # ("did Reddit finish removing…" is not Finnish)


# letters that sound alike, which a name spelt as another language spells it changes ("Kenia", "Brasil")
SOUNDS_ALIKE = {"i": "y", "y": "i", "s": "z", "z": "s", "c": "k", "k": "c"}


def _correct(token: str, lexicon: Lexicon) -> tuple[str | None, list[str]]:
    """The vocabulary term a misspelt token stands for (or None), and rival terms when it is ambiguous.

    Short words get the slips people make on them, a dropped, doubled or swapped letter ("irann", "iarn",
    "chnia" for Iran and China), but no changed letter: between four-letter words one changed letter
    makes another word as often as a typo.
    """
    if len(token) < 4 or token in lexicon.corpus_words or token in STOPWORDS or token in lexicon.spellings or \
            token in EVERYDAY_WORDS:
        return None, []
    # a typo keeps roughly the word's length: "twiter" is Twitter, but "linked" is not LinkedIn
    slack = 1 if len(token) <= 6 else 2
    spellings = lexicon.spellings
    by_length = lexicon.spellings_by_length
    choices = [t for length in range(len(token) - slack, len(token) + slack + 1) for t in by_length.get(length, ())]
    matches = process.extract(token, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=4)
    swapped = {token[:i] + token[i + 1] + token[i] + token[i + 2:] for i in range(len(token) - 1)} - {token}
    one_letter_dropped = 100 * (1 - 1 / (2 * len(token) - 1))  # how fuzz.ratio scores a dropped letter
    # a swap scores as one dropped letter would, even where the ratio scores it lower ("nigerain" is "nigerian" with
    # two letters swapped, not "nigerien" with one changed)
    matches = [(term, max(score, one_letter_dropped) if term in swapped else score, extra)
               for term, score, extra in matches]
    # (and a letter that sounds the same, as other languages spell the name: "Kenia", "Brasil", "Siria")
    sounded = {token[:i] + other + token[i + 1:] for i, letter in enumerate(token) if len(token) >= 5
               for other in SOUNDS_ALIKE.get(letter, "")}
    matches += [(term, one_letter_dropped, None) for term in sorted((swapped | sounded) & spellings.keys())
                if all(term != m[0] for m in matches)]
    matches.sort(key=lambda m: -m[1])
    if not matches:
        return None, []
    best = matches[0]
    rivals = [m[0] for m in matches[1:]
              if best[1] - m[1] < AMBIGUITY_MARGIN and spellings[m[0]] != spellings[best[0]]
              and not _inflected_alike(m[0], best[0])]
    return best[0], rivals


def _inflected_alike(one: str, other: str) -> bool:
    """Two forms of one word ("suspend" and "suspended", "ban" and "banned"): no rivals, whichever a typo is nearer;
    but "Niger" and "Nigeria" are two countries."""
    shorter, longer = sorted((one, other), key=len)
    if not longer.startswith(shorter):
        return False
    rest = longer[len(shorter):]
    return rest in ("d", "ed", "s", "es", "ing") or (rest[:1] == shorter[-1:] and rest[1:] in ("ed", "ing"))


def _joined_halves(pieces: list[str], lexicon: Lexicon) -> list[str]:
    """`pieces` (words and what lies between them) with a name typed in two halves made one word again ("face book",
    "you tube", "ses kopru su"): two words, neither a term, whose join is a word of the vocabulary."""
    joined: list[str] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        if index + 2 < len(pieces) and pieces[index + 1] == " " and piece.isalpha() and pieces[index + 2].isalpha():
            whole = (piece + pieces[index + 2]).lower()
            if len(whole) >= 5 and whole in lexicon.spellings and whole not in ASKING_WORDS and \
                    piece.lower() not in lexicon.spellings and pieces[index + 2].lower() not in lexicon.spellings:
                joined.append(piece + pieces[index + 2])
                index += 3
                continue
        joined.append(piece)
        index += 1
    return joined


def _normalise(question: str, lexicon: Lexicon) -> tuple[str, list[tuple[str, str]], list[tuple[str, list[str]]]]:
    corrections, ambiguous = [], []
    words = []
    for piece in _joined_halves(re.split(r"(\W+)", question), lexicon):
        low = piece.lower()
        if low in SHORTHAND:  # ("accts", "ntwrk", "tipd": how questions are typed on a phone)
            words.append(SHORTHAND[low])
            continue
        if not piece.isalpha() or low in lexicon.terms:
            words.append(piece)
            continue
        fixed, rivals = _correct(low, lexicon)
        if fixed and rivals:
            ambiguous.append((piece, [lexicon.spellings[t] for t in [fixed, *rivals]]))
            words.append(piece)
        elif fixed:
            corrections.append((piece, fixed))
            words.append(fixed if piece.islower() else fixed.title() if piece[0].isupper() else fixed)
        else:
            words.append(piece)
    return "".join(words), corrections, ambiguous


# one period as a comparison names it: "2019", "May", "June 2025", "Q1", "Q2 2024", "H1 2023"
_PERIOD = (r"(?:(?:q[1-4]|h[12]|" + MONTH_NAMES.replace("(", "(?:", 1) + r"\.?)(?:,?\s+(?:19|20)\d\d)?"
           r"|(?:19|20)\d\d)")
# "more … in May or in June 2025", "in 2020 than in 2019", "Q1 vs Q2 2024", "compare 2019 with 2020"
PERIODS_COMPARED = re.compile(
    rf"\b(?:in\s+|during\s+)?(?P<a>{_PERIOD}),?\s+(?:or|than|vs\.?|versus|compared\s+(?:to|with)|against)\s+"
    rf"(?:in\s+|during\s+|with\s+)?(?:(?:its|their|the)\s+)?(?P<b>{_PERIOD})(?![\w-])"  # ("…than its Q4 2022")
    rf"|\bcompar\w*\s+(?:[\w'’-]+\s+){{0,8}}?(?:in\s+|during\s+)?(?P<c>{_PERIOD})\s+(?:and|with|to)\s+"
    rf"(?:in\s+|during\s+)?(?P<d>{_PERIOD})(?![\w-])", re.I)
YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
# "in its Q2 2021 bulletin and its October 2025 bulletin", "in 2018 and 2020", "Q1 and Q3 2024": periods together
# (and "in March, August and December 2022": each of a list)
# (and "the March 2022 takedown and the November 2022 return": each round of one network)
_ROUND = r"(?:takedown|removal|sweep|wave|round|return|comeback|follow-?up|crackdown|purge)s?"
_PERIOD_TOLD = (rf"(?:in\s+|during\s+)?(?:(?:its|their|the)\s+)?{_PERIOD}(?:\s+(?:[\w-]+\s+)?"
                rf"(?:(?:bulletin|report|update|disclosure|post|round-?up)s?|{_ROUND}))?")
PERIODS_JOINED = re.compile(rf"(?<!between\s)\b{_PERIOD_TOLD}(?:,\s+{_PERIOD_TOLD})*,?\s+and\s+{_PERIOD_TOLD}"
                            r"(?![\w-])", re.I)
# "…altogether, including the December 2022 return": a round the answer must take in, not the only period asked about
PERIOD_INCLUDED = re.compile(rf"\b(?:including|incl\.|counting|plus|along\s+with)\s+(?:(?:the|its|their)\s+)?"
                             rf"(?P<period>{_PERIOD})(?=\s+(?:[\w-]+\s+)?{_ROUND}\b)", re.I)
PERIOD_IN_LIST = re.compile(rf"\b{_PERIOD}(?![\w-])", re.I)
BRACKETED_PERIOD = re.compile(rf"\(\s*(?:in\s+)?({_PERIOD})\s*\)", re.I)


def _compared_periods(text: str, today: dt.date) -> list[tuple[dt.date, dt.date, str]]:
    """The two periods a question compares ("Did Google terminate more channels in May or in June 2025?"), each
    with its own first and last day; a side without a year takes the other's ("May" is May 2025 here).  None
    where the question names one period, or two that are not told apart by year."""
    found = PERIODS_COMPARED.search(text)
    if found is None:
        return []
    return _named_periods([found["a"], found["b"]] if found["a"] else [found["c"], found["d"]], today)


def _periods_apart(text: str, today: dt.date) -> list[tuple[dt.date, dt.date, str]]:
    """Periods asked about together with a gap between them ("in its Q2 2021 bulletin and its October 2025
    bulletin", "in 2018 and 2020", "in March, August and December 2022"), earliest first; none where they make one
    span ("in 2019 and 2020")."""
    found = PERIODS_JOINED.search(text)
    if found and re.search(r"\bbetween\s+(?:\w+\s+){0,2}$", text[:found.start()], re.I):
        found = None  # ("between May 2023 and June 2024": one span, which the match only began inside)
    # (or each network's in brackets: "the Ecuador network (July 2021) and the Philippines network (October 2019)")
    bracketed = BRACKETED_PERIOD.findall(text)
    told = PERIOD_IN_LIST.findall(found.group(0)) if found else bracketed if len(bracketed) > 1 else []
    periods = sorted(_named_periods(told, today))
    if len(periods) < 2 or all(later[0] <= earlier[1] + dt.timedelta(days=1)
                               for earlier, later in itertools.pairwise(periods)):
        return []
    return periods


def _named_periods(sides: list[str], today: dt.date) -> list[tuple[dt.date, dt.date, str]]:
    """Each period as a question names them, with its first and last day and label; a side without a year takes
    the next one's ("May" in "May or June 2025"), else the one before's."""
    years = [YEAR_IN.search(side) for side in sides]
    if not any(years):
        return []  # ("May or June": of which year, the question does not say)
    periods = []
    for index, (side, year) in enumerate(zip(sides, years, strict=True)):
        side_query = Query(text=side)
        given = next((y[0] for y in years[index:] if y), None) or next(y[0] for y in reversed(years[:index]) if y)
        _dates(side if year else f"{side} {given}", side_query, today)
        if side_query.date_from is None or side_query.date_to is None or side_query.date_label is None:
            return []
        periods.append((side_query.date_from, side_query.date_to, side_query.date_label))
    return periods if len(set(periods)) == len(periods) else []


def _day_span(match: re.Match[str]) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a span of days a question names ("May 13-19, 2024", "28 April to 3 May 2024"), or
    None for days that are none ("May 13-41") or run backwards."""
    groups = match.groups()
    if groups[0]:  # month first: (month, day, [second month], day, year)
        first_month, first_day, second_month, last_day, year = groups[:5]
    else:  # day first: (day, month, day, month, year)
        first_day, first_month, last_day, second_month, year = groups[5:10]
    try:
        first = dt.date(int(year), month_number(first_month), int(first_day))
        last = dt.date(int(year), month_number(second_month or first_month), int(last_day))
    except ValueError:
        return None
    return (first, last) if first <= last else None


AHEAD_MONTHS = 3  # "ahead of the April 2024 election": from January 2024


def _dates(text: str, query: Query, today: dt.date) -> str:
    """Fill the query's period from the text; return the text with the dates taken out.  `today` anchors
    "last year", "this year", "the past year" and "last month"."""
    # "Storm-2035" is a name, not a year
    low = NAME_WITH_FIGURE.sub(lambda m: m[1] + " " * (len(m[0]) - len(m[1])), text).lower()
    low = re.sub(r"\b((?:19|20)\d\d)\s+([qh][1-4])\b", r"\2 \1", low)  # "2019 Q3" is "Q3 2019"
    low = re.sub(r"\b([qh][1-4])\s*['’/-]?\s*(1[5-9]|2\d|3[0-5])\b(?![\d,.])", r"\1 20\2", low)  # "q4 23": Q4 2023
    relative = RELATIVE_PERIOD.search(low)
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", low)
    day = re.search(rf"\b{MONTH_NAMES}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", low) or None
    day_first = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAMES}\.?(?:,?\s+(\d{{4}}))?\b", low)
    month_year = re.search(rf"\b{MONTH_NAMES}\.?,?\s+(?:of\s+)?(\d{{4}})\b", low)
    # "between March and June 2020", "from Jan 2019 to March 2020", "March-June 2020"
    # (and "across April, May and June 2024": the months of a list, first to last)
    month_span = re.search(rf"\b(?:(?:between|from)\s+)?{MONTH_NAMES}\.?(?:,?\s+(\d{{4}}))?"
                           rf"(?:,\s*{MONTH_NAMES.replace('(', '(?:', 1)}\.?)*,?\s*"
                           rf"(?:and|to|until|through|-|–)\s*{MONTH_NAMES}\.?,?\s+(\d{{4}})\b", low)
    # "the week of May 13-19, 2024", "between May 13 and May 19, 2024", "from 28 April to 3 May 2024": days
    day_span = re.search(rf"\b{MONTH_NAMES}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|through)\s*"
                         rf"(?:{MONTH_NAMES}\.?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
                         rf"|\b(\d{{1,2}})\s+{MONTH_NAMES}\s*(?:-|–|to|and|until|through)\s*(\d{{1,2}})\s+"
                         rf"{MONTH_NAMES},?\s+(\d{{4}})\b", low)
    between = re.search(r"\b(?:between|from)\s+(\d{4})\s+(?:and|to|-|until|through)\s+(\d{4})\b"
                        r"|\b(\d{4})\s*[-–]\s*(\d{4})\b", low)
    # (but "the Russia-linked takedowns from 2020": those of that year, as "photos from 2020" are)
    since = re.search(r"\b(?:since|after|(?<!takedowns\s)(?<!removals\s)(?<!networks\s)(?<!operations\s)"
                      r"(?<!announcements\s)(?<!cases\s)from)\s+(\d{4})\b", low) or re.search(
        r"\bfrom\s+(\d{4})\s+(?:on(?:wards?)?|forward|to\s+(?:date|now|the\s+present))\b", low)
    # "since January 2024", "after March 2020": from that month on
    since_month = re.search(rf"\b(since|after|from)\s+{MONTH_NAMES}\.?,?\s+(\d{{4}})\b"
                            r"(?!\s*(?:and|to|until|through|-|–))", low)
    # "ahead of the April 2024 National Assembly election": the months running up to it, and that month
    # (a possessive as typed, without its apostrophe: "before russias sept 2024 voting day")
    ahead = re.search(rf"\b(?:ahead\s+of|before|in\s+the\s+(?:run|lead)-?up\s+to)\s+(?:the\s+|its\s+|their\s+)?"
                      rf"(?:[a-z.]+(?:\s+[a-z]+)?(?:['’]s?|(?<=s))\s+)?{MONTH_NAMES}\.?,?\s+(\d{{4}})\b",
                      low) or re.search(
        # ("before the Taiwanese election in January 2020": the vote's month told after it)
        rf"\b(?:ahead\s+of|before|in\s+the\s+(?:run|lead)-?up\s+to)\s+(?:the\s+|its\s+|their\s+)?(?:[\w.'’-]+\s+){{0,3}}?"
        rf"(?:elections?|vote|polls|referendum|run-?off|ballot)\s+(?:in|of)\s+{MONTH_NAMES}\.?,?\s+(\d{{4}})\b", low)
    # "before the Feb. 8 vote", "ahead of the 8 February 2024 election": the months running up to that day
    ahead_day = re.search(rf"\b(?:ahead\s+of|before|prior\s+to|in\s+the\s+(?:run|lead)-?up\s+to)\s+"
                          rf"(?:the\s+|its\s+|their\s+)?(?:[a-z.]+(?:\s+[a-z]+)?['’]s?\s+)?"
                          rf"(?:{MONTH_NAMES}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+"
                          rf"{MONTH_NAMES}\.?)(?:,?\s+(\d{{4}}))?\b", low)
    half = re.search(r"\b(first|second|1st|2nd)\s+half\s+of\s+(\d{4})\b|\bh([12])\s+(\d{4})\b", low)
    before = re.search(r"\b(?:before|until|prior\s+to)\s+(\d{4})\b", low)
    month_alone = re.search(rf"\b(?:in|during)\s+{MONTH_NAMES}\b(?!\s*\d)", low)
    quarter = QUARTER.search(low)
    part = PART_OF_YEAR.search(low)
    recent = RECENT_SPAN.search(low)
    if part:
        first, last = YEAR_PARTS[part["part"]]
        year = int(part["year"])
        query.date_from, query.date_to = dt.date(year, first, 1), _month_end(year, last)
        query.date_label = f"{part['part']} {year}" if part["part"] in ("early", "mid", "late") else \
            f"the {part['part']} of {year}"
        if part["since"]:
            query.date_to, query.date_label = dt.date(9999, 12, 31), f"since {query.date_label}"
    elif recent and not YEAR_RE.search(low):
        count = int(recent["n"]) if recent["n"].isdigit() else SMALL_NUMBERS[recent["n"]]
        query.date_from, query.date_to = _back(today, count, recent["unit"]), today
        query.date_label = f"the past {count} {recent['unit']}"
    elif since_month:
        year, month = int(since_month[3]), month_number(since_month[2])
        if since_month[1] == "after":
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        query.date_from, query.date_to = dt.date(year, month, 1), dt.date(9999, 12, 31)
        query.date_label = f"since {query.date_from.strftime('%B %Y')}"
    elif ahead:
        year, month = int(ahead[2]), month_number(ahead[1])
        query.date_from = _back(dt.date(year, month, 1), AHEAD_MONTHS, "months")
        query.date_to = _month_end(year, month)
        query.date_label = f"the months ahead of {dt.date(year, month, 1).strftime('%B %Y')}"
    elif ahead_day:
        month, number = month_number(ahead_day[1] or ahead_day[4]), int(ahead_day[2] or ahead_day[3])
        if ahead_day[5]:
            query.date_to = dt.date(int(ahead_day[5]), month, number)
            query.date_from = _back(query.date_to.replace(day=1), AHEAD_MONTHS, "months")
            query.date_label = f"the months ahead of {query.date_to.strftime('%B %-d, %Y')}"
        else:  # (no year: those months of any year, December to February running over the year's end)
            query.months = ((month - AHEAD_MONTHS - 1) % 12 + 1, month)
            query.date_label = f"the months ahead of {dt.date(2000, month, number).strftime('%B %-d')} in any year"
    elif half:
        second = (half[1] or "") in ("second", "2nd") or half[3] == "2"
        year = int(half[2] or half[4])
        query.date_from = dt.date(year, 7 if second else 1, 1)
        query.date_to = dt.date(year, 12, 31) if second else dt.date(year, 6, 30)
        query.date_label = f"H{2 if second else 1} {year}"
    elif quarter:
        query.date_from, query.date_to = quarter_span(quarter)
        query.date_label = f"Q{(query.date_from.month + 2) // 3} {query.date_from.year}"
        # "in its Q1 and Q3 2024 reports", "Q2–Q4 2023": from the first quarter named to the last, as with months
        if (first := QUARTER_BEFORE.search(low, 0, quarter.start())) is not None and int(first["q"]) < (
                query.date_from.month + 2) // 3:
            query.date_from = dt.date(query.date_from.year, int(first["q"]) * 3 - 2, 1)
            query.date_label = f"Q{first['q']}–{query.date_label}"
    elif day_span and (span := _day_span(day_span)) is not None:
        query.date_from, query.date_to = span
        last = span[1].strftime("%-d, %Y" if span[0].month == span[1].month else "%B %-d, %Y")
        query.date_label = f"{span[0].strftime('%B %-d')} to {last}"  # "May 13 to 19, 2024"
    elif month_span:
        last_year = int(month_span[4])
        first_year = int(month_span[2]) if month_span[2] else last_year
        first, last = month_number(month_span[1]), month_number(month_span[3])
        query.date_from = dt.date(first_year, first, 1)
        query.date_to = _month_end(last_year, last)
        query.date_label = f"{query.date_from.strftime('%B %Y')}–{dt.date(last_year, last, 1).strftime('%B %Y')}"
    elif iso:
        date = dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        query.date_from = query.date_to = date
        query.date_label = date.strftime("%B %-d, %Y")
    elif day and (day[3] or not month_year):
        month, number = month_number(day[1]), int(day[2])
        if day[3]:
            query.date_from = query.date_to = dt.date(int(day[3]), month, number)
            query.date_label = query.date_from.strftime("%B %-d, %Y")
        else:
            query.month_day = (month, number)
            query.date_label = dt.date(2000, month, number).strftime("%B %-d")
    elif day_first and day_first[3]:
        date = dt.date(int(day_first[3]), month_number(day_first[2]), int(day_first[1]))
        query.date_from = query.date_to = date
        query.date_label = date.strftime("%B %-d, %Y")
    elif month_year:
        year, month = int(month_year[2]), month_number(month_year[1])
        query.date_from = dt.date(year, month, 1)
        query.date_to = _month_end(year, month)
        query.date_label = query.date_from.strftime("%B %Y")
    elif between:
        first, last = sorted(int(y) for y in (between.groups()) if y)
        query.date_from, query.date_to = dt.date(first, 1, 1), dt.date(last, 12, 31)
        query.date_label = f"{first}–{last}"
    elif since:
        year = int(since[1]) + (1 if since[0].startswith("after") else 0)
        query.date_from, query.date_to = dt.date(year, 1, 1), dt.date(9999, 12, 31)
        query.date_label = f"since {year}"
    elif before:
        query.date_from, query.date_to = dt.date(1, 1, 1), dt.date(int(before[1]) - 1, 12, 31)
        query.date_label = f"before {before[1]}"
    elif YEAR_RE.search(low):
        years = sorted({int(y) for y in YEAR_RE.findall(low)})
        query.date_from, query.date_to = dt.date(years[0], 1, 1), dt.date(years[-1], 12, 31)
        query.date_label = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
    elif relative:
        query.date_from, query.date_to, query.date_label = _relative_period(relative, today)
    elif month_alone:
        query.month_day = (month_number(month_alone[1]), 0)
        query.date_label = dt.date(2000, query.month_day[0], 1).strftime("%B")
    elif yearless := YEARLESS_PART.search(low):
        if yearless["season"]:
            query.months = YEAR_PARTS[yearless["season"]]
            query.date_label = f"the {yearless['season']} of any year"
        else:
            number = int(yearless["number"] or ORDINALS[yearless["ordinal"]])
            query.months = (3 * number - 2, 3 * number)
            query.date_label = f"Q{number} of any year"
    if query.date_from and query.date_from == query.date_to and re.search(r"\bweek\s+(?:of|starting|beginning)\b",
                                                                          low):
        query.date_to = query.date_from + dt.timedelta(days=6)  # "the week of May 31, 2021": that day and six more
        query.date_label = f"the week of {query.date_label}"
    low = RECENT_SPAN.sub(" ", PART_OF_YEAR.sub(" ", low))
    if day_span:
        low = low.replace(day_span[0], " ")
    for pattern in (r"\b\d{4}-\d{2}-\d{2}\b", rf"\b{MONTH_NAMES}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b",
                    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAMES}\b", r"\b(?:19|20)\d\d\b"):
        low = re.sub(pattern, " ", low)
    return RELATIVE_PERIOD.sub(" ", low)


def _filter_words(query: Query, lexicon: Lexicon) -> set[str]:
    """The question's words that name its platforms and countries ("twitter", "iranian", "fb")."""
    named = {*query.platforms, *query.surfaces, *query.countries}
    return {term for term, (kind, name) in lexicon.terms.items() if kind in {"platform", "country"} and name in named}


def _relative_period(match: re.Match[str], today: dt.date) -> tuple[dt.date, dt.date, str]:
    """("last year", 2026-12-04) -> all of 2025; "the past year" -> the 365 days up to today; "last week" ->
    the Monday-to-Sunday week before this one."""
    which, span = match["which"], match["span"]
    if span in YEAR_PARTS:  # "last summer": the latest one over; "this summer": this year's
        first, last = YEAR_PARTS[span]
        year = today.year - (which != "this" and today < _month_end(today.year, last))
        return dt.date(year, first, 1), _month_end(year, last), f"the {span} of {year}"
    if span == "quarter":  # the calendar quarter: this one, or the one before
        number = (today.month - 1) // 3 + (1 if which == "this" else 0)
        year = today.year if number else today.year - 1
        number = number or 4
        return dt.date(year, 3 * number - 2, 1), _month_end(year, 3 * number), f"Q{number} {year}"
    if span.startswith(("12", "twelve")) or (which == "past" and span == "year"):
        return today - dt.timedelta(days=365), today, "the past year"
    if span == "year":
        year = today.year - (which != "this")
        return dt.date(year, 1, 1), dt.date(year, 12, 31), str(year)
    if span == "week":  # Monday to Sunday: this week's, or the one before
        monday = today - dt.timedelta(days=today.weekday() + (7 if which != "this" else 0))
        return monday, monday + dt.timedelta(days=6), f"the week of {monday.strftime('%B %-d, %Y')}"
    first = today.replace(day=1)
    if which != "this":
        first = (first - dt.timedelta(days=1)).replace(day=1)
    return first, _month_end(first.year, first.month), first.strftime("%B %Y")


def _back(today: dt.date, count: int, unit: str) -> dt.date:
    """The day `count` days, weeks, months or years before `today`, by the calendar (a month back from March 31
    is February's last day)."""
    if unit in ("days", "weeks"):
        return today - dt.timedelta(days=count * (7 if unit == "weeks" else 1))
    months = today.year * 12 + today.month - 1 - count * (12 if unit == "years" else 1)
    year, month = divmod(months, 12)
    return dt.date(year, month + 1, min(today.day, _month_end(year, month + 1).day))


def _month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


UNIONS_OF_STATES = {"EU", "UN", "AU", "NATO", "ASEAN", "European Union", "United Nations", "African Union"}
LIST_JOIN = re.compile(r"\s*(?:,|and|or|/|&)\s*")


# two platforms each with the unit they count: "the YouTube channels and X accounts"
SURFACES_WITH_UNITS = re.compile(r"\b[A-Z]\w*\s+(?:accounts|channels|pages|groups|profiles|videos|subreddits)\s+"
                                 r"(?:and|or|plus)\s+(?:the\s+)?[A-Z]\w*\s+(?:accounts|channels|pages|groups|profiles|"
                                 r"videos|subreddits)\b")
# "the Facebook accounts Meta removed and the accounts X suspended": each platform's own, one unit named with each
SURFACE_THEN_OTHER = re.compile(r"\b[A-Z]\w*\s+(?:accounts|channels|pages|groups|profiles)\s+(?:that\s+)?[A-Z]\w*\s+"
                                r"\w+\s+(?:and|or|plus)\s+(?:the\s+)?(?:accounts|channels|pages|groups|profiles)\s+"
                                r"(?:that\s+)?[A-Z]\w*\b")
LOWER_CASE_X = re.compile(r"\b(?i:did|does|has|on|from|by|and|or|vs\.?|versus)\s+[xX]\b|^\W*x\s+(?:or|and|vs)\b")
WHEN_FIRST = re.compile(r"^\W*(?:and\s+)?when\b", re.I)
LONE_X = re.compile(r"(?<![\w'’-])X(?![\w-])")  # (a capital X standing alone: "Who alerted X to…")
THE_ONE_THAT_BEFORE = re.compile(r"\b(?:network|operation|campaign|cluster|one)\s+(?:that|which)\s+$", re.I)


def understand(question: str, lexicon: Lexicon, today: dt.date | None = None) -> Query:
    """The structured reading of one question (`today` anchors "last year"; by default, the real today)."""
    text, corrections, ambiguous = _normalise(question.strip(), lexicon)
    query = Query(text=question, corrections=corrections, ambiguous=ambiguous)
    for intent, pattern in INTENTS:
        if pattern.search(text):
            query.intent = intent
            break
    if query.intent == "who_behind" and WHEN_FIRST.match(text):
        query.intent = "when"  # "When did Meta first act against the operators behind Dawn Caravan?": a date
    # ("the Kestrel Line network": a platform's name inside a network's is the network's, not a platform asked about)
    network_mentions = _mentions(text, lexicon, "network")
    mentioned = sorted([m for m in [*_mentions(text, lexicon, "platform"), *_common_word_platforms(text)]
                        if not any(start <= m[1] < end for _, start, end in network_mentions)], key=lambda m: m[1])
    for index, (name, start, end) in enumerate(mentioned):
        after = text[start:].split(None, 1)[1] if len(text[start:].split(None, 1)) > 1 else ""
        # ("Facebook and IG accounts": both where the accounts were)
        following = mentioned[index + 1][1] if index + 1 < len(mentioned) else None
        listed = following is not None and LIST_JOIN.fullmatch(text, end, following) and SURFACE_UNIT.match(
            text[following:].split(None, 1)[-1])
        if EXCLUDED_BEFORE.search(text, max(0, start - 30), start):
            query.excluded_platforms.append(name)  # "Apart from Meta, which platforms acted…": every other one
        elif THE_ONE_THAT_BEFORE.search(text, max(0, start - 40), start) and (
                index or LONE_X.search(text, 0, start) or LOWER_CASE_X.search(text, 0, start)):
            continue  # "…did Twitter suspend from the network that Facebook took down?": which network, not who acted
        elif SURFACE_UNIT.match(after) or listed:
            query.surfaces.append(name)  # "Instagram accounts", "YouTube channels": what was removed
        else:
            query.platforms.append(name)
    # ("…YouTube channels and Ads accounts": Google's advertising accounts, one more surface of its takedown)
    query.surfaces += [m["surface"] for m in AD_SURFACE.finditer(text)]
    # ("…FB accounts, pages, groups, IG?": a list of what was removed; IG is one more surface, not another platform)
    listed_surfaces = [p for p in query.platforms if query.surfaces and PLATFORM_PARENT.get(p) and any(
        PLATFORM_PARENT.get(s, s) == PLATFORM_PARENT[p] for s in query.surfaces)]
    query.platforms = [p for p in dict.fromkeys(query.platforms) if p not in listed_surfaces]
    query.surfaces = list(dict.fromkeys([*query.surfaces, *listed_surfaces]))
    if not set(query.platforms).isdisjoint(query.surfaces) and len(
            {PLATFORM_PARENT.get(name, name) for name in [*query.platforms, *query.surfaces]}) > 1:
        # "Across X, YouTube and Reddit, how many X accounts, YouTube channels and Reddit accounts…": platforms
        # listed with their units, each platform's own
        query.platforms = list(dict.fromkeys([*query.platforms, *query.surfaces]))
        query.surfaces = []
    # "did x remove…", "tiktok or x", and a capital X standing alone ("Who alerted X to…"): in a question about
    # takedowns, the platform
    if "Twitter" not in query.platforms and (LOWER_CASE_X.search(text) or LONE_X.search(text)):
        query.platforms.append("Twitter")
    if query.platforms and query.surfaces and (SURFACES_WITH_UNITS.search(text) or SURFACE_THEN_OTHER.search(text)) \
            and len(
            {PLATFORM_PARENT.get(name, name) for name in [*query.platforms, *query.surfaces]}) > 1:
        # "the YouTube channels and X accounts removed in the Nordlys case": each platform named with its own unit
        query.platforms = list(dict.fromkeys([*query.platforms, *query.surfaces]))
        query.surfaces = []
    _places(text, lexicon, query)
    query.audience = (spoken := AUDIENCE_LANGUAGE.search(text)) and spoken["language"].capitalize()
    query.round = round_asked(text)
    query.domestic = bool(DOMESTIC_ASK.search(text))
    rest = _dates(PERIOD_INCLUDED.sub(lambda m: m[0][:m.start("period") - m.start()] + " " * len(m["period"]), text),
                  query, today or dt.date.today())
    query.periods = _compared_periods(text, today or dt.date.today())
    query.apart = [] if query.periods else _periods_apart(text, today or dt.date.today())
    if query.periods or query.apart:  # (the question's period is both together, and all between them, for a first
        # read; `answer.statements.happened_within` keeps a takedown of either, never one between them)
        query.date_from = min(start for start, _, _ in query.periods or query.apart)
        query.date_to = max(end for _, end, _ in query.periods or query.apart)
        labels = [label for _, _, label in query.periods or query.apart]
        query.date_label = f"{', '.join(labels[:-1])} {'or' if query.periods else 'and'} {labels[-1]}"
    query.units = list(dict.fromkeys(UNIT_WORDS[w] for w in re.findall(r"[a-z]+", rest) if w in UNIT_WORDS
                                     and w != "shows"))  # ("which report shows…": a verb; "podcast" says podcasts)
    counted = re.search(r"\b(?:how\s+many|number\s+of|(?P<digits>\d[\d,]*))\s+(?:\w+\s+){0,3}?(?:networks|operations|"
                        r"campaigns)\b", rest)
    if not counted or (counted["digits"] and set(query.units) - NETWORK_UNITS):
        # "the Peace Data network" names a network; only "how many networks" counts them (and "how many accts …
        # across its 3 covert networks" asks for accounts: the networks' number says which)
        query.units = [u for u in query.units if u not in NETWORK_UNITS]
    if len(query.surfaces) == 1 and not query.platforms and len(query.units) > 1:
        # "pages, groups and insta accounts removed?": a list of what was removed, of which the app names one; the
        # company's takedown, all of it
        query.platforms, query.surfaces = [PLATFORM_PARENT.get(query.surfaces[0], query.surfaces[0])], []
    if query.units == ["accounts"] and query.platforms and set(query.platforms) <= {"YouTube", "Google"}:
        query.units = ["channels", "accounts"]  # "how many accounts did YouTube terminate?": its accounts are channels
    # a figure names a takedown only when it counts something: "the 32 pages", not "the 5 largest"
    # (nor "across its 3 covert networks" in a question about their accounts: how many networks they were)
    query.numbers = [int(m.group(1).replace(",", "")) for m in re.finditer(
        # (not "2 million bot accounts": a size said in round words, which no figure is filed under)
        r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?:\s+|-)(?!(?:mil+ions?|thousands?|billions?|bn|k)\b)"
        r"(?:[a-z-]+\s+){0,2}?(" + "|".join(UNIT_WORDS) + r")\b", rest)
        if not 1990 <= int(m.group(1).replace(",", "")) <= 2035
        and not (UNIT_WORDS[m.group(2)] in NETWORK_UNITS and query.units and not set(query.units) & NETWORK_UNITS)]
    # ("When did Twitter raise its Iran count to 211?": the figure a count was put at)
    query.numbers += [value for m in FIGURE_PUT_AT.finditer(rest) if not 1990 <= (
        value := int(m["figure"].replace(",", ""))) <= 2035 and value not in query.numbers]
    known = lexicon.places_and_platforms
    # a capitalised word the vocabulary knows ("Pages", "Accounts", "Removed") names nothing in particular
    networks = [name for name, _, _ in network_mentions]
    # ("How did the South Asia Observer describe…?": a publisher the knowledge base knows, whose documents are asked)
    publishers = _mentions(text, lexicon, "publisher")
    corrected = {typo.lower(): fix for typo, fix in query.corrections}

    def mended(name: str) -> str:  # "Saudia Arabia" as the corrections read it: "saudi arabia"
        return " ".join(corrected.get(word.lower(), word.lower()) for word in name.split())

    query.names = [n for n in _proper_names(question) if n.lower() not in known
                   and n.lower() not in {text[start:end].lower() for _, start, end in _regions(text)}
                   and not countries_in(n) and not platforms_in(n) and not any(
                       lexicon.terms.get(n.lower(), ("", ""))[1] == name for name in networks)
                   and mended(n) not in known  # "How many Iranain accounts…": a typo of a country, no name
                   and not all(w.lower() in lexicon.terms or w.lower() in STOPWORDS or w.lower() in corrected
                               for w in n.split())]
    # ("the Rusian Grey Heron network": the known name, without the typo'd word before it; "EU elections": a
    # union of states, the setting, not a name to filter on)
    # (nor "South China Sea claims": a sea, what a campaign was about)
    query.names = [n for n in query.names if not any(known.lower() in n.lower() and known.lower() != n.lower()
                                                     for known in networks) and n not in UNIONS_OF_STATES
                   and not WATERS.search(n)]
    query.names = list(dict.fromkeys([*networks, *(name for name, _, _ in publishers), *query.names]))
    # ("the Myanmar military's Directorate 9 network": a number in a name is the name's, no figure to filter on)
    query.numbers = [n for n in query.numbers if not any(str(n) in name.split() for name in query.names)]
    # "the Kashmir Frontline network": a place inside a name is the name's, not a filter of its own (nor "Dhaka" in
    # "the Dhaka Observer")
    in_publishers = {country for country, at, _ in (_mentions(text, lexicon, "country") if publishers else ())
                     if any(start <= at < end for _, start, end in publishers)}
    query.countries = [c for c in query.countries if c not in in_publishers
                       and not any(re.search(rf"\b{re.escape(c)}\b", name) for name in query.names)]
    # "Who does Lithuania say ran the Amber Echo campaign?": who says it, not where the network came from
    if (teller := TELLER.search(text)) is not None:
        told_by = {country for country, _, _ in countries_in(teller["teller"])}
        query.countries = [c for c in query.countries if c not in told_by]
    query.terms = [w for w in re.findall(r"[^\W_]+", rest) if w not in STOPWORDS and w not in QUESTION_WORDS
                   and len(w) > 1 and not (query.date_label and (re.fullmatch(MONTH_NAMES, w)
                                                                 or re.fullmatch(r"q[1-4]|h[12]", w)))]  # the period
    named_words = {w for name in query.names for w in re.findall(r"[a-z0-9]+", name.lower())}
    if query.intent == "search" and query.has_filters and (not query.names or query.date_from or query.platforms) \
            and not (query.names and SAID_OR_ANSWERED.search(text)) \
            and not {t for t in set(query.terms) - _filter_words(query, lexicon) - GENERIC_ASKS - named_words
                     - (set() if SAID_ASKED.search(text) else NETWORKS_ASKED)
                     if not re.fullmatch(MONTH_NAMES, t)}:
        # "twitter iran 2019", "what happened in January 2019?", "what happened with Doppelganger in 2024?": nothing
        # asked but the filters ("tell me about Spamouflage" still quotes what the sources say about it)
        query.intent = "list"
    if query.intent == "search" and (query.domestic or (query.has_filters and DERIVED.search(text))):
        # "which governments ran operations against their own citizens?": the filter is the ask; "what percentage of
        # accounts were from Iran?": the figures a percentage would be worked out from
        query.intent = "list"
    if query.intent == "which_networks" and not query.platforms and CALLED_ASKED.search(text):
        query.intent = "search"  # "What did Northlight call the network…?": a lab's name, where its sentences give it
    if query.intent == "targets" and re.search(r"\b(?:largest|biggest)\b", text, re.I) and (
            query.targets or query.country_role == "target"):
        query.intent = "largest"  # "the largest takedown targeting Ukraine": the target is a filter, not the ask
    if query.intent == "which_countries" and MOST_OF_A_UNIT.search(text) and ONE_NETWORK.search(text):
        # "which country's network had the most Facebook accounts removed?": the largest takedown, and its country
        # (but "which country had the most accounts removed?" asks for a country's sum, which is not added up)
        query.intent = "largest"
    if query.periods and query.intent in {"compare", "count", "search", "list"}:
        query.intent = "compare"  # "Did Twitter remove more accounts in 2020 than in 2019?": the two years side by side
    elif query.intent == "compare" and len(query.platforms) < 2 and len(query.countries) + len(query.names) < 2:
        query.intent = "count"  # "more than 1,000 accounts" is a qualifier, not a comparison
    breakdown = re.search(r"\b(?:by|per|each|every)\s+(year|platform|country|month|quarter)\b", text, re.I)
    # "in which year did Twitter remove the most Iranian accounts?": the years, the busiest first
    busiest = re.search(r"\b(?:which|what)\s+(year|month|quarter)\b.*\bmost\b(?!\s+recent)", text, re.I)
    if breakdown and query.intent in {"search", "list", "count"}:
        query.intent, query.breakdown = "breakdown", breakdown.group(1).lower()
    elif busiest and query.intent in {"search", "list", "count", "largest", "when"}:
        query.intent, query.breakdown = "breakdown", busiest.group(1).lower()
    elif query.intent == "count" and HOW_MANY_TAKEDOWNS.search(text):
        # "how many takedowns did Twitter announce in 2019?": announcements counted, as a breakdown counts them
        query.intent, query.breakdown = "breakdown", "platform"
    # (a name is not the ask: "accounts tied to Zenith Reach" asks for a count)
    unnamed = text
    for name in query.names:
        unnamed = re.sub(re.escape(name), " ", unnamed, flags=re.I)
    # (nor "Which company was behind the network, according to researchers?": who, as researchers tell it)
    if MEASURE.search(unnamed) and not (query.intent == "when" or (
            query.intent in ("who_behind", "who_tipped") and not HOW_MANY.search(unnamed)) or (
            UNIT_COUNTED.search(unnamed) and not UNIT_FOLLOWED.search(unnamed)
            and measure_asked(unnamed) not in ("reinstated", "estimated size"))):
        # (not "How many accounts did X suspend over pro-Beijing posts…?", nor "When did X suspend the accounts
        # pushing posts…?": the posts say which accounts; the question asks for them, or when)
        query.intent = "reach"  # followers, tweets, ad spend: reach figures, kept apart from takedown counts
        query.measure = measure_asked(unnamed)
    elif query.intent == "search" and not SAID_OR_ANSWERED.search(text) and (
            query.platforms or query.surfaces or query.countries or query.units or query.names or query.date_from) \
            and REMOVAL_ASKED.search(text) \
            and (query.units or query.names or not re.match(r"\s*(?:is|was|were)\b", text, re.I)):
        query.intent = "list"
    elif query.intent == "search" and query.units and (query.platforms or query.surfaces or query.countries
                                                       or query.targets or query.names) and (
            len(text.split()) <= 8 or UNIT_LAST.search(text)) \
            and not re.match(r"\W*(?:who|whom|whose|why|what|which|when|where|did|does|do|is|was|were)\b", text, re.I):
        # "chinese fb accts targetting indonesia?": a count asked in a few words (or ending with what it counts:
        # "meta russia network targeting moldova + romania 2023 fb accts?")
        query.intent = "count"
    if query.intent in ("count", "list") and LEGAL_ASKED.search(text) and not REMOVAL_ASKED.search(text):
        # "how many russians were indicted…?", "How big was the fine…?", "the case no. of Meta's lawsuit": people,
        # money and cases, which no takedown counts; what the sources say of them
        query.intent = "search"
    if query.intent == "who_tipped":  # "which takedowns began with a tip from law enforcement?"
        query.tip_from = next((kind for kind, pattern in TIP_SOURCES_ASKED if pattern.search(text)), None)
    return query


def round_asked(text: str) -> int | None:
    """Which of a network's takedowns the question asks about, in order of date: "Silver Loom's second round", "the
    4th wave", "its 2nd takedown", "when it first took down Nightjar" (1); None where it asks no one round."""
    if (asked := ROUND_ASKED.search(text)) is None:
        return None
    ordinal = (asked["ordinal"] or "first").lower()
    return ORDINALS.get(ordinal) or int(ordinal[:-2])  # ("2nd")


ROUND_ASKED = re.compile(r"\b(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|\d(?:st|nd|rd|th))\s+"
                         r"(?:[\w'’-]+\s+){0,2}?(?:round|wave|takedown|removal|enforcement|action|purge|sweep)\b(?!s)"
                         r"|\bwhen\s+(?:it|they|\w+)\s+first\s+(?:took\s+down|removed|suspended|banned|terminated|"
                         r"deleted|acted)\b", re.I)


# a removal the question asks about ("…did Facebook remove…", "…taken down…")
REMOVAL_ASKED = re.compile(r"\b(?:remov|suspend|delet|ban|took|take|taken|terminat|block|purg|disabl|disrupt)\w*", re.I)
# what courts, prosecutors and regulators count: people charged, fines, cases
LEGAL_ASKED = re.compile(r"\b(?:indict\w*|charged|sanction\w*|fine[ds]?|penalt\w+|prosecut\w*|arrest\w*|convict\w*|"
                         r"lawsuit|sued|case\s+(?:no|number)|executive\s+order)\b"
                         # ("how many people worked on it?", but not "How many people followed the Pages?", a reach)
                         r"|\bhow\s+many\s+(?:people|persons|individuals|employees|staff)\b(?!\s+(?:followed|saw|"
                         r"viewed|watched|liked|joined|subscribed))", re.I)


EXCLUDED_BEFORE = re.compile(r"\b(?:apart\s+from|aside\s+from|other\s+than|besides|except(?:\s+for)?|excluding|not\s+"
                             r"counting|leaving\s+aside)\s+(?:the\s+)?$", re.I)
# (and its adjective: "Latin American networks" are Latin America's, not American ones; "Middle Eastern", "Balkan")
REGION_PATTERNS = [(region, re.compile(rf"\b{re.escape(region.removesuffix('s'))}(?:s|n|an|ern|ian)?\b", re.I))
                   for region in sorted(REGIONS, key=len, reverse=True)]  # the longest first


@lru_cache(maxsize=256)
def _regions(text: str) -> tuple[tuple[str, int, int], ...]:
    """(region, start, end) for each region the question names, the longest reading first ("Southeast Asia",
    not also "Asia")."""
    found: list[tuple[str, int, int]] = []
    for region, pattern in REGION_PATTERNS:
        for match in pattern.finditer(text):
            if not any(start <= match.start() < end for _, start, end in found):
                found.append((region, match.start(), match.end()))
    return tuple(sorted(found, key=lambda item: item[1]))


# platforms whose names are everyday words ("sowed discord"): only as written, or before what they count
COMMON_WORD_PLATFORMS = re.compile(r"\b(?:(?P<named>Discord|Twitch|Snap)\b|(?P<counted>discord|twitch|snap)"
                                   r"(?=\s+(?:accounts?|channels?|servers?|profiles?|users)\b))")


# "Ads accounts": Google's advertising accounts, named as `units.SURFACES` names them
AD_SURFACE = re.compile(r"\b(?P<surface>Ads|AdSense)\s+(?:advertiser\s+)?accounts?\b")


def _common_word_platforms(text: str) -> list[tuple[str, int, int]]:
    """(platform, start, end) for "Discord", "Twitch" and "Snap" in a question, where they name the platform."""
    return [(platform_aliases()[m[0].lower()], m.start(), m.end()) for m in COMMON_WORD_PLATFORMS.finditer(text)]


# "…terminated after Poland's information resilience office made its referral": who tipped the platform off, not
# where the network came from or whom it targeted
TIPPER_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:office|ministry|agency|directorate|commission|regulator|"
                          r"authorities|government|service|institute|lab|watchdog)\b", re.I)
TIP_CUE = re.compile(r"\b(?:referr\w*|tip\w*|flag\w*|alert\w*|notif\w*|warn\w*)\b", re.I)


LANGUAGE_AFTER = re.compile(r"(?:-|\s)(?:speaking|speakers?|language)\b", re.I)
# "targeting Russian speakers in Latvia", "Arabic-speaking audiences": whom a network addressed, by their language
AUDIENCE_LANGUAGE = re.compile(r"\b(?P<language>[A-Za-z]+)(?:-|\s)(?:speaking|speakers)\b", re.I)
# "targeting Russian speakers in Latvia", "aimed at voters in Moldova": the place the audience is in
AUDIENCE_IN_BEFORE = re.compile(r"\b(?:target\w*|aim\w*\s+at|focus\w*\s+on)\s+(?:[\w-]+\s+){1,3}?in\s+(?:the\s+)?$",
                                re.I)


def _places(text: str, lexicon: Lexicon, query: Query) -> None:
    """The countries and regions a question names, each as an origin or a target.

    A place after "targeting" (or in a list that follows it: "targeting Chile, Peru and the US") is a
    target; so is one after a bare "in" in questions about targets and lists.  When the question names
    both ("China-based networks targeting the US"), `countries` holds the origins and `targets` the rest.
    """
    countries = _mentions(text, lexicon, "country")
    # ("Africa" in "South Africa" is no region)
    regions = [region for region in _regions(text) if not any(
        start < region[1] and region[2] <= end for _, start, end in countries)]
    places = [(name, start, end) for name, start, end in countries
              if not any(begin <= start < stop for _, begin, stop in regions)  # "America" in "Latin America"
              and not (TIPPER_AFTER.match(text, end) and TIP_CUE.search(text))  # "after Poland's office's referral"
              and not SETTING_AFTER.match(text, end)  # "An MP told a Canadian committee…": where it was said
              and not LANGUAGE_AFTER.match(text, end)]  # "Russian speakers in Latvia": a language, not a country
    named: list[tuple[str, bool]] = []
    previous: tuple[int, bool] | None = None  # where the last place ended, and whether it was a target
    for name, start, end in sorted([*places, *regions], key=lambda place: place[1]):
        before = text[:start]
        listed = previous is not None and previous[1] and LIST_GAP.fullmatch(text[previous[0]:start])
        # ("the channels impersonating Ukrainian regional news": whom it pretended to be, as the sources file it)
        aimed = TARGET_BEFORE.search(before) or AUDIENCE_IN_BEFORE.search(before) or PRETENDING_BEFORE.search(before)
        if aimed and aimed.group(0).lower().startswith("against") and NETWORK_AFTER.match(text, end):
            aimed = None  # "act against the Nicaragua troll farm": the platform acted against it; it came from there
        # ("the Moldova-targeting network", "Sudan-focused accounts": where it was aimed)
        target = bool(listed or aimed or ELECTION_AFTER.match(text, end) or AIMED_SUFFIX.match(text, end) or (
            IN_BEFORE.search(before) and (query.intent in {"targets", "search", "list", "which_networks"}
                                          or name in REGIONS)))
        named.append((name, target or (name in REGIONS and query.intent == "targets")))
        previous = (end, named[-1][1])
    origins = list(dict.fromkeys(name for name, target in named if not target))
    targets = list(dict.fromkeys(name for name, target in named if target))
    if origins and targets:
        query.countries, query.targets = origins, targets
    else:
        query.countries = origins or targets
        query.country_role = "target" if targets else "origin"
        # "indonesia-related accounts", "takedowns involving Peru": from there or aimed there, either
        # (and "how many accounts did TikTok remove in Moldova": a network run from there, or one aimed there)
        if origins and not targets and any(RELATED_AFTER.match(text, end) or RELATED_BEFORE.search(text, 0, start)
                                           or REMOVED_IN_BEFORE.search(text, 0, start) for _, start, end in places):
            query.country_role = "any"


# a place's body that heard of a takedown ("a Canadian committee", "British lawmakers"): not where it came from
SETTING_AFTER = re.compile(r"\s+(?:parliamentary\s+|senate\s+)?(?:committee|inquiry|hearing|parliament|lawmakers|"
                           r"legislators|MPs|MEPs|senators)\b", re.I)
REMOVED_IN_BEFORE = re.compile(r"\b(?:remov\w*|delet\w*|suspend\w*|bann?\w*|terminat\w*|took\s+down|take\s+down|"
                               r"taken\s+down|taking\s+down)\s+in\s+(?:the\s+)?$", re.I)
RELATED_AFTER = re.compile(r"\s*-\s*(?:related|relevant)\b", re.I)
RELATED_BEFORE = re.compile(r"\b(?:involving|concerning|related\s+to|connected\s+to\s+events\s+in)\s+(?:the\s+)?$",
                            re.I)


def measures_asked(text: str) -> list[str]:
    """Every reach figure a question asks about, in the order `MEASURE_KINDS` knows them ("followers and ad spend")."""
    return [measure for measure, pattern in MEASURE_KINDS if pattern.search(text)]


def measure_asked(text: str) -> str | None:
    """Which reach figure a question asks about; None for "reach" in general."""
    for measure, pattern in MEASURE_KINDS:
        if pattern.search(text):
            return measure
    return None


def named_in_text(text: str, lexicon: Lexicon, kind: str) -> list[str]:
    """The canonical names of one kind of term ("network") a text mentions, as a question's are found: for
    answers that check a source sentence against the vocabulary."""
    return [name for name, _, _ in _mentions(text, lexicon, kind)]


def _mentions(text: str, lexicon: Lexicon, kind: str) -> list[tuple[str, int, int]]:
    """(canonical name, start, end) of every vocabulary term of a kind in the text, longest terms first.

    Questions are typed in any case, so matching ignores case, except for short aliases that are
    also common words ("US" is the United States, "us" is not; a lone "x" is not Twitter).
    """
    found = scan_phrases(text, lexicon.phrases.get(kind, {}), fold_case=True)
    found += [(name, m.start(), m.end()) for pattern, name in lexicon.whole_names.get(kind, [])
              for m in pattern.finditer(text)]
    if kind == "country":
        found += [(name, start, end) for name, start, end in countries_in(text) if text[start:end].isupper()]
    return sorted(found, key=lambda item: item[1])


# the words of a period, which a question may capitalise ("in Summer 2020", "over the Past Year")
TIME_WORDS = {"spring", "summer", "fall", "autumn", "winter", "early", "mid", "late", "first", "second", "third",
              "fourth", "half", "quarter", "of", "the", "past", "last", "this", "next", "year", "years", "month",
              "months", "week", "weeks", "day", "days", "q1", "q2", "q3", "q4", "h1", "h2"}
# what a platform publishes, which a question may capitalise too ("in its Report", "the Threat Report")
REPORT_WORDS = {"report", "reports", "threat", "update", "updates", "bulletin", "statement", "post", "blog",
                "announcement", "release", "press", "disclosure", "archive", "recap", "summary"}
# abbreviations written in capitals that describe rather than name ("the Nigerian PR firm", "its AI rules")
DESCRIPTIVE_ABBREVIATIONS = {"pr", "ai", "ngo", "ngos", "ceo", "vpn", "vpns", "ip", "api", "url", "urls", "id", "ids",
                             "tv", "sms", "gps", "pdf", "faq", "qr", "mp", "mps", "mep", "meps", "mla", "mlas",
                             "vp", "svp", "evp", "cto", "coo", "cfo", "ciso"}  # ("Facebook's integrity VP")
# Google's surfaces a network's domains are blocked from ("from Google News and Discover"): places, not names
SURFACE_WORDS = {"news", "discover", "ads", "adsense"}  # (and "Ads accounts": Google's ad accounts, `AD_SURFACE`)
NOT_NAME_WORDS = TIME_WORDS | REPORT_WORDS | DESCRIPTIVE_ABBREVIATIONS | SURFACE_WORDS


def _proper_names(question: str) -> list[str]:
    """Capitalised word runs past the first word ("Liberty Front Press", "Nathaniel Gleicher", "Quest 4 Truth"),
    and not inside the name of a country or platform ("Arab Emirates" in "United Arab Emirates…")."""
    named = [(start, end) for _, start, end in (*countries_in(question), *platforms_in(question))]
    names = []
    # ("Sahat al-Haqiqa", "Stimme der Mitte": a name's small words in another language, before a capitalised word)
    # (and words that open with an accented capital: "Red Ágora")
    for match in re.finditer(rf"(?<!^)(?<![.?!]\s)\b([{CAPITALS}][\w'-]*(?:\s+(?:{NAME_PARTICLE}[0-9{CAPITALS}][\w'-]*|"
                             rf"of|the|for))*)", question):
        if any(start <= match.start() and match.end(1) <= end for start, end in named):
            continue
        # "the 'Kashmir Frontline' network", "Arbor Row Media's network": the name, without its marks
        name = re.sub(r"['’]s$", "", re.sub(r"\s+(?:of|the|for)$", "", match.group(1))).rstrip("'’")
        # a period ("May 13-19", "Jan-Mar 2023")
        name = re.sub(rf"^(?:(?i:{MONTH_NAMES})\b\.?(?:[-–](?i:{MONTH_NAMES})\b\.?)?|Q[1-4]\b|H[12]\b)"
                      r"(?:\s+\d+(?:[-–]\d+)?)*\s*", "", name).strip()
        # what was counted, after a name: "the Bituin Digital Solutions Pages", "Palm Row Accounts"
        name = re.sub(r"(?<=\w)\s+(?:Pages|Accounts|Channels|Groups|Profiles)$", "", name)
        # ("Halden-linked accts": who they were tied to; "the Comelec-referred network": who reported it)
        name = re.sub(r"(?<=\w)-(?:linked|tied|backed|run|affiliated|connected|related|aligned|funded|owned|operated|"
                      r"sponsored|referred|flagged|reported|identified|exposed|tipped|detected)$", "", name)
        if not re.search(r"[^\W\d_]", name) or name.lower() in QUESTION_WORDS | STOPWORDS | set(WEEKDAYS):
            continue
        if all(word in NOT_NAME_WORDS or word.isdigit() for word in re.split(r"[\s-]+", name.lower()) if word):
            continue  # "Summer 2020", "the First Half of 2019", "its August Report": a period or a report
        if re.search(r"['’]s\s", name):
            continue  # "the Commission's DSA request", "Prism Atlas's European Parliament table": whose, not a name
        if " " not in name and PEOPLE_AFTER.match(question, match.end(1)):
            continue  # "posing as Scottish activists", "aimed at Tamil voters": who the people are, not a name
        names.append(name)
    # ("Smaat network total size - how many…": a question that opens on a network's name, told by the noun after it)
    if (opening := OPENING_NAME.match(question)) is not None and not any(
            start <= opening.start(1) < end for start, end in named) and not {
            word.lower() for word in opening[1].split()} & (QUESTION_WORDS | STOPWORDS | NOT_NAME_WORDS):
        names = [opening[1], *(name for name in names if name not in opening[1])]
    return names


OPENING_NAME = re.compile(rf"\W*([{CAPITALS}][\w'-]*(?:\s+[{CAPITALS}][\w'-]*){{0,2}})\s+(?:network|operation|"
                          r"campaign)s?\b")
PEOPLE_AFTER = re.compile(r"\s+(?:activists|voters|nationalists|separatists|citizens|people|users|journalists|"
                          r"audiences?|students|diaspora|communities|residents|speakers|independence)\b")

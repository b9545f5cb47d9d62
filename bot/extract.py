"""Takedown facts from sentences: who removed how many of what, from where, when, and on whose tip.

Pure functions over `Document`s and `Sentence`s.  The rules follow how takedowns are reported
(see README, "How extraction works"): a count needs a unit a platform removes (accounts, Pages,
channels…) and a removal verb, in its own sentence or, for a sentence that only describes accounts
("More than 1,000 accounts located in Venezuela…"), in the story around it.  Followers, tweets,
money, percentages and years are never counts.  A following sentence that says where "these
accounts" came from completes the fact, and the quote then covers both sentences.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from bot import tables
from bot.consolidate import (
    ANOTHER_TAKEDOWN,
    JOINT_SUBJECT,
    MANY_NETWORKS,
    breakdowns_by_sum,
    figures_after_a_lead,
    merge_duplicates,
    sums_told_with_their_parts,
)
from bot.dates import (
    HALF_YEAR,
    ISO_DATE,
    MONTH_REPORT,
    MONTH_SPAN,
    MONTH_WORD,
    PERIOD_AFTER,
    QUARTER,
    QUARTER_REPORT,
    DateMention,
    dates_in,
    month_number,
    names_a_quarter,
    quarter_span,
    reported_period,
)
from bot.documents import DATELINE_LEAD, Document
from bot.facts import Extraction, Fact, Reach, Tip
from bot.mentions import (
    OBJECT_BEFORE,
    REMOVAL_NOUN,
    UNIT_NEXT,
    action_in,
    actions_in,
    countries_in,
    folded,
    platforms_in,
    regions_in,
    without_countries,
)
from bot.numbers import TOTAL_BROUGHT_TO, counts_in
from bot.placing import (
    ANOTHER_CASE,
    EARLIER_FORM,
    POINTS_BACK,
    THE_NETWORK,
    THIS_NETWORK,
    named_by_definition,
    named_in_the_document,
    names_network,
    of_one_operation,
    of_the_one_named_network,
    placed_by_name,
    placed_by_named_origin,
    placed_by_topic,
    the_placed_network_named,
)
from bot.reach import REINSTATED_AFTER, REINSTATED_BEFORE, reach_in
from bot.roles import (
    ANOTHER_NAME,
    DOMESTIC,
    EMPHASIZED_LABEL,
    INTERNAL_NAME,
    NO_LINK,
    PLATFORM_ALIASES,
    PROPER_NAME,
    SAME_AS,
    cached_roles,
    defined_network,
    linked_entities,
    names_listed,
    network_aliases_in,
    network_names,
)
from bot.sentences import Sentence, split_document, split_line
from bot.tips import DENIED_NEXT, TIP_RE, may_tell_a_tip, tip_date, tip_dates_by_platform, tips_in
from bot.units import (
    FIELD_LABEL,
    ITEM_MONTH,
    PLATFORM_GAP,
    SHARE_OF,
    SOURCE_LIST_GAP,
    WHOLE_BEFORE,
    CountedUnit,
    bare_surface,
    bare_unit,
    counted_units,
)
from bot.vocabulary import (
    ASSET_UNITS,
    COUNTRY_UPPERCASE_ONLY,
    MONTH_NUMBER,
    MONTHS,
    NETWORK_ORIGINS,
    NETWORK_UNITS,
    ONLY_ON,
    PLATFORM_PARENT,
    UNIT_WORDS,
    WEEKDAYS,
)

WEEKDAY_WORDS = set(WEEKDAYS)
MONTH_WORDS = set(MONTHS)
OFF_PLATFORM_UNITS = {"websites", "domains"}
DIGIT = re.compile(r"\d")
NAME_WORDS = {"network", "campaign", "operation", "known", "dubbed", "called", "named", "nicknamed", "describes",
              "calls", "names", "tracked", "tracks", "track", "tracking", "dubs", "referred", "refer", "refers", "call",
              "dub", "term", "terms", "calling", "dubbing", "naming", "name", "label", "moniker", "nickname",
              "labelled", "labeled", "termed", "codenamed", "code", "presented", "presents"}
REACH_WORDS = {"estimate", "estimates", "estimated", "estimating", "puts", "put", "count", "counted", "mapping",
               "studied", "analysed", "analyzed", "examined", "reviewed", "looked", "identified", "mapped",
               "followers", "follower", "followed", "following", "fans", "subscribers", "subscribed", "tweets", "posts",
               "posted", "tweeted",
               "videos", "views", "impressions", "spent", "spend", "spending", "paid", "ads", "ad", "advertising",
               "advertisements", "budget", "joined", "liked", "audience",
               "reinstated", "restored", "unsuspended", "reactivated"}
RELATIVE_BEFORE = re.compile(r"\b(?:which|that|whom)\s+$", re.I)
ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+$", re.I)
# what someone read, heard or thought, opened by "that" as `SAID_THAT`'s sayings are: "I read that TikTok took down…"
HEARD_THAT = re.compile(r"\b(?:read|heard|learned|learnt|know|knew|think|thought|believe|believed|understand|"
                        r"understood|argued|claimed|found|show|shows|showed|so|now|and|but)\s+that\s+$", re.I)
# "the agency said on Tuesday that VK had removed…": "that" opens what was said, whose subject VK is
# where a verb's own clause starts: "Telegram has declined…, even as YouTube, X and Meta took down…"
SUBORDINATE_CLAUSE = re.compile(r",\s+(?:even\s+as|while|whereas|but|although|though)\s+")
# the subject of what someone said: "…said its short-video app Moj had removed", "…told reporters that X had…"
REPORTED_SUBJECT = re.compile(r"\b(?:said|says|told\s+\w+|confirmed|announced)\s+(?:that\s+)?(?:its\s+(?:[\w-]+\s+)"
                              r"{0,3}?)?$", re.I)
SAID_THAT = re.compile(r"\b(?:said|says|announced|reported|confirmed|added|noted|stated|disclosed|revealed|told|tell|"
                       # (and a report's "the Council recorded that TikTok had removed…")
                       r"tells|recorded|records|wrote|writes|acknowledged|explained|indicated|recalls|recalled|"
                       r"notes|observed|observes|points\s+out|pointed\s+out)\s+(?:[\w,]+\s+){0,3}?"
                       r"that\s+$", re.I)  # (and "Sources told the Ledger that…")
POSSESSIVE_BEFORE = re.compile(r"['’]s\s+(?:own\s+)?$")
POSSESSIVE_REMOVAL = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:removal|takedown|termination|suspension|ban|deletion|"
                                r"purge)s?\b", re.I)
RELATIVE_SUBJECT = re.compile(r",\s+(?:which|who)\s+(?:[\w/.-]+\s+){0,3}", re.I)  # ("which on 2019/09/09 disclosed")
THEY_WERE = re.compile(r"^\W*(?:(?:all|each|most|every\s+one)\s+of\s+them|they|these\s+accounts|those\s+accounts|"
                       r"all\s+(?:were|have|had))\b", re.I)
# "connected to 764 accounts removed earlier", "the previously disclosed 5,000 accounts": an earlier takedown
EARLIER_TAKEDOWN = re.compile(
    r"\b(?:removed|suspended|taken\s+down|disclosed|announced|banned|terminated)\s+(?:\w+\s+){0,2}?(?:earlier|"
    r"previously|last\s+(?:year|month|week))\b|\b(?:previously|earlier|already)\s+(?:been\s+)?(?:removed|"
    r"suspended|disclosed|announced|taken\s+down|banned|terminated)\b|\bearlier\s+takedowns?\b", re.I)
# "…mirrors the Volna Media accounts that Twitter removed in 2019, which posed as American outlets": another takedown,
# whose audience is its own
REMOVED_IN_A_YEAR = re.compile(r"\b(?:removed|suspended|taken\s+down|took\s+down|banned|terminated)\s+in\s+"
                               r"(?:19|20)\d\d\b", re.I)
# "the Dec. 27 election": when something else happens
EVENT_AFTER = re.compile(r"\s+(?:(?:presidential|general|parliamentary|legislative|local|municipal|midterm|regional|"
                         r"national|provincial|state|senate|senatorial|gubernatorial|mayoral|congressional)\s+"
                         r"(?:and\s+)?)*(?:party\s+)?(?:elections?|vote|referendum|polls?|primar(?:y|ies)|"
                         r"caucus(?:es)?|summit|debate|protests?|unrest|riots?|demonstrations|uprising|war|invasion|"
                         r"crisis|strikes?)\b", re.I)
EVENT_BEFORE = re.compile(r"\b(?:elections?|vote|referendum|polls|run-?offs?|primar(?:y|ies))\s+(?:on|in|of)\s+$",
                          re.I)  # "…ahead of Taiwan's local elections on November 26": the vote's day
AHEAD_OF = re.compile(r"\b(?:ahead\s+of|before|upcoming|next|until|scheduled\s+for)\s+(?:the\s+|its\s+|"
                      r"(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+)?$", re.I)
# a month that names the period a platform's periodic report covers, not the day it was published
PERIOD_BEFORE = re.compile(r"\b(?:report|bulletin|update|roundup|summary)\s+(?:for|covering|on)\s+"
                           r"(?:the\s+month\s+of\s+)?$", re.I)
# (or a colon, after a dateline's city: "ISLAMABAD, Sept 22 (Indus Wire): Meta said on Tuesday…")
COLON_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?:\s")
DATELINE_REACH = 40  # how far into a sentence a dateline's date may stand
DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:--|—|–|-\s)")  # "LIMA, June 14 (Reuters) - "
# a removal verb, and no clause of another verb, before a span: "terminated 1,847 channels between April and June"
# (not "removed 50 accounts that ran ads from March to May")
REMOVAL_STEM = r"\b(?:remov|suspend|delet|bann|took|taken|terminat|disabl|disrupt|purg|wip)\w*\b"
# "Between January and the end of June this year, we terminated 2,318 channels": the span the removals fell in
REMOVED_AFTER_SPAN = re.compile(r"(?:\s+(?:this\s+year|(?:of\s+)?(?:19|20)\d\d))?,?\s+(?:(?!and\b|but\b)\w+\s+){0,3}?"
                                r"(?:removed|terminated|suspended|banned|took\s+down|disabled|deleted)\b", re.I)
REMOVED_BEFORE_SPAN = re.compile(REMOVAL_STEM + r"(?:(?!\b(?:that|which|who|were|was|had|have)\b)[^.;])*$", re.I)
# "The company, which renamed itself Meta in October, says it has removed…": an aside, whose month is its own
OTHERS_REMOVAL_BEFORE = re.compile(r"(?:\b(?:that|which|whom)\s+(?:[A-Z][\w-]*(?:['’]s)?\s+(?:and\s+)?){1,4}?"
                                   # ("…an attempt to rebuild the network it removed in October 2018")
                                   # (but not "an influence operation that we removed this month", this one)
                                   r"|\b(?:network|operation|campaign|cluster)\s+(?:it|they|the\s+(?:company|platform))"
                                   r"\s+)"
                                   r"(?:had\s+|has\s+)?"
                                   r"(?:first\s+|previously\s+|initially\s+|already\s+)?"
                                   r"(?:(?:banned|removed|suspended|took\s+down|terminated|deleted|blocked|exposed|"
                                   r"disclosed|uncovered|reported|described)\s+(?:[\w-]+\s+){0,3}"
                                   # ("the firm that Facebook had already tied to its Sol de Mayo takedown in
                                   # September")
                                   r"|(?:tied|linked|connected|attributed)\s+to\s+(?:its|their|an?|the)\s+"
                                   r"(?:[\w-]+\s+){0,4}?(?:takedown|removal|disclosure|report)\s+(?:(?:in|on)\s+)?)$")
ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;]{3,80}?(?:,|$)")
WHEN_AFTER = re.compile(r"\s*when\s+(?:we|it|they|the\s+(?:company|platform))\s+(?:\w+\s+)?(?:removed|took\s+down|"
                        r"suspended|banned|terminated|disrupted)\b")
# the rounds before this one, told after its figures ("…we previously removed it in March 2019 and September 2020",
# "This is the third time we have removed this network, after our enforcement in October 2018"): their dates
EARLIER_ROUNDS = re.compile(r"\b(?:previously|earlier)\s+(?:removed|took\s+down|taken\s+down|suspended|banned|"
                            r"terminated|disrupted|exposed|reported)\b|\b(?:after|following)\s+(?:our|its|their)\s+"
                            r"(?:earlier\s+|previous\s+)?(?:enforcements?|takedowns?|removals?|actions?)\s+(?:in|on)\b",
                            re.I)
WHEN_CLAUSE_AFTER = re.compile(r"\s*,?" + WHEN_AFTER.pattern)
COMPARED_FIGURE_BEFORE = re.compile(r"\b(?:(?:down|up)\s+from|compared\s+(?:with|to)|against)\s+(?:about\s+|some\s+)?"
                                    r"\d[\d,.]*(?:\s*(?:million|billion|thousand))?\s+(?:[a-z]+\s+){0,2}$", re.I)
ELECTION_IN_BEFORE = re.compile(r"\b(?:elections?|polls|vote|referendum|runoff|run-off)\s+(?:[\w-]+\s+)?"
                                r"(?:(?:in|of|on)\s+)?$", re.I)
SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+(?!(?:19|20)\d\d\b)[^,.;]{0,50}$")
# "…under pressure since it disclosed in August that it had removed 27 Pages": a past disclosure's date, not where a
# running total starts
SINCE_IT_SAID = re.compile(r"\b[Ss]ince\s+(?:it|they|the\s+company|[A-Z]\w+)\s+(?:first\s+)?(?:disclosed|announced|"
                           r"said|reported|revealed)\s+(?:in\s+|on\s+)?$")
THAT_AFTER = re.compile(r",?\s+that\b")
TIP_BEFORE_DATE = re.compile(r"\b(?:following|after)\s+(?:a|an|the|its)\s+(?:\w+\s+)?(?:notification|tip|referral|"
                             r"complaint|request|alert)\b[^.;]{0,80}?\b(?:on|in)\s+$"
                             # ("…after the collective shared its findings with both platforms in late January")
                             r"|\bafter\s+(?:[\w'’-]+\s+){1,6}?(?:shared|sent|passed|handed|reported)\s+[^.;]{0,60}?\b(?:on|in)\s+"
                             r"(?:early\s+|mid-?|late\s+)?$"
                             # ("…who … shared their findings with both companies in October")
                             r"|\b(?:shared|sent|passed|handed)\s+(?:its|their|the|our|his|her)\s+(?:findings|evidence|"
                             r"research|report|data|analysis)\s+with\s+[^.;]{0,40}?(?:\b(?:on|in)\s+(?:early\s+|mid-?|"
                             r"late\s+)?)?$",
                             re.I)
DASH_ASIDE = re.compile(r"\s[—–]\s[^—–]{3,160}?(?:\s[—–]|$)")
# (but not the dash after a list item's opening figure: "**5,208** — Facebook accounts Meta removed in…")
ITEM_FIGURE = re.compile(r"[\s*_#•>-]*[$€£]?[\d.,]+(?:\s+(?:million|thousand|billion))?[*_]*")
EVERY_PERIOD = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:each|every|per|a)\s+(?:day|week|month|year|quarter)\b"
                          r"(?!\s+(?:later|earlier|before|after|ago|on)\b)", re.I)
HABITUAL = re.compile(r"\b(?:usually|typically|generally|tend\s+to|tends\s+to|on\s+average)\b", re.I)
# ("**Action:** We removed 33 accounts": after a report's field name too)
FIRST_PERSON = re.compile(r"^\W*(?:[A-Z][\w .'’-]{0,30}:[*_]*\s+)?(?:We|Our)\b")  # (after a speaker's "MR. ARAKI:")
WE_JUST_BEFORE = re.compile(r"\b[Ww]e\s+(?:have\s+|had\s+|also\s+|then\s+)*$")
YEAR_HEADING = re.compile(r"(?P<year>(?:19|20)\d\d)(?P<name>)")
# "2024: Monsoon Mirror", "2019 — the first big case": a look back's section by year, perhaps naming its network
YEAR_NAMED_HEADING = re.compile(r"(?P<year>(?:19|20)\d\d)\s*[:—–]\s*(?P<name>\S.{0,60})")
# "April 2025: Velvet Ledger": a report's section for one network, removed that month
MONTH_NAMED_HEADING = re.compile(r"(?P<when>(?:January|February|March|April|May|June|July|August|September|October|"
                                 r"November|December)\s+(?:19|20)\d\d)\s*[:—–]\s*(?P<name>\S.{0,60})")
# "Iran ("Harbor Echo")", "Venezuela": the rest of such a heading, a country and perhaps its network's name
COUNTRY_THEN_NAME = re.compile(r"(?P<country>[^(\"“”]+?)(?:\s*\(\s*[\"“]?(?P<name>[^)\"“”]+?)[\"”]?\s*\))?")
NETWORK_LIKE_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
# "Copper Lantern (March)", "Saltmarsh (September 2023)": a network's section of a look back, with its month
NAMED_PERIOD_HEADING = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*\((?P<when>(?:January|February|"
                                  r"March|April|May|June|July|August|September|October|November|December)"
                                  r"(?:\s+\d{4})?)\)")
# "August - Velvet Pulse (Russia)", "March 2021: Coral Ledger": a section of a look back, by month, then its network
MONTH_LED_HEADING = re.compile(r"(?P<when>(?:January|February|March|April|May|June|July|August|September|October|"
                               r"November|December)(?:\s+(?:19|20)\d\d)?)\s*[-—–:]\s*(?P<name>[^()]{1,60}?)"
                               r"(?:\s*\([^()]{1,40}\))?")
ARTICLE_FIRST = re.compile(r"(?:A|An|The)\s")
MONTH_HEADING = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December)(?:\s+\d{4})?")
# the end of a span ("between March 2016 and this month"): when it is "this month" or "this week", the span is when
# a network was active; "removed between April and June 2020" still dates by its June
SPAN_END = re.compile(r"\b(?:between|from)\s+[\w ,.]{1,40}?\s+(?:and|to|until|through)\s+$")
ACTIVITY_BEFORE = re.compile(r"\b(?:between|since|starting(?:\s+in)?|as\s+(?:early|recently)\s+as|began(?:\s+in)?|"
                             # ("many of the accounts had been created in December and January")
                             r"(?:created|registered|set\s+up|opened)(?:\s+(?:in|on|between))?|"
                             r"dating\s+back\s+to|active(?:\s+(?:in|from|since))?|"
                             r"first\s+(?:reported|disclosed|announced|removed|suspended|detected|identified)"
                             r"(?:\s+(?:in|on|last))?)\s+$", re.I)  # the date "in September" may hold its "in"
# "X's action against Amber Relay began in September": when the removals began, not the network's activity
# (and "When the takedown was first announced in early October…": when the removal itself was told)
REMOVAL_BEGAN = re.compile(r"\b(?:action|takedowns?|removals?|suspensions?|sweep|crackdown|enforcement|purge)\b"
                           r"[^.;]{0,120}?\b(?:began|was\s+first\s+(?:announced|reported|disclosed))\s+(?:in\s+)?$",
                           re.I)
# (not "compared with the previous quarter, it removed 11,742": this period's figure, set against the last)
PREVIOUS_PERIOD = re.compile(r"\b(?:in|during|for)\s+the\s+(?:previous|prior|preceding)\s+(?P<span>quarter|month)\b"
                             r"|\bthe\s+(?:previous|prior|preceding)\s+(?P<when>quarter|month),?\s+when\b", re.I)
# "We removed 346 Facebook accounts… as part of this operation", after "The first network originated in Egypt…"
# ("…we removed 211 accounts associated with this activity", after "…our investigation into the Iran network")
PART_OF_THIS = re.compile(r"\b(?:part\s+of|in|from|behind|associated\s+with|tied\s+to|linked\s+to)\s+(?:this|that)\s+"
                          r"(?:[a-z-]+\s+)?(?:network|operation|campaign|activity|cluster)\b", re.I)
CONTINUES = re.compile(r"^\W*(?:It|They|The\s+company|The\s+firm|The\s+platform|The\s+accounts|These\s+accounts|"
                       r"Those\s+accounts|The\s+network)\b")
# (not "…make up a growing share of the networks Meta removes": networks in general)
ANAPHOR = re.compile(r"\b(?:these|those|the\s+(?:accounts|pages|network|(?<!of\sthe\s)networks|campaign|operation|"
                     r"groups|channels|profiles)|(?:this|that)\s+(?:[a-z-]+\s+)?(?:network|campaign|operation|activity)|they|"
                     r"them|the\s+people\s+behind|the\s+(?:\w+\s+)?(?:activity|behaviou?r))\b",
                     re.I)
# a sentence that opens a list of networks: "The disclosure also covered two smaller operations:"
SEVERAL_NETWORKS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+|these|the\s+following|"
                              r"the)\s+(?:[\w-]+\s+){0,3}?(?:networks|operations|campaigns)\b", re.I)
NEW_NETWORK = re.compile(r"\b(?:a|an|another|a\s+separate|a\s+second)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:network|campaign|operation)\b"
                         # ("Back in 2023 we took down a smaller cluster of 640 profiles linked to the same operators")
                         r"|\ban?\s+(?:smaller|larger|bigger|separate|earlier|older|second|new)\s+(?:[\w-]+\s+)?"
                         r"(?:cluster|set)\b", re.I)
# a section heading that names where its network came from: "Network operated from Iran"
NETWORK_FROM = re.compile(r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:network|operation|campaign|cluster)\s+(?:operated|run|"
                          r"based|originating|operating|coming)\s+(?:out\s+of|from|in)\s+(?P<place>.+)", re.I)
CLAUSE_BREAK = re.compile(r"[,;]\s+(?:and|but|while|whereas|which|who)\b|;")
# between the figures of one list, whose countries at its end cover them all: "13 accounts and two Pages linked to
# Russia", "banned at least 80 accounts and removed 4 subreddits tied to an Iran-based campaign"
LIST_OR_VERB = re.compile(r"\s*(?:,|and|,\s*and|or)\s*|\s*,?\s+and\s+(?:also\s+)?(?:removed|banned|suspended|deleted|"
                          r"blocked|terminated|disabled|took\s+down)\s+|\s*,?\s+(?:along\s+with|as\s+well\s+as|together\s+with|"
                          r"plus)\s+", re.I)
QUOTED_WORDS = re.compile(r"^\W*[\"“][^\"”]{10,}[\"”],?\s+(?:said|says|added|wrote|argued|told)\b")
# a claim someone else made, told to be checked: 'A viral post claims that "Meta has deleted 1.4 million accounts…"',
# 'a second version adds that YouTube "also wiped 9,000 channels"', "Claim: Meta deleted 1.4 million accounts."
CLAIMED = re.compile(r"^\W*(?:the\s+|viral\s+)?claims?\s*\d?\s*:"
                     r"|(?:\b(?:claim(?:s|ed|ing)?|alleg(?:es|ed|ing)|rumou?rs?)\b|\b(?:posts?|versions?|messages?|"
                     r"videos?|tweets?|captions?|memes?)\s+(?:\w+\s+){0,4}?(?:adds?|added|reads?))\s+(?:that\s+)?"
                     r"[^\"“”.;]{0,40}[\"“][^\"”]*$", re.I)
# what a writer heard, not what anyone reported: "Someone in a Discord said…", "A source tells me YouTube is about to
# announce…", "Rumour has it that…" (but "sources told Reuters that…" is reporting)
HEARSAY = re.compile(r"\b(?:[Ss]omeone|[Ss]omebody|rumou?rs?|[Ww]ord\s+is|I(?:['’]ve|\s+have)?\s+(?:heard|read|seen)|"
                     r"I\s+(?:read|saw)|"
                     # ("So if you see a headline that says Twitter removed 10,000 accounts, that's someone adding…")
                     r"(?:[Ii]f|[Ww]hen(?:ever)?)\s+you\s+(?:see|read|hear)|"
                     # ('Some early coverage said Meta removed "more than 600 accounts"; that figure adds Pages…')
                     r"[Ss]ome\s+(?:early\s+|initial\s+|news\s+|media\s+)?(?:coverage|reports?|outlets?|headlines?|"
                     r"media|stories|articles|reporting)\s+(?:\w+\s+){0,5}?(?:said|says|reported|put|gave|claimed|cited)|"
                     r"(?:[Aa]\s+source|[Ss]ources)\s+(?:tells?|told)\s+me)\b")
PUT_TO = re.compile(r"\b(?:puts?|putting)\s+(?:it\s+)?to\s+(?:[\w'’.-]+\s+){1,4}?that\b", re.I)
COMPANY_JUST_BEFORE = re.compile(r"\b(?:company|firm|platform|spokes\w+|it)\s+(?:\w+\s+)?$", re.I)
# a heading that may be a network's name ("Saffron Choir"), and the sentence under it that says it is one
NAME_HEADING = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
A_NETWORK_TOLD = re.compile(r"\b(?:was|is)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:network|operation|campaign)\b")
NETWORK_DESCRIBED = re.compile(r"^\W*(?:An?|The)\s+(?:[\w-]+\s+){0,3}?(?:network|operation|campaign)\b")
# "It was operated from Serbia…", under a heading its sentence before named: what the heading's network was
IT_NETWORK_START = re.compile(r"^\W*(?:It|This\s+network|The\s+network|The\s+operation)\s+(?:was|is|had\s+been)\b")
IT_NETWORK = re.compile(r"^\W*(?:It|This\s+network|The\s+network)\s+(?:consisted|comprised|included|was\s+made\s+up|"
                        r"had|used|ran|operated)\b")
# "Lanternfish was operated from Egypt…", after the network's name: where it came from
NAME_THEN_PLACED = re.compile(r"\s+(?:was|is|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:operated|run|based|managed|"
                              r"directed|coordinated)\s+(?:from|in|out\s+of)\b")
IT_PLACED = re.compile(r"^\W*It" + NAME_THEN_PLACED.pattern)
# "…refer to it as "Amber Crescent"", "calls it Sable Choir": a name given to what was just told
IT_NAMED = re.compile(r"\b(?:refer(?:s|red)?\s+to\s+(?:it|them)\s+as|call(?:s|ed)?\s+(?:it|them)|"
                      r"dubb(?:s|ed)\s+(?:it|them)|nam(?:es|ed)\s+(?:it|them)|label(?:s|l?ed)\s+(?:it|them))\b", re.I)
# "The first network targeted domestic audiences in Nigeria.": a sentence about one network's aim, before its figures
THE_NETWORK_AIMED = re.compile(r"^\W*(?:The|This|One|A)\s+(?:\w+\s+)?(?:network|operation|campaign)\s+(?:\w+\s+)?"
                               r"(?:targeted|was\s+aimed|aimed|focused)\b", re.I)
# "The second network had…": another network than the one just told (but "A second linked cluster comprised 12
# Pages…" is a part of it)
NEXT_NETWORK = re.compile(r"\b(?:the|a)\s+(?:second|third|fourth|fifth|other|next)\s+(?:(?:and\s+)?(?!linked|related|"
                          r"connected|affiliated)[\w-]+\s+)?(?:network|operation|campaign)\b"
                          # ("…added two more entries to its bulletin: Velvet Ledger (312 YouTube channels) and…")
                          r"|\b(?:two|three|four|several)\s+(?:more|other|further|new)\s+(?:networks|operations|"
                          r"campaigns|entries)\b", re.I)
# "Also Prigozhin-linked but run separately: 63 Facebook accounts…": whoever ran the network told before ran not these
RUN_APART = re.compile(r"\b(?:run|operated|managed)\s+separately\b", re.I)
# (and one told by its place: "The Bolivian network was smaller…. Facebook removed 97 Facebook accounts…"; and "The
# second, larger network…")
ORDINAL_NETWORK_OPENS = re.compile(r"\W*The\s+(?:first|second|third|fourth|fifth|next|last|[A-Z][\w-]*)(?:,?\s+|,\s+"
                                   r"[\w-]+\s+)(?:[\w-]+\s+)?(?:network|operation|campaign)\b")
TODAY = re.compile(r"\b(?:[Tt]oday|[Tt]his\s+(?:morning|afternoon|evening))\b")
AT_THAT_TIME = re.compile(r"\bat\s+(?:that|the)\s+time\b"
                          # ("…whose core accounts it first disclosed in June 2020. That earlier release covered 8,470
                          # accounts")
                          r"|\b(?:that|this|the)\s+(?:earlier|first|previous|original)\s+(?:release|takedown|removal|"
                          r"disclosure|announcement|report)\b", re.I)
# "The larger of the two, which Meta called "Granite Mirror", was run from China.": one of the networks just announced
ONE_OF_THE_TWO_OPENS = re.compile(r"\W*The\s+(?:larger|smaller|bigger|biggest|largest|smallest|first|second|other|"
                                  r"last)\s+of\s+the\s+(?:two|three|four|networks|operations|campaigns)\b")
# a platform's name used of its announcement: "Hours after the Facebook announcement, Twitter said…"
ANNOUNCEMENT_NEXT = re.compile(r"\s+(?:announcement|disclosure|statement|news|blog\s+post|press\s+release)s?\b", re.I)
# "…TikTok says it took down 1.2k accounts in that op": the network the sentence before told of
IN_THAT_NETWORK = re.compile(r"\b(?:in|from|of|within)\s+(?:that|this)\s+(?:op|operation|network|campaign|cluster)\b",
                             re.I)
IN_ONE_OF_THEM = re.compile(r"\W*In\s+(?:one|another|the\s+(?:first|second|third|other|latter|former))\s*,")
IN_THAT_CASE = re.compile(r"\W*In\s+(?:that|this)\s+(?:case|takedown|instance|action)\b", re.I)
SAME_TIME = re.compile(r"\b(?:that|the)\s+same\s+(?P<span>day|week|month|year)\b|\b(?:later|earlier)\s+that\s+"
                       r"(?P<later>month|year)\b"
                       # ("Dozens of other Pages were removed at the same time": when the takedown just told was)
                       r"|\bat\s+the\s+same\s+time\b", re.I)
# "In 2019, Facebook removed what it called Operation Bluebottle…. That takedown covered 217 accounts and 144 Pages.":
# the figures of the takedown just told, with its date, countries and name
# (also as someone tells it: "According to Meta, the takedown covered 3,412 Facebook accounts…")
THAT_TAKEDOWN = re.compile(r"^\W*(?:according\s+to\s+[\w'’ ]{1,40},\s+)?(?:that|this|the)\s+(?:takedown|removal|sweep|"
                           r"purge|crackdown)\s+(?:\w+\s+)?"
                           r"(?:covered|included|comprised|involved|consisted\s+of|spanned|encompassed|hit|took\s+out|"
                           r"totall?ed|amounted\s+to|affected)\b", re.I)
REMOVED_ON = re.compile(r"\b(?:removed|terminated|suspended|banned|deleted|disabled|took\s+down)\s+(?:\w+\s+){0,5}?"
                        r"(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
SHORT_NAME = re.compile(r"\b(?P<full>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|for|of|on|and|the|de|des|du)){1,8})\s*"
                        r"\((?:the\s+)?[\"“]?(?P<short>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)[\"”]?\)")
# the bracketed short name `SHORT_NAME` ends with, searched for first: a pattern that starts with a bracket is fast to
# search for, one that starts with any capital is tried at every position
ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,8}")
SHORT_IN_BRACKETS = re.compile(r"\((?:the\s+)?[\"“]?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[\"”]?\)")
BOTH_COMPANIES = re.compile(r"^\W*(?:Both|The\s+two|All\s+(?:three|four))\s+(?:companies|platforms|firms)\b", re.I)
# the first column of a fixed-width table's row: "LINE       official accounts closed       October 2023"
FIXED_WIDTH_FIRST_CELL = re.compile(r"(?P<cell>\S+(?: \S+)*)\s{3,}\S")
# "…accounts linked to the network had been removed": a removal told before, counted again
HAD_BEEN_REMOVED = re.compile(r"\bhad\s+been\s+(?:removed|suspended|taken\s+down|terminated|banned|deleted|blocked)\b")
HAD_BEEN_REACH = 6  # sentences back a pluperfect removal may point at
BOTH_REACH = 16  # sentences back that "Both companies said the network…" may reach to each company's figures
SAY_WORDS = {"said", "says", "say", "announced", "announces", "disclosed", "discloses", "confirmed", "confirms", "told",
             "tells", "reported", "reports", "revealed", "reveals", "published", "publishes", "stated", "added",
             "wrote", "posted", "acknowledged", "statement", "announcement", "blog", "released", "releases"}
CORRECTION = re.compile(r"\b(?:earlier|previous|prior)\s+version\s+of\s+this\s+\w+|"
                        r"^\W*correction\b", re.I)


def _correction_note(text: str) -> bool:
    """Whether a sentence is (or opens) a correction note; the words tested first, since the pattern is tried at
    every position of every sentence."""
    lower = text.lower()
    return ("version" in lower or "correction" in lower) and CORRECTION.search(text) is not None


# "TikTok has revised its figure. … the network comprised 1,214 accounts, and … the number the company gave earlier
# had mistakenly included…": the new figure replaces the old one
REVISED = re.compile(r"\brevis(?:ed|es|ing)\s+(?:its|their|the|that)\s+(?:figure|number|count|tally|total|estimate)"
                     r"|\b(?:number|figure|count)\s+(?:the\s+company|it|they|the\s+platform)\s+(?:had\s+)?(?:gave|given|"
                     r"reported|announced)\s+(?:earlier|initially|at\s+first)|\bcorrected\s+(?:its|the)\s+(?:figure|number|"
                     r"count)", re.I)
# a figure given as not yet final ("nearly 900 accounts, a preliminary count"), which a later one may replace
PRELIMINARY = re.compile(r"\b(?:preliminary|provisional|initial|early|first)\s+(?:count|figure|estimate|tally|number)"
                         r"|\bat\s+first\s+count\b", re.I)
# "TikTok's final tally is 912 accounts": the figure that replaces an earlier one of the same story
FINAL_FIGURE = re.compile(r"\b(?:final|confirmed|full)\s+(?:count|figure|tally|total|number)\b", re.I)
FINAL_WORDS = {"final", "confirmed", "full"}  # one of which `FINAL_FIGURE` needs
SUPERSEDED_WITHIN = 0.25  # how far apart a preliminary figure and the one replacing it may be (a fraction)
# a word `CORRECTED_TO` and `NUMBER_NOW` cannot match without: most sentences have none
FIGURE_WORDS = {"figure", "number", "count", "total", "tally"}
CORRECTED_TO = re.compile(r"\b(?:correct|right|actual|accurate|revised|updated|true|final)\s+(?:figure|number|count|"
                          r"total|tally)\s+(?:was|is|stood\s+at|stands\s+at|of)\b|\b(?:corrected|revised|lowered|raised)\s+"
                          r"(?:that|the|its)\s+(?:figure|number|count|total)\s+(?:down\s+|up\s+)?to\b"
                          # "The company later said the figure was 2,371 accounts."
                          r"|\b(?:later|now|since|subsequently)\s+(?:said|says|put|puts|gave|gives)\s+(?:that\s+)?"
                          r"(?:the|its)\s+(?:figure|number|count|total|tally)\s+(?:was|is|as|at)\b"
                          # "That was our typing error: Facebook's figure is 47 Pages."
                          r"|\b(?:error|mistake|typo)\b[^.;]{0,40}?['’]s\s+(?:\w+\s+)?(?:figure|number|count|total)\s+"
                          r"(?:is|was)\b"
                          # "A corrected version of the bulletin now gives the figure as 1,046 channels."
                          # "That's a transposition, my fault. The figure in Meta's report is 490 Instagram accounts."
                          r"|\bfigure\s+in\s+(?:\w+['’]s\s+)?(?:own\s+)?(?:report|post|statement|announcement|blog|"
                          r"bulletin)\s+(?:is|was)\b"
                          r"|\b(?:corrected|revised|updated)\s+(?:version|edition|bulletin|report|post)\b[^.;]{0,60}?"
                          r"\b(?:gives|puts|states|lists|has)\s+(?:the|its)\s+(?:figure|number|count|total)\s+(?:as|at)\b",
                          re.I)
YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")
HAD_DONE = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:removed|taken|suspended|banned|disclosed|deleted|terminated|acted)\b"
                      # ("Meta had acted against an earlier version of the same network in its report for…")
                      r"|\ban\s+earlier\s+(?:version|iteration|incarnation)\b", re.I)
# a list item's label that is a date: "August 2019 — Twitter.", "**March 2021 - Meta.**", "2023-08-23:"
DATE_LABEL = re.compile(rf"^[\W_]*(?P<when>(?:{MONTH_WORD}\.?\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d\d(?:-[01]\d"
                        # (or the whole of a list item's first sentence: "**August 2019.** Twitter removed…")
                        r"(?:-[0-3]\d)?)?)[*_]*\s*(?:[—–:]|--?\s|\.[*_]*\s*$)", re.I)
# a review's item that opens on a bold label, its month first: "**March: Lagos Mirror.** Facebook took down 58…",
# "**August 2019 - Twitter.** …"; and an item's label that gives its month after its name: "Cambodia (October 2020)."
BOLD_MONTH_LABEL = re.compile(rf"^\*\*(?P<when>{MONTH_WORD}\.?(?:\s+(?:19|20)\d\d)?)\s*(?::|[—–]|--?)\s+"
                              r"(?P<label>[^*]{1,80}?)\.?\*\*")
# the network such a label names: "Lagos Mirror", "Zagros Voice (YouTube)" (not "Pakistan and India")
LABEL_NETWORK = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?:\s+\([^()]{1,30}\))?")
NAME_THEN_MONTH_LABEL = re.compile(rf"^[\W_]*(?P<label>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})\s+"
                                   rf"\((?P<when>(?:{MONTH_WORD}\.?\s+)?(?:19|20)\d\d)\)[.:]?[*_]*\s*$")  # (or a year)
# "**Discord (2022).** Discord's Cinder Loop disclosure, covering 1,140…": a look back's bold label, its year after it
BOLD_NAME_THEN_WHEN = re.compile(rf"^\*\*(?P<label>[^*()]{{1,60}}?)\s+\((?P<when>(?:{MONTH_WORD}\.?\s+)?"
                                 r"(?:19|20)\d\d)\)\.?\*\*")
# what is left of a line's label after its date: "October 2019 - Ferrous Choir."
LABEL_ONLY = re.compile(r"\s*[*_]*(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})[*_]*\.?[*_]*\s*")
YEAR_OPENS = re.compile(r"\W*(?:In|During|Throughout)\s+(?P<year>(?:19|20)\d\d),\s")
ERA_CUE = re.compile(r"\b(?:case|cases|disclosure|takedown|announcement|crackdown|action)\b|" + REMOVAL_STEM, re.I)
IT_START = re.compile(r"^\W*It\b")
TOLD_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:told|said|says|stated|testified|informed|explained|wrote|"
                        r"confirmed)\b")
THE_PLATFORM_BEFORE = re.compile(r"\b(?:the\s+(?:platform|company|firm|app|service)|it)\s+(?:(?:had|has|have)\s+)?"
                                 r"(?:\w+ly\s+)?$", re.I)
# ("Active from at least 2019, it has mainly targeted audiences in Ukraine…")
FIRST_SENTENCES = 6  # where a document says what it is about
DEFINITION_GOES_ON = re.compile(r"^\W*(?:[^.]{0,40},\s+)?(?:[Ii]t|[Tt]he\s+(?:network|campaign|operation))\s+"
                                r"(?:(?:has|had)\s+)?(?:\w+ly\s+)?(?:was|is|had|has|targeted|operated|originated|"
                                r"aimed|focused)\b")
COUNTED_SHARE = re.compile(r"\W*(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|half|a\s+third|"
                           r"a\s+quarter)\s+of\s+(?:them|these|those|the)\b", re.I)
FORWARD_COUNTRY = re.compile(r"(?:[,;:]|\band\b)\s*(?P<phrase>[^,;:]{0,60}?\b(?:with|having|numbering|comprising)"
                             r"\s+(?:about|nearly|some|more\s+than|over)?\s*)")
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got|get|gets)\s+(?:\w+ly\s+)?$", re.I)
# from the removal verb to its agent: "taken down by", "suspended on Monday by", "removed from the site by"
AGENT_GAP = re.compile(r"\w+(?:\s+(?:down|off))?(?:\s+[\w,]+){0,4}?\s+by\s+(?:the\s+)?", re.I)
# a platform and its owner named together ("YouTube, owned by Google") are one actor
# a platform that has not acted: "TikTok has not yet acted on…", "YouTube declined to remove…"
# (but "Meta did not give an exact count" withholds a figure, not the takedown)
DID_NOT = re.compile(r"\s+(?:(?:has|have|had|did|does|is|was)\s*(?:not|n't|never)|hasn't|haven't|hadn't|didn't|"
                     r"doesn't|declined|refused|failed)\b(?!\s+(?:to\s+)?(?:say|give|name|specify|disclose|provide|"
                     r"reveal|identify|comment|respond|share|detail|elaborate|confirm|break|put|offer|state)\b)", re.I)
IT_DID_NOT = re.compile(r"\b(?:it|the\s+(?:company|platform|firm))" + DID_NOT.pattern, re.I)
# a sentence that says whom the network just told of targeted: "Its main targets were…", "The target list was long:"
# (an FAQ's answer opens "A: It is the label Meta gave to a cluster… that the company says originated in Iran.")
# (also after whose word it is: "According to Meta, the network originated in Portugal")
ITS_TARGETS = re.compile(r"^\W*(?:A\s*:\s*)?(?:According\s+to\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+)?"
                         r"(?:Its|Their|They|It|The\s+(?:network|operation|campaign|accounts|pages|"
                         r"activity|target\s+list|targets|videos|channels|posts|bulletins|messages|articles))\b",
                         re.I)
ABOUT_STARTS = {"its", "their", "they", "it", "the", "we", "researchers", "investigators", "analysts", "a", "according"}
# a sentence about the operation a report is about, or about who ran it
ABOUT_IT = re.compile(ITS_TARGETS.pattern + r"|^\W*(?:We|Researchers|Investigators|Analysts)\s+(?:\w+\s+){0,3}?"
                      r"(?:attribute|attributed|traced|tied|linked)\b"
                      # ("The Authority's analysis shows that the network was coordinated from the Russian Federation")
                      r"|^\W*The\s+(?:[\w'’-]+\s+){1,3}?(?:shows?|showed|found|finds|concluded|concludes|established)\s+"
                      r"that\s+(?:the|this)\s+(?:network|operation|campaign)\b", re.I)
# "Meta said its investigation found links to Farol Claro, a marketing firm…": who ran what the story is about
FOUND_LINKS = re.compile(r"\b(?:its|the|our)\s+(?:investigation|review|"
                         r"analysis)\s+(?:had\s+)?(?:found|uncovered|identified|showed)\s+(?:\w+\s+)?links\s+to\b")
# "Facebook attributed the network to Kyrgyzstan, and its accounts targeted…": what the story is about
PLATFORM_ATTRIBUTED = re.compile(r"^\W*[A-Z][\w-]*\s+(?:(?:has|had|also)\s+)?(?:attributed|traced|tied|linked)\s+"
                                 r"(?:the|this|that)\s+(?:network|operation|campaign|activity|accounts)\s+to\b")
# "Lantern Moth is the name researchers gave to a Russia-based influence operation…": what the report is about
DEFINED_AS = re.compile(r"^\W*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+is\s+the\s+(?:name|label|moniker)\s+(?:\w+\s+){0,6}?"
                        r"(?:gave|given|assigned)\s+to\b")
TOPIC_WORDS = {"networks", "operations", "campaigns"}
FIGURE_WAS = re.compile(r"\bthe\s+(?:figure|number|total|tally|count)\s+(?:was|had\s+been|stood\s+at|came\s+to|"
                        r"reached)\s+(?:\w+\s+){0,2}$", re.I)
# "Meta said the content targeted people in four countries: …": what the platform says of the operation, as a whole
AIMED_WORDS = {"targeted", "originated", "aimed"}
PLACED_WORDS = {"operated", "run", "based", "originated", "targeted", "aimed"}
# "the network operated from Togo", "said the operation was run out of Laos": the story's network, placed
THE_NETWORK_PLACED = re.compile(r"\bthe\s+(?:network|operation|campaign)\s+(?:was\s+|had\s+been\s+)?(?:operated|run|"
                                r"based|originated|targeted|aimed)\b"
                                # ("…which we are calling Caspian Chorus, operated from Azerbaijan. It targeted
                                # listeners in France and Armenia")
                                r"|^\W*It\s+(?:targeted|was\s+aimed\s+at|aimed\s+at|focused\s+on)\b", re.I)
# ("…a network, known as "Pélican", that targeted…"): a network named, then placed in a clause of its own
NAMED_NETWORK_PLACED = re.compile(r"\b(?:network|operation|campaign)\b[^.;]{0,80}?\b(?:that|which)\s+(?:was\s+|had\s+"
                                  r"been\s+)?(?:operated|run|based|originated|targeted|aimed)\b", re.I)
FOCUS_WORDS = {"targeted", "aimed", "focused", "focussed", "concentrated"}
# after a network's name as a sentence's subject: whom it worked on ("… focused mainly on voters in Chile")
NAME_THEN_AIMED = re.compile(r"\s+(?:(?:was|were|had)\s+)?(?:\w+ly\s+)?"
                             r"(?:targeted|aimed|focused|focussed|concentrated)\b")
SAID_OF_IT = re.compile(r"\b(?:said|says)\s+(?:that\s+)?(?:the|its)\s+(?:content|network|operation|campaign|posts|"
                        r"activity)\s+(?:\w+\s+)?(?:targeted|originated|(?:was\s+)?aimed)\b", re.I)
FINDING_BEFORE = re.compile(r"\b(?:identified|found|flagged|spotted|detected|documented|uncovered|counted|mapped|"
                            r"catalogued|cataloged)\s+(?:\w+\s+){0,2}$", re.I)
NETWORK_SIZED_AS = re.compile(r"\b(?:listed|counted|put|described|sized|numbered|gave)\s+(?:the|this|that)\s+"
                              r"(?:network|operation|campaign)\s+(?:as|at)\s+(?:\w+\s+)?$", re.I)
# a figure of a hundred or more, not a year: "They took down 2,735."
BARE_FIGURE = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b(?!(?:19|20)\d\d\b)\d{3,}\b")
FINDING_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:we|they|researchers|the\s+(?:lab|team|researchers|group))\s+"
                           r"(?:had\s+|have\s+)?(?:identified|found|flagged|spotted|detected|documented|counted|mapped|"
                           r"observed|tracked|logged|saw)\b", re.I)
OTHERS_REPORTED = re.compile(r"\b(?:some|other|several|many|a\s+few)\s+(?:news\s+)?(?:outlets|media|reports|"
                             r"headlines|publications|commentators|websites|accounts\s+online)\s+(?:\w+\s+)?(?:reported|"
                             r"wrote|cited)\b", re.I)
# a removal of a share of what was told before it: "removed roughly two thirds of", "took down about half of"
SHARE_REMOVED = re.compile(r"\w+(?:\s+(?:down|off))?\s+(?:only\s+)?"
                           r"(?:(?:roughly|about|around|nearly|almost|just|some)\s+)?"
                           r"(?:half|(?:one|two|a)[\s-]+thirds?|(?:one|a|three)[\s-]+quarters?|most|some|part|"
                           r"a\s+fraction|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))\s+of\b", re.I)
WE_FOUND_BEFORE = re.compile(r"\b[Ww]e\s+(?:had\s+|have\s+)?(?:\w+ly\s+)?(?:counted|identified|found|observed|"
                             r"tracked|mapped|documented|logged|catalogued|cataloged)\s+(?:\w+\s+){0,2}$")
SEEN_BEFORE = re.compile(r"\b(?:seen|observed|noticed|logged|spotted)\s+[\"“']?$", re.I)
# what watchers did with accounts, told without any removal (not "counted", which also retells a platform's figure)
ASKED_TO_REMOVE = re.compile(r"\b(?:ask(?:s|ed)?|urg(?:e|es|ed)|press(?:es|ed)?|call(?:s|ed)?\s+on|request(?:s|ed)?|"
                             r"order(?:s|ed)?|demand(?:s|ed)?)\s+(?:[\w,]+\s+){0,5}?to\s+(?:\w+\s+(?:and|or)\s+)?"
                             r"(?:remove|delete|block|ban|suspend|take\s+down|terminate|shut\s+down|close)\s+(?:\w+\s+){0,2}$",
                             re.I)
WATCHED_BEFORE = re.compile(r"\b(?:logged|tracked|recorded|observed|monitored|spotted|detected|flagged|mapped|"
                            # ("…the observatory, whose researchers examined the 1,450 accounts that had been most
                            # active": what a lab read of a takedown's data)
                            r"catalogued|cataloged|sampled|studied|analy[sz]ed|examined|reviewed|inspected|"
                            r"looked\s+(?:at|into))\s+(?:\w+\s+){0,2}$"
                            # ("we collected 22,650 posts from a purposive sample of 480 accounts": a study's sample)
                            r"|\bsample\s+of\s+(?:about\s+|some\s+)?$", re.I)
# "…said it had tracked a Russian disinformation campaign using more than 50,000 inauthentic accounts on X": the size
# of what someone watched, not of any removal
WATCHED_NETWORK_BEFORE = re.compile(r"\b(?:tracked|identified|found|detected|observed|uncovered|spotted|monitored|"
                                    r"documented)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:campaign|network|"
                                    r"operation)\s+(?:using|with|of|that\s+used|made\s+up\s+of)\s+(?:more\s+than\s+|"
                                    r"about\s+|some\s+|over\s+|at\s+least\s+)?$", re.I)
COMPARED_WITH = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|out\s+of|of\s+the)\s+"
                           r"(?:the\s+|some\s+|about\s+)?(?=\d)"
                           # ("Facebook removed 181 accounts, but by our count the network had more than 400")
                           r"|\bby\s+(?:our|their|its|his|her|the\s+\w+['’]s)\s+(?:own\s+)?(?:count|tally|reckoning|"
                           r"estimate|calculations?)\b", re.I)
ESTIMATED = re.compile(r"\b(?:estimat(?:e|es|ed|ing)|reckon(?:s|ed)?|guess(?:es|ed)?|extrapolat\w*)\b"
                       r"|\bby\s+(?:my|our)\s+(?:own\s+)?count\b", re.I)
GENERIC_ACTORS_BEFORE = re.compile(r"\b(?:platforms|companies|social\s+(?:media\s+)?(?:networks|companies|platforms)|"
                                   r"tech\s+(?:firms|companies|giants)|"
                                   # 'When a platform says it removed "a network", researchers need…'
                                   r"(?:a|any|every|each)\s+(?:platform|company|tech\s+(?:firm|company)))"
                                   r"\s+(?:\w+\s+){0,2}$", re.I)
# a removal in the present tense, a routine: "when we confirm an operation, we remove the accounts"
PRESENT_REMOVAL = re.compile(r"(?:remove|suspend|ban|delete|terminate|disable|block|take|disrupt)s?\b"
                             r"(?!\s+(?:down|action)\b)", re.I)
# "Each month we publish the networks we removed…": what a platform does every month, no takedown
HABIT_OPENING = re.compile(r"^\W*(?:Each|Every)\s+(?:day|week|month|quarter|year)\b,?\s+(?:we|it|the\s+company)\b",
                           re.I)
ATTRIBUTE = re.compile(r"(?:removed|suspended|banned|deleted)\s+(?:accounts?|pages?|channels?|groups?|assets?|"
                       r"communit(?:y|ies)|subreddits?|servers?)\b", re.I)
# "followers at the time of removal", "before their removal": when, not a takedown
TIME_OF_BEFORE = re.compile(r"\b(?:(?:time|moment|date|point)\s+of|before|after|upon|pending)\s+(?:their\s+|its\s+)?$",
                            re.I)
# "removals of this kind rarely end a campaign": removals in general
OF_THIS_KIND = re.compile(r"\s+(?:of\s+(?:this|that|the\s+same)\s+(?:kind|sort|type)|like\s+(?:these|this|that))\b",
                          re.I)
# "a suspension of a couple of thousand accounts means…": any such removal, not a report of one
INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|any|every|each)\s+(?:single\s+)?$", re.I)
DETERMINER_BEFORE = re.compile(r"\b(?:the|all|of|these|those)\s+$", re.I)


def _habit_or_attribute(text: str, at: int) -> bool:
    """A removal verb that reports no takedown: a habit ("when we confirm an operation, we remove the accounts"), or
    an adjective ("the combined followers of all removed accounts")."""
    return bool(PRESENT_REMOVAL.match(text, at) or HABIT_OPENING.match(text) or (ATTRIBUTE.match(text, at) and
                                                    DETERMINER_BEFORE.search(text, 0, at))
                or ((noun := REMOVAL_NOUN.match(text, at)) is not None and (
                    TIME_OF_BEFORE.search(text, 0, at) or INDEFINITE_BEFORE.search(text, 0, at)
                    or OF_THIS_KIND.match(text, noun.end()))))


LINK_WORDS = {"links", "linked", "tied", "ties", "associated", "traced", "affiliated", "connected", "run", "operated",
              "attributed", "attribute", "attributes"}
# (and "Meta said it found links to individuals associated with Sepehr Ava Media": the platforms' own phrase for who ran
# what they removed, which needs no word for it)
BEHIND_THE_NETWORK = re.compile(r"\b(?:the\s+(?:people|individuals|operators)\s+behind|(?:the|this)\s+(?:network|"
                                r"operation|campaign|accounts|activity)|its\s+(?:operators|investigation)|"
                                r"(?:linked|tied|attributed|traced)\s+it\s+to|found\s+links\s+to)\b", re.I)
THE_NETWORK_NAMED = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:[A-Z][\w-]*\s+){0,3}(?:operation|network|campaign|"
                               r"activity)\b|\bit\s+[\"“']?[A-Z]")
IT_REMOVED = re.compile(r"\b(?:took|taken|take)\s+(?:it|them|this\s+network|the\s+network)\s+down\b|\b(?:removed|"
                        r"disrupted|suspended|banned)\s+(?:it|them|this\s+network|the\s+network)\b", re.I)
POSTED_IN = re.compile(r"\b(?:posted|posting|posts|active|operating|appeared|spread)\s+(?:\w+\s+)?(?:in|on|across)\s+"
                       r"(?:more\s+than\s+|about\s+|some\s+)?$", re.I)
# "The accounts were banned in the last week of February 2024.": when the figure just told was removed (and "According
# to Twitter, the accounts were suspended on Monday")
OWNER_BEFORE_REMOVAL = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}")  # "Facebook's October 2019 " (removal)
REMOVAL_NOUN_AT = re.compile(r"(?:removals?|takedowns?|suspensions?|bans?|purges?|terminations?|deletions?|"
                             r"crackdown|sweep)\b", re.I)
THEY_WERE_REMOVED = re.compile(r"^\W*(?:According\s+to\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?,\s+)?"
                               # ("Telegram said the channels had been blocked on Monday, November 21")
                               r"(?:[A-Z][\w.-]*\s+(?:said|says|added)\s+(?:that\s+)?)?"
                               r"(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:accounts|pages|channels|profiles)\s+(?:were|had\s+been)"
                               r"\s+(?:\w+ly\s+)?(?:banned|removed|suspended|taken\s+down|deleted|terminated|blocked|"
                               r"disabled)\b"
                               r"|^\W*They\s+(?:were|had\s+been)\s+(?:banned|removed|suspended|taken\s+down)\b"
                               # ("We completed those removals on June 11, 2024.", after "We banned 143 accounts")
                               r"|^\W*(?:We|It|The\s+company)\s+(?:completed|finished)\s+(?:those|these|the)\s+"
                               r"(?:removals|takedowns|suspensions|bans|terminations)\b"
                               r"|^\W*(?:The|Those|These)\s+(?:removals|takedowns|suspensions|bans)\s+were\s+"
                               r"(?:completed|finished|carried\s+out)\b")
THE_ASSETS = re.compile(r"\bthe\s+(?:channels|accounts|pages)\b(?!\s+(?:of|from|in|tied|linked))", re.I)
# "details of a covert influence network that we removed from TikTok in January 2025": when the figures told next fell
NETWORK_WE_REMOVED = re.compile(r"\b(?:network|operation|campaign)\s+(?:that|which)\s+(?:we|it|they)\s+(?:\w+\s+)?"
                                r"(?:removed|took\s+down|disrupted|banned|terminated|suspended)\b")
# "In March the Grey Heron network, which … calls Saltmarsh, was taken down.": when the removals told next were made
NETWORK_TAKEN_DOWN = re.compile(r"\b(?:network|operation|campaign)\b[^.;]{0,80}?\b(?:was|were)\s+(?:taken\s+down|"
                                r"removed|disrupted|dismantled)\b")
TAKEN_DOWN_IN = re.compile(r"\b(?:was|were|had\s+been)\s+(?:taken\s+down|removed|suspended|banned|terminated|"
                           r"disrupted|dismantled)\s+(?:in|on|during)\s+")
DAYS_BETWEEN = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+\d{1,2}\s+(?:and|to)\s+\d{1,2}\s+[A-Z][a-z]+")
ACTED_WORDS = ("acted", "moved", "responded", "took", "stepped", "cracked", "followed")  # one of which `ACTED` needs
ACTED = re.compile(r"\b(?:acted|moved\s+against|responded|took\s+action|stepped\s+in|cracked\s+down|followed\s+suit)\b")
# an act told as the time of something else: "…domains first flagged by Twitter when it acted against Iranian
# accounts in August 2018"
ACTED_BEFORE = re.compile(r"\bwhen\s+(?:it|they|\w+)\s+(?:first\s+)?(?:acted|moved\s+against|took\s+action|cracked\s+"
                          r"down)\b")
# "…we assess with moderate confidence that the network was operated from China"
ASSESS_WORDS = {"assess", "assessed", "conclude", "concluded", "judge", "believe"}
WE_ASSESS = re.compile(r"\b(?:we|researchers|analysts|investigators)\s+(?:\w+\s+){0,4}?(?:assess(?:ed)?|conclude[d]?|"
                       r"judge|believe)\b[^.;]{0,80}?\b(?:the|this)\s+(?:network|operation|campaign|activity)\b", re.I)
WHETHER_BEFORE = re.compile(r"\bwhether\s+(?:\w+\s+){0,4}$", re.I)
SAME_NETWORK = re.compile(r"\b(?:(?:linked|tied|connected|belonging|related|attributed)\s+to|(?:run|operated|"
                          # (not "an early version of the same operation": a forerunner, not it)
                          r"controlled|managed)\s+by|from|in|(?<!version\s)(?<!incarnation\s)(?<!iteration\s)of|"
                          r"(?:what|which)\s+(?:it|they|the\s+company)\s+"
                          r"(?:said|says)\s+(?:was|were|is)|part\s+of)\s+the\s+same\s+(?:[A-Z][\w-]*\s+)?"
                          r"(?:operation|network|campaign|group|actors?|operators|people|individuals|troll\s+farm|"
                          r"scheme|effort|activity|firm|company|agency|outfit|studio|office|unit|team|department|"
                          r"consultancy)\b"
                          # "60 company pages that the operators created to make the fake employers look real"
                          r"|\b(?:that|which)\s+the\s+(?:operators|network|operation|campaign)\s+(?:had\s+)?(?:created|"
                          r"set\s+up|ran|run|used|controlled|operated)\b"
                          # "This activity is a continuation of a network we first disclosed in June 2019, when we
                          # removed 1,204 accounts": the network just told, at an earlier takedown
                          r"|\bcontinuation\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:network|operation|campaign|activity)\b"
                          # "the total for this campaign has since risen to 143 YouTube channels": an update's
                          r"|\b(?:total|figure|count|tally)\s+for\s+(?:this|that)\s+(?:campaign|network|operation)\b"
                          # "46 accounts that shared links to the same Pages": what amplified the network just told
                          r"|\b(?:shar(?:ed|ing)|amplif(?:ied|ying)|promot(?:ed|ing)|boost(?:ed|ing)|push(?:ed|ing))\s+"
                          r"(?:links\s+to\s+|posts\s+from\s+|content\s+from\s+)?the\s+same\s+(?:pages|accounts|"
                          r"channels|websites|sites|domains|videos)\b",
                          re.I)
SURFACE_OWNER = {"Instagram": "Facebook", "Facebook": "Facebook", "YouTube": "YouTube", "Twitter": "Twitter",
                 "TikTok": "TikTok", "Reddit": "Reddit", "Blogger": "Google", "AdSense": "Google", "Ads": None,
                 "Play": "Google", "Telegram": "Telegram", "WhatsApp": "Facebook", "Threads": "Facebook"}

# --------------------------------------------------------------------------- the document walk


REMOVAL_NEAR_MONTH = re.compile(rf"\b(?:{MONTH_WORD})\s+(?:\d{{4}}\s+)?(?:it|we|they|the\s+company)\s+"
                                rf"(?:had\s+)?{REMOVAL_STEM}|{REMOVAL_STEM}\w*\s+[^.;]{{0,40}}?\b(?:in|during)\s+"
                                rf"(?:{MONTH_WORD})\b", re.I)
SAID_ON_BEFORE = re.compile(r"\b(?:said|says|announced|reported|disclosed)\s+(?:on\s+)?$", re.I)


@lru_cache(maxsize=64)
def _covered(title: str, body: str, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """`reported_period`, remembered: asked for each sentence a date is resolved in, and of each figure's date."""
    return reported_period(title, body, published)


def _resolve_date(sentence: str, document: Document) -> tuple[dt.date | None, str | None]:
    """The date a sentence gives its news, else the document's own."""
    return _dated_in(sentence, document) or ((document.published, "day") if document.published else (None, None))


def _in_brackets(text: str, at: int) -> bool:
    """Whether a position stands inside round brackets ("(Facebook, November 2020)")."""
    opened = text.rfind("(", 0, at)
    return opened >= 0 and text.find(")", opened, at) < 0 and text.find(")", at) >= 0


def _table_header(document: Document, sentence: Sentence) -> str:
    """The first line of the table whose row the sentence is: its header ("| Platform | Date | Reported figure |")."""
    body = document.body
    start = body.rfind("\n", 0, sentence.start) + 1
    while start > 0 and body.startswith("|", body.rfind("\n", 0, start - 1) + 1):
        start = body.rfind("\n", 0, start - 1) + 1
    return body[start:body.find("\n", start) % (len(body) + 1)]


ITEM_YEAR = re.compile(r"\bin\s+((?:19|20)\d\d)\b(?![\s,]*(?:and|to|-|–)\s+(?:19|20)\d\d)")


def _item_year(text: str, item: CountedUnit, assets: list[CountedUnit]) -> int | None:
    """The one year told right after each of a sentence's figures, before the next: "Google terminated 14,866
    channels tied to the network in 2021 and 18,520 in 2022" (a year a figure names before its own, "…of 2021:", is
    the sentence's; and the story's own year dates a figure as the story does)."""
    after = [a.count.start for a in assets if a.count.start > item.end]
    span = text[item.end:min(after, default=min(len(text), item.end + 60))]
    years = ITEM_YEAR.findall(span)
    return int(years[0]) if len(years) == 1 and not re.search(r"\d", span.replace(years[0], "", 1)) else None


# "…since August 2020, when it added 3,636 accounts": a figure of the date just before it
_WHEN_IT = r",\s+when\s+(?:it|they|we|the\s+(?:company|platform)|[A-Z][\w-]+)\s+(?:had\s+)?(?:[a-z]+\s+){1,3}?"
WHEN_IT_DID = re.compile(_WHEN_IT + "$")  # (right before the figure)
WHEN_CLAUSE = re.compile(_WHEN_IT + r"(?=\S)")  # (anywhere in the sentence)


def _when_clause(text: str, item: CountedUnit) -> int | None:
    """Where a ", when it removed…" clause that holds the figure starts: "…since September 2020, when the company
    removed 64 accounts, 32 Pages and 18 Instagram accounts" (each figure of its list, not one told after it)."""
    if "when" not in text:
        return None  # (asked of every figure: most sentences have no "when" at all)
    clause = next((m for m in reversed(list(WHEN_CLAUSE.finditer(text))) if m.end() <= item.count.start), None)
    if clause is None:
        return None
    between = text[clause.end():item.count.start]
    return clause.start() if len(between) < 120 and not re.search(r"[;:]|\b(?:when|which|who|that|while|but)\b",
                                                                  between) else None


def _date_ending(words: str, document: Document) -> tuple[dt.date, str] | None:
    """The date the words end on ("…its first since August 2020"), or None."""
    mentions = dates_in(words, document.published)
    if mentions and not words[mentions[-1].start + len(mentions[-1].text):].strip(" ,"):
        return mentions[-1].date, mentions[-1].precision
    return None


def _dated_in(sentence: str, document: Document) -> tuple[dt.date, str] | None:
    """The date a sentence gives its news, if any: not an election's, a report's period, a tip's or a span of
    activity's."""
    anchor = document.published
    # a year alone ("in 2022") dates the news only where nothing more precise does ("…removed in December")
    mentions = sorted(dates_in(sentence, anchor), key=lambda mention: mention.precision == "year")
    past_election: DateMention | None = None  # an election's month well before the story, which the news came before
    if anchor and any(m.precision == "month" and m.date.year == anchor.year for m in mentions):
        covered = _covered(document.title or "", document.body, anchor)
        if covered and (covered[0].month, covered[0].day, covered[1].month, covered[1].day) == (1, 1, 12, 31) and \
                covered[0].year == covered[1].year < anchor.year:
            # ("In January we removed 1,086 Facebook accounts", in a report on 2024 published in February 2025: the
            # January of the year it reports on)
            mentions = [replace(m, date=m.date.replace(year=covered[0].year)) if m.precision == "month"
                        and m.date > covered[1] and not YEAR_WRITTEN.search(m.text) else m for m in mentions]
    if any(names_a_quarter(m.text) or HALF_YEAR.match(m.text) for m in mentions) and (
            covered := _covered(document.title or "", document.body, anchor)) is not None:
        # ("In the first quarter of 2024, we removed 5 networks", in the Q1 report: the report's own news, dated by it)
        mentions = [m for m in mentions if not ((names_a_quarter(m.text) or HALF_YEAR.match(m.text))
                                                and covered[0] <= m.date <= covered[1])]
    for index, mention in enumerate(mentions):
        if mention.precision == "day" and SAID_ON_BEFORE.search(sentence, max(0, mention.start - 25), mention.start) \
                and any(other.start > mention.start and (names_a_quarter(other.text) or HALF_YEAR.match(other.text))
                        for other in mentions):
            continue  # "Google said on Tuesday it had terminated 2,315 channels in the first quarter": the quarter's
        if mention.precision == "week" and any(
                other.start > mention.start and other.precision == "month" and REMOVAL_NEAR_MONTH.search(
                    sentence, max(0, other.start - 40), other.start + len(other.text) + 40) for other in mentions):
            continue  # "In a separate disclosure this week, TikTok said that in August it removed 1,745 accounts"
        if index + 1 < len(mentions) and (DATELINE_AFTER.match(after := sentence[mention.start + len(mention.text):])
                                          or (COLON_AFTER.match(after) and DATELINE_CITY.match(sentence)
                                              and mention.start < DATELINE_REACH)) and \
                re.search(r"\w", sentence[:mention.start]):
            continue  # "CHISINAU, May 30 -- Meta said … on Wednesday, May 29": the story's date, not the news (but
            # "**February 2023 - Meta (Q4 2022 report).** Meta removed…", a list item's label, dates the item)
        if _reports_quarter(sentence, mention) and any(
                other.precision in ("day", "month") and not _reports_quarter(sentence, other)
                and not names_a_quarter(other.text) and 0 <= _months_between(other.date, mention.date) <= 2
                for other in mentions):
            continue  # "In our first-quarter bulletin we said that in February we terminated…": the report's quarter
        if mention.precision == "month" and not names_a_quarter(mention.text) and not (
                HALF_YEAR.match(mention.text) and len(mentions) == 1) and (
                PERIOD_BEFORE.search(sentence[max(0, mention.start - 40):mention.start])
                or PERIOD_AFTER.match(sentence[mention.start + len(mention.text):])):
            continue  # "its report for April 2020, released on Tuesday, May 5": the period a report covers
        if mention.precision == "month" and any(other.precision == "day" and other.date.replace(day=1) ==
                                                mention.date and not EVENT_AFTER.match(
                                                    sentence[other.start + len(other.text):]) for other in mentions):
            continue  # "In December, Meta removed 77 accounts…, in a takedown it announced on December 10": the day
            # (but not "…around the 8 February 2024 general election": an election's)
        if mention.text.lower().startswith(("this", "earlier this")) and SPAN_END.search(
                sentence[max(0, mention.start - 60):mention.start]):
            continue
        # ("Copperline, which we first reported in our Q4 2023 report, when we removed 1,340 accounts": the aside's
        # period is the removal's, told right after it with "when")
        # (but "Steppe Wire, which Meta announced in March 2022, was made up of 67…": the named takedown's own)
        if mention.precision != "day" and any(aside.start() < mention.start < aside.end() and not re.search(
                REMOVAL_STEM + r"|\bannounc", aside.group(), re.I) and not WHEN_AFTER.match(sentence, aside.end())
                for aside in ASIDE.finditer(sentence)):
            continue  # (an aside's weekday may still be the news day: "DFRLab, which published on Monday, …")
        if "(" in sentence and _in_brackets(sentence, mention.start) and any(
                other.start > mention.start and not _in_brackets(sentence, other.start) for other in mentions):
            continue  # "Examples include Azerbaijan (Facebook, November 2020) and Bolivia, where Twitter suspended
            # 1,960 accounts in November 2021": the bracketed case's date, not the sentence's own removal's
        if _another_events_date(sentence, mention):
            if anchor and mention.precision == "month" and mention.date.month >= 3 and ELECTION_IN_BEFORE.search(
                    sentence, max(0, mention.start - 60), mention.start) and (anchor - mention.date).days > 62:
                past_election = mention
            continue
        if (launched := LAUNCHED_SINCE_THEN.search(sentence)) and launched.start() < mention.start < launched.end():
            continue  # "We launched the archive in October 2018, and since then…": where a running total starts
        if COMPARED_FIGURE_BEFORE.search(sentence, max(0, mention.start - 50), mention.start):
            continue  # "827 million fake accounts in Q2 2024, down from 911 million in Q1 2024": the comparison's
        if (SINCE_BEFORE.search(sentence, max(0, mention.start - 60), mention.start) and not (
                SINCE_IT_SAID.search(sentence, max(0, mention.start - 60), mention.start)
                and THAT_AFTER.match(sentence, mention.start + len(mention.text)))) or \
                mention.text[:5].lower() == "since":  # ("Since August we have suspended 1,032 accounts")
            continue  # "Since we started publishing this report in 2021, we have disrupted 38": where a total starts
        if TIP_BEFORE_DATE.search(sentence, max(0, mention.start - 100), mention.start):
            continue  # "following a notification submitted by the ministry on 2 February, YouTube…": the tip's day
        if any(aside.start() < mention.start < aside.end() and platforms_in(aside.group())
               and not ITEM_FIGURE.fullmatch(sentence, 0, aside.start())
               # (nor the dash after a dateline: "JOHANNESBURG, 22 May 2024 — TikTok said on Tuesday…")
               and not ((lead := DATELINE_LEAD.match(sentence)) and 0 < lead.start(1) - aside.start() <= 3)
               for aside in DASH_ASIDE.finditer(sentence)):
            continue  # "banned a group of accounts — the themes TikTok saw in a takedown earlier this year": its date
        if MONTH_SPAN.match(sentence, mention.start) and not REMOVED_BEFORE_SPAN.search(
                sentence, max(0, mention.start - 80), mention.start) and not REMOVED_AFTER_SPAN.match(
                sentence, mention.start + len(mention.text)):
            continue  # "ran ads from March to May": when it was active; "terminated 1,847 channels between April and
            # June" dates the removal
        if (ACTIVITY_BEFORE.search(sentence[max(0, mention.start - 30):mention.start]) and not WHEN_AFTER.match(
                sentence, mention.start + len(mention.text) + 1) and not REMOVAL_BEGAN.search(
                sentence, max(0, mention.start - 160), mention.start)) or AHEAD_OF.search(
                sentence[max(0, mention.start - 30):mention.start]) or EVENT_AFTER.match(
                sentence[mention.start + len(mention.text):]) or EVENT_BEFORE.search(
                sentence[max(0, mention.start - 30):mention.start]):
            continue  # "ads between October 2013 and this month": when the network was active, not the news
        if anchor is None or mention.date <= _latest_day(document.body, anchor) + dt.timedelta(days=1):
            return mention.date, mention.precision
    if past_election is not None:
        # "Ahead of Moldova's local elections in November 2023, the company removed…", a year on: an earlier
        # takedown, of the election's year (not its month, which the removal came before)
        return past_election.date.replace(month=1, day=1), "year"
    return None


def _reports_quarter(sentence: str, mention: DateMention) -> bool:
    """A quarter that names a report ("our first-quarter bulletin", "Meta's Q1 2024 report"), not when it acted."""
    return bool(QUARTER_REPORT.fullmatch(mention.text) or (names_a_quarter(mention.text) and PERIOD_AFTER.match(
        sentence, mention.start + len(mention.text))))


def _months_between(earlier: dt.date, later: dt.date) -> int:
    """How many calendar months `later`'s month is after `earlier`'s."""
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def _weeks_before(date: dt.date | None, document: Document) -> bool:
    """A date the text gives weeks before its own: an earlier takedown mentioned in passing; unless the
    document is a report on the period that date is in ("In March we disrupted…", in March's report)."""
    if not (date and document.published and (document.published - date).days > 14):
        return False
    period = _covered(document.title or "", document.body, document.published)
    return not (period and period[0] <= date <= period[1])


def _day_heading(heading: str, document: Document) -> tuple[dt.date, str] | None:
    """A heading that is a day and nothing else ("9 July 2024", "March 5, 2024"), on or before the document's
    latest day: that day."""
    mentions = dates_in(heading, document.published)
    if len(mentions) != 1 or mentions[0].precision != "day" or len(mentions[0].text) < len(heading) - 4:
        return None
    latest = _latest_day(document.body, document.published)
    return (mentions[0].date, "day") if latest is None or mentions[0].date <= latest else None


def _month_heading_date(heading: str, document: Document) -> tuple[dt.date, str]:
    """A section heading such as "July" in a bulletin published in October: that July (and in a review of a year
    published after it, "## January" in "Review 2022", that year's January)."""
    month = month_number(heading.split()[0])
    covered = _covered(document.title or "", document.body, document.published)
    anchor = covered[1] if covered and covered[0].year == covered[1].year else document.published
    year = int(heading[-4:]) if heading[-4:].isdigit() else anchor.year - (month > anchor.month)
    return dt.date(year, month, 1), "month"


def _news_date(sentence: str, document: Document, publisher: str | None = None) -> tuple[dt.date, str] | None:
    """The date a sentence gives for this story's news ("said on Wednesday"), not for an earlier event; or, a
    little longer before, the day a platform says it published its own findings (a witness's "On October 12 we
    published our findings on a network…", at a hearing weeks later)."""
    if not document.published or not _explicit_date(sentence, document):
        return None
    # (a sentence whose only date is another event's gives none: "…tied it to a network it had removed in April 2020")
    date, precision = _dated_in(sentence, document) or (None, None)
    # (a weekday "of last week" may be up to 13 days before the story)
    within = OWN_FINDINGS_DAYS if publisher and WE_PUBLISHED.search(sentence) else (
        13 if "last week" in sentence.lower() else 7)
    # (or the day a platform's report came out, however long before: "Buried in Meta's quarterly Adversarial Threat
    # Report for the third quarter, published on 22 November, was a network…", in a newsletter of December 9)
    if "published" in sentence and (report := REPORT_PUBLISHED.search(sentence)) and (out := next((
            m for m in dates_in(sentence, document.published) if 0 <= m.start - report.end() <= 1), None)):
        date, precision, within = out.date, out.precision, OWN_FINDINGS_DAYS
    if date and precision == "day" and 0 <= (document.published - date).days <= within:
        return date, precision
    return None


# a platform's "we published our findings", "we announced the takedown": the day of its own announcement
A_NETWORK_PLACED = re.compile(r"\ba\s+(?:[\w-]+\s+){0,2}?(?:network|operation|campaign)\s+(?:that|which)\s+"
                              r"(?:originated|was\s+(?:based|run|operated))\b", re.I)
TARGET_SENTENCE_CUE = re.compile(r"\btarget\w*|\baim\w*", re.I)
EACH_OF_THEM = re.compile(r"\beach\b|\bapiece\b|\brespectively\b", re.I)
SPECIFICALLY = re.compile(r"\W*(?:More\s+)?(?:Specifically|In\s+particular|Precisely)\b")
WE_PUBLISHED = re.compile(r"\b[Ww]e\s+(?:first\s+)?(?:published|announced|disclosed)\b")
# "Meta's quarterly Adversarial Threat Report for the third quarter, published on 22 November": its own report's day
REPORT_PUBLISHED = re.compile(r"\b[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+){0,4}?(?:[Rr]eport|[Bb]ulletin|[Uu]pdate)\b"
                              r"[^.;]{0,60}?,?\s+(?:which\s+was\s+|was\s+)?(?:published|released|posted)\s+on\b")
OWN_FINDINGS_DAYS = 92


# "…the INCD, a state agency created in 2019": when something began, not a removal
FOUNDED_BEFORE = re.compile(r"\b(?:created|founded|established|set\s+up|formed|incorporated|registered)\s+$", re.I)


# "…the troll factory indicted by U.S. special counsel Robert Mueller in February": a court's or a government's act
LEGAL_ACT_BEFORE = re.compile(r"\b(?:indicted|charged|sanctioned|convicted|sentenced|arrested|sued|fined|designated|"
                              r"banned\s+by\s+(?:the\s+)?(?:government|court|regulator))\b[^;]{0,55}$",
                              re.I)


OWNER_OF_BEFORE = re.compile(r"\b(?:owner|parent(?:\s+company)?)\s+of\s+(?:[A-Z][\w-]*(?:\s*,\s*|\s+and\s+))*$")
# a figure with its unit, right before: "…the 1,845 core accounts " (and "…accounts that ")
_FIGURE_UNIT = r"\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:accounts|pages|channels|groups|profiles|videos)\s+"
FIGURE_THAT_BEFORE = re.compile(_FIGURE_UNIT + r"(?:that|which)\s+$", re.I)
VERB_GAP = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?")
FIGURE_JUST_BEFORE = re.compile(_FIGURE_UNIT + "$", re.I)


def _another_events_date(sentence: str, mention: DateMention) -> bool:
    """Whether a date is of another's action ("…removed channels linked to the firm that Meta banned last week",
    "…the network that Facebook first exposed in 2018") or an election's month ("…ahead of the European Parliament
    elections in June"), not of the sentence's own removal."""
    before = max(0, mention.start - 60)
    others = OTHERS_REMOVAL_BEFORE.search(sentence, before, mention.start)
    # (but "…the 1,845 core accounts that Twitter disclosed in June 2020": the figure's own removal, told after it)
    # (nor "…added 4,301 accounts to the network it first disclosed in August, when it removed 936 accounts": the
    # figure told with "when" is that earlier removal's own, dated by it)
    return (others is not None and not FIGURE_JUST_BEFORE.search(sentence, max(0, others.start() - 80),
                                                                  others.start())
            and not WHEN_CLAUSE_AFTER.match(sentence, mention.start + len(mention.text))) or (
        mention.precision == "month" and ELECTION_IN_BEFORE.search(sentence, before, mention.start) is not None) or (
        FOUNDED_BEFORE.search(sentence, max(0, mention.start - 25), mention.start) is not None) or (
        (legal := LEGAL_ACT_BEFORE.search(sentence, max(0, mention.start - 70), mention.start)) is not None
        and not re.search(REMOVAL_STEM, legal.group(), re.I))


def _only_others_dates(sentence: str, document: Document) -> bool:
    """Whether every date the sentence gives is another event's (`_another_events_date`): the sentence's own news
    is then as old as the story's."""
    return all(_another_events_date(sentence, m) for m in dates_in(sentence, document.published))


def _explicit_date(sentence: str, document: Document) -> bool:
    latest = _latest_day(document.body, document.published)
    return any(latest is None or m.date <= latest + dt.timedelta(days=1)
               for m in dates_in(sentence, document.published))


# "Update on January 18, 2024: We have since removed an additional 17 accounts…", atop a post first published earlier
UPDATE_LABEL = re.compile(r"^\W*(?:Update|Updated|UPDATE|UPDATED)(?:\s+on|\s+as\s+of|,)?\s+(?P<when>[^:\n]{6,40}?)"
                          r"\s*[:—–]", re.M)


def _update_day(document: Document, sentence: Sentence) -> dt.date | None:
    """The day of an update that opens the sentence's paragraph ("Update on March 5, 2024: …"), later than the
    document's own: the day its figures were told, whatever earlier months they speak of."""
    if document.published is None or "pdate" not in document.body:
        return None
    body = document.body
    start = body.rfind("\n", 0, sentence.start) + 1 if document.path.lower().endswith((".html", ".htm")) else \
        body.rfind("\n\n", 0, sentence.start) + 1
    label = UPDATE_LABEL.match(body, start + (body[start:start + 1] == "\n"))
    if label is None or label.start() > sentence.start:
        return None
    days = [m.date for m in dates_in(label["when"], document.published) if m.precision == "day"]
    return days[0] if days and days[0] > document.published else None


@lru_cache(maxsize=64)
def _latest_day(body: str, published: dt.date | None) -> dt.date | None:
    """The latest day a document speaks from: its publication, or a later update it labels ("Update on March 5,
    2024:"), whose own figures are dated by it rather than taken for a date in the future.  (Remembered by the body
    and the day, whose hashes are cheap, for the many sentences that ask.)"""
    if published is None:
        return published
    updates = [m.date for label in UPDATE_LABEL.finditer(body)
               for m in dates_in(label["when"], published) if m.precision == "day" and m.date > published]
    return max(updates, default=published)


class _Story:
    """What the story so far has said: the platform it is about and whether removals were reported."""

    def __init__(self) -> None:
        self.platform: str | None = None
        self.action: str | None = None
        self.dated_by_heading = False  # `date` is a year heading's ("## 2022"), which the next heading ends
        self.named_heading: tuple[str, int] | None = None  # a heading that may name the network told under it
        self.case_heading: int | None = None  # where a report's numbered case without a country opens ("Case 2: …")
        self.case_from = -1  # where the report's last numbered case opens: the figures before it are another case's
        self.networks: list[str] = []
        self.date: tuple[dt.date, str] | None = None
        self.columns: list[tuple[str, str | None] | None] | None = None  # what a table's columns count
        self.year_columns: list[int | None] | None = None  # the year of each column ("| Measure | 2019 | 2020 |")
        # where a table's "Unit" column is, and the period of each other column ("| Policy area | Unit | H2 2024 |")
        self.period_columns: tuple[int, list[tuple[dt.date, str] | None]] | None = None
        self.measures: list[str | None] = []  # the reach a table's columns measure ("Followers of network")
        self.column_roles: list[str | None] = []  # the columns that say whom a row targeted, or describe it
        self.column_action: str | None = None  # the removal a header names ("Accounts suspended")
        self.column_acted: list[bool] = []  # which columns' headers name a removal
        self.column_returning: list[bool] = []  # which columns' headers count networks coming back
        self.last_fact: Fact | None = None
        self.told: list[Fact] = []  # every figure so far, which a later sentence may tell again
        self.findings = False  # in a list of what someone found (`FOUND_LEAD`), not of what was removed
        # who ran each named network, as a sentence after its name says ("It was operated from Egypt by Sahm Digital")
        self.network_links: dict[str, list[str]] = {}
        # a figure an update says it "previously reported", put right further on in its paragraph: (value, its end)
        self.revising: tuple[int, int] | None = None
        self.elided: dict[int, int] = {}  # a sentence of figures told without their unit: the sentence that gave it
        self.estimates: set[int] = set()  # the sizes someone estimated a network at ("by my count, 1,935 accounts")
        self.corrections: list[tuple[Sentence, CountedUnit, list[str]]] = []  # told before the figures they correct
        # ("Correction, October 9: An earlier version of this post listed 1,942 accounts…. The correct figure is 1,492",
        # atop the post whose text gives 1,492): correction notes whose right figure is told below them
        self.notes_above: list[tuple[list[Sentence], re.Match[str]]] = []
        self.preliminary = False  # a figure has been given as preliminary (`PRELIMINARY`), which a later one replaces
        self.publisher: str | None = None
        self.voice: str | None = None  # the body whose witness has the floor in a transcript, not a platform
        self.apart: set[int] = set()  # sentences whose figures are a cluster the one before brought in, unnamed
        self.section: str | None = None  # the country a heading such as "Russia" gives the lines below it
        self.section_end: int | None = None  # where a labelled paragraph ("China. We removed…") ends
        self.not_influence_until = 0  # where a section that says it is no influence operation ends
        self.record_end = 0  # where a network's record of "Label: value" fields, read as one, ends (`_field_record`)
        # sentences without a figure about "it", which may say where it came from ("We attribute it to…")
        self.about: list[str] = []
        # in a list that a sentence such as "It also covered two smaller operations:" opens, each item is a network
        # of its own: it takes no country from the item before
        self.items_apart = False
        # a look back's time: the earlier month a sentence gives, and where its paragraph ends
        self.era: tuple[dt.date, str, int] | None = None
        # paragraphs that open on where their networks came from: (opening sentence, paragraph end, countries)
        self.topics: list[tuple[int, int, tuple[str, ...]]] = []
        # what a country's section says of its network before the figures: whom it targeted, who ran it
        self.section_about: _Roles | None = None
        self.definitions: dict[str, list[str]] = {}  # a network's name -> the sentences that say what it is
        self.names: set[str] = set()  # every name the document gives a network
        # another's name for a network the story told of first ("which tracks the activity as Storm-2291") -> the
        # story's own name for it, which its figures keep
        self.first_names: dict[str, str] = {}
        # where a named network came from, as the figure told with its name says: "this network", in the next list
        # item about another country's network, is not that one
        self.named_origins: dict[str, str] = {}
        # where a named network came from and whom it worked on, as a sentence of which it is the subject says
        # ("Cordillera focused mainly on voters in Chile…", or a story's one network: "the network operated from Togo
        # and targeted…"), for its figures told elsewhere
        self.network_placed: dict[str, _Roles] = {}
        # the same, said by a sentence that names the network in passing ("…a network, known as "Pélican", that
        # targeted public debate in France and Belgium"): for what no other reading places
        self.named_placed: dict[str, _Roles] = {}
        self.run_by: list[list[str]] = []  # who a sentence says ran "the network", named
        self.aims_answered: _Roles | None = None  # whom it targeted, as an FAQ's answer says
        self.quarter_date: tuple[dt.date, str] | None = None  # the quarter a section's heading names its report of
        self.defined_at: tuple[str, int] | None = None
        # a paragraph's label that names its network ("X and Desert Relay.", "Desert Relay (X).") and where the
        # paragraph ends: its figures are that network's
        self.label_name: tuple[str, int] | None = None
        self.section_links: list[str] | None = None
        self.section_from = 0  # the heading's sentence
        self.section_name: str | None = None  # the network a heading names: 'Russia ("Broken Mirror")'
        self.section_date: tuple[dt.date, str] | None = None  # "We took it down in February 2024."

    def replaced(self, facts: list[Fact], changed: dict[int, Fact]) -> list[Fact]:
        """`facts` with some replaced (by `id`), and the story's own references to them too: what later figures
        point back at (`told`, `last_fact`) must see the change."""
        self.told = [changed.get(id(f), f) for f in self.told]
        self.last_fact = self.last_fact and changed.get(id(self.last_fact), self.last_fact)
        return [changed.get(id(f), f) for f in facts]

    def in_section(self, fact: Fact) -> bool:
        """The fact was told under the current country heading, and is that country's."""
        return fact.sentence >= self.section_from and self.section in fact.origins

    def antecedent(self) -> Fact | None:
        """The takedown the story told last, which a figure without its own countries may point back at; not
        one from before a heading for another country ("### Mexico" after Ukraine's figures)."""
        last = self.last_fact
        if last is not None and last.scope == "cumulative":
            return None  # "Since 2017, we have removed more than 230 networks": a running total has no parts below
        if last is not None and self.section and last.origins and self.section not in last.origins:
            return None
        # nor an earlier takedown told in passing ("…a network we removed in March, when we took down 240
        # accounts"): the figures that follow are this report's
        if last is not None and last.reference and self.section:
            return None
        return None if last is not None and last.sentence < self.case_from else last  # (nor another numbered case's)

    def actors(self, sentence: str, action_at: int | None, counted: list[CountedUnit]) -> list[str]:
        """Who did the removing.

        The platforms named before the verb as its subject ("Facebook and Twitter said they were
        removing…"); else one named after it as where the accounts were ("suspended 284 accounts
        from Twitter"); else the platform the story is about ("The company also said…").  A platform
        named only as the surface of a count ("65 Facebook accounts") is not an actor.
        """
        if self.publisher and (FIRST_PERSON.match(sentence) or (action_at is not None and WE_JUST_BEFORE.search(
                sentence, max(0, action_at - 30), action_at))):
            return [self.publisher]  # "We terminated…", "In our Q2 2023 update, we banned…" in a platform's own post
        if self.publisher and action_at is not None and not sentence[:action_at].strip(" -*•\t"):
            return [self.publisher]  # ("What we did: - Removed the 64 servers…", its list's items: its own removals)
        mentions = [m for m in platforms_in(sentence) if not any(c.count.end <= m[1] <= c.end for c in counted)
                    and not UNIT_NEXT.match(sentence, m[2])  # "followed its Instagram accounts": where, not who
                    and not AUDIENCE_NEXT.match(sentence, m[2])  # ("118,000 Instagram followers": whose audience)
                    and not sentence.startswith("-owned", m[2])  # ("Facebook-owned Instagram": Instagram, the owned)
                    # ("Hours after the Facebook announcement, Twitter said…": whose announcement, not who acted)
                    and not ANNOUNCEMENT_NEXT.match(sentence, m[2])]
        # "The owner of Facebook and Instagram said it had removed…": Meta, for which the family's head stands
        if "owner" in sentence or "parent" in sentence:  # (`OWNER_OF_BEFORE`'s words: most sentences have neither)
            mentions = [(PLATFORM_PARENT.get(name, name), start, end) if OWNER_OF_BEFORE.search(sentence, 0, start)
                        else (name, start, end) for name, start, end in mentions]
        if action_at is None:
            return [mentions[0][0]] if mentions else ([self.platform] if self.platform else [])
        # "After telling reporters that it had suspended about 900 accounts…, X's safety team published…": a fronted
        # clause's pronoun is the main clause's platform
        fronted = FRONTED_CLAUSE.match(sentence)
        if fronted and fronted.end() > action_at and not any(start < action_at for _, start, _ in mentions):
            main = [name for name, start, _ in mentions if fronted.end() <= start <= fronted.end() + 2]
            if main:
                return main
        # "…where we wrote about Facebook's October 2019 removal of 73 Pages": the removal's owner, however it is
        # governed
        owner = [name for name, _, end in mentions if end < action_at and OWNER_BEFORE_REMOVAL.fullmatch(
            sentence, end, action_at) and REMOVAL_NOUN_AT.match(sentence, action_at)]
        if owner:
            return owner[-1:]
        # "…the 1,845 core accounts that Twitter disclosed in June 2020": the platform of the figure's relative clause
        told_of_figure = [name for name, start, end in mentions if end < action_at and FIGURE_THAT_BEFORE.search(
            sentence, max(0, start - 60), start) and VERB_GAP.fullmatch(sentence, end, action_at)]
        if told_of_figure:
            return told_of_figure[-1:]
        # "Microsoft flagged the network to Meta, which then removed 60 Pages": the relative clause's platform
        relative = [name for name, _, end in mentions if end < action_at
                    and RELATIVE_SUBJECT.fullmatch(sentence, end, action_at)]
        if relative:
            return relative[-1:]
        # the verb's own clause ("…, the company said; X suspended 60 accounts"), and not a relative clause's
        # subject ("The operation, which Microsoft tracks as Storm-1516, …")
        clause_start = sentence.rfind(";", 0, action_at) + 1
        # ("Telegram has declined to remove…, even as YouTube, X and Meta took down accounts…": the verb's own clause)
        for joined in SUBORDINATE_CLAUSE.finditer(sentence, clause_start, action_at):
            clause_start = joined.end()
        subjects = [name for name, start, end in mentions
                    if start < action_at and (SAID_THAT.search(sentence, max(0, start - 60), start) or (
                        not OBJECT_BEFORE.search(sentence[:start])
                        and not RELATIVE_BEFORE.search(sentence, max(0, start - 8), start))
                        # ("…opened with X suspending 3,418 accounts": the subject of the verb in -ing)
                        or (action_at == end + 1 and GERUND.match(sentence, action_at)))]
        subjects = [name for name, start, _ in mentions if name in subjects and start >= clause_start] or subjects
        # ("Examples include Azerbaijan (Facebook, November 2020) and Bolivia, where Twitter suspended…": an aside's)
        subjects = [name for name, start, _ in mentions if name in subjects and not (
            "(" in sentence and _in_brackets(sentence[:action_at], start))] or subjects
        # ("ShareChat said its short-video app Moj had removed 760 accounts": the app the speaker says acted; but
        # "Google said YouTube had terminated…" stays Google's, YouTube being its own)
        reported = [name for name, start, _ in mentions if name in subjects and start < action_at
                    and REPORTED_SUBJECT.search(sentence, max(0, start - 50), start)]
        if reported and all(PLATFORM_PARENT.get(name, name) != PLATFORM_PARENT.get(reported[0], reported[0])
                            for name in subjects if name not in reported):
            subjects = reported
        if subjects:
            kept: list[str] = []
            for name in subjects:
                if not any(name == k or PLATFORM_PARENT.get(name) == k or PLATFORM_PARENT.get(k) == name
                           for k in kept):
                    kept.append(name)
            return kept
        # "5,000 accounts were taken down by Facebook": the agent of a passive removal did it
        if PASSIVE_BEFORE.search(sentence[:action_at]):
            agents = [name for name, start, _ in mentions
                      if start > action_at and AGENT_GAP.fullmatch(sentence[action_at:start])]
            if agents:
                return agents[:1]
        # (but not who gave the tip: "…removed nine Pages, and said the action followed a tip from Twitter")
        places = [name for name, start, _ in mentions
                  if start > action_at and re.search(r"\b(?:from|on|off|across)\s+$", sentence[:start], re.I)
                  and not TIPPER_BEFORE.search(sentence, max(0, start - 40), start)]
        if places:
            return places[:1]
        # "On X, another 58 accounts from the same network were suspended": the platform the sentence opens on
        opened_on = [name for name, start, end in mentions[:1] if start < action_at
                     and re.fullmatch(r"\W*On\s+", sentence[:start], re.I) and sentence.startswith(",", end)]
        if opened_on:
            return opened_on
        # "Witnesses from TikTok told the Committee that the platform had removed 311 accounts": whose people spoke
        tellers = [name for name, _, end in mentions if end < action_at and TOLD_AFTER.match(sentence, end)]
        if tellers and THE_PLATFORM_BEFORE.search(sentence, max(0, action_at - 40), action_at):
            return tellers[-1:]
        # "According to Facebook, the company removed 74 Facebook accounts, 41 Pages…": whose account of it this is
        according = [name for name, start, _ in mentions if start < action_at
                     and ACCORDING_TO_BEFORE.search(sentence, max(0, start - 20), start)]
        if according:
            return according[:1]
        if self.platform:
            return [self.platform]
        # "1,633 accounts… and 29 accounts on Instagram": the surfaces say whose they were, not which app removed them
        return [SURFACE_OWNER.get(c.surface) or c.surface for c in counted if c.surface][:1]


def _opens_a_relative_clause(text: str, start: int) -> bool:
    """A platform named after "that", "which" or "whom" that opens a relative clause ("the firm that Facebook had
    already tied to…"), not what someone said, read or thought ("…recorded that TikTok had removed…")."""
    return RELATIVE_BEFORE.search(text, max(0, start - 8), start) is not None and not SAID_THAT.search(
        text, max(0, start - 60), start) and not HEARD_THAT.search(text, max(0, start - 30), start) and \
        not NTH_TIME_THAT.search(text, max(0, start - 60), start)


# "The removals are the second time since the summer that Facebook has acted…": who acted, not a relative clause
NTH_TIME_THAT = re.compile(r"\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|latest|last)\s+time\b[^.;]{0,40}?"
                           r"\bthat\s+$", re.I)


def _last_told_by(story: _Story, named: tuple[tuple[str, int, int], ...]) -> Fact | None:
    """The last figure the story told, or where the sentence names platforms, the last of theirs."""
    if not named:
        return story.last_fact
    families = {PLATFORM_PARENT.get(name, name) for name, _, _ in named}
    return next((f for f in reversed(story.told) if f.count_text and not f.reference
                 and PLATFORM_PARENT.get(f.platform, f.platform) in families), None)


TARGETS_QUESTION = re.compile(r"^\W*(?:Q\d{1,2}[.:)]?\s*)?(?:Who(?:m)?|Which\s+(?:countries|audiences?|people))\s+"
                              r"(?:did|does|do)\s+(?:it|they|the\s+(?:network|operation|campaign))\s+(?:target|aim\s+at)\?")
# the platforms whose accounts only they remove: a figure of them told under another's verb is theirs
ACCOUNT_PLATFORMS = {"Facebook", "Instagram", "Twitter", "TikTok", "YouTube", "Reddit", "Telegram", "LinkedIn",
                     "Snapchat", "Pinterest", "Bluesky", "Discord", "Twitch", "VK"}
# a quarter's report named with its year: "Meta's Q1 2025 Adversarial Threat Report", "its Q2 2024 bulletin"
QUARTER_REPORT_NAMED = re.compile(r"\bQ[1-4]\s+(?:19|20)\d\d\b[^.]{0,60}\b(?:[Rr]eport|[Bb]ulletin|[Uu]pdate)\b")
# "The personas posed as headhunters … and targeted aerospace engineers in India and Germany": whom they aimed at
THEY_TARGETED = re.compile(r"\W*(?:The|Its|These|Those)\s+(?:personas|accounts|profiles|pages|channels|network|"
                           r"operation|campaign)\b[^.;]{0,160}?\btargeted\b")
# "We documented it and sent it to TikTok": a tip about what the sentence before told of
SAME_ACTED_AGAINST = re.compile(r"\b(?:moved|acted|taken\s+action|took\s+action|cracked\s+down)\s+(?:\w+\s+)?against\s+"
                                r"the\s+same\s+(?:operation|network|campaign|group|actors|operators|firm|company|"
                                r"agency|office|unit|team|department|consultancy)\b", re.I)
POINTS_BACK_AT_IT = re.compile(r"\b(?:sent|passed|handed|forwarded|flagged|reported|shared)\s+(?:it|them|this|these)\b")
GERUND = re.compile(r"[a-z]+ing\b")
FRONTED_CLAUSE = re.compile(r"^\W*(?:After|Before|While|Having|Since|Although|Days\s+after|Hours\s+after)\b"
                            r"[^,;]{10,250}?"
                            r"\b(?:it|the\s+company|the\s+platform)\b[^,;]*,\s*(?:the\s+)?")


def extract_document(document: Document) -> Extraction:
    """Sentences, facts and tips of one document."""
    sentences = split_document(document)
    story = _Story()
    # a platform's own post ("We terminated 138 YouTube channels…") is about that platform
    # ("Meta Newsroom", "TikTok Transparency Center": the platform that publishes it)
    # (not a platform that only hosts someone's post: "Bluesky (post by @joana…)", "LinkedIn post by …")
    hosted = HOSTED_POST.search(document.publisher or "") is not None
    publisher = None if hosted else PLATFORM_ALIASES.get((document.publisher or "").lower()) or next(
        (name for name, _, _ in platforms_in(document.publisher or "")), None) or _byline_platform(document) or \
        _newsroom_platform(document) or _first_person_platform(document)
    story.platform = story.publisher = publisher
    # a hearing's witnesses from several platforms: "we" is the platform of whoever has the floor
    speakers = _speaker_platforms(document)
    bodies = _speaker_bodies(document)  # (and a lab's witness: "we" is the lab)
    facts: list[Fact] = []
    tips: list[Tip] = []
    reach: list[Reach] = []
    aliases: list[tuple[str, str]] = []
    denied: list[Tip] = []
    for index, sentence in enumerate(sentences):
        text = sentence.text
        if sentence.headline and not (" / " in text and tables.field_line(text)):  # (a list's labelled fields)
            # (a report that opens with its first section's heading: '### 1. Meta vs. "Glass Harbor" (Russia)')
            if document.title != text.strip(" #*_") and (heading := _heading(document, sentence)) is not None and \
                    (country := _section_country(heading)):
                story.section, story.section_end, story.section_from = country, None, sentence.position
                story.section_name = _heading_name(heading)
                story.section_about = _aimed_by_heading(heading, country)
                story.networks = []  # (a new country's section: the network named under the last one is not its)
            elif MONTH_HEADING.fullmatch(text.strip(" #*_")) and document.published:
                story.date = _month_heading_date(text.strip(" #*_"), document)  # ("## April", first)
            _names_in_heading(text, story)
            continue
        if (speakers or bodies) and (turn := SPEAKER_TURN.match(text)) and _starts_line(document, sentence):
            speaker = _speaker(text[:turn.end()])
            story.publisher = None if speaker in bodies else speakers.get(speaker, publisher)
            if bodies.get(speaker) != story.voice:
                story.date = None  # (the day a platform's witness gave is not the lab's witness's)
            story.voice = bodies.get(speaker)
        if story.section_end is not None and sentence.start > story.section_end:
            story.section = story.section_end = None  # past the labelled paragraph
        row = tables.cells(text) if text.startswith("|") else None
        if row is None and " / " in text and text.count(":") >= 3 and (fields := tables.field_line(text)):
            # "Network origin: Russia / Target: Georgia / Accounts: 1,046 / Followers: 76,930": a table's row
            # with its header beside each cell
            labels, values = fields
            story.columns, story.measures = tables.column_units(labels), tables.column_measures(labels)
            story.column_roles, story.column_acted = tables.column_roles(labels), [False] * len(labels)
            story.column_action = None
            if any(story.columns) or any(story.measures):
                row_facts, row_reach, row_tips = _table_row(document, sentence, values, story)
                facts += row_facts
                reach += row_reach
                tips += row_tips
                story.columns, story.measures, story.column_roles, story.column_action = None, [], [], None
                continue
        if row is None and ":" in text and RECORD_NAME.match(text) and (record := _field_record(document, sentence)):
            # "Network: Marigold Signal" over "Accounts in network: 6,230" and "Description: We assess that this
            # network operated from…": one network's record, read as a table's row with its header beside each cell
            labels, values, block = record
            story.columns, story.measures = tables.column_units(labels), tables.column_measures(labels)
            story.column_roles, story.column_acted = tables.column_roles(labels), [False] * len(labels)
            story.column_action = None
            if any(story.columns) or any(story.measures):
                row_facts, row_reach, _ = _table_row(document, block, values, story)  # (its tips: the lines' own)
                facts += row_facts
                reach += row_reach
                story.record_end = block.end
        if row is None:
            story.columns, story.measures, story.column_roles, story.column_action = None, [], [], None
            story.year_columns = story.period_columns = None
        elif index + 1 < len(sentences) and tables.is_rule(sentences[index + 1].text):
            # a Markdown table's header: what its rows' figures count, or measure
            story.columns, story.measures = tables.column_units(row), tables.column_measures(row)
            story.year_columns = tables.year_columns(row)
            story.period_columns = tables.period_columns(row)
            story.column_roles = tables.column_roles(row)
            # "Accounts suspended": the verb a column's header gives its figures
            story.column_acted = [action_in(cell) is not None for cell in row]
            # ("| Accounts removed for trying to re-establish |": accounts of networks coming back)
            story.column_returning = [RETURNING.search(cell) is not None for cell in row]
            story.column_action = next((action_in(cell)[0] for cell, unit in zip(row, story.columns, strict=False)
                                        if unit and action_in(cell)), None)
            continue
        elif tables.is_rule(text):
            continue
        elif story.year_columns:
            facts += _year_row(document, sentence, row, story.year_columns, story.publisher)
            continue
        elif story.period_columns:
            facts += _period_row(document, sentence, row, story.period_columns, story.platform or publisher)
            continue
        elif any(story.columns or ()) or any(story.measures):  # (a table whose header names neither is read as
            row_facts, row_reach, row_tips = _table_row(document, sentence, row, story)  # text, row by row)
            facts += row_facts
            reach += row_reach
            tips += row_tips
            continue
        if document.published and ((label := BOLD_MONTH_LABEL.match(text)) or (
                label := NAME_THEN_MONTH_LABEL.match(text)) or (
                label := BOLD_NAME_THEN_WHEN.match(text))) and _starts_line(document, sentence):
            # a look back's item labelled by its month: it dates its line, this sentence's figures too
            when, how_precise = _month_heading_date(" ".join(label["when"].rstrip(".").split()), document) \
                if not label["when"][:1].isdigit() else (dt.date(int(label["when"]), 1, 1), "year")
            if when < document.published:
                story.era = (when, how_precise, _line_end(document, sentence))
                if (named := LABEL_NETWORK.fullmatch(label["label"])) and \
                        _may_name_a_network(named["name"]):
                    story.label_name = (named["name"], _paragraph_end(document, sentence))  # (and it names them)
        action = action_in(text)
        compared: Fact | None = None  # the figure just told, with the month another figure of it is compared for
        words = set(folded(text))  # cheap gates before the expensive patterns
        has_unit = not words.isdisjoint(UNIT_WORDS)
        counted = counted_units(text) if has_unit else []
        if counted and sentence.start < story.record_end:  # ("Accounts in network: 6,230", a field of the network's
            # record, read with the others already)
            counted = [c for c in counted if not FIELD_LABEL.search(text, 0, c.count.start)]
        brought_to: Fact | None = None  # ("…bringing the total to 69": the figure just told, of which this is more)
        if not counted and not words.isdisjoint(FIGURE_WORDS):
            counted = _bare_correction(text, story.last_fact, sentence.position)
            brought_to = story.last_fact if counted and TOTAL_BROUGHT_TO.search(text) else None
        if not counted and action is not None and index and (" of them" in text or " of those " in text
                                                             or " of these " in text):  # (`OF_THEM`'s words)
            counted = _of_them(text, sentences[index - 1].text)  # "Telegram blocked 37 of them", after "112 channels"
        if action is None and counted and story.action and not words.isdisjoint(FIGURE_WORDS) and \
                (moved := NUMBER_MOVED.search(text)) is not None:
            # "The number fell to 6,048 channels in 2023.", in a retrospective of a platform's removals year by year
            action = (story.action, moved.start())
            compared = _compared_month(moved, story.last_fact)
        elif action is None and counted and (fixed := (
                CORRECTED_TO.search(text) if not words.isdisjoint(FIGURE_WORDS) and not any(f.count_text for f in facts)
                else None) or _figure_put_right(sentences, index, counted, facts)):
            # "We previously said 1,873, but the correct number is 1,837 accounts", a correction with nothing above it
            # to correct: the right figure is the takedown's (and a guest's "I have to correct that. It was 1,058
            # accounts.", after a host's "I read that TikTok took down about 10,580", hearsay)
            action = (story.action or "removed", fixed.start())
        actors = story.actors(text, action[1] if action else None, counted)
        if "   " in text and (cell := FIXED_WIDTH_FIRST_CELL.match(text)) and (acting := PLATFORM_ALIASES.get(
                cell["cell"].lower()) or next((name for name, start, _ in platforms_in(cell["cell"]) if start == 0),
                                              None)):
            # "YouTube    channels terminated    4 October 2023    122 channels", a fixed-width table's row: its first
            # column's platform acted (a cell of its own: "X" alone)
            actors = [acting]
        if may_tell_a_tip(text, words):
            # (not "…drew on leads from Oxbow Intelligence, and … an earlier action by Meta, which removed…": the
            # removal told after the tip is another platform's)
            cue = TIP_RE.search(text) if action and ", which" in text else None
            later = bool(action and cue and action[1] > cue.end() and re.search(
                r",\s+which\s+(?:\w+\s+){0,2}$", text[cue.end():action[1]]))
            tip_actors = [story.platform] if story.platform and later else actors
            # (in a lab's witness's turn, "we shared our findings with Meta" is the lab's tip)
            found = tips_in(replace(document, publisher=story.voice) if story.voice else document, sentence,
                            tip_actors or ([story.platform] if story.platform else []), story.publisher)
            # ("These findings are similar to those reported by Meta", in Google's bulletin: the platform named is the
            # source; the bulletin's platform is the one credited)
            found = [replace(tip, platform=story.publisher) if tip.platform is None and story.publisher and
                     PLATFORM_PARENT.get(story.publisher, story.publisher) != PLATFORM_PARENT.get(
                         tip.source, tip.source) else tip for tip in found]
            if found and index + 1 < len(sentences) and DENIED_NEXT.match(sentences[index + 1].text):
                # (a tip someone wrote of, then denied: "…tipped Meta off about Saltmarsh. It did not.")
                denied += found
                found = []
            if found and (tipped := tip_date(text, document.published)):
                own = tip_dates_by_platform(text, document.published)
                found = [replace(tip, tipped=own.get(tip.platform, tipped)[0],
                                 tipped_precision=own.get(tip.platform, tipped)[1]) for tip in found]
            # under a "### Mexico" heading, a tip is about the Mexican network
            tips += [replace(tip, about=story.section) if story.section and not tip.about else tip for tip in found]
            if found and index and POINTS_BACK_AT_IT.search(text) and len(
                    placed := set(cached_roles(sentences[index - 1].text)[0] + cached_roles(
                        sentences[index - 1].text)[1])) == 1:
                # ("…accounts posting identical clips attacking candidates in Ghana's December election… We documented
                # it and sent it to TikTok": about what the sentence before told of)
                tips[-len(found):] = [replace(tip, about=tip.about or next(iter(placed)))
                                      for tip in tips[-len(found):]]
            elif found and (told := story.last_fact) is not None and 0 < sentence.position - told.sentence <= 2 and \
                    len(told.origins) == 1 and THE_NETWORK.search(text) and not _names_a_place_beyond_its_sources(
                        text, found) and all(
                    tip.platform == told.platform for tip in found):
                # ("The third network consisted of 417 accounts originating in Belarus…. Twitter said it first learned
                # of the network from Baltic Lens": about the network just told)
                tips[-len(found):] = [replace(tip, about=tip.about or told.origins[0]) for tip in tips[-len(found):]]
            # "In August 2018, Facebook removed 614 pages… Facebook said it had been tipped off by Brightline": a
            # tip told beside an earlier takedown is as old as it
            # (and one told two sentences after a bulletin item's figure, "We received leads from…", is that item's)
            last = story.last_fact
            if found and last is not None and last.announced and not _explicit_date(text, document) and all(
                    tip.platform == last.platform for tip in found) and (
                    (last.reference and 0 <= sentence.position - last.sentence <= 1) or (
                    not counted and last.announced != document.published
                    and 0 < sentence.position - last.sentence <= 2)):
                # (and about its network: "…removed 312 accounts in April that … were linked to China. Bluesky said
                # it acted after a tip from…", the sentence right after it)
                tips[-len(found):] = [replace(tip, announced=last.announced, about=tip.about or (
                    last.origins[0] if len(last.origins) == 1 and (
                        not last.reference or sentence.position - last.sentence == 1) else None))
                    for tip in tips[-len(found):]]
            elif found and last is not None and not counted and sentence.position - last.sentence == 1 and \
                    len(last.origins) == 1 and all(tip.platform == last.platform for tip in found) and \
                    not countries_in(text) and all(f.origins == last.origins for f in story.told
                                                   if f.sentence == last.sentence and f.count_text):
                # "We terminated 41 channels … linked to Russia. We received leads from Verdad Digital…": about it
                tips[-len(found):] = [replace(tip, about=tip.about or last.origins[0]) for tip in tips[-len(found):]]
        # "Correction: An earlier version of this story misstated the number as 941; the correct figure is 914": the
        # wrong figure is no takedown, and the right one stands in the corrected text above
        if story.findings and not (action is None and _item_line(document, sentence) is not None):
            story.findings = False  # (past the list of someone's findings)
        # ("An earlier version of this post gave our count as 1,593 accounts. … the correct figure is 1,935 accounts":
        # the note's sentences after its first are the note too)
        note = _correction_note(text) or (index and _correction_note(sentences[index - 1].text) and "\n" not in
                                           document.body[sentences[index - 1].end:sentence.start])
        if note and (right := CHANGED_TO.search(text) or CORRECTED_TO.search(text)):
            opening = next((i for i in range(index, max(-1, index - 4), -1) if _correction_note(sentences[i].text)),
                           index)
            noted = _first_figure_noted(document, facts, sentences[opening:index + 1], right)
            if noted is facts:  # (the right figure is told below the note: put right once it is)
                story.notes_above.append((sentences[opening:index + 1], right))
            facts = noted
        if counted and (wrong := (NOT_THE_WRONG.search(text) if " not " in text else None) or PREVIOUSLY_SAID.search(
                text)) is not None and (note or (CORRECTING.search(text) or (
                    index and CORRECTING.search(sentences[index - 1].text)))):
            # "The company removed 1,034 Instagram accounts, not 1,340 as reported above.": the figure told above,
            # corrected where it was told (and a witness's "I need to correct that. The figure is 287 Facebook
            # accounts, not 2,870": the figure a lawmaker put to her)
            facts = _corrected_in_a_note(document, facts, sentence, counted, wrong)
        if len(counted) == 1 and not words.isdisjoint(FIGURE_WORDS) and (
                moved := REVISED_FROM_TO.search(text)) is not None and counted[0].count.end == \
                moved.end("right") and (was := next((f for f in reversed(facts) if f.count == _figure(moved["wrong"])
                                                     and f.count_text and not f.reference and f.unit == counted[0].unit
                                                     and f.qualifier == "exact"), None)) is not None:
            # "Update, January 21: we revised the December figure for the China-linked campaign from 1,358 to 1,417
            # YouTube channels": the figure told above, put right where it was told (its month, network and places)
            item = counted[0]
            exact = replace(item, count=replace(item.count, value=_figure(moved["right"]), qualifier="exact",
                                                text=moved["right"], start=moved.start("right")))
            kept, right = _with_correction(facts, was, sentence, exact,
                                           document.quote(sentence.start, sentence.end, moved["right"]))
            facts = story.replaced([*kept, right], {id(was): right})
            continue
        if len(counted) == 1 and story.revising is not None and sentence.start < story.revising[1] and \
                REVISED_THEREFORE.search(text) and (item := counted[0]).count.value not in (None, story.revising[0]) \
                and (was := next((f for f in reversed(facts) if f.count == story.revising[0] and f.count_text
                                  and f.unit == item.unit and not f.reference), None)) is not None:
            # "Update: We previously reported 937 Facebook accounts for the Nicaragua network. A further review found
            # that 85 of those… The CIB network therefore comprised 852 Facebook accounts.": the figure put right
            kept, right = _with_correction(facts, was, sentence, item,
                                           document.quote(sentence.start, sentence.end, item.count.text))
            # (and where the post told the wrong figure twice, "Presence on Facebook and Instagram: 937 …", both go)
            kept = [f for f in kept if not (f.count == was.count and (f.platform, f.unit, f.surface) == (
                was.platform, was.unit, was.surface) and not f.reference)]
            facts = story.replaced([*kept, right], {id(was): right})  # (what later figures point back at, too)
            story.revising = None
            continue
        if counted and (wrong := PREVIOUSLY_SAID.search(text)) and not any(
                c.count.start > wrong.end() and c.count.value not in (None, _figure(wrong["wrong"]))
                for c in counted):
            story.revising = (_figure(wrong["wrong"]), _paragraph_end(document, sentence))
        # (nor is a question: "You took down, what, 4,000 accounts?", an interviewer's guess the guest corrects)
        # (a sentence with neither a figure nor a removal verb tells no takedown: most sentences stop here)
        # (nor "A number of accounts reused content from other platforms", of no removal: what some of them did)
        vague_only = action is None and bool(counted) and all(c.count.qualifier == "a number" for c in counted)
        new_facts = _facts(document, sentence, sentences[max(0, index - 1):index + 3], action, counted, actors,
                           story) if (counted or (action and has_unit)) and not note and not story.findings and \
            not QUESTION.search(text) and not vague_only else []
        if not counted and (story.section or story.publisher) and ":" in text and \
                sentence.start >= story.record_end and (field := FIELD_FIGURE.fullmatch(text) or (
                    FIELD_FIGURE_TOLD.match(text) if story.publisher else None)) is not None:
            new_facts = _field_figure(document, sentence, field, story)
        elided: list[Fact] = []
        if not counted and action and not new_facts and ("more" in words or "another" in words) and (
                last := story.last_fact) is not None and last.count_text and \
                0 < sentence.position - last.sentence <= 2 and actors in ([], [last.platform]):
            # "…terminated 412 YouTube channels linked to the campaign in July. In August it terminated 655 more, and in
            # September another 795.": the same removals' unit and network, each figure by its own month
            new_facts = elided = _elided_figures(document, sentence, action[0], last)
            story.elided[sentence.position] = last.sentence
        if compared is not None and new_facts:
            # ("The September figure, for comparison, was 1,388 channels.": that month's removals of the network told)
            new_facts = [replace(f, announced=compared.announced, date_precision="month", reference=compared.reference,
                                 origins=f.origins or compared.origins, networks=f.networks or compared.networks)
                         for f in new_facts]
        if brought_to is not None:
            new_facts = [replace(f, origins=f.origins or brought_to.origins, targets=f.targets or brought_to.targets,
                                 networks=f.networks or brought_to.networks,
                                 linked_to=f.linked_to or brought_to.linked_to)
                         if f.platform == brought_to.platform and f.count_text else f for f in new_facts]
        new_facts = _told_over_sentences(facts, story.told, new_facts)
        served = next((f for f in reversed(story.told) if f.origins and f.count_text and 0 < sentence.position
                       - f.sentence <= 5), None) if new_facts and AMPLIFIED_THEM.match(text) else None
        if new_facts and (last := served or story.last_fact) is not None and last.origins and (
                served or (0 < sentence.position - last.sentence <= 2 and (ALSO_ACTED.match(text) or (
                    MONTH_THEN_IT.match(text) and (THE_NETWORK.search(text) or _next_month_of(new_facts, last))))
                    and "\n\n" not in
                           document.body[sentences[last.sentence].end:sentence.start])) and not any(  # (one paragraph)
                f.origins or f.targets for f in new_facts):
            # "We terminated 96 YouTube channels … linked to Russia. … We also blocked 14 domains…": the same campaign
            # (and "They were amplified by a wider ring of more than 19,000 spam accounts, which we have also
            # suspended": the accounts that served the network just told, whichever post of a thread tells them)
            new_facts = [replace(f, origins=last.origins, attribution=last.attribution, targets=last.targets,
                                 target_text=last.target_text, networks=f.networks or last.networks,
                                 linked_to=f.linked_to or last.linked_to) if PLATFORM_PARENT.get(f.platform, f.platform)
                         == PLATFORM_PARENT.get(last.platform, last.platform) else f for f in new_facts]
        if new_facts and story.names and not any(f.networks for f in new_facts) and len(
                here := [name for name in story.names if names_network(name, text)]) == 1:
            # "The largest single takedown was TikTok's Pena Merah, at 1,837 accounts": a name the story gave before
            new_facts = [replace(f, networks=here) for f in new_facts]
        if not any(f.count_text for f in new_facts) and not words.isdisjoint(FIGURE_WORDS) and (
                CORRECTED_TO.search(text) or NUMBER_NOW.search(text) or NUMBER_RAISED.search(text)) and \
                (counted or has_unit) and not note:
            # (a removal told without a figure, "raised the number of channels it has terminated… to 1,872", stands
            # where the figure corrects one told only further down, for what it says of the network; see
            # `_early_corrections`)
            facts, corrected = _corrected(document, facts, sentence, sentences[index - 1].text if index else "",
                                          counted, actors, story)
            new_facts = corrected or new_facts
        elif new_facts and not note and (raised := NUMBER_RAISED.search(text)) and (now := _figure_now(text)):
            # "…raised the number of YouTube channels it terminated over Copperline to 154, nearly double the 86
            # channels it reported in August": the figure now is the takedown's, not the one it had reported
            new_facts = [replace(f, count=now.count.value, qualifier=now.count.qualifier,
                                 count_text=now.count.describe()) if f.count_text and f.unit == now.unit
                         and text.find(f.count_text, raised.end("figure")) > 0 else f for f in new_facts]
        if new_facts and tips and tips[-1].sentence == sentence.position:
            # "2023-08-23: X suspended 312 accounts … after a referral from …": the tip is as old as the takedown
            dated = {f.platform: f.announced for f in new_facts if f.announced}
            tips = [replace(tip, announced=dated[tip.platform]) if tip.sentence == sentence.position
                    and tip.platform in dated and tip.announced == document.published else tip for tip in tips]
        if (inline := INLINE_NETWORK_LABEL.match(text)) and not platforms_in(inline["name"]) and not countries_in(
                inline["name"]):
            # "**New network: Mirror Birch.** We removed 640 accounts…", "**Update: Mirror Birch.**": the item's network
            story.label_name = (inline["name"], _paragraph_end(document, sentence))
        if new_facts and story.label_name and sentence.start < story.label_name[1]:
            new_facts = _named_by_label(new_facts, story.label_name[0])
        if story.section and story.section_date:  # (the presence line after "We took it down in February 2024.")
            new_facts = _section_dated(new_facts, story, document)
        if story.section and new_facts:
            facts, new_facts = _one_takedown_per_section(facts, new_facts, story, document)
        if new_facts and (REVISED.search(text) or (index and REVISED.search(sentences[index - 1].text))):
            # the figure a platform gave before, for the same unit on the same surface, is superseded: never added to
            # the new one, which keeps its network, places and date ("Meta has revised its figure. The report now
            # says … 437 Facebook accounts, not 412.": not the 71 Instagram accounts told with the 412)
            was = {(f.platform, f.unit, f.surface): f for f in facts if f.count_text and not f.reference}
            new_facts = [_as_the_figure_put_right(f, old) if f.count_text and (
                old := was.get((f.platform, f.unit, f.surface))) is not None else f for f in new_facts]
            revised = {(f.platform, f.unit, f.surface) for f in new_facts if f.count_text}
            facts = [f for f in facts if (f.platform, f.unit, f.surface) not in revised or not f.count_text
                     or f.reference]
        elif new_facts and not words.isdisjoint(FIGURE_WORDS) and CORRECTED_TO.search(text):
            # "In that post we said the network was made up of 2,741 accounts. That figure was wrong. The correct
            # number of accounts in the network is 2,714.": the figure put right, told a little before, goes
            right = {(f.platform, f.unit): f.count for f in new_facts if f.count_text}
            # ("In our Q1 report we said we removed 212 Instagram accounts in Saltmarsh…. The correct figure is 193
            # Instagram accounts.": the takedown put right, with its network, places and month)
            wrong = {(f.platform, f.unit, f.surface): f for f in facts if f.count_text and
                     0 < sentence.position - f.sentence <= 3}
            facts = [f for f in facts if not (f.count_text and not f.reference and 0 < sentence.position - f.sentence
                                              <= 3 and right.get((f.platform, f.unit), f.count) != f.count)]
            new_facts = [_as_the_figure_put_right(f, was) if f.count_text and
                         (was := wrong.get((f.platform, f.unit, f.surface))) is not None and was.count != f.count
                         and f.networks in ([], was.networks) else f for f in new_facts]
        final = bool(new_facts) and not words.isdisjoint(FINAL_WORDS) and FINAL_FIGURE.search(text) is not None
        if final or (new_facts and story.preliminary):
            kept = _without_superseded(facts, new_facts, final=final)
            still = {id(f) for f in kept}
            gone = [f for f in facts if id(f) not in still]
            # (the final figure keeps the one first told, "a preliminary count of 612", as a corrected one does)
            new_facts = [replace(f, first_told=was.first_told or was.count_text, first_quote=was.first_quote
                                 or was.quote) if f.count_text and f.first_told is None and (was := next(
                                     (g for g in gone if (g.platform, g.unit, g.surface) == (f.platform, f.unit,
                                                                                           f.surface)), None))
                         else f for f in new_facts]
            facts = kept
        if new_facts and PRELIMINARY.search(text):
            story.preliminary = True
        if sentence.start < story.not_influence_until:
            new_facts = [replace(f, scope="spam") if f.count_text and f.scope is None else f for f in new_facts]
        facts += new_facts
        story.told += new_facts
        for fact in new_facts:  # (the first figure a name is given to is told where the name is)
            # (where its own words place it: not a forerunner, "…238 accounts linked to the same operators as part of
            # an earlier, unnamed enforcement", placed only by what it points back at)
            # (not a figure of several countries' networks: "two new networks, from China and Nigeria, … an update on
            # the Russia-origin operation we call Greyfinch")
            for name in fact.networks if len(fact.origins) == 1 and fact.count_text and any(
                    country == fact.origins[0] for country, _, _ in countries_in(
                        fact.quote)) else ():
                if not _forerunner_of(fact.quote, name):
                    story.named_origins.setdefault(name, fact.origins[0])
        # (figures told without their unit are more of the last one's: what a next sentence says of the network, who
        # ran it, is still said of that one)
        story.last_fact = next((f for f in new_facts if f.count_text and not elided), story.last_fact)
        if not counted and index and TARGETS_QUESTION.match(sentences[index - 1].text) and \
                (answered := cached_roles(text))[1] and not answered[0]:
            # an FAQ's "Q3. Whom did it target?", then "People in Lithuania, Latvia, Estonia and Finland.": whom the
            # story's network worked on, said outright
            story.aims_answered = _Roles([], list(answered[1]), None, answered[3])
        if not counted and ((next(iter(folded(text)), "") in ABOUT_STARTS and ABOUT_IT.match(text))
                            or (not words.isdisjoint(AIMED_WORDS) and SAID_OF_IT.search(text))
                            or ("name" in words and DEFINED_AS.match(text))
                            or (not words.isdisjoint(ASSESS_WORDS) and WE_ASSESS.search(text))
                            or (not words.isdisjoint(LINK_WORDS) and (FOUND_LINKS.search(text) or (
                                PLATFORM_ATTRIBUTED.match(text) and platforms_in(text[:20]))))):
            story.about.append(text)  # "We attribute it to a marketing firm in China": read only if needed
        if not counted and story.names and not words.isdisjoint(FOCUS_WORDS) and (name := next(
                (name for name in story.names if text.startswith(name + " ")), None)) and \
                NAME_THEN_AIMED.match(text, len(name)) and (aimed := cached_roles(text))[1]:
            story.network_placed.setdefault(name, _Roles([], list(aimed[1]), None, aimed[3]))  # "Cordillera focused…"
        elif not counted and len(story.names) == 1 and not words.isdisjoint(PLACED_WORDS) and \
                THE_NETWORK_PLACED.search(text) and ((placed := _Roles.of(text)).origins or placed.targets):
            # "…the platform said the network operated from Togo and targeted an audience in Côte d'Ivoire", in a
            # story of one named network: where that network came from, and whom it worked on (read after what a
            # report says of its one operation, `of_one_operation`, which places its unnamed figures too)
            name = next(iter(story.names))
            known = story.network_placed.setdefault(name, placed)
            if not known.targets and placed.targets and placed.origins in ([], known.origins):
                # (whom it worked on, after a sentence said where it came from: "Lanternfish was operated from Egypt…
                # The network targeted audiences in Sudan and Libya.")
                story.network_placed[name] = _Roles(known.origins, placed.targets, known.attribution,
                                                    placed.target_text)
        elif not counted and not words.isdisjoint(PLACED_WORDS) and NAMED_NETWORK_PLACED.search(text) and len(
                named := network_names(text)) == 1 and ((placed := _Roles.of(text)).origins or placed.targets):
            # "…the removal … of an information manipulation network, known as "Pélican", that targeted public debate
            # in France and Belgium": where the network it names came from, or whom it worked on
            story.named_placed.setdefault(named[0], placed)
        elif not counted and story.names and (name := next(
                (name for name in story.names if text.startswith(name + " ")), None)) and \
                NAME_THEN_PLACED.match(text, len(name)) and (placed := _Roles.of(text)).origins:
            # "## The network / Lanternfish was operated from Egypt by staff of Nile Crest Media…", in a report that
            # also names earlier cases: where that network came from, for its figures told in the next section
            story.network_placed.setdefault(name, placed)
        elif not counted and index and IT_PLACED.match(text) and len(
                named := network_names(sentences[index - 1].text)) == 1 and (placed := _Roles.of(text)).origins:
            # "The first is a network we call Nile Relay. It was operated from Egypt by a marketing firm…": where the
            # network just named came from, and who ran it
            story.network_placed.setdefault(named[0], placed)
            if links := [e for e in linked_entities(text) if not countries_in(e)]:
                story.network_links.setdefault(named[0], links)
        # ("Both companies said the network targeted audiences in…")
        both = not counted and story.last_fact is not None and BOTH_COMPANIES.match(text) is not None
        if not counted and (last := story.last_fact) and 0 < sentence.position - last.sentence <= (
                BOTH_REACH if both else 8) and (
                (ITS_TARGETS.match(text) and sentence.position - last.sentence <= 3) or
                (not words.isdisjoint(AIMED_WORDS) and SAID_OF_IT.search(text))) and \
                (targets := cached_roles(text)[1]):
            # "…a network of 265 assets. The network was run from Israel. Its main targets were Nigeria, Togo…", and
            # a few paragraphs on, "Meta said the network targeted audiences in Armenia, France and New Caledonia"
            # (not a ranking of sources, "Russia… with six networks, followed by Iran with four…", then "networks we
            # removed this year targeted voters in Moldova, Ghana…": whom all of them targeted, not each)
            told_there = [f for f in facts if f.sentence == last.sentence and f.platform == last.platform]
            if both:  # (each company's figures of the one network, told apart above)
                told_there = [f for f in facts if f.count_text and not f.reference and f.origins == last.origins
                              and 0 < sentence.position - f.sentence <= BOTH_REACH]
            facts = story.replaced(facts, {id(f): replace(f, targets=list(targets), target_text=cached_roles(text)[3])
                                           for f in told_there if not f.targets and f.scope != "cumulative"
                                           and len({tuple(other.origins) for other in told_there}) == 1})
        # (no figure of its own but "one": "…and were part of one coordinated network")
        if all(c.count.value == 1 for c in counted) and not words.isdisjoint(CAME_FROM_WORDS) and \
                (last := _last_told_by(story, platforms_in(text))) and not last.origins \
                and 0 < sentence.position - last.sentence <= 3 and THEY_CAME_FROM.search(text) and \
                (origins := cached_roles(text)[0]):
            # "Twitter says it has suspended 356 accounts… Twitter says the accounts were operated from inside
            # Indonesia": where the figures just told came from (or the named platform's, told a little before:
            # "Meta has removed 246 Facebook accounts… X said… Meta said only that the network originated in Ghana")
            facts = story.replaced(facts, {id(f): replace(f, origins=list(origins), attribution=cached_roles(text)[2])
                                           for f in facts if f.sentence == last.sentence and f.platform == last.platform
                                           and not f.origins and not f.reference})
        if not counted and "network" in words and THE_NETWORK_RUN_BY.search(text) and (
                named_runners := [e for e in linked_entities(text) if PROPER_NAME.fullmatch(e)]):
            story.run_by.append(named_runners)  # "In the ministry's assessment, the network was operated by Sever…"
        if not counted and story.told and sentence.position - story.told[-1].sentence == 1 and \
                not story.told[-1].count_text and not story.told[-1].targets and "targeted" in words and \
                THEY_TARGETED.match(text) and (aimed := cached_roles(text))[1]:
            # "LinkedIn said it had removed fake recruiter profiles tied to … Pale Ladder. The personas posed as
            # headhunters … and targeted aerospace engineers in India and Germany": whom the removal just told aimed at
            told = story.told[-1]
            facts = story.replaced(facts, {id(f): replace(f, targets=list(aimed[1]), target_text=aimed[3])
                                           for f in facts if f.sentence == told.sentence and not f.count_text
                                           and not f.targets})
        if not counted and story.told and sentence.position - story.told[-1].sentence == 1 and \
                not words.isdisjoint(LINK_WORDS) and PLATFORM_ATTRIBUTED.match(text) and \
                (links := linked_entities(text)):
            # "…Facebook announced that it had removed a network… "Sable Choir."[^1] Facebook attributed the activity
            # to individuals associated with Volna Media": who ran the takedown just told
            told = story.told[-1]
            family = PLATFORM_PARENT.get(told.platform, told.platform)
            facts = story.replaced(facts, {id(f): replace(f, linked_to=links) for f in facts
                                           if f.sentence == told.sentence and not f.linked_to
                                           and PLATFORM_PARENT.get(f.platform, f.platform) == family})
        if not counted and (last := story.last_fact) is not None and 0 < sentence.position - last.sentence <= 2 and \
                document.published and last.announced == document.published and not words.isdisjoint(MONTH_WORDS) \
                and (taken := TAKEN_DOWN_IN.search(text)) and _explicit_date(text[taken.start():], document):
            # "TikTok removed 9,316 accounts…, the company said in its latest report. The network … was taken down
            # in December 2024.": when the takedown just told happened
            when, how_precise = _resolve_date(text[taken.start():], document)
            if when and how_precise in ("day", "month") and when < document.published:
                facts = story.replaced(facts, {id(f): replace(f, announced=when, date_precision=how_precise)
                                               for f in facts if f.sentence == last.sentence
                                               and f.platform == last.platform and f.announced == last.announced})
        if not counted and not words.isdisjoint(NOT_INFLUENCE_WORDS) and index and \
                _on_a_heading_line(document, sentences[index - 1]) and NOT_INFLUENCE_AFTER.search(text):
            # "## Case 3: Credential-stuffing tooling / The third case was not an influence operation.": the figures
            # its section goes on to tell are not a network's
            story.not_influence_until = _section_end(document, sentence)
        elif not counted and not words.isdisjoint(NOT_INFLUENCE_WORDS) and (last := story.last_fact) and \
                0 < sentence.position - last.sentence <= 2 and (disclaimer := NOT_INFLUENCE_AFTER.search(text)) and \
                not any(sentences[last.sentence].end < start < sentence.start for start in document.heading_lines):
            # (not past a heading: the figures just told are another section's)
            # "…suspended 52,300 accounts that promoted a fake giveaway. … removed a further 9,870 accounts that sold
            # fake followers. Twitter stressed that neither group of accounts was part of an influence operation.":
            # the figures just told are spam (both sentences' where it speaks of both)
            first = last.sentence - (1 if disclaimer["several"] else 0)
            facts = story.replaced(facts, {id(f): replace(f, scope="spam") for f in facts
                                           if first <= f.sentence <= last.sentence and f.platform == last.platform
                                           and f.count_text and f.scope is None and not f.reference})
        if not words.isdisjoint(REACH_WORDS) or "$" in text or "€" in text or "£" in text:
            found_reach = _reach(document, sentence, actors, story)
            story.estimates.update(r.amount for r in found_reach if r.measure == "estimated size")
            reach += found_reach
        # "reported by Facebook" names no subject; "31 Instagram accounts" and "its Instagram accounts" only say
        # where the accounts were
        # (nor the subject of a relative clause about someone else: "…the firm that Facebook had already tied to its
        # Sol de Mayo takedown"; but "…broke down as follows, according to Twitter's post:" says whose the list is)
        named = [(name, start) for name, start, end in platforms_in(text)
                 if (not OBJECT_BEFORE.search(text[max(0, start - 40):start])
                     or ACCORDING_TO_BEFORE.search(text, max(0, start - 20), start))
                 and not UNIT_NEXT.match(text, end) and not any(c.count.end <= start <= c.end for c in counted)
                 and not _opens_a_relative_clause(text, start)]
        if named and not re.match(r"^\W*(?:information|intelligence)\b", text, re.I) and not (
                publisher and FIRST_PERSON.match(text)):
            story.platform = named[0][0] if action is None or not actors else actors[0]
            if publisher and action is None and PLATFORM_PARENT.get(story.platform, story.platform) == \
                    PLATFORM_PARENT.get(publisher, publisher):
                story.platform = publisher  # ("This network had no Instagram presence.", in Meta's report: Meta's)
        elif action and actors and story.platform is None:
            story.platform = actors[0]  # "we removed 32 Pages from Facebook and Instagram": whose takedown this is
        heading = _heading(document, sentence)
        if heading is None and story.section and MONTH_HEADING.fullmatch(text.strip(" #*_")) and \
                _on_a_heading_line(document, sentence):
            story.section = story.section_end = story.section_name = None  # ("## March 2024": the next month's
            # networks, none of them the one the last country's heading named)
        if not counted and action is None and len(text) < 70 and (label := _label_name(text)) and \
                LINE_OPENING.fullmatch(document.body, document.body.rfind("\n", 0, sentence.start) + 1, sentence.start):
            story.label_name = (label, _paragraph_end(document, sentence))
        # (a Markdown heading's line, looked up only where a quarter's heading may start or end its section)
        if ("Q" in text or story.quarter_date is not None) and _on_a_heading_line(document, sentence):
            if document.published and "Q" in text and QUARTER_REPORT_NAMED.search(text) and (quarter := next((
                    m for m in dates_in(text, document.published) if m.precision == "month"), None)):
                # "## The big one: Meta's Q1 2025 Adversarial Threat Report": its section tells that quarter's removals
                story.date = story.quarter_date = (quarter.date, "month")
            elif story.quarter_date is not None and story.date == story.quarter_date:
                story.date = story.quarter_date = None  # (to the next heading)
        if heading is not None:
            _names_in_heading(heading, story)
            story.section, story.section_end = _section_country(heading), None
            story.section_links = None
            story.section_about = _aimed_by_heading(heading, story.section)
            story.section_from = sentence.position
            story.section_name = _heading_name(heading) if story.section else None
            story.section_date = None
            numbered = NUMBERED_SECTION.match(text.strip(" *#_")) is not None
            if story.section or numbered:
                # (a new country's section, or a report's next numbered case, "## Case 2: …": the network named
                # under the last one is not its)
                story.networks = []
            story.named_heading = (heading, sentence.position) if story.section is None and \
                NAME_HEADING.fullmatch(heading) else None
            # (the line's number, which the sentence may have left out: "## 1. The one you may have missed")
            line = document.body[document.body.rfind("\n", 0, sentence.start) + 1:sentence.end].strip(" *#_")
            story.case_heading = sentence.position if story.section is None and (
                numbered or SECTION_NUMBER.match(line)) else None
            story.case_from = sentence.position if numbered else story.case_from
        elif story.named_heading and story.named_heading[1] == sentence.position - 1 and \
                NETWORK_DESCRIBED.match(text) and len((described := cached_roles(text))[0]) == 1:
            # "## Saffron Choir / An India-based network targeting audiences in Pakistan…": the section is that
            # network's, named by its heading, from where its first sentence says
            story.section, story.section_end, story.section_from = described[0][0], None, sentence.position - 1
            story.section_name = story.named_heading[0]
            story.section_about = _Roles(list(described[0]), list(described[1]), described[2], described[3])
        elif story.named_heading and story.named_heading[1] == sentence.position - 1 and \
                story.named_heading[0] in network_names(text) and index + 1 < len(sentences) and \
                IT_NETWORK_START.match(sentences[index + 1].text) and \
                len((described := cached_roles(sentences[index + 1].text))[0]) == 1:
            # "## Ember Relay / Our largest case was a network we named Ember Relay. It was operated from Serbia and
            # targeted…": the section is that network's, named by its heading and its first sentence, from where the
            # next sentence says
            story.section, story.section_end, story.section_from = described[0][0], None, sentence.position - 1
            story.section_name = story.named_heading[0]
            story.section_about = _Roles(list(described[0]), list(described[1]), described[2], described[3])
        elif story.case_heading == sentence.position - 1 and not counted and (
                NETWORK_DESCRIBED.match(text) or A_NETWORK_TOLD.search(text)) and \
                len((described := cached_roles(text))[0]) == 1:
            # "## Case 2: Commentary aimed at the Vietnamese diaspora / A smaller operation, which we assess was run
            # from Vietnam, …": the numbered case is that country's, from where its first sentence says (and "## 1. The
            # one you may have missed / Buried in Meta's report … was a network run from Kenya that targeted…")
            story.section, story.section_end, story.section_from = described[0][0], None, sentence.position - 1
            story.section_about = _Roles(list(described[0]), list(described[1]), described[2], described[3])
        elif len(text) < 40 and text.rstrip().endswith((".", ":")) and _starts_line(document, sentence) and (
                label := _section_country(text.strip(" *#_").rstrip(".:"))):
            # "China. We removed 155 accounts…": a paragraph labelled with its country, to the paragraph's end
            paragraph_end = document.body.find("\n\n", sentence.end)
            story.section, story.section_end = label, len(document.body) if paragraph_end < 0 else paragraph_end
        elif "*" in text[:4] and (bold := EMPHASIZED_LABEL.match(text)) and _starts_line(document, sentence) and (
                label := _section_country(bold["label"])):
            # "**Iran.** Twitter had disclosed 770 accounts… It now says it has suspended 2,617 more…"
            paragraph_end = document.body.find("\n\n", sentence.end)
            story.section, story.section_end = label, len(document.body) if paragraph_end < 0 else paragraph_end
            story.section_from, story.section_name = sentence.position, _heading_name(bold["label"])
            # ("**Amber Cascade (China).** The largest takedown was YouTube's termination of 3,870 channels…": the
            # label's country and name are the figures' own, told in the same sentence)
            labelled = {id(f): replace(f, origins=f.origins or [label],
                                       networks=f.networks or ([story.section_name] if story.section_name else []))
                        for f in new_facts if f.count_text and (not f.origins or f.origins == [label])}
            facts = [labelled.get(id(f), f) for f in facts]
        # (not "The company tied it to a network it had removed in April 2020": an earlier takedown, told in passing)
        if not new_facts and document.published and ("19" in text or "20" in text) and YEAR_WRITTEN.search(text) and \
                ERA_CUE.search(text) and \
                not HAD_DONE.search(text) and not EARLIER_TAKEDOWN.search(text) and _explicit_date(text, document):
            # "The company's most cited case came in December 2019.": an earlier month dates the rest of its paragraph
            when, how_precise = _resolve_date(text, document)
            if when and how_precise in ("day", "month") and (document.published - when).days > 60:
                story.era = (when, how_precise, _line_end(document, sentence))
        elif not new_facts and not counted and document.published and (opened := YEAR_OPENS.match(text)) and \
                int(opened["year"]) < document.published.year and _starts_line(document, sentence):
            # "In 2023, influence operations barely touched Bluesky. We removed 3 networks…": an earlier year, opening a
            # paragraph, dates its figures
            story.era = (dt.date(int(opened["year"]), 1, 1), "year", _line_end(document, sentence))
        elif not new_facts and document.published and (label := DATE_LABEL.match(text)) and _starts_line(
                document, sentence) and ((labelled := LABEL_ONLY.fullmatch(text, label.end())) is not None or
                                         _item_line(document, sentence) is not None):
            # "- August 2019 — Twitter. Twitter suspended 512 accounts…", a timeline's item: its label dates the item
            # (and a paragraph that opens with a label of its own, "October 2019 - Ferrous Choir. Facebook removed
            # 187 accounts…": dated, and its network named)
            when, how_precise = _resolve_date(label["when"], document)
            if when and when < document.published:
                story.era = (when, how_precise, _line_end(document, sentence))
                if labelled is not None and _may_name_a_network(name := labelled["name"]):
                    story.label_name = (name, story.era[2])
                    story.names.add(name)
        if not counted and action is None and not words.isdisjoint(TOPIC_WORDS) and _starts_line(document, sentence) \
                and len(origins := cached_roles(text)[0]) == 1:
            # "Azerbaijan-linked networks are hardly new to…": the paragraph's takedowns, told after, are that country's
            story.topics.append((sentence.position, _line_end(document, sentence), origins))
        if not new_facts and not counted and ((any(word in text for word in ACTED_WORDS) and ACTED.search(text)) or (
                action and (NETWORK_WE_REMOVED.search(text) or NETWORK_TAKEN_DOWN.search(text)
                            or text.rstrip().endswith(":")))) and \
                not HAD_DONE.search(text) and not ACTED_BEFORE.search(text) and _explicit_date(text, document):
            # "In October, both companies acted.": when the removals told next happened (and "Between 3 and 11 June
            # 2024 the platforms removed:", over the list of what each removed: in that month)
            when, how_precise = _resolve_date(text, document)
            if when and how_precise == "day" and DAYS_BETWEEN.search(text):
                when, how_precise = when.replace(day=1), "month"
            if when and how_precise in ("day", "month"):
                story.date = (when, how_precise)
        if story.section and heading is None and not counted and not any(f.count_text for f in new_facts):
            # "## Russia / This network originated in Russia and was aimed at audiences in Moldova…": what the
            # section's figures, in the presence line below, do not say again
            origins, targets, attribution, target_text = cached_roles(text)
            if action and IT_REMOVED.search(text) and _explicit_date(text, document) and \
                    not EARLIER_ROUNDS.search(text):
                # "We took it down in February 2024.": when the section's figures were removed (not "…this operation;
                # we previously removed it in March 2019", the rounds before this one)
                when, how_precise = _resolve_date(text, document)
                if when and how_precise in ("day", "month") and when != document.published:
                    story.section_date = (when, how_precise)
                    facts = _section_dated(facts, story, document)
            if story.section_about is None and (targets or (origins and story.section in origins)):
                story.section_about = _Roles(list(origins), list(targets), attribution, target_text)
            elif story.section_about is not None and not story.section_about.targets and targets:
                # ("The biggest Russian operation… Its targets: Germany, France…": whom, a sentence later)
                story.section_about = replace(story.section_about, targets=list(targets), target_text=target_text)
            if targets:
                # "- Nigeria / - 120 Facebook accounts / - Targets: audiences in Ghana and Cameroon": whom the
                # section's figures, told above, were aimed at (and what later figures point back at)
                facts = story.replaced(facts, {id(f): replace(f, targets=list(targets), target_text=target_text)
                                               for f in facts if story.in_section(f) and f.count_text
                                               and not f.targets and not f.reference})
            elif DOMESTIC.search(text):
                # ("- Accounts in network: 73 / - Description: … operated from Solomon Islands and targeted a domestic
                # audience": aimed at home)
                facts = story.replaced(facts, {id(f): replace(f, domestic=True) for f in facts if story.in_section(f)
                                               and f.count_text and not f.targets and not f.reference})
            if story.section_links is None and (links := linked_entities(text)):
                story.section_links = links
                # "## Benin / We removed 39 Facebook accounts… We found this activity was linked to a Cotonou-based
                # firm, Lagune Conseil.": the link told after the section's figures is theirs too
                # (and a named section's, "## Copper Lantern (Vietnam)", to that network's figures in a table above)
                facts = [replace(f, linked_to=links) if not f.linked_to and (story.in_section(f) or (
                    story.section_name and f.networks == [story.section_name] and f.count_text)) else f for f in facts]
            if not words.isdisjoint(NAME_WORDS) and (names := network_names(text)):
                # "We are calling it 'Broken Mirror'", after the section's figures: their network's name; or before
                # them ("…a report from Atlas Signal Lab, which calls this network 'Pale Lantern'")
                facts = [replace(f, networks=names) if story.in_section(f) and not f.networks else f for f in facts]
                story.section_name = story.section_name or names[0]
        if story.dated_by_heading and story.label_name and sentence.start < story.label_name[1] and not counted and \
                not new_facts and THIS_NETWORK.search(text):
            # "## April 2025: Velvet Ledger", its table's figure, then "We assess that this network operated from
            # Russia and targeted audiences in Moldova": where the named network's figures came from, and whom at
            origins, targets, attribution, target_text = cached_roles(text)
            if origins or targets:
                facts = [replace(f, origins=list(origins), targets=list(targets), attribution=attribution,
                                 target_text=target_text) if f.networks == [story.label_name[0]] and f.count_text
                         and not f.reference and not (f.origins or f.targets) else f for f in facts]
        if story.section and new_facts and all(f.reference for f in new_facts) and \
                not words.isdisjoint(NAME_WORDS) and (names := network_names(text)):
            # "Network: Copperline, which we first reported in our Q4 2023 report, when we removed 1,340 accounts": the
            # section's own figures are that network's too
            facts = [replace(f, networks=names) if story.in_section(f) and not f.networks and not f.reference else f
                     for f in facts]
        if MONTH_HEADING.fullmatch(text.strip()) and document.published:
            story.date = _month_heading_date(text.strip(), document)  # a bulletin's "July" section
        elif document.published and _on_a_heading_line(document, sentence) and (
                day := _day_heading(text.strip(" #*_"), document)) is not None:
            story.date, story.dated_by_heading = day, True  # a changelog's "### 9 July 2024" entry: written that day
        elif heading is not None and document.published and (named := NAMED_PERIOD_HEADING.fullmatch(heading)) and \
                not platforms_in(named["name"]) and not countries_in(named["name"]):
            # "1. Copper Lantern (March)", a look back's numbered section: the network its paragraph tells of, and when
            story.date, story.dated_by_heading = _month_heading_date(named["when"], document), True
            story.label_name = (named["name"], _paragraph_end(document, sentences[index + 1])
                                if index + 1 < len(sentences) else len(document.body))
            story.names.add(named["name"])
        elif document.published and (named := MONTH_NAMED_HEADING.fullmatch(text.strip(" #*_"))) and \
                _on_a_heading_line(document, sentence) and \
                NETWORK_LIKE_NAME.fullmatch(named["name"]) and not platforms_in(named["name"]) and \
                not countries_in(named["name"]):
            # "## April 2025: Velvet Ledger", over the network's table and its description: its name, and when
            # (and the end of the section before it: "## Update: Rift Signal (Kenya)" is not this network's)
            story.section = story.section_end = None
            story.date, story.dated_by_heading = _month_heading_date(named["when"], document), True
            story.label_name = (named["name"], _section_end(document, sentence))
            story.names.add(named["name"])
        elif document.published and (named := MONTH_NAMED_HEADING.fullmatch(text.strip(" #*_"))) and \
                _on_a_heading_line(document, sentence) and (
                    placed := COUNTRY_THEN_NAME.fullmatch(named["name"])) and _section_country(placed["country"]):
            # "## November 2024: Iran ("Harbor Echo")", "## August 2024: Venezuela": a report's section for one
            # country's network, removed that month (and named, where its heading names it)
            story.date, story.dated_by_heading = _month_heading_date(named["when"], document), True
            if (name := placed["name"]) and NETWORK_LIKE_NAME.fullmatch(name) and not platforms_in(name) and \
                    not countries_in(name):
                story.label_name = (name, _section_end(document, sentence))
                story.names.add(name)
        elif heading is not None and document.published and (led := MONTH_LED_HEADING.fullmatch(heading)):
            # "AUGUST - VELVET PULSE (RUSSIA)", a look back's section: when its removals were, to the next heading, and
            # the network it tells of (not "October - A New Name")
            story.date, story.dated_by_heading = _month_heading_date(led["when"], document), True
            if NETWORK_LIKE_NAME.fullmatch(led["name"]) and not ARTICLE_FIRST.match(led["name"]) and not platforms_in(
                    led["name"]) and not countries_in(led["name"]):
                story.label_name = (led["name"], next((later.start for later in sentences[index + 1:]
                                                       if _heading(document, later) is not None), len(document.body)))
                story.names.add(led["name"])
        elif (year_heading := YEAR_HEADING.fullmatch(text.strip(" #*_")) or YEAR_NAMED_HEADING.fullmatch(
                text.strip(" #*_"))) and _starts_line(document, sentence) and document.published \
                and int(year_heading["year"]) <= document.published.year:
            # a look back's "## 2022" section: "This was the peak year: 14,215 channels."
            story.date, story.dated_by_heading = (dt.date(int(year_heading["year"]), 1, 1), "year"), True
            if year_heading["name"] and NETWORK_LIKE_NAME.fullmatch(year_heading["name"]) and not platforms_in(
                    year_heading["name"]) and not countries_in(year_heading["name"]):
                # ("## 2024: Monsoon Mirror": the network its section tells of, as "1. Copper Lantern (March)" names)
                story.label_name = (year_heading["name"], _paragraph_end(document, sentences[index + 1])
                                    if index + 1 < len(sentences) else len(document.body))
                story.names.add(year_heading["name"])
        elif heading is not None and story.dated_by_heading:
            story.date, story.dated_by_heading = None, False  # ("## The tally": past the years' sections)
        if action:
            story.action = action[0]
        elif story.action is None and text.rstrip(" *_").endswith(":") and NETWORKS_LISTED.search(text):
            story.action = "removed"  # "Three CIB networks:", over a report's items: the networks it took down
        last = story.last_fact
        if not new_facts and not counted and last is not None and 0 < sentence.position - last.sentence <= 4 and \
                last.announced == document.published and THEY_WERE_REMOVED.match(text) and \
                _explicit_date(text, document):
            when, how_precise = _resolve_date(text, document)
            if when and when != document.published:
                facts = [replace(f, announced=when, date_precision=how_precise)
                         if f.sentence == last.sentence and f.announced == last.announced else f for f in facts]
                story.last_fact = last = replace(last, announced=when, date_precision=how_precise)
        # ("Meta told the Committee that it had found links between Harbour Lantern and…", after Google's figures:
        # Meta's takedown, told a few paragraphs up)
        # (not "Meta also described a third network from Ecuador… and linked it to Estrategia Pacifico": the next one's)
        links = () if new_facts or counted or story.section or last is None or words.isdisjoint(LINK_WORDS) or not (
            BEHIND_THE_NETWORK.search(text) or any(name in text for name in story.networks)) or NEXT_NETWORK.search(
            text) else linked_entities(text)
        # ("…whether accounts linked to Amber Relay were also active on its platform": a network's own name is not who
        # ran it)
        links = [link for link in links if link not in story.names and link not in story.networks]
        teller = None if not links else next(
            (name for name, start, end in platforms_in(text[:60]) if start < 30 and TOLD_AFTER.match(text, end)), None)
        company = PLATFORM_PARENT.get(teller, teller)
        if teller is not None and PLATFORM_PARENT.get(last.platform, last.platform) != company:
            last = next((f for f in reversed(facts) if f.count_text and PLATFORM_PARENT.get(f.platform, f.platform)
                         == company and 0 < sentence.position - f.sentence <= 12), None)
        # (a paper about one network, "Sandpiper offers an unusually clean case. According to Meta's disclosure, …
        # Meta attributed it to Cumbre Analytics", may tell who ran it a few paragraphs after its figures)
        sole = links and last is not None and bool(last.networks) and all(
            f.networks == last.networks for f in facts if f.networks) and THE_NETWORK_OR_IT.search(text)
        # (a platform's own post on one network tells who was behind it in its own paragraph, well after its figures:
        # "Although the people behind this activity attempted to conceal their identities…, our investigation found
        # links to individuals associated with the Myanmar military")
        if links and last is not None and 0 < sentence.position - last.sentence <= (
                12 if teller or sole or story.publisher else 8):
            # "…the people behind the network …; the company's investigation found links to individuals associated with
            # Pardis Negar Media", after the figures: who ran them
            # ("Both companies linked the activity to Consultores Morazán, a consultancy based in Tegucigalpa": each
            # platform's figures told just before, and where the firm is)
            both = BOTH_COMPANIES.match(text)
            placed = cached_roles(text)[0] if both else ()
            # (a link to the network's own name, "connected with Harbour Lantern", says nothing of who ran it)
            # (not a total across networks, nor a count of them: "Across the three networks the company removed 242
            # Facebook accounts", before "Facebook linked this network to…", told of the biggest)
            # (the story's own references too: "…suspended 19 accounts linked to the same firm", told later)
            # ("…found links to individuals associated with the Myanmar military. Specifically, we linked the network
            # to members of a unit … that refers to itself internally as Directorate 9": both, the second more exact)
            further = SPECIFICALLY.match(text) is not None
            facts = story.replaced(facts, {
                id(f): replace(f, linked_to=list(dict.fromkeys([*f.linked_to, *links])) if further else links,
                               origins=f.origins or list(placed)) for f in facts
                if (further or set(f.linked_to) <= set(story.networks)) and (
                    _same_takedown(f, last) or (both and 0 < sentence.position - f.sentence <= 8 and not f.reference))
                and not (f.scope == "cumulative" or (f.unit in NETWORK_UNITS and (f.count or 0) > 1))})
        if (defined := defined_network(text) if not words.isdisjoint(NAME_WORDS) else None) is not None:
            story.definitions[defined] = [text]  # "Glass Heron was a network of fake accounts…"
            story.defined_at = (defined, sentence.position)
        elif story.defined_at and story.defined_at[1] == sentence.position - 1 and DEFINITION_GOES_ON.match(text):
            story.definitions[story.defined_at[0]].append(text)  # "It was aimed squarely at German voters…"
        elif story.defined_at and 0 < sentence.position - story.defined_at[1] <= 3 and not counted and \
                "attribut" in text and (links := linked_entities(text)) and not set(links) & story.names:
            # "Paper Lanterns is an influence operation based in China…. Our analysts attribute the bulk of the
            # activity to Haixing Cultural Media…": who ran the network just defined
            story.definitions[story.defined_at[0]].append(text)
        if not words.isdisjoint(NAME_WORDS):
            told_before = story.networks
            story.networks = (named_here := network_names(text)) or story.networks
            story.names.update(named_here)
            if len(named_here) == 1 and not counted and (last := story.last_fact) is not None and \
                    last.sentence == sentence.position - 1 and not last.networks and IT_NAMED.search(text):
                # "The second set contains 1,312 accounts operated from Iran…. Researchers refer to it as "Amber
                # Crescent".": the name of the set just told
                facts = story.replaced(facts, {id(f): replace(f, networks=list(named_here)) for f in facts
                                               if f.sentence == last.sentence and not f.networks and f.count_text})
            if len(named_here) == 1 and all(c.unit in NETWORK_UNITS for c in counted) and \
                    len(placed_here := cached_roles(text)[0]) == 1:
                # "…including the Iran-based operation known as Amber Lantern": where the named network came from
                story.named_origins.setdefault(named_here[0], placed_here[0])
            if len(named_here) == 1 and not counted and (note := NOTE_LABEL.match(text)) and \
                    _starts_line(document, sentence) and (label := _section_country(note["label"])):
                # "Azerbaijan: A network, publicly reported by Cedar Lane Lab as "Lagoon Static", that…", a note below
                # a table: the name of the one row from that country
                rows = [f for f in facts if f.origins == [label] and f.count_text and not f.networks
                        and not f.reference]
                if len({f.sentence for f in rows}) == 1:
                    facts = story.replaced(facts, {id(f): replace(f, networks=named_here) for f in rows})
                    story.named_origins.setdefault(named_here[0], label)
            aliases += network_aliases_in(text)
            if len(listed := names_listed(text)) > 1:
                aliases += [(listed[0], other) for other in listed[1:]]
            elif (same_as := SAME_AS.search(text)) and (named := story.section_name or next(
                    (name for name in named_here if name != same_as["alias"]), None)) and named != same_as["alias"]:
                # (under "## Harrow Tide (Iran)"; or "We track this network as Ursa Meridian; Microsoft has reported on
                # the same actor under the name Storm-2417", which the story goes on telling of by its first name)
                aliases.append((named, same_as["alias"]))
                story.networks = [named]
                story.first_names[same_as["alias"]] = named
            elif (other_name := ANOTHER_NAME.search(text) or (INTERNAL_NAME.search(text) if any(
                    cue in text for cue in INTERNAL_NAME_CUES) else None)) and len(earlier := [
                    # (or the one name the story has given: "…'Lotus Relay'…", then "Google tracks the same operation
                    # under a different name, "Jade Lantern"")
                    name for name in told_before or ([story.section_name] if story.section_name else [])
                    or (sorted(story.names) if len(story.names) == 1 else [])
                    if name != (alias := other_name["alias"] or other_name["it"])]) == 1 \
                    and (other_name["alias"] or (alias in named_here and not counted)):
                # (another's name for it, "which tracks the activity as Storm-2291", comes second: the story's own
                # name first; "under another name, Glass Orchard" is the better known one)
                aliases.append((alias, earlier[0]) if other_name.re is ANOTHER_NAME else (earlier[0], alias))
                if other_name.re is not ANOTHER_NAME:
                    story.first_names[alias] = earlier[0]
                story.networks = told_before  # (what follows is still told of the network by its first name)
            last = story.last_fact
            # (not a new speaker's, in a transcript: "PRIYA: Adaeze, your report on the Harmattan network came out on
            # Monday.", after the other guest's figures of another network)
            if not any(f.count_text for f in new_facts) and not story.section and last is not None and \
                    THE_NETWORK_NAMED.search(text) and (names := network_names(text)) and not SPEAKER_TURN.search(
                        document.body, sentences[last.sentence].end, sentence.end) and not (
                        NAMED_TURN.search(document.body, sentences[last.sentence].end, sentence.end)
                        and _named_turns(document.body) >= 4) and (  # ("Policy Circuit: …", an interviewer's next turn)
                        # (nor, paragraphs on, one of several networks: "A third network of about 1,300 accounts…",
                        # then "…Atlas Signal Lab, which tracked the Corvane network", the second)
                        not NEXT_NETWORK.match(last.quote) or last.sentence == sentence.position - 1) and not (
                        # (nor a network the sentence places elsewhere: "…the Russia-origin operation we call "Dniester
                        # Relay" spent more on ads…", after the Ecuador network's figures)
                        last.origins and (placed := cached_roles(text)[0]) and set(placed).isdisjoint(last.origins)):
                # "The lab has nicknamed the operation 'Saffron Lantern'", after the figures: their network's name
                # (and "…disclosed the takedown at a hearing and later named the network Cenderawasih")
                # (but a total across networks has no one network's name: "Across all 19 networks, we removed…")
                facts = [replace(f, networks=names) if not f.networks and _same_takedown(f, last)
                         and f.scope not in ("cumulative", "sum") else f for f in facts]
        if text.endswith(":"):
            # (but "Twitter sorted the Iranian accounts into three clusters:" breaks one network down)
            story.items_apart = bool(SEVERAL_NETWORKS.search(text)) and not cached_roles(text)[0]
            # "Our own mapping identified at least 180 accounts…:" and its list ("- 64 Telegram channels;"): what
            # researchers found, not what any platform removed
            story.findings = action is None and bool(FOUND_LEAD.search(text))
        elif story.items_apart and not (text.endswith(";") or _starts_line(document, sentence)
                                        or _item_line(document, sentence) is not None):
            story.items_apart = False  # (past the list; an item's own second sentence is still in it)
        # the news day needs a day: a weekday, a month with a figure, or an ISO date ("2,000 accounts" has none)
        # (and a day someone acted or spoke on: "By Tuesday the post had been viewed 2.3 million times" is not it)
        # (and where the sentence acts, the day it was said on: "YouTube says it terminated 58 channels on Friday", in
        # a live blog, is the day of those channels only)
        if (not words.isdisjoint(WEEKDAY_WORDS) or (DIGIT.search(text) and (
                not words.isdisjoint(MONTH_NUMBER) or ISO_DATE.search(text)))) and (
                action or not words.isdisjoint(SAY_WORDS)) and not (action and REMOVED_ON.search(text)) and \
                not UPDATE_LABEL.match(text):  # ("Update (July 21, 2022): …", under "## May": that note's day only)
            story.date = _news_date(text, document, story.publisher) or story.date
    # "the National Office for Information Resilience (the Office)… the Office referred…": the name it stands for
    # (and an acronym stays beside it, the name people use: "Electoral Digital Integrity Commission (KIDP)"; so does
    # a short name of its own, "Election Supervisory Agency (Bawaslu)", but not one of its words, "the Office")
    if tips and SHORT_IN_BRACKETS.search(document.body):
        short_for = {m["short"]: re.sub(r"^The\s+", "", m["full"]) + (f" ({m['short']})" if ACRONYM.fullmatch(
            m["short"]) or (" " not in m["short"] and m["short"].lower() not in m["full"].lower()) else "")
            for m in SHORT_NAME.finditer(document.body)}
        tips = [replace(tip, source=short_for.get(tip.source) or next(
            (full for full in short_for.values() if full.startswith(tip.source + " (")), tip.source)) for tip in tips]
    # ('…Meridian Stratcom LLC ("Meridian")… attributed the network to Meridian': who ran it, by the name it stands for)
    if any(f.linked_to for f in facts) and SHORT_IN_BRACKETS.search(document.body):
        # (from where the short name begins: "…Complaint of Plaintiff Meridian Stratcom LLC" is Meridian Stratcom LLC)
        firms = {m["short"]: m["full"][at:] for m in SHORT_NAME.finditer(document.body)
                 if (at := m["full"].find(m["short"] + " ")) >= 0}
        facts = [replace(f, linked_to=list(dict.fromkeys(firms.get(e, e) for e in f.linked_to)))
                 if any(e in firms for e in f.linked_to) else f for f in facts]
    # "…the National Office for Information Resilience announces… At the request of the Office, YouTube terminated…"
    # (or named in full only as the document's publisher: "publisher: National Council for Digital Media (CNMD)")
    tips = [replace(tip, source=full) if tip.source in BODY_WORDS and (full := _full_name(
        tip.source, document.body) or _full_name(tip.source, document.publisher or "")) else tip for tip in tips]
    if len(story.names) == 2 and ONE_NETWORK_TWO_NAMES.search(document.body):
        # 'Cedar Analytica calls the operation "Sahat al-Haqiqa"… Northgate has tracked it under the name "Copper
        # Minaret"… "It's one operation."': a story of one network its two namers call apart, each name the other's
        first, second = sorted(story.names)
        aliases.append((first, second))
    unique_tips = _one_tip_each(tips)
    # (the items of a list matter only where a removal told without a figure might lend its countries)
    leads = any(f.count is None and not f.count_text and f.origins for f in facts)
    items = _list_items(document, sentences) if leads else {}
    facts = sums_told_with_their_parts(breakdowns_by_sum(figures_after_a_lead(facts, items)))
    facts = placed_by_topic(facts, story.topics, sentences)
    # (a document that says what one network is within its first sentences, and names no other, is about it)
    about_it = story.defined_at is not None and story.defined_at[1] <= FIRST_SENTENCES and story.names <= {
        story.defined_at[0]}
    facts = _listed_under_its_name(facts, document, sentences, story.names)
    # (the one name, given to the network the story tells of: "The network called itself…")
    # (or its names, where the document pairs them: "Brightwater calls it Drina Chorus… Halden calls it Operation
    # Twin Bridges")
    one_each = _one_name_each(story.names, aliases, document.title or "")
    storys_name = len(one_each) == 1 and any(
        not s.headline and name in s.text and NAMES_THE_STORYS.search(s.text) and not COMPARED.search(s.text)
        and names_network(name, s.text)
        for s in sentences for name in story.names)
    facts = named_in_the_document(named_by_definition(facts, story.definitions, about_it), one_each,
                                  document.title or "", storys_name,
                                  frozenset(story.apart | _in_cases_naming_none(document, sentences, story.names)))
    for name in [name for name in story.names if name in document.title] if document.title else ():
        # "Amber Lantern: how we found an Iranian news-page network": where the title's network came from
        # (as its network's own description: not "…takedown (translated from Portuguese)")
        placed_in_title, _, described, _ = cached_roles(document.title)
        if len(placed_in_title) == 1 and re.search(r"network|operation|campaign|-(?:linked|based|backed|run)\b",
                                                   described or "", re.I):
            story.named_origins.setdefault(name, placed_in_title[0])
    # ("…4,960 accounts from an earlier version of Desert Relay": not the network, however the story names it; nor,
    # named only by the story, "238 Facebook accounts … as part of an earlier, unnamed enforcement")
    facts = _placed_by_headline(_without_forerunners(facts),
                                [document.title, *(s.text for s in sentences if s.headline)], story.names)
    placed = placed_by_name(the_placed_network_named(of_the_one_named_network(_placed_as_told(of_one_operation(
        placed_by_named_origin(facts, story.named_origins), story.about), story.network_placed)), story.names))
    placed = [replace(f, linked_to=story.network_links[f.networks[0]]) if len(f.networks) == 1 and not f.linked_to
              and f.networks[0] in story.network_links else f for f in placed]
    facts = _early_corrections(document, merge_duplicates(_headings_told_again(placed, sentences, document),
                                                          document.published), story.corrections)
    facts = _without_forerunners(_placed_by_operator(_linked_by_name(_of_the_operation_told(_dated_by_a_day_told_apart(
        _placed_by_the_figureless_telling(_placed_by_the_opening(facts, sentences, document), sentences, document),
        document)))))
    for note, right in story.notes_above:
        facts = _first_figure_noted(document, facts, note, right, below=True)
    facts = _without_misprints_first_told(facts, sentences)
    facts = _items_dated_by_their_lead(_named_later_in_its_item(_run_by(_placed_as_told(
        facts, story.named_placed), story.run_by), sentences, document), sentences, document)
    facts = _totals_named_as_their_network(
        _additions_aimed_as_their_first(_aimed_as_their_lead(_elided_named_as_their_first(facts, story.elided))))
    if story.aims_answered is not None and len(
            named := {tuple(f.networks) for f in facts if f.networks and f.count_text}) <= 1:
        # (said outright in answer to the question, it is whom the story's one network was aimed at, whatever a
        # sentence about its personas suggested: its figures, not a count of networks nor another case)
        facts = [replace(f, targets=list(story.aims_answered.targets), target_text=story.aims_answered.target_text)
                 if f.count_text and f.unit not in NETWORK_UNITS and f.scope != "cumulative"
                 and not ANOTHER_CASE.search(f.quote) and ((f.networks and tuple(f.networks) in named)
                                                           or (not f.networks and not f.reference))
                 else f for f in facts]
    # ("Meta also disclosed that it had removed 1.38 billion fake accounts in the third quarter", in a story about a
    # Russian network: the platform's cleaning everywhere, from no country the story names)
    # (nor "**Spam.** Separately, since 1 January we have removed more than 48,000 accounts for spam across Central
    # America", after the Nicaraguan network: spam told apart from it)
    facts = [replace(f, origins=[], attribution=None, targets=[], target_text=None, networks=[], linked_to=[])
             if f.scope == "spam" and ((f.count or 0) >= MASS_FAKE_ACCOUNTS or SEPARATELY.search(f.quote))
             and not countries_in(sentences[f.sentence].text) else f for f in facts]
    return Extraction(sentences, facts, _tips_about_their_takedown(unique_tips, facts),
                      _unique_reach(_without_relabelled(_placed_reach(reach, facts), sentences)),
                      list(dict.fromkeys(aliases)), denied)


def _named_later_in_its_item(facts: list[Fact], sentences: list[Sentence], document: Document) -> list[Fact]:
    """"- We terminated 1,876 YouTube channels … linked to the PRC. The network posted spam… These findings are
    consistent with our earlier reporting on JADE CHORUS.": a bulletin's item that names its network after its
    figure, a few sentences on; the item's figures are that network's (where one sentence tells them all)."""
    named: dict[int, list[str]] = {}
    lines = {f.sentence: _item_line(document, sentences[f.sentence]) for f in facts if f.count_text}
    for fact in facts:
        if not fact.count_text or fact.networks or fact.reference or fact.sentence in named:
            continue
        line = lines[fact.sentence]
        if line is None or sum(1 for other in lines.values() if other == line) > 1:
            continue
        line_end = document.body.find("\n", line)
        later = [s for s in sentences[fact.sentence + 1:] if s.start < (len(document.body) if line_end < 0
                                                                          else line_end)]
        names = list(dict.fromkeys(name for s in later for name in network_names(s.text)))
        if len(names) == 1:
            named[fact.sentence] = names
    return [replace(f, networks=named[f.sentence]) if f.sentence in named and f.count_text and not f.networks
            and not f.reference else f for f in facts]


# "…removed 2,118 accounts across three networks that targeted South African voters": whom every one of them targeted
NETWORKS_THAT_TARGETED = re.compile(r"\bnetworks\s+(?:that|which)\s+(?:\w+\s+)?(?:targeted|were\s+aimed\s+at|"
                                    r"aimed\s+at)\b", re.I)
# "The largest network, with 1,406 accounts, …", "TikTok said the second network, with 512 accounts, …": one of them
ONE_OF_THE_NETWORKS = re.compile(r"\b(?:the|a)\s+(?:larg(?:er|est)|bigg(?:er|est)|small(?:er|est)|first|second|third|"
                                 r"fourth|fifth|other|next|last)\s+(?:network|operation|campaign)\b", re.I)
LEAD_REACH = 3  # how many sentences after such a lead its networks are told one by one


def _aimed_as_their_lead(facts: list[Fact]) -> list[Fact]:
    """Figures of one of the networks a lead told together, and whom they all targeted, that say not whom they
    targeted themselves: aimed where the lead says, and parts of the lead's total (so that no sum adds them as
    separate announcements)."""
    leads = [f for f in facts if f.scope == "cumulative" and f.targets and NETWORKS_THAT_TARGETED.search(f.quote)]

    def lead_of(fact: Fact) -> Fact | None:
        return next((lead for lead in leads if lead.document == fact.document and lead.platform == fact.platform
                     and 0 < fact.sentence - lead.sentence <= LEAD_REACH), None)
    return [replace(f, targets=list(lead.targets), target_text=lead.target_text, part_of=lead.sentence)
            if not f.targets and f.count_text and not f.reference and f.scope is None
            and ONE_OF_THE_NETWORKS.search(f.quote) and (lead := lead_of(f)) is not None else f for f in facts]


def _elided_named_as_their_first(facts: list[Fact], elided: dict[int, int]) -> list[Fact]:
    """"…terminated 412 YouTube channels linked to the campaign in July. In August it terminated 655 more…": the
    figures told without their unit are of the network the first figure's is, however the document came to name it
    (`elided`: each such sentence, and the sentence of the figure it goes on from)."""
    named = {f.sentence: f.networks for f in facts if f.sentence in elided.values() and f.networks and f.count_text}
    return [replace(f, networks=list(named[elided[f.sentence]])) if f.sentence in elided and not f.networks
            and elided[f.sentence] in named else f for f in facts]


def _additions_aimed_as_their_first(facts: list[Fact]) -> list[Fact]:
    """"…suspended more than 2,200 accounts operated from Nigeria that posed as voters in Ghana…", then in an update
    "…an additional 340 accounts linked to the network operating from Nigeria": more of the network told first, aimed
    where it was, and under its name, where the addition says neither."""
    first: dict[tuple[str, tuple[str, ...]], Fact] = {}
    for fact in facts:
        if fact.count_text and fact.origins and fact.scope is None and not fact.reference:
            first.setdefault((PLATFORM_PARENT.get(fact.platform, fact.platform), tuple(fact.origins)), fact)
    kept = []
    for fact in facts:
        told = first.get((PLATFORM_PARENT.get(fact.platform, fact.platform), tuple(fact.origins)))
        if fact.scope == "additional" and told is not None and told.sentence < fact.sentence and not fact.targets:
            fact = replace(fact, targets=list(told.targets), target_text=fact.target_text or told.target_text,
                           networks=fact.networks or list(told.networks))
        kept.append(fact)
    return kept


def _items_dated_by_their_lead(facts: list[Fact], sentences: list[Sentence], document: Document) -> list[Fact]:
    """"On Thursday, December 2, Twitter disclosed 2,968 accounts from three countries." over "- China: 2,412
    accounts…", "- Venezuela: 301 accounts…": the list's figures, which give no date of their own, are of the lead's
    day."""
    dated: dict[int, Fact] = {}  # an item's sentence: the lead that dates it
    for lead in facts:
        if not lead.count_text or lead.date_precision != "day" or lead.sentence + 1 >= len(sentences) or \
                _item_line(document, sentences[lead.sentence]) is not None or \
                not _explicit_date(sentences[lead.sentence].text, document):
            continue
        for item in sentences[lead.sentence + 1:]:
            if _item_line(document, item) is None:
                break
            dated.setdefault(item.position, lead)
    family = PLATFORM_PARENT.get
    # (an item dated otherwise keeps its date: "- Togo: 41 accounts, removed in February"; one dated only by the
    # document, or by the month its section's heading gives the lead too, takes the lead's day)
    return [replace(f, announced=lead.announced, date_precision=lead.date_precision, reference=lead.reference)
            if (lead := dated.get(f.sentence)) is not None and family(f.platform, f.platform) == family(
                lead.platform, lead.platform) and f.announced is not None and lead.announced is not None
            and f.announced != lead.announced and (f.announced == document.published or (
                f.date_precision == "month" and f.announced == lead.announced.replace(day=1))) else f for f in facts]


def _names_a_place_beyond_its_sources(text: str, tips: list[Tip]) -> bool:
    """Whether a tip's sentence names a country other than where a source is ("…from Baltic Lens, a fact-checking
    group based in Vilnius": the group's city, not the network's)."""
    described = [(at, at + len(tip.source) + SOURCE_DESCRIPTION) for tip in tips
                 if (at := text.find(tip.source)) >= 0 and text.startswith((", a ", ", an ", ", the "),
                                                                            at + len(tip.source))]
    return any(not any(start < where < end for start, end in described) for _, where, _ in countries_in(text))


SOURCE_DESCRIPTION = 100  # how far a source's description ("…, a volunteer group based in Vilnius") may run


def _tips_about_their_takedown(tips: list[Tip], facts: list[Fact]) -> list[Tip]:
    """A tip told in the sentence of the takedown it led to ("LinkedIn removed 1,340 fake recruiter profiles that
    Lanternline had flagged", and the next sentence says they were run from North Korea) is about where that
    takedown's network came from, once the document has placed it."""
    def origin(tip: Tip) -> str | None:
        origins = {tuple(f.origins) for f in facts if f.sentence == tip.sentence and f.count_text and not f.scope
                   and PLATFORM_PARENT.get(f.platform, f.platform) == PLATFORM_PARENT.get(tip.platform, tip.platform)}
        return origins.pop()[0] if len(origins) == 1 and len(next(iter(origins))) == 1 else None

    return [replace(tip, about=found) if tip.about is None and (found := origin(tip)) else tip for tip in tips]


def _one_tip_each(tips: list[Tip]) -> list[Tip]:
    """One tip per platform and source, the first told, dated by the first that gives its day: "…removed a network
    after Lantern reported the accounts to the company", then "We sent our findings to TikTok on May 2, 2023"."""
    dated: dict[tuple[str | None, str], Tip] = {}
    for tip in tips:
        if tip.tipped is not None:
            dated.setdefault((tip.platform, tip.source), tip)
    # (each kept where the last of its reports stands: the order tips have always come in)
    kept = list({(tip.platform, tip.source): tip for tip in reversed(tips)}.values())[::-1]
    return [replace(tip, tipped=day.tipped, tipped_precision=day.tipped_precision)
            if tip.tipped is None and (day := dated.get((tip.platform, tip.source))) is not None else tip
            for tip in kept]


def _placed_as_told(facts: list[Fact], told: dict[str, _Roles]) -> list[Fact]:
    """A named network's figures that say neither where it came from nor whom it targeted, placed as a sentence of
    the story says ("the platform said the network operated from Togo and targeted an audience in Côte d'Ivoire";
    "Cordillera focused mainly on voters in Chile…", paragraphs after its figures), in its words."""
    return [replace(f, origins=f.origins or list(roles.origins), attribution=f.attribution or roles.attribution,
                    targets=f.targets or list(roles.targets), target_text=roles.target_text if not f.targets and
                    roles.targets else f.target_text)
            if len(f.networks) == 1 and (roles := told.get(f.networks[0])) is not None and f.scope != "cumulative"
            and f.unit not in NETWORK_UNITS and (not f.origins or not roles.origins or f.origins == roles.origins)
            else f for f in facts]


def _listed_under_its_name(facts: list[Fact], document: Document, sentences: list[Sentence],
                           names: set[str]) -> list[Fact]:
    """"Six years of Glass Orchard: a takedown timeline", then "- October 2020 - Twitter. Twitter disclosed 313
    accounts…": a document whose title names one network lists that network's takedowns, each item's removal its
    own, though the item names it no more.  Not an item placed somewhere else than the network is, nor one told as
    another case, nor a running total."""
    title = document.title or ""  # (a name not in it at all needs no pattern compiled)
    titled = [name for name in names if name in title and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", title)]
    if len(titled) != 1:
        return facts
    name = titled[0]
    placed = {tuple(f.origins) for f in facts if f.networks == [name] and f.origins}
    return [replace(f, networks=[name]) if not f.networks and f.scope not in ("cumulative", "spam")
            and (not f.origins or placed == {tuple(f.origins)}) and not ANOTHER_CASE.search(f.quote)
            and not EARLIER_FORM.search(f.quote)  # ("…from an earlier version of the same network": a forerunner's)
            and _item_line(document, sentences[f.sentence]) is not None else f for f in facts]


def _one_name_each(names: set[str], aliases: list[tuple[str, str]], title: str) -> set[str]:
    """The names a document gives its networks, one per network: of two names it pairs as one network's ("uses
    "Rede Clara"… calls the same network "Eco Andino""), the one its title uses, else the first in order."""
    kept = set(names)
    for name, alias in aliases:
        if name in kept and alias in kept:
            kept.discard(alias if name in title or alias not in title else name)
    return kept


# the word a body is called by, once its full name is told: "the Office", "the Ministry"
BODY_WORDS = {"Office", "Ministry", "Agency", "Commission", "Institute", "Centre", "Center", "Lab", "Bureau",
              "Directorate", "Service", "Council", "Authority", "Committee", "Observatory", "Unit", "Foundation"}


def _full_name(word: str, body: str) -> str | None:
    """The one full name in the document that a body's short name ("the Office") stands for ("National Office for
    Information Resilience"); None where it names none, or more than one."""
    names = {re.sub(r"^The +", "", m.group(0)) for m in re.finditer(
        rf"\b[A-Z][\w'’-]*(?: +(?:[A-Z][\w'’-]*|for|of|on|and|the)){{0,6}}? +{word}"
        r"(?: +(?:for|of|on)(?: +(?:the +)?[A-Z][\w'’-]*)+)?", body)} - {word}
    # ("Director of the National Office for…" is a title before the name)
    names = {name for name in names if not any(name != other and name.endswith(" " + other) for other in names)}
    return names.pop() if len(names) == 1 else None


def _headings_told_again(facts: list[Fact], sentences: list[Sentence], document: Document) -> list[Fact]:
    """A section's heading that gives its figure ("Twitter: 1,304 accounts from Nicaragua"), told again in the
    section's first sentences ("On Wednesday, June 16, Twitter said it had permanently suspended 1,304 accounts…"):
    one takedown, dated and placed by the sentence (the heading's own date is only the one the section before it left),
    which `merge_duplicates` then keeps once."""
    def heading_line(sentence: Sentence) -> bool:
        body = document.body
        return not sentence.text.rstrip(" *_").endswith((".", "!", "?", ":", ";", ",")) and (
            sentence.start == 0 or body[sentence.start - 1] == "\n") and \
            body[sentence.end:sentence.end + 1] in ("", "\n")

    def family(fact: Fact) -> str:
        return PLATFORM_PARENT.get(fact.platform, fact.platform)

    # (not a table's row: "| Q4 2025 | 1 | 143 |" is its own period's figure, not "| Q2 2025 | 1 | 54 |" again)
    headings = {s.position for s in sentences if not s.headline and heading_line(s) and not s.text.startswith("|")}
    told_again = {id(f): g for f in facts if f.sentence in headings and f.count is not None
                  for g in facts if f.sentence < g.sentence <= f.sentence + 3 and g.count == f.count
                  and g.unit == f.unit and family(g) == family(f) and (
                      g.announced != f.announced or (g.origins and not f.origins))}
    # (and a heading without a verb, "Reddit: 58 accounts and 3 subreddits", has the sentence's: "banned")
    return [replace(f, announced=(again := told_again[id(f)]).announced, date_precision=again.date_precision,
                    origins=f.origins or again.origins, attribution=f.attribution or again.attribution,
                    action=f.action if action_in(f.quote) else again.action)
            if id(f) in told_again else f for f in facts] if told_again else facts


OPENING_TELLS_A_NETWORK = re.compile(r"\b(?:network|operation|campaign)s?\b", re.I)


# "ahead of the national and provincial elections", "the vote": an election the sentence does not place
DATELINE_CITY = re.compile(r"\W*(?P<city>[A-Z][A-Z .'-]{2,30}),\s")  # "MANILA, April 27, 2022 (Wire) -"
THE_ELECTION = re.compile(r"\b(?:the|(?:this|last|next)\s+(?:week's|month's|year's)|(?:mon|tues|wednes|thurs|fri|satur|"
                          r"sun)day's)\s+(?:[\w-]+\s+){0,4}?"
                          r"(?:elections?|vote|"
                          r"polls?)\b", re.I)


# "the same network", "two names", "It's one operation": a story of one network that goes by two names
# (but "48 accounts tied to the same operation", naming nothing, says nothing of two names)
_NAMING = r"\b(?:names?|named|call\w*|track\w*|dub\w*|label\w*|refer\w*)\b"
_SAME_ONE = r"\bthe\s+same\s+(?:network|operation|campaign|thing)\b"
ONE_NETWORK_TWO_NAMES = re.compile(rf"(?:{_SAME_ONE}[^.]{{0,80}}?{_NAMING}|{_NAMING}[^.]{{0,80}}?{_SAME_ONE}|"
                                   r"\b(?:two\s+names|"
                                   r"(?:under|by)\s+(?:different|other|another)\s+names?|"
                                   r"(?:it'?s|is)\s+one\s+(?:operation|network|campaign))\b)", re.I)
# a word each of `INTERNAL_NAME`'s patterns holds, the cheap test before it
INTERNAL_NAME_CUES = ("internally", "nside the", " it ", " the activity", " this activity", " the actor", " this actor")
# 'The network called itself "Glos Borealis"', "The operation, dubbed Grey Orchard,", "Researchers named it…": a
# name given to the network the story has been telling of, not to one it mentions in passing
NAMES_THE_STORYS = re.compile(r"^\W*(?:(?:The|This)\s+(?:[\w-]+\s+)?(?:network|operation|campaign)(?:,\s+|\s+(?:was\s+|"
                              r"is\s+|has\s+been\s+)?)(?:call(?:s|ed)\s+itself|dubbed|called|named|nicknamed|known\s+as)\b"
                              r"|(?:It|They|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:named|dubbed|called|calls?|nicknamed)\s+"
                              r"it\b)"
                              # "…what it had done about a network of accounts that researchers have named…"
                              r"|\ban?\s+(?:[\w-]+\s+){0,2}?(?:network|operation|campaign),?\s+(?:of\s+[\w-]+\s+)?(?:that|which)\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:named|dubbed|called|calls?|nicknamed)\b"
                              # "…our findings on a network we call Northern Lantern"
                              r"|\ban?\s+(?:[\w-]+\s+){0,2}?(?:network|operation|campaign)\s+(?:we|researchers|analysts|"
                              r"investigators)\s+(?:have\s+)?(?:named|dubbed|called|calls?|nicknamed)\b")
# ("…resembled an earlier campaign that researchers called…": a network the story compares its own with)
COMPARED = re.compile(r"\b(?:resembl\w*|similar|earlier|previous\w*|separate|another|former|older)\b", re.I)
COUNTED_TWICE_AFTER = re.compile(r"\s+(?:had\s+been|have\s+been|were|was)\s+(?:counted|included|listed|reported)\s+"
                                 r"twice\b|\s+(?:had\s+been\s+|were\s+)?double[- ]counted\b", re.I)
# "from the same operation": an earlier takedown of the network the story is about
THE_SAME_ONE = re.compile(r"\b(?:the\s+same|this|that)\s+(?:operation|network|campaign)\b", re.I)


FIGURES_AFTER_A_TELLING = 8  # how many sentences after a takedown told without a figure its figures may come


def _placed_by_the_figureless_telling(facts: list[Fact], sentences: list[Sentence], document: Document) -> list[Fact]:
    """"Last month Reddit took down a network … run by a marketing firm in Israel and aimed at American users.", then
    a few sentences on "We banned 143 accounts and six subreddits.": the figures of the takedown told first without
    one, from where it came, whom it was aimed at and when.  Only the same platform's figures that place themselves
    nowhere, told before any other figure that does, and not as another case; and only where the platform's
    figures come after the telling, not before it ("…raised the count to 940. The company first disclosed the
    network on February 10…")."""
    placed: list[Fact] = []
    telling: Fact | None = None
    with_figures: set[str | None] = set()  # (a telling after the platform's figures tells an earlier stage of them)
    for fact in facts:
        if fact.count_text:
            with_figures.add(fact.platform)
        if not fact.count_text and (fact.origins or fact.targets) and fact.platform not in with_figures:
            telling = fact if telling is None else telling
        elif telling is not None and fact.count_text and fact.platform == telling.platform and (
                (not fact.origins and not fact.networks) or not (telling.origins or fact.targets)) \
                and 0 < fact.sentence - telling.sentence <= FIGURES_AFTER_A_TELLING \
                and fact.scope not in ("cumulative", "spam") and not fact.reference \
                and not (fact.scope == "returning" and MANY_NETWORKS.search(fact.quote)) \
                and not ANOTHER_CASE.search(fact.quote) and not _told_apart(fact, sentences):
            # (not "…1,180 accounts associated with previously disrupted networks": many networks' returns)
            dated = fact.announced == document.published and telling.announced is not None
            # (a telling that says only whom it was aimed at, "…a network that posed as German pensioners, days
            # before Germany's election", aims the figures that say where they came from)
            fact = replace(fact, origins=fact.origins or telling.origins,
                           attribution=fact.attribution or telling.attribution,
                           targets=fact.targets or telling.targets,
                           target_text=fact.target_text if fact.targets else telling.target_text,
                           announced=telling.announced if dated else fact.announced,
                           date_precision=telling.date_precision if dated else fact.date_precision,
                           reference=telling.reference if dated else fact.reference)
        elif fact.count_text and (fact.origins or fact.platform != (telling.platform if telling else None)):
            telling = None  # (a figure placed, or another platform's: the telling's figures, if any, are behind)
        placed.append(fact)
    return placed


THE_ONES_TOLD = re.compile(r"\b(?:took|taken|take)\s+(?:the|this|that)\s+(?:network|operation|campaign|accounts|"
                           r"channels|pages)\s+down\b|\b(?:removed|suspended|banned|terminated|took\s+down)\s+(?:the|this|that|"
                           r"those)\s+(?:network|operation|campaign|accounts|channels|pages)\b", re.I)


def _dated_by_a_day_told_apart(facts: list[Fact], document: Document) -> list[Fact]:
    """"Update: … TikTok took the network down on February 9, 2023, not February 19, as an earlier version stated.",
    above "TikTok has removed a network of 386 accounts…, the company said": the day the platform removed the network
    the story counts, told without its figures.  Only where the platform has one such day, and for its figures the
    story dates by nothing but its own day."""
    days = {(f.platform, f.announced) for f in facts if not f.count_text and f.date_precision == "day"
            and f.announced not in (None, document.published) and THE_ONES_TOLD.search(f.quote)}
    if len(days) != 1:
        return facts
    platform, day = next(iter(days))
    return [replace(f, announced=day) if f.platform == platform and f.count_text and f.announced == document.published
            and f.date_precision == "day" and not f.reference and f.scope is None else f for f in facts]


# "…terminated YouTube channels connected to the operation", "…12 bots that were part of the same network"
THE_OPERATION_TOLD = re.compile(r"\b(?:connected|tied|linked|belong\w*|part|used\s+by)\s+(?:to|of|with|by)?\s*"
                                r"(?:the\s+same|the|this|that)\s+(?:operation|network|campaign)\b", re.I)


def _of_the_operation_told(facts: list[Fact]) -> list[Fact]:
    """"Google said it had terminated YouTube channels connected to the operation": a removal that points back at the
    operation told above, and places itself nowhere, is of that operation (where every figure told before it that is
    placed is placed alike): where it came from, and whom it was aimed at."""
    placed: list[Fact] = []
    for fact in facts:
        before = {(tuple(f.origins), tuple(f.targets)) for f in placed if f.origins and not f.reference}
        if not fact.origins and not fact.reference and len(before) == 1 and THE_OPERATION_TOLD.search(fact.quote) \
                and not ANOTHER_CASE.search(fact.quote):
            origins, targets = next(iter(before))
            fact = replace(fact, origins=list(origins), targets=fact.targets or list(targets))
        placed.append(fact)
    return placed


def _the_storys(fact: Fact, sentences: list[Sentence]) -> bool:
    """A figure of the takedown a story is about: not one told as another case, nor a total across networks, nor an
    earlier takedown told in passing, unless it points back at the same operation ("In March, Meta removed 203
    accounts from the same operation")."""
    return not _told_apart(fact, sentences) and fact.scope != "cumulative" and (
        not fact.reference or bool(THE_SAME_ONE.search(fact.quote)))


def _told_apart(fact: Fact, sentences: list[Sentence]) -> bool:
    """A figure the story tells as another case: "Separately, Microsoft shared indicators with us…. Acting on that tip,
    we banned 7 accounts…", or under a heading "A second, smaller case"."""
    before = [s for s in sentences if s.position < fact.sentence]
    heading = next((s.text for s in reversed(before) if s.headline), "")
    return bool(ANOTHER_TAKEDOWN.match(fact.quote) or (before and ANOTHER_TAKEDOWN.match(before[-1].text))
                or re.search(r"\b(?:second|another|other|separate)\b", heading, re.I))


def _as_the_figure_put_right(fact: Fact, was: Fact) -> Fact:
    """A figure that puts right one told before is that takedown's: its network, places and date, where the new
    sentence gives none of its own."""
    return replace(fact, networks=was.networks, origins=fact.origins or was.origins,
                   targets=fact.targets or was.targets, target_text=fact.target_text or was.target_text,
                   attribution=fact.attribution or was.attribution, announced=was.announced,
                   date_precision=was.date_precision, retells=was.sentence)


def _origins_told(facts: list[Fact], came_from: set[str]) -> set[tuple[str, ...]]:
    """The origins the figures give.  Where the opening says where the story's network came from, a figure that
    gives none is no other network ("…run out of mainland China…", then "Twitter disclosed 1,063 accounts…")."""
    return {tuple(f.origins) for f in facts if f.origins or not came_from} or {()}


def _placed_by_the_opening(facts: list[Fact], sentences: list[Sentence], document: Document) -> list[Fact]:
    """Where a story's one network came from, or whom it was aimed at, said by its opening or its title, for figures
    that place the network nowhere:

    - "A network run from Belarus that posed as Polish border residents has been taken down…": where it came from;
    - 'Two labs, two names: … an Iran-linked "truth" network', a title: where it came from;
    - "ELECTORAL COMMISSION OF SOUTH AFRICA", over "…ahead of the national and provincial elections": that country's
      election;
    - "…accounts removed before Argentina's runoff", a title: whom it was aimed at;
    - "With eight days to go before South Africans vote, two companies say they shut down a network that was
      trying to sway the election": whom it was aimed at.

    Only where no figure of the document has a country of its own (but an earlier takedown told in passing as
    another's): a story of several networks places each itself.  Never a figure told as another case or a total
    across networks (`_the_storys`).
    """
    if not facts:
        return facts
    # (the paragraph of the first sentence of prose: not a byline or a dateline, "Transcript, Tuesday 21 May 2024")
    first = next((s for s in sentences if not s.headline and len(s.text) >= 60), None)
    if first is None:
        return facts
    body = document.body
    start = body.rfind("\n\n", 0, first.start) + 1
    end = body.find("\n\n", first.end) % (len(body) + 1)
    opened = {s.position for s in sentences if not s.headline and start <= s.start < end}
    # (an earlier takedown told in passing, "in 2022 Meta removed a separate Belarus-based network", is no figure of
    # the story's own; nor is the opening's own removal told without one, "Meta said it had taken down a network …
    # posing as local outlets in São Paulo", which is what places the figures)
    # (nor a total across platforms or networks, "Altogether, more than 1,300 accounts were removed across…")
    placed = [f for f in facts if (f.origins or f.targets) and not (
        f.reference and (ANOTHER_CASE.search(f.quote) or _told_apart(f, sentences)))
        and not (f.sentence in opened and not f.count_text) and f.scope not in ("cumulative", "sum")]
    opening = [s.text for s in sentences if s.position in opened]
    # (and "The bulletins target audiences in Colombia and Ecuador", of the operation the sentence before brought in)
    roles = [cached_roles(text) for text in opening if OPENING_TELLS_A_NETWORK.search(text) or ITS_TARGETS.match(text)]
    targets = {country for origins, aimed_at, _, _ in roles for country in aimed_at}
    came_from = {country for origins, _, _, _ in roles for country in origins}
    if placed:
        # (not "a separate, unconnected Russian network", told after the story's own; nor, of whom the opening says
        # it was aimed at, one told as months older than the story: "Last October, Facebook removed 58 accounts run
        # from Buenos Aires that targeted voters in neighbouring Bolivia", in a story on networks aimed at Peru)
        # (only where none of the story's own figures is placed: then the opening is all that places them)
        unplaced = not any(f.origins or f.targets for f in facts
                           if not f.reference and not (f.sentence in opened and not f.count_text))
        placed = [f for f in placed if not ANOTHER_CASE.search(f.quote) and not (
            unplaced and targets and f.reference and _months_before(f, document))]
        told = [f for f in facts if f.count_text and _the_storys(f, sentences) and not ANOTHER_CASE.search(f.quote)]
        target_text = next((text for _, _, _, text in roles if text), None)
        if not targets and opening and (dateline := DATELINE_CITY.match(opening[0])) and target_text and \
                THE_ELECTION.search(target_text):
            # "BERLIN, March 3 (Wire) -- … a Russian influence campaign aimed at voters before last month's federal
            # election": the election of the dateline's country
            targets = {country for country, _, _ in countries_in(dateline["city"].title())}
        # (one audience, or several one sentence names together: "…target audiences in Colombia and Ecuador")
        if not targets or len({aimed_at for _, aimed_at, _, _ in roles if aimed_at} or {tuple(targets)}) != 1 or any(
                f.targets and set(f.targets) != targets for f in placed) or \
                len(placed_at := _origins_told(placed + told, came_from)) != 1 or not (
                    came_from <= set(*placed_at) or (placed_at == {()} and len(came_from) == 1)):
            return facts
        # "X and TikTok have taken down a network … ahead of Indonesia's Feb. 14 election", then "the operation was
        # run by …, a Surabaya marketing agency": the story's one network, all its figures placed there, was aimed at
        # the election its opening names
        aimed = list(dict.fromkeys(country for _, aimed_at, _, _ in roles for country in aimed_at)) or list(targets)
        # (and where no figure says where it came from, the opening's one country does: "Last month Reddit took down a
        # network … run by a marketing firm in Israel and aimed at American users", then "We banned 143 accounts")
        origins = list(came_from) if placed_at == {()} else []
        attribution = next((text for found, _, text, _ in roles if found), None) if origins else None
        return [replace(f, targets=f.targets or aimed, target_text=f.target_text or target_text,
                        origins=f.origins or origins, attribution=f.attribution or attribution)
                if (not f.targets or (origins and not f.origins)) and _the_storys(f, sentences)
                and not ANOTHER_CASE.search(f.quote) and not (f.reference and _months_before(f, document)) else f
                for f in facts]
    # (the opening's first sentences of a network: not "It is not the first … operation aimed at…", another's)
    first = [cached_roles(text) for text in opening if OPENING_TELLS_A_NETWORK.search(text)
             and not re.search(r"\bseparate\b|\bnot\s+the\s+first\b|\banother\b", text, re.I)][:2]
    if len(came_from) == 1 and {country for _, aimed_at, _, _ in first for country in aimed_at} and \
            {country for origins, _, _, _ in first for country in origins} == came_from:
        # "A network run from Belarus that posed as Polish border residents has been taken down by TikTok and
        # YouTube": where the story's one network came from, from its opening (whom it worked on, the opening may
        # say less plainly: "The Washington Post's story on … an Israel-based operation … aimed at politics in
        # African … countries" names no audience in Washington)
        attribution = next(text for origins, _, text, _ in first if origins)
        return [replace(f, origins=list(came_from), attribution=attribution) if _the_storys(f, sentences) else f
                for f in facts]
    if came_from:
        return facts
    title = (document.title or "").title() if (document.title or "").isupper() else document.title or ""
    titled = {country for country, _, _ in countries_in(title)}  # (in capitals: "ELECTORAL COMMISSION OF …")
    if not titled and opening and (dateline := DATELINE_CITY.match(opening[0])):
        # "MANILA, April 27, 2022 (Wire) - …ahead of the May 9 presidential election": the dateline's country's
        titled = {country for country, _, _ in countries_in(dateline["city"].title())}
    if not targets and len(came_from := cached_roles(title)[0]) == 1 and OPENING_TELLS_A_NETWORK.search(title):
        # 'Two labs, two names: researchers split over what to call an Iran-linked "truth" network': where the
        # story's one network came from, said by its title
        return [replace(f, origins=list(came_from), attribution=cached_roles(title)[2])
                if _the_storys(f, sentences) else f for f in facts]
    if not targets and len(titled) == 1 and not cached_roles(title)[0] and any(
            THE_ELECTION.search(s.text) and {country for country, _, _ in countries_in(s.text)} <= titled
            for s in [s for s in sentences if not s.headline and len(s.text) >= 60][:3]):
        # "ELECTORAL COMMISSION OF SOUTH AFRICA", then "…content it has asked platforms to remove ahead of the
        # national and provincial elections": the election of the one country the title names
        return [replace(f, targets=list(titled)) if _the_storys(f, sentences) else f
                for f in facts]
    if not targets and len(aimed := cached_roles(title)[1]) == 1 and not cached_roles(title)[0]:
        # "…the fake 'young voter' accounts removed before Argentina's runoff": whom the story's title says they
        # worked on, where its opening names no network
        return [replace(f, targets=list(aimed), target_text=f.target_text or cached_roles(title)[3])
                if _the_storys(f, sentences) else f for f in facts]
    if len(targets) != 1:
        return facts
    target_text = next(text for _, aimed_at, _, text in roles if aimed_at)
    return [replace(f, targets=list(targets), target_text=f.target_text or target_text) if not f.reference else f
            for f in facts]


def _months_before(fact: Fact, document: Document) -> bool:
    """Whether a figure is dated more than two months before the story tells it: an earlier takedown's."""
    return bool(fact.announced and document.published and (document.published - fact.announced).days > 62)


# 'Sable Choir: A Russia-linked network posing as local media in Sudan and Libya': a network's name, then what it is
NAME_THEN_WHAT = re.compile(r"^\W*(?P<name>[^:—–]{2,60}?)[\"”']?\s*[:—–]\s+(?:An?|The)\s+[^:]*?\b(?:network|operation|"
                            r"campaign)\b")


def _linked_by_name(facts: list[Fact]) -> list[Fact]:
    """"Facebook attributed the activity to individuals associated with Volna Media", in a report whose table gives
    Twitter's and YouTube's figures for the same named network: whoever ran the network ran all of its figures.
    Only where the document links the name to one operator."""
    links: dict[str, set[tuple[str, ...]]] = {}
    for fact in facts:
        if len(fact.networks) == 1 and fact.linked_to and not fact.reference:
            links.setdefault(fact.networks[0], set()).add(tuple(fact.linked_to))
    return [replace(f, linked_to=list(next(iter(links[f.networks[0]])))) if len(f.networks) == 1 and not f.linked_to
            and not f.reference and len(links.get(f.networks[0], ())) == 1 else f for f in facts]


def _placed_by_operator(facts: list[Fact]) -> list[Fact]:
    """"Meta found links to Lanka Bright Media, a consultancy based in Colombo… in July 2019, Facebook removed 221
    accounts tied to Lanka Bright Media": an earlier takedown of the same operator's network, its origin untold, came
    from where the operator's network does.  Only where the document places the operator's figures in one country."""
    places: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    told_in: set[int] = set()
    for fact in facts:
        if fact.linked_to and fact.origins and fact.count_text and all(map(PROPER_NAME.fullmatch, fact.linked_to)):
            places.setdefault(tuple(fact.linked_to), set()).add(tuple(fact.origins))
            told_in.add(fact.sentence)

    def placed(fact: Fact) -> list[str]:
        """(not from a figure of the same sentence: "3,841 accounts tied to the IRA and 770 other accounts that
        originated in Iran" are two networks)"""
        origins = places.get(tuple(fact.linked_to), set())
        return list(next(iter(origins))) if len(origins) == 1 and len(next(iter(origins))) == 1 and \
            fact.sentence not in told_in else []

    return [replace(f, origins=placed(f) or _operators_country(f)) if f.linked_to and not f.origins and f.count_text
            else f for f in facts]


def _operators_country(fact: Fact) -> list[str]:
    """"…accounts run from the digital office of the Georgian Unity Movement", placed nowhere else: the one country
    the operators' own name gives.  Not where the name gives two or none, nor where the figure's sentence names a
    country the name does not ("…across four networks that it linked to state-backed efforts in Iran, Russia and
    Serbia"), nor a count of networks, which may each have had their own operators."""
    named = {country for entity in fact.linked_to for country, _, _ in countries_in(entity)}
    if len(named) != 1 or fact.unit in NETWORK_UNITS or not {c for c, _, _ in countries_in(fact.quote)} <= named:
        return []
    return list(named)


TARGETING_WORD = re.compile(r"(?:targeting|targeted|aimed\s+at|aiming\s+at)\b", re.I)


def _placed_by_headline(facts: list[Fact], headlines: list[str], names: set[str]) -> list[Fact]:
    """'Facebook dismantles Honduran "Red Cumbre" network': where the network a headline names came from, for
    the figures of that network the text does not place; and 'Sable Choir: A Russia-linked network posing as local
    media in Sudan and Libya', a network the text names, and whom it worked on."""
    known = set(names)  # (the document's names; `names` is rebound below to the names each headline gives)
    for headline in headlines:
        if headline and (what := NAME_THEN_WHAT.match(headline)) and (name := what["name"].strip(" \"“'")) in names:
            origins, targets, attribution, target_text = cached_roles(headline[what.end("name"):])
            if len(origins) <= 1:
                facts = [replace(f, origins=f.origins or list(origins), attribution=f.attribution if f.origins
                                 else attribution, targets=f.targets or list(targets),
                                 target_text=f.target_text if f.targets else target_text)
                         if f.networks == [name] else f for f in facts]
        names = network_names(headline) if headline else []
        origins = cached_roles(headline)[0] if len(names) == 1 else ()
        # (the country right before the name, as its adjective: not "…takedowns (translated from Portuguese)")
        before = [text for country, start, end in countries_in(headline) if country in origins
                  for text in [headline[start:end]] if re.search(
                      rf"(?<![\w-]){re.escape(text)}\s+[\"“'‘]?{re.escape(names[0])}\b", headline)]
        if len(origins) == 1 and before:
            facts = [replace(f, origins=list(origins), attribution=f.attribution or before[0])
                     if f.networks == names and not f.origins else f for f in facts]
        # ("Advisory 2023-014: Coordinated inauthentic network 'Coral Lantern' targeting Philippine audiences": whom
        # the one network the headline names worked on)
        named_here = names or [name for name in known if headline and name in headline]
        if len(named_here) == 1 and (aimed := cached_roles(headline))[1] and TARGETING_WORD.match(aimed[3] or ""):
            facts = [replace(f, targets=list(aimed[1]), target_text=aimed[3])
                     if f.networks == named_here and not f.targets else f for f in facts]
    return facts


def _corrected(document: Document, facts: list[Fact], sentence: Sentence, before: str, counted: list[CountedUnit],
               actors: list[str], story: _Story) -> tuple[list[Fact], list[Fact]]:
    """"…updated the bulletin to say the correct figure was 1,760 channels": the figure a platform gave before, for
    that unit, replaced by the corrected one (its takedown's other words stand). The facts kept, and the new one."""
    corrected = CORRECTED_TO.search(sentence.text)
    item = next((c for c in counted if corrected and c.count.start > corrected.start() and c.count.value), None) or \
        _figure_now(sentence.text)
    candidates = [f for f in facts if item and _corrects(item, f, actors)]
    if not candidates and item is not None:
        # ("…said last month it had terminated 1,460 channels. A corrected version of the bulletin now gives the figure
        # as 1,046 channels.": the figure told just before, though told as an earlier report's)
        # (or a few sentences before: "…it had removed a network of 2,406 accounts…. In March the company revised that
        # entry…. The company later said the figure was 2,371 accounts.")
        candidates = [f for f in facts if f.reference and f.count_text and (
            f.count_text in before or 0 < sentence.position - f.sentence <= 3)
            and _corrects(item, replace(f, reference=False), actors)]
    # (the figure it corrects: the one the sentences here give, else the platform's latest for that unit)
    nearby = before + " " + sentence.text
    was = next((f for f in reversed(candidates) if f.count_text in nearby), None) or next(reversed(candidates), None)
    if item is not None and was is None:  # (an update atop a post corrects a figure told below it)
        story.corrections.append((sentence, item, actors))
    if item is None or was is None or any(f.count == item.count.value for f in candidates):
        return facts, []  # (nothing to correct, or the corrected figure is told already)
    quote = document.quote(sentence.start, sentence.end, item.count.text)  # (the part with the figure, in HTML)
    kept, new = _with_correction(facts, was, sentence, item, quote)
    return kept, [new]


# "the total number of Instagram accounts removed as part of this network is now 12": the unit, then the figure
NUMBER_NOW = re.compile(r"\b(?:total|number|count|tally)\s+of\s+(?P<unit>(?:[\w-]+\s+){0,2}[\w-]+)\s+(?:we\s+|it\s+)?"
                        r"(?:removed|taken\s+down|suspended|banned|terminated|disrupted)\b[^.;]{0,60}?\b(?:is|are|stands\s+at)"
                        r"\s+now\s+(?P<figure>\d[\d,]*)\b")


# "Google on Monday raised the number of YouTube channels it has terminated in connection with the network to 1,872"
NUMBER_RAISED = re.compile(r"\b(?:raised|increased|lowered|reduced|revised|updated)\s+(?:the|its)\s+(?:number|count|"
                           r"total|tally)\s+of\s+(?P<unit>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:it|we|they)\s+(?:has\s+|had\s+|"
                           r"have\s+)?(?:removed|taken\s+down|suspended|banned|terminated|disrupted|deleted)\b[^.;]{0,100}?"
                           r"\bto\s+(?P<figure>\d[\d,]*)\b")


def _compared_month(moved: re.Match[str], last: Fact | None) -> Fact | None:
    """"The September figure, for comparison, was 1,388 channels." (`NUMBER_MOVED`'s month), right after October's
    figure of the same removals: the figure just told, dated by the month named (in its year, before its month)."""
    if moved["month"] is None or last is None or last.announced is None or last.date_precision not in ("month", "day"):
        return None
    month = month_number(moved["month"])
    year = last.announced.year - (month > last.announced.month)
    return replace(last, announced=dt.date(year, month, 1))


def _figure_now(text: str) -> CountedUnit | None:
    """The revised figure of "the number of Instagram accounts removed … is now 12" or "raised the number of YouTube
    channels it has terminated … to 1,872", as if written "12 Instagram accounts" (a figure after its unit, which
    `counted_units` does not read)."""
    now = NUMBER_NOW.search(text) or NUMBER_RAISED.search(text)
    return next(iter(counted_units(f"{now['figure']} {now['unit']}")), None) if now else None


def _corrects(item: CountedUnit, fact: Fact, actors: list[str]) -> bool:
    """Whether a corrected figure may replace this fact's: the same unit, on the same surface where it names one
    ("…Instagram accounts… is now 12" is not the 64 Facebook accounts), by the platform that corrects it."""
    return fact.unit == item.unit and bool(fact.count_text) and not fact.reference and (
        not item.surface or fact.surface == item.surface) and (not actors or fact.platform in actors)


def _with_correction(facts: list[Fact], was: Fact, sentence: Sentence, item: CountedUnit,
                     quote: str) -> tuple[list[Fact], Fact]:
    """The facts without `was`, and the corrected figure that replaces it, quoted from the sentence that corrects it
    (`quote`: the part of it that holds the figure, where HTML breaks it)."""
    kept = [f for f in facts if not (f.sentence == was.sentence and f.platform == was.platform and f.unit == was.unit
                                     and f.count == was.count)]
    # (still one announcement with the figures told beside the wrong one: it tells that sentence again)
    return kept, replace(was, sentence=sentence.position, quote=quote, count=item.count.value,
                         qualifier=item.count.qualifier, count_text=item.count.describe(),
                         retells=was.retells if was.retells is not None else was.sentence,
                         first_told=was.first_told or was.count_text, first_quote=was.first_quote or was.quote)


# "we revised the December figure for the campaign from 1,358 to 1,417 YouTube channels": a figure told above, put
# right
REVISED_FROM_TO = re.compile(r"\b(?:revised|corrected|changed|amended|updated|adjusted)\s+(?:the|its|our|that)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:figure|number|count|total|tally)\b[^.;]{0,80}?\bfrom\s+"
                             r"(?P<wrong>\d{1,3}(?:,\d{3})+|\d+)\s+to\s+(?P<right>\d{1,3}(?:,\d{3})+|\d+)\b", re.I)


def _figure(digits: str) -> int:
    return int(digits.replace(",", ""))


# "…The CIB network therefore comprised 852 Facebook accounts.": the figure an update puts right, after saying why
REVISED_THEREFORE = re.compile(r"\b(?:therefore|thus|now|instead)\s+(?:comprised|comprises|consisted|consists|totals|"
                               r"totalled|totaled|stands\s+at|stood\s+at|is|was|numbered|numbers)\b", re.I)
# "we previously said 1,873, but the correct number is 1,837 accounts": the wrong figure, then the right one
PREVIOUSLY_SAID = re.compile(r"\b(?:previously|earlier|initially|originally|first)\s+(?:said|reported|stated|gave|"
                             r"announced)\s+(?:it\s+was\s+|the\s+(?:figure|number)\s+(?:was|as)\s+)?"
                             r"(?P<wrong>\d{1,3}(?:,\d{3})+|\d+)\b", re.I)
CORRECTING = re.compile(r"\b(?:correct(?:ion|ed|s)?|wrong|mistaken|mistake|incorrect|inaccurate|misreported|error)\b",
                        re.I)
# "…1,034 Instagram accounts, not 1,340 as reported above": the right figure, then the wrong one
NOT_THE_WRONG = re.compile(r",?\s+not\s+(?:the\s+)?(?P<wrong>\d{1,3}(?:,\d{3})+|\d+)\b")


def _corrected_in_a_note(document: Document, facts: list[Fact], sentence: Sentence, counted: list[CountedUnit],
                         wrong: re.Match[str]) -> list[Fact]:
    """The figure a correction note says was wrong, replaced by the right one it gives just before it, quoted
    from the note; the facts as they were where the note names no figure told above.  Where the wrong figure comes
    first ("we previously said 1,873, but the correct number is 1,837"), it only goes: the sentence's own facts
    tell the right one."""
    value = _figure(wrong["wrong"])
    if wrong.re is PREVIOUSLY_SAID:  # (the right figure told after the wrong one, by the sentence's own facts)
        item = next((c for c in counted if c.count.start > wrong.end() and c.count.value not in (None, value)), None)
        was = next((f for f in reversed(facts) if item is not None and f.count == value and f.count_text
                    and f.unit == item.unit), None)
        return [f for f in facts if f is not was]
    item = next((c for c in reversed(counted) if c.end <= wrong.start() and c.count.value), None)
    was = next((f for f in reversed(facts) if item is not None and f.count == value and f.count_text
                and f.unit == item.unit and (f.surface == item.surface or item.surface in (None, f.platform))), None)
    if item is None or was is None:
        return facts
    if any(f.count == item.count.value and f.platform == was.platform and f.unit == was.unit and f.surface ==
           was.surface and f.count_text for f in facts):  # (the right figure is told already: the wrong one goes)
        return [f for f in facts if f is not was]
    kept, new = _with_correction(facts, was, sentence, item,
                                 document.quote(sentence.start, sentence.end, item.count.text))
    return [*kept, new]


# "…and the figure has been corrected to 57": the right figure a correction note gives
CHANGED_TO = re.compile(r"\b(?:corrected|revised|changed|amended|updated|lowered|raised|reduced|increased)\s+"
                        r"(?:(?:down|up)\s+)?to\s+(?P<right>\d{1,3}(?:,\d{3})+|\d+)\b")


def _first_figure_noted(document: Document, facts: list[Fact], note: list[Sentence],
                        right: re.Match[str], below: bool = False) -> list[Fact]:
    """"An earlier version of this bulletin listed 75 YouTube channels…. On review, … the figure has been corrected
    to 57.": the right figure, told above, keeps the note's wrong one as the figure first told (`Fact.first_told`).
    `note`: the note's sentences so far, the last of them the one that gives the right figure (`right`, its
    `CHANGED_TO` or `CORRECTED_TO` match).  `below`: the right figure told below the note, atop the text it puts
    right.  The same list when there is none to put right."""
    value = _figure(right["right"]) if "right" in right.re.groupindex else next(
        (c.value for c in counts_in(note[-1].text[right.end():])), None)
    told = [(s, c) for s in note for c in counted_units(s.text[:right.start()] if s is note[-1] else s.text)
            if c.count.value not in (None, value)]
    for sentence, wrong in told:
        fixed = next((f for f in (facts if below else reversed(facts)) if f.count == value and f.unit == wrong.unit
                      and f.count_text and not f.reference and f.first_told is None
                      and (f.sentence > note[-1].position if below else f.sentence < note[0].position)), None)
        if fixed is not None:
            quote = document.quote(sentence.start, sentence.end, wrong.count.text)
            return [replace(f, first_told=wrong.count.describe(), first_quote=quote) if f is fixed else f
                    for f in facts]
    return facts


# "An earlier version of this article said…", "An article in the December 28 edition misstated…": a publication's
# own slip, put right; no figure anyone stood by, so not one an answer shows as first reported
MISPRINT = re.compile(r"\b(?:this|the|our|an?)\s+(?:article|story|piece|report|column|edition|newsletter|entry)\b"
                      r"[^.;]{0,80}?\b(?:misstated|misreported|incorrectly|wrongly|mistakenly|erroneously|in\s+error)\b"
                      r"|\b(?:misstated|misreported|misprinted|misprint|typo|typing\s+error|transcription\s+error|"
                      r"editing\s+error)\b|\bas\s+we\s+(?:reported|wrote|said|stated)\b"
                      r"|\bearlier\s+version\s+of\s+(?:this|the|our)\s+(?:[\w:]+\s+){0,2}?(?:article|story|piece|column|"
                      r"newsletter|edition|entry)\b", re.I)
NOTE_REACH = 3  # sentences back a correcting sentence's note may open


def _without_misprints_first_told(facts: list[Fact], sentences: list[Sentence]) -> list[Fact]:
    """The figures first told that were a publication's slip (`MISPRINT`), said where the first figure was told or
    in the note that puts it right: dropped, leaving the right figure alone."""
    def misprint(fact: Fact) -> bool:
        note = sentences[max(0, fact.sentence - NOTE_REACH):fact.sentence + 1]
        return bool(MISPRINT.search(fact.first_quote or "")) or any(MISPRINT.search(s.text) for s in note)
    return [replace(f, first_told=None, first_quote=None) if f.first_told and misprint(f) else f for f in facts]


def _early_corrections(document: Document, facts: list[Fact],
                       corrections: list[tuple[Sentence, CountedUnit, list[str]]]) -> list[Fact]:
    """"Update on March 5, 2024: … the total number of Instagram accounts removed … is now 12", atop the post whose
    original text below says 8: the first figure told after the update that it can correct, corrected."""
    for sentence, item, actors in corrections:
        was = next((f for f in facts if f.sentence > sentence.position and _corrects(item, f, actors)), None)
        if was is not None and was.count != item.count.value:
            # (and where the post tells that figure again, "Presence on Facebook and Instagram: … 8 Instagram accounts")
            for again in [f for f in facts if f.sentence > was.sentence and _corrects(item, f, actors)
                          and f.count == was.count and f.platform == was.platform]:
                facts = [f for f in facts if f is not again]
            kept, new = _with_correction(facts, was, sentence, item,
                                         document.quote(sentence.start, sentence.end, item.count.text))
            # (the update's own removal without a figure, kept till now for what it told of the network, is this one)
            kept = [f for f in kept if f.sentence != sentence.position or f.count_text]
            facts = sorted([*kept, new], key=lambda f: f.sentence)
        elif was is None and (told := next((f for f in facts if f.sentence == sentence.position and not f.count_text
                                             and (not actors or f.platform in actors)), None)) is not None:
            # ("Facebook on Thursday raised the number of Facebook accounts it removed from Mekong Echo to 311", with
            # no figure of it in the story to correct: the update's own removal, with the figure it now gives)
            facts = [replace(f, count=item.count.value, qualifier=item.count.qualifier,
                             count_text=item.count.describe(), unit=item.unit,
                             surface=item.surface if item.surface != f.platform else None) if f is told else f
                     for f in facts]
    return facts


def _without_superseded(facts: list[Fact], new_facts: list[Fact], final: bool) -> list[Fact]:
    """The facts without a figure the new ones replace: one told before as preliminary ("nearly 900 accounts, a
    preliminary count"), or any the sentence's final figure replaces ("the final tally is 912 accounts"), of the same
    platform, unit and network, and near it in size.  Not a disagreement between sources: one source's figure, put
    right as it went on."""
    def replaced(fact: Fact) -> bool:
        return fact.count is not None and not fact.reference and any(
            new.count is not None and new.count != fact.count and (new.platform, new.unit, new.surface) == (
                fact.platform, fact.unit, fact.surface) and abs(new.count - fact.count) <= SUPERSEDED_WITHIN * new.count
            and (not (new.networks and fact.networks) or bool(set(new.networks) & set(fact.networks)))
            and (not (new.origins and fact.origins) or bool(set(new.origins) & set(fact.origins)))
            and (final or PRELIMINARY.search(fact.quote) is not None) for new in new_facts)
    return [fact for fact in facts if not replaced(fact)]


def _section_dated(facts: list[Fact], story: _Story, document: Document) -> list[Fact]:
    """The section's figures dated only by the report's day, dated instead by the month the section gives ("We took
    it down in February 2024.")."""
    when, precision = story.section_date or (None, None)
    return [replace(f, announced=when, date_precision=precision)
            if when and story.in_section(f) and f.announced == document.published and not f.reference else f
            for f in facts]


def _same_takedown(fact: Fact, last: Fact) -> bool:
    """A figure of the takedown just told: the same platform, day and countries (its other units, its retellings)."""
    return fact.platform == last.platform and fact.announced == last.announced and fact.origins == last.origins


def _one_takedown_per_section(facts: list[Fact], new_facts: list[Fact], story: _Story, document: Document
                              ) -> tuple[list[Fact], list[Fact]]:
    """Under a country's heading, "We removed a network that originated in Turkey…" and "We removed this network
    in April 2023." tell the takedown whose figures the presence line gives: no takedowns of their own.  A month
    they give dates the figures, where the figures have only the report's day."""
    def in_section(fact: Fact) -> bool:
        return story.in_section(fact) and not fact.reference

    figured = [f for f in [*facts, *new_facts] if in_section(f) and f.count_text]
    if not figured:
        return facts, new_facts
    platforms = {f.platform for f in figured}
    told = [f for f in [*facts, *new_facts] if in_section(f) and not f.count_text and f.platform in platforms
            and f.unit in NETWORK_UNITS]  # (not "also suspended the account of a former adviser": another removal)
    if not told:
        return facts, new_facts
    dated = next((f for f in told if f.announced and f.announced != document.published
                  and f.date_precision in ("day", "month")), None)

    def redated(fact: Fact) -> Fact:
        if dated is not None and fact in figured and fact.announced == document.published:
            return replace(fact, announced=dated.announced, date_precision=dated.date_precision)
        return fact

    kept = [redated(f) for f in facts if not any(f is t for t in told)]
    return kept, [redated(f) for f in new_facts if not any(f is t for t in told)]


# "The number fell to 6,048 channels in 2023": the figure of the removals told before, for another period
NUMBER_MOVED = re.compile(r"\b(?:number|figure|count|total|tally)\s+(?:for\s+(?:this|that|the)\s+[\w-]+\s+)?"
                          # ("the total for this campaign has since risen to 143 YouTube channels": an update's)
                          r"(?:then\s+|ha[sd]\s+(?:since\s+|now\s+)?)?(?:fell|fallen|rose|risen|dropped|climbed|grew|"
                          r"grown|jumped|increased|decreased|declined|slipped|doubled)\s+to\s+(?=\d|about|around|"
                          r"roughly|nearly|more|over|some)"
                          # "The September figure, for comparison, was 1,388 channels.": another month's, after a figure
                          r"|^\W*The\s+(?P<month>January|February|March|April|May|June|July|August|September|October|"
                          r"November|December)\s+(?:figure|number|count|total|tally)(?:,\s+[\w\s]{1,25},)?\s+was\s+"
                          r"(?=\d|about|around|roughly|nearly|more|over|some)", re.I)
# "It was 1,058 accounts.", said right after "I have to correct that": the figure put right
IT_WAS = re.compile(r"^\W*(?:It|That|The\s+(?:figure|number|count|total))\s+(?:was|is)\s+(?:actually\s+|really\s+|"
                    r"only\s+)?(?=\d)", re.I)


def _figure_put_right(sentences: list[Sentence], index: int, counted: list[CountedUnit],
                      facts: list[Fact]) -> re.Match[str] | None:
    """"I have to correct that, actually. It was 1,058 accounts.": the figure that puts a wrong one right, where no
    figure is told just before it (which `_corrected` puts right) and the figure is not told already."""
    if not index or not CORRECTING.search(sentences[index - 1].text):
        return None
    figures = {c.count.value for c in counted}
    if any(f.count_text and (f.sentence >= index - 3 or f.count in figures) for f in facts):
        return None
    return IT_WAS.match(sentences[index].text)


def _counts_alike(fact: Fact, item: CountedUnit) -> bool:
    """A figure told before counts what `item` counts: the same unit on the same surface (a platform's own accounts
    kept without one, as `_facts` keeps them)."""
    return fact.unit == item.unit and fact.surface == (None if item.surface == fact.platform else item.surface)


OF_THEM = re.compile(r"\s+of\s+(?:them\b|(?:those|these)\s+(?:[\w-]+\s+)?(?:accounts|pages|groups|channels|profiles|"
                     r"videos)\b)")  # ("Telegram has blocked 31 of those channels", after "we flagged 46 channels")


def _of_them(text: str, before: str) -> list[CountedUnit]:
    """"We reported all 112 channels to Telegram. Telegram blocked 37 of them in January.": the figure of those
    the sentence before counts, in its unit (where it counts one kind only)."""
    told = counted_units(before)
    if len({(c.unit, c.surface) for c in told}) != 1:
        return []
    return [CountedUnit(count, told[0].unit, told[0].surface, told[0].unit_text, mark.end())
            for count in counts_in(text) if count.value and (mark := OF_THEM.match(text, count.end))]


# what may follow a corrected figure that leaves its unit to the figure it corrects: the clause's end
BARE_FIGURE_END = re.compile(r"\s*(?:[;.,:)]|$|\s+(?:and|but|not|rather|instead)\b)")


def _totals_named_as_their_network(facts: list[Fact]) -> list[Fact]:
    """"…banned 47 accounts … linked to the network", then "a second sweep had found more accounts, bringing the total
    to 69": the running total of the network whose figure it raised, by that network's name (the story's names are
    given to its own figures only, and a running total is seldom one network's)."""
    named = []
    for fact in facts:
        total = fact.scope == "cumulative" and fact.count_text and TOTAL_BROUGHT_TO.search(fact.quote) is not None
        # ("…an additional 64 Facebook accounts tied to the same Belarus-based operation, bringing the total to 675":
        # the addition's place is the total's)
        added = next((f for f in facts if f.sentence == fact.sentence and f.scope == "additional" and f.platform ==
                      fact.platform and f.origins), None) if total and not fact.origins else None
        if added is not None:
            fact = replace(fact, origins=list(added.origins), attribution=added.attribution,
                           targets=fact.targets or list(added.targets), networks=fact.networks or list(added.networks))
        raised = next((f for f in reversed(facts) if f.networks and f.platform == fact.platform and f.count_text
                       and 0 < fact.sentence - f.sentence <= 3 and f.origins == fact.origins), None) if (
            total and not fact.networks) else None
        named.append(replace(fact, networks=list(raised.networks)) if raised is not None else fact)
    return named


def _bare_correction(text: str, last: Fact | None, position: int) -> list[CountedUnit]:
    """"…we said we terminated 2,317 YouTube channels. The correct figure is 2,371; two digits were swapped": a
    corrected figure told without its unit counts what the figure told just before counts."""
    corrected = CORRECTED_TO.search(text) or TOTAL_BROUGHT_TO.search(text)
    if corrected is None or last is None or not last.count_text or not 0 < position - last.sentence <= 3:
        return []
    count = next((c for c in counts_in(text) if c.start >= corrected.end()), None)
    if count is None or not count.value or text[corrected.end():count.start].strip() or \
            BARE_FIGURE_END.match(text, count.end) is None:
        return []
    # ("…a second sweep had found more accounts, bringing the total to 69", after "47 accounts and three subreddits":
    # what the sentence says it found more of)
    named = [UNIT_WORDS[word.lower()] for word in re.findall(r"[A-Za-z]+", text[:corrected.start()])
             if word.lower() in UNIT_WORDS] if corrected.re is TOTAL_BROUGHT_TO else []
    unit = named[-1] if named else last.unit
    return [CountedUnit(count, unit, last.surface if unit == last.unit else None, unit, count.end)]


def _claimed(text: str, at: int) -> bool:
    """The removal at `at` is inside a claim someone else made, quoted to be checked; not a platform's own claim
    ("the company claimed it had "removed 500 accounts"")."""
    claim = CLAIMED.search(text, 0, at)
    if claim is None:
        return False
    lead = text[max(0, claim.start() - 30):claim.start()]
    return not COMPANY_JUST_BEFORE.search(lead) and not any(
        re.fullmatch(r"\s+(?:\w+\s+)?", lead[end:]) for _, _, end in platforms_in(lead))


def _told_over_sentences(facts: list[Fact], told: list[Fact], new_facts: list[Fact]) -> list[Fact]:
    """New facts, and earlier ones updated in place: a takedown told without a figure over two sentences has the
    countries of both ("X has suspended a network … about Moldova's election." then "…the accounts appeared to
    originate in Russia."), where neither gives a country the other contradicts."""
    for index, new in enumerate(new_facts):
        old = next((f for f in reversed(told) if f.platform == new.platform), None)
        if new.count_text or old is None or old.count_text or new.reference or old.reference or \
                old.announced != new.announced or (old.origins and new.origins) or (old.targets and new.targets):
            continue
        merged = _Roles(old.origins or new.origins, old.targets or new.targets, old.attribution or new.attribution,
                        old.target_text or new.target_text)
        changes = dict(origins=merged.origins, targets=merged.targets, attribution=merged.attribution,
                       target_text=merged.target_text)
        new_facts[index] = replace(new, **changes)
        for facts_so_far in (facts, told):
            facts_so_far[:] = [replace(f, **changes) if f is old else f for f in facts_so_far]
    return new_facts


@dataclass
class _Roles:
    """Countries and entities one stretch of a sentence gives: origins, targets and their phrases."""

    origins: list[str]
    targets: list[str]
    attribution: str | None
    target_text: str | None

    @classmethod
    def of(cls, text: str) -> _Roles:
        origins, targets, attribution, target_text = cached_roles(text)
        return cls(list(origins), list(targets), attribution, target_text)


CLAUSE_TURN = re.compile(r",?\s+(?:while|whereas)\s+|;\s+", re.I)
THE_OTHERS = re.compile(r"[;,]\s+(?:and\s+|while\s+)?the\s+(?:others|rest|remaining\s+\w+|other\s+\w+)\s+"
                        r"(?:were|was|came|originated|operated)\b", re.I)


def _roles_per_count(text: str, assets: list[CountedUnit], clause_start: int = 0) -> list[_Roles]:
    """Each count's own countries.

    "8,558 accounts linked to Serbia… and 5,350 accounts operated from Saudi Arabia" gives each figure
    its own origin.  In a plain list ("13 accounts and two Pages linked to Russia") the attribution at
    the end covers every item.  A lone count takes the whole sentence's, or its clause's where the clause
    has a subject of its own (`clause_start`).  Otherwise a count without a country of its own gets none:
    a wrong country is worse than none.
    """
    starts = [item.count.start for item in assets]
    ends = [*starts[1:], len(text)]
    # "…one from Iran with 50 accounts and one from Russia with 30": a country told before its figure, in the
    # words leading up to it, is that figure's, not the one before
    for index in range(1, len(starts)):
        lead_in = FORWARD_COUNTRY.search(text, starts[index - 1], starts[index])
        if lead_in and lead_in.end() == starts[index]:
            ends[index - 1] = starts[index] = lead_in.start("phrase")
    # ("A network in Myanmar … had 181 Facebook accounts…, while a China-based network aimed at India used 37": the
    # clause that tells the next figure, from its opening word)
    for index in range(1, len(starts)):
        turn = CLAUSE_TURN.search(text, assets[index - 1].end, starts[index]) if ends[index - 1] == starts[index] \
            else None
        if turn is not None:
            ends[index - 1] = starts[index] = turn.start()
    segments = [_Roles.of(text[(0 if i == 0 else start):ends[i]]) for i, start in enumerate(starts)]
    whole = _Roles.of(text)
    shared: _Roles | None = None
    if len(assets) > 1 and not all(s.origins for s in segments):
        # "The Iranian set: 389 accounts, 118 Pages and 27 Groups": a country named before every figure
        # covers them all, unless a figure names a country of its own
        lead = _Roles.of(text[:starts[0]])
        if lead.origins and all(set(s.origins) <= set(lead.origins) for s in segments):
            shared = lead
    # "the two Russian networks together come to 274 accounts": a count of networks says whose figures follow
    network_lead = segments[0] if assets and assets[0].unit in NETWORK_UNITS and segments[0].origins else None
    places = {tuple(segment.origins) for segment in segments if segment.origins}
    resolved = []
    for index in range(len(assets)):
        donor = segments[index]
        following = index
        # (not from a share of it: "1,000 accounts, 200 of which were linked to Iran" says where the 200 came from)
        while not donor.origins and following + 1 < len(assets) and not assets[following + 1].passive and re.fullmatch(
                LIST_OR_VERB, text[assets[following].end:assets[following + 1].count.start]):
            following += 1
            donor = segments[following]
        if len(assets) == 1 and clause_start:  # its own clause's countries, origins and targets alike
            resolved.append(_Roles.of(text[clause_start:]))
            continue
        if len(assets) == 1 and (others := THE_OTHERS.search(text, assets[0].end)) is not None:
            # "The largest, with 2,045 accounts, was tied to the Venezuelan government; the others were run from
            # Pakistan, Saudi Arabia and Ethiopia": the others' countries are not the figure's
            donor = _Roles.of(text[:others.start()])
        elif len(assets) == 1:
            donor = whole
        elif not donor.origins and shared:
            donor = shared
        elif not donor.origins and network_lead and index:
            donor = network_lead
        # (the targets named once cover the list, unless its figures came from several places: "about 23,400 linked
        # to China, about 1,100 tied to Russia and some 7,300 aimed at domestic audiences in Turkey")
        shared_targets = (whole.targets, whole.target_text) if len(places) <= 1 else ([], None)
        resolved.append(_Roles(donor.origins, segments[index].targets or shared_targets[0], donor.attribution,
                               segments[index].target_text or shared_targets[1]))
    return resolved


def _clause_after(text: str, at: int) -> str:
    """The text from a removal verb to the end of its clause: "…before they were removed, and the campaign's
    websites…" removed nothing called a campaign."""
    rest = text[at:]
    end = CLAUSE_BREAK.search(rest)
    return rest[:end.start()] if end else rest


def _told_before(told: list[Fact], item: CountedUnit) -> Fact | None:
    """The figure a story already gave that a figure tells again: the same count (of ten or more) in any words, or
    within a tenth of it in the same unit ("221 accounts" in one outlet's headline, where the story gave 212)."""
    value = item.count.value
    if value is None:
        return None
    return next((fact for fact in reversed(told) if fact.count and (
        (fact.count == value and value >= 10) or (fact.unit == item.unit and abs(fact.count - value) <= value / 10))),
        None)


def _retellings(told: list[Fact], text: str, assets: list[CountedUnit]) -> list[Fact | None]:
    """For each figure of a sentence without a removal verb, the figure told before that it tells again; only where
    every figure does ("82 accounts, 27 Pages, 9 Groups and 2 Instagram accounts" after 80, 26, 9 and 2), and the
    sentence opens no other takedown ("A second cluster comprised 12 Pages, 66 accounts…" is not the first's 70)
    nor names another platform ("6,900 accounts on Reddit" is not Twitter's 6,900); and only where the sentence
    tells how someone gave the figure ("printed", "described it as", "lists"): "Network B had 115 accounts and 12
    Pages" after a network of 120 and 11 is another network of about that size."""
    if not assets or not REPORTED_AS.search(text, 0, assets[0].count.start):
        return [None] * len(assets)
    named = {PLATFORM_PARENT.get(name, name) for name, _, _ in platforms_in(text)}
    found = [_told_before(told, asset) for asset in assets]
    if ANOTHER_TAKEDOWN.match(text) or None in found or (named and any(
            PLATFORM_PARENT.get(f.platform, f.platform) not in named for f in found if f)):
        return [None] * len(assets)
    return found


# "…suspended 4,960 accounts from an earlier version of Desert Relay": a forerunner of the network named, not it
# (and "…removed a second Iranian network, a year after it took down Cobalt Reed": the takedown before it)
FORERUNNER_OF = re.compile(r"\b(?:early|earlier|previous|prior|first|older)\s+(?:version|incarnation|iteration|form)\s+"
                           r"of\s+(?:the\s+)?$|\b(?:forerunner|predecessor)\s+(?:of|to)\s+(?:the\s+)?$"
                           r"|\bafter\s+(?:it|they|we|the\s+company)\s+(?:had\s+)?(?:took\s+down|taken\s+down|removed|"
                           r"disrupted|suspended|banned)\s+$", re.I)


# ("…it suspended 4,960 accounts from an earlier version of Desert Relay", "a successor to one it disrupted in 2024,
# when it suspended 4,960 accounts": figures of what came before)
FORERUNNER_SAID = re.compile(r"\b(?:early|earlier|previous|prior|older)\s+(?:version|incarnation|iteration|form)\b"
                             r"|\bsuccessor\s+to\b|\bforerunner\b|\bpredecessor\b", re.I)


# "the network was operated by Sever Media Group, a company based in St Petersburg": who ran the story's network
THE_NETWORK_RUN_BY = re.compile(r"\b(?:the|this)\s+(?:network|operation|campaign)\s+(?:was|is|had\s+been)\s+"
                                r"(?:\w+ly\s+)?(?:operated|run|controlled|directed|managed|orchestrated)\s+(?:by|through)\b",
                                re.I)


def _run_by(facts: list[Fact], runners: list[list[str]]) -> list[Fact]:
    """A story of one network that says, apart from its figures, who ran it ("In the ministry's assessment, the
    network was operated by Sever Media Group…", over a list of what each platform removed): its figures were that
    network's, run by them.  Not where it says so of several, or tells of several networks."""
    if len({tuple(names) for names in runners}) != 1:
        return facts
    if len({tuple(f.networks) for f in facts if f.count_text and f.networks and not f.reference}) > 1 or len(
            {tuple(f.origins) for f in facts if f.count_text and f.origins and not f.reference}) > 1:
        return facts  # (several networks, by name or by where they came from)
    return [replace(f, linked_to=list(runners[0])) if f.count_text and not f.linked_to and not f.reference
            and f.scope != "cumulative" and not ANOTHER_CASE.search(f.quote) else f for f in facts]


def _without_forerunners(facts: list[Fact]) -> list[Fact]:
    """Each figure without the names of networks it is told as a forerunner of (`_forerunner_of`); before the names
    place figures, and again after, since placing may name them."""
    return [replace(f, networks=kept) if len(kept := [name for name in f.networks
                                                      if not _forerunner_of(f.quote, name)]) < len(f.networks) else f
            for f in facts]


def _forerunner_of(quote: str, name: str) -> bool:
    """The figure is of what came before the network: so named ("an earlier version of Desert Relay"), or, where the
    quote does not name it, told as another, earlier takedown ("…as part of an earlier, unnamed enforcement")."""
    if name in quote:
        return _forerunner_named(quote, name)
    return EARLIER_SEPARATE.search(quote) is not None


EARLIER_SEPARATE = re.compile(r"\bearlier,?\s+(?:unnamed|separate|smaller)\b"
                              # ("…238 accounts… in June 2023 and that the 2024 action was a separate enforcement")
                              r"|\b(?:was|is|as)\s+an?\s+separate\s+(?:enforcement|action|takedown|removal)\b", re.I)


def _forerunner_named(quote: str, name: str) -> bool:
    """The name stands for what came before the network ("an earlier version of Desert Relay"), for another it
    only looks like ("…shared characteristics with the China-based Spamouflage operation"), for one the figure is
    said not to be of ("an action not linked to Silver Ferry"), or for one that came after or outgrew the case the
    figure is of ("The Harbor Lantern action follows Twitter's October release of data on 770 accounts")."""
    at = quote.find(name)
    return (at > 0 and (FORERUNNER_OF.search(quote, max(0, at - 50), at) is not None
                        or LIKENESS_BEFORE.search(quote, max(0, at - 50), at) is not None
                        or NOT_LINKED_BEFORE.search(quote, max(0, at - 40), at) is not None)) or (
        at >= 0 and EARLIER_CASE_AFTER_NAME.match(quote, at + len(name)) is not None)


# "…removed 31 accounts that impersonated German politicians, an action not linked to Silver Ferry": another's
NOT_LINKED_BEFORE = re.compile(r"\b(?:not|never|un)\s*(?:linked|tied|connected|related)\s+(?:to|with)\s+(?:the\s+)?$",
                               re.I)
# "The Harbor Lantern action follows Twitter's October release of data on 770 accounts…": the named network's action
# comes after the one the figures are of
EARLIER_CASE_AFTER_NAME = re.compile(r"[\W]{0,3}\s+(?:(?:action|takedown|removals?|announcement|disclosure|case|"
                                     r"move)\s+(?:follows|followed|comes\s+after|came\s+after)"
                                     # ("Steppe Relay dwarfed the previous record…, the 1,845 core accounts that…")
                                     r"|(?:dwarfed|dwarfs|eclipsed|eclipses|surpassed|surpasses|outstripped|"
                                     r"outstrips))\b")


LIKENESS_BEFORE = re.compile(r"\b(?:shared?|shares|sharing)\s+(?:some\s+)?(?:characteristics|traits|features|tactics|"
                             r"hallmarks)\s+with\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,3}$|\b(?:resembl\w+|"
                             r"reminiscent\s+of|similar\s+to)\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,3}$", re.I)


TOTAL_ACROSS_NETWORKS = re.compile(r"\b(?:across|in\s+all|from\s+all)\s+(?:the\s+|its\s+|these\s+)?(?:[\w-]+\s+)?"
                                   r"(?:networks|operations|campaigns)\b", re.I)
ORIGINATED = re.compile(r"\b(?:originated|originating|operated|run)\s+(?:in|from|out\s+of)\b", re.I)
TAKEN_BACK_AFTER = re.compile(r"\W{0,3}\s*(?:sorry|I\s+mean|(?:let\s+me\s+)?correct\s+that|scratch\s+that|"
                              r"no,\s+wait)\b", re.I)


def _facts(document: Document, sentence: Sentence, around: list[Sentence], action: tuple[str, int] | None,
           counted: list[CountedUnit], actors: list[str], story: _Story) -> list[Fact]:
    text = sentence.text
    following = [s for s in around if s.position > sentence.position]  # the next two, in order
    previous = [s for s in around if s.position == sentence.position - 1]
    assets = [c for c in counted if (c.unit.split(", ")[0].split(" and ")[0] in ASSET_UNITS or c.unit in ASSET_UNITS)
              and not (c.count.value == 1 and REPORTER_AFTER.match(text, c.end))]  # "One blog printed 2,950…"
    if len(assets) == 1 and assets[0].count.value == 1 and not re.search(
            r"\b(?:remov|suspend|delet|ban|took|taken|terminat|disabl|disrupt)\w*\s+(?:\w+\s+){0,3}$",
            text[:assets[0].count.start], re.I):
        assets = []  # "an administrator of one Page", "one network targeted 18 countries": not a takedown's size
    if len(assets) > 1 and SOURCE_LIST_GAP.fullmatch(text, assets[0].end, assets[1].count.start) and \
            not cached_roles(text[:assets[0].end])[0]:
        # "The US topped the list with 34 operations aimed at it, followed by Ukraine with 20": a ranking of
        # targets, not of where networks came from, whose items are read no further than its lead
        assets = assets[:1]
    # (and "…the group's own list had about 150 TikTok accounts but … it could not say how many of those TikTok had
    # removed": what someone listed, of which an unknown share was removed)
    if action is not None and assets and all(at > assets[0].count.end and (re.search(r"\bthan\b|\bhow\s+many\b", text[
            assets[0].count.end:at]) or SHARE_REMOVED.match(text, at)) for _, at in actions_in(text)):
        # "it had identified about 3,000 suspicious accounts, far more than the number Twitter removed": a finding,
        # whose removal verb is about another number (and "the 1,240 accounts we observed is larger than the number
        # Meta removed": the finding told after the figure; and "…had identified about 450 accounts, so TikTok removed
        # roughly two thirds of what it found": a share of the finding, not all of it)
        assets = [a for a in assets if not FINDING_BEFORE.search(text, max(0, a.count.start - 40), a.count.start)
                  and not FOUND_JUST_BEFORE.search(text, max(0, a.count.start - 40), a.count.start)
                  and not FINDING_AFTER.match(text, a.end)]
    if action is None:
        # "Researchers … said they had logged 37 Telegram channels sharing the same image": a count someone found,
        # where the sentence removes nothing (and "We counted roughly 3,900 TikTok accounts in the network", in a
        # lab's report, where "we" is no platform: its own count)
        assets = [a for a in assets if not WATCHED_BEFORE.search(text, max(0, a.count.start - 40), a.count.start)
                  and not WATCHED_NETWORK_BEFORE.search(text, max(0, a.count.start - 100), a.count.start)
                  and not (story.publisher is None and WE_FOUND_BEFORE.search(text, max(0, a.count.start - 40),
                                                                              a.count.start))]
    # ("Researchers … said they had seen "a few hundred" accounts on X that matched…, but could not know how many of
    # those X had removed": what watchers saw, whatever the sentence says was removed)
    assets = [a for a in assets if not SEEN_BEFORE.search(text, max(0, a.count.start - 20), a.count.start)]
    # ("When TikTok removed 41 accounts…, some outlets reported the network's "2.3 million accounts"": what others
    # wrote of it, which the story goes on to put right)
    if " reported " in text or " wrote " in text or " cited " in text:
        assets = [a for a in assets if not OTHERS_REPORTED.search(text, 0, a.count.start)]
    # "…after finding that hundreds of channels had been counted twice": an error in a count, not a takedown
    assets = [a for a in assets if not COUNTED_TWICE_AFTER.match(text, a.end)]
    # "So we removed 412 Facebook accounts, sorry, let me correct that…: we removed 421": a figure taken back at once
    assets = [a for a in assets if not TAKEN_BACK_AFTER.match(text, a.end)]

    # "Meta said it had reinstated 74 Facebook accounts … that were removed in error": given back, not taken down
    assets = [a for a in assets if not REINSTATED_BEFORE.search(text, max(0, a.count.start - 40), a.count.start)
              and not REINSTATED_AFTER.match(text[a.count.end:])]
    if action is not None and " to " in text:
        # "…has asked Meta, TikTok, YouTube and Telegram to remove 1,450 accounts…, but only one … has taken anything
        # down": the figure asked for, whatever removal the sentence tells after it (not one told between the two)
        def asked_for(item: CountedUnit) -> bool:
            asked = ASKED_TO_REMOVE.search(text, max(0, item.count.start - 90), item.count.start)
            return asked is not None and not any(asked.start() <= at < item.count.start for _, at in actions_in(text))
        assets = [a for a in assets if not asked_for(a)]
    if action is not None and ";" in text:
        # "Telegram also removed some of the network's channels; Adevar Digital had identified 12 Telegram channels":
        # a figure someone found, in a clause of its own with no removal
        def found_apart(item: CountedUnit) -> bool:
            start, end = _semicolon_clause(text, item.count.start)
            return start > 0 and not any(start <= at < end for _, at in actions_in(text)) and \
                FINDING_BEFORE.search(text, start, item.count.start) is not None
        assets = [a for a in assets if not found_apart(a)]
    if action is not None and len(assets) > 1:
        # "…removed 611 Facebook accounts…, compared with the 702 Facebook accounts … we had identified": the figures
        # it is set against are someone else's count (and the list they open runs to the sentence's end)
        against = COMPARED_WITH.search(text, assets[0].end)
        assets = [a for a in assets if against is None or a.count.start < against.start()]
    if action is None and assets:
        # "only 243 of the accounts were new": a part of what was told, not a takedown; unless it says where that
        # part came from ("35 of the accounts were tied to Bolivia" breaks the total down)
        ends = [*(a.count.start for a in assets[1:]), len(text)]
        assets = [a for a, end in zip(assets, ends, strict=True)
                  if not SHARE_OF.match(text, a.count.end) or countries_in(text[a.count.start:end])]
        # "Of the more than 230 networks, only a handful originated in the US": the whole a part is told of, told
        # again; and a figure in someone's quoted words ('"A network of 40 accounts … can matter more than 4,000
        # spam accounts," said a researcher') is no removal
        if QUOTED_WORDS.match(text):
            assets = []
        # ("…far beyond any margin a network of a few hundred accounts could plausibly move": what such a network might
        # do, not one removed)
        assets = [a for a in assets if not HYPOTHETICAL_AFTER.match(text, a.end)]
        # "41 channels on the list were already inactive or had been deleted by their owners, and 12 … so no action was
        # taken against them": what the platform did not remove
        if NOT_ACTED.search(text):
            assets = []
        # "Together the 1,935 accounts posted 88,416 times": a researcher's estimate of the network, told again
        assets = [a for a in assets if not (a.count.value in story.estimates and re.search(
            r"\bthe\s+$", text[max(0, a.count.start - 5):a.count.start], re.I))]
        # "They had posted in 34 subreddits": where they were active, not what was removed
        assets = [a for a in assets if not POSTED_IN.search(text, max(0, a.count.start - 30), a.count.start)]
        # "The operators also ran at least 19 YouTube channels, which we shared with Google", in Meta's own report:
        # another platform's assets, which nobody is said to have removed
        if story.publisher:
            assets = [a for a in assets if not (owner := SURFACE_OWNER.get(a.surface or "")) or
                      PLATFORM_PARENT.get(owner, owner) == PLATFORM_PARENT.get(story.publisher, story.publisher)]
        # "The operation ran more than 60 websites": sites a network ran, which no platform removes unless it says so
        assets = [a for a in assets if a.unit not in OFF_PLATFORM_UNITS]
        assets = [a for a in assets if not WHOLE_BEFORE.search(text, 0, a.count.start)]
        # "Researchers estimated that the network comprised around 2,000 profiles": a size guessed, nothing removed
        assets = [a for a in assets if not ESTIMATED.search(text, 0, a.count.start)]
        # "…have asked the messaging service Telegram to block 57 channels": a removal asked for, not done
        assets = [a for a in assets if not ASKED_TO_REMOVE.search(text, max(0, a.count.start - 90), a.count.start)]
        # "the network … had operated about 4,000 accounts on X": what the network ran, as someone says, not a removal
        assets = [a for a in assets if not RAN_BEFORE.search(text, max(0, a.count.start - 40), a.count.start)]
    if action is not None and assets:
        # "Graywater Lab has estimated that the operation controlled perhaps 10,000 accounts…, a figure far larger than
        # any single platform's removals": an estimate, whose removal word comes only after it
        estimated = [a for a in assets if ESTIMATED.search(text, 0, a.count.start) and all(
            at > a.count.start for _, at in actions_in(text))]
        if estimated == assets:
            return []  # (nor a removal told without a figure)
        assets = [a for a in assets if a not in estimated]
    if action is not None and len(assets) > 1 and (precise := PRECISE_FIGURE.search(text)) is not None:
        # "…it had suspended "about 900" accounts…, X's safety team published a note putting the precise figure at 912
        # accounts": the figure given before it, for the same unit, is superseded
        later = {a.unit for a in assets if a.count.start > precise.start()}
        assets = [a for a in assets if a.count.start > precise.start() or a.unit not in later]
    if action is not None and assets:
        # "TikTok's final tally stands at 318 accounts, X has suspended an unspecified number": the verb after the
        # figure has a subject of its own, another platform than the one the figure's clause names; the figure is
        # not its object (but "Alongside the 58 Facebook accounts, Meta removed 11 Pages" is Meta's)
        verbs = [at for _, at in actions_in(text)]
        assets = [a for a in assets if any(at < a.count.start for at in verbs) or not (
            (after := next((at for at in verbs if at > a.end), None)) is not None
            and (clause := NEW_SUBJECT_BEFORE.search(text, a.end, after)) is not None
            and (subject := platforms_in(text[clause.start("subject"):after + 20]))
            and (own := [name for name, _, _ in platforms_in(text[:a.count.start])])
            and PLATFORM_PARENT.get(own[-1], own[-1]) != PLATFORM_PARENT.get(subject[0][0], subject[0][0]))]
        if not assets:
            return []
    if (action is not None and (_claimed(text, action[1]) or HEARSAY.search(text, 0, action[1]))) or (
            action is None and assets and HEARSAY.search(text, 0, assets[0].count.start)):
        return []  # a claim being checked, or hearsay ("Someone in a Discord said TikTok removed 80…"), not a report
        # (nor 'Some coverage added the two and reported "more than 3,100 accounts"', with no verb of its own)
    if assets and " to " in text and (put := PUT_TO.search(text)) is not None and put.end() <= assets[0].count.start:
        return []  # 'An MP puts it to TikTok that "something like 5,000 accounts" were involved': a figure put to a
        # witness, to be answered
    if action is not None and actions_in(text) and all(REMOVAL_NOUN.match(text, at) and INDEFINITE_BEFORE.search(
            text, 0, at) for _, at in actions_in(text)):
        return []  # "…think that a suspension of a couple of thousand accounts means the problem is gone": any one
    # ("Microsoft attributed the activity to a group": a finding, which removes nothing without a figure)
    # "across the items above, platforms reported removing more than 54,000 accounts": no one platform's takedown
    if action is not None and GENERIC_ACTORS_BEFORE.search(text, 0, action[1]) and \
            not any(start < action[1] for _, start, _ in platforms_in(text)):
        return []
    # (nor is someone's quoted remark, '"They took down the channels," he said', a report of its own; nor a habit,
    # "when we confirm an operation, we remove the accounts involved"; nor "the combined followers of all removed
    # accounts")
    if not assets and (action is None or action[0] == "attributed" or text.lstrip()[:1] in "\"“"
                       or all(_habit_or_attribute(text, at) for _, at in actions_in(text))
                       or bare_unit(_clause_after(text, action[1])) is None):
        return []  # no figure, and no removal of a unit without one: most sentences end here, before their roles
    whole = _Roles.of(text)
    # 'a headline put "221 accounts"', after the story told of 212: that takedown, told again
    retellings = _retellings(story.told, text, assets) if action is None else [None] * len(assets)
    # "Reddit found 944 accounts tied to the agency. All of them have been banned.": the verb comes next
    breakdown = another_period = another_network = False
    # (but not '"We gave them 3,100 handles. They took down 2,735."': a figure of its own, told after another's)
    follow_up = following[0] if following and assets and action is None and (actors or story.platform) and \
        THEY_WERE.match(following[0].text) and action_in(following[0].text) and not counted_units(following[0].text) \
        and not any(_figure(figure) != assets[0].count.value
                    for figure in BARE_FIGURE.findall(following[0].text)) else None
    if follow_up is not None:
        actors = actors or [story.platform]
    elif action is None and assets and TOTAL_LABEL.match(text) and not platforms_in(text[:assets[0].count.start]):
        return []  # "**Total: 6,284 accounts** announced in February", after each platform's line: a tally of them all
    elif action is None:
        # "More than 1,000 accounts located in Venezuela were engaged in…": a count described in a takedown story
        # "Facebook said the 364 pages and accounts had…": "the" points back at what the story says was removed
        # (but not "TikTok: 2,009 (the three networks in its January report…)", a tally's aside on what it counts)
        definite = any(re.search(r"\bthe\s+$", text[max(0, a.count.start - 6):a.count.start], re.I)
                       and not (a.unit in NETWORK_UNITS and text.count("(", 0, a.count.start) > text.count(
                           ")", 0, a.count.start)) for a in assets)
        # ("In its monthly report, TikTok listed the network as 1,874 accounts": the size of the network just told)
        definite = definite or any(NETWORK_SIZED_AS.search(text, max(0, a.count.start - 60), a.count.start)
                                   for a in assets)
        # "Presence: 262 Pages, 356 accounts and 3 groups", "the network consisted of 30 Pages…": a breakdown
        # "…into three clusters: 1,666 accounts that…; 248 accounts whose…": items of a list that opens with a colon
        list_item = bool(assets and previous) and not text[:assets[0].count.start].strip() and \
            previous[0].text.rstrip().endswith((":", ";"))
        # ("| Twitter | April 2, 2020 | 1,846 accounts |", under a table's header: one row of what platforms reported)
        # (not a table of totals: "| Platform | Actions | Total removed |")
        list_item = list_item or (bool(assets and previous) and text.startswith("|") and previous[0].text.startswith(
            "|") and bool(platforms_in(text[:assets[0].count.start])) and not re.search(
            r"\btotals?\b", _table_header(document, sentence), re.I))
        breakdown = bool(assets) and (len(assets) >= 2 or list_item
                                      or BREAKDOWN_CUE.search(text[:assets[0].count.start]))
        # "Engadget described the first cluster as 'more than 1,600' accounts": another outlet's words for a figure
        # the story gave; and "the 880 accounts were not coordinated, a spokesman said": the very figure told before
        if definite and not all(retellings):
            same = [next((f for f in reversed(story.told) if f.count == a.count.value and f.unit == a.unit), None)
                    if (a.count.value or 0) >= 10 else None for a in assets]
            retellings = same if all(same) else retellings
        retelling = all(retellings)
        # "…we terminated 2,318 channels. For comparison, in the whole of 2023 the figure was 6,470 channels.": the
        # same removals over another period, told by their date
        another_period = assets[:1] == assets and story.last_fact is not None and bool(
            FIGURE_WAS.search(text, 0, assets[0].count.start)) and _explicit_date(text, document) and \
            0 < sentence.position - story.last_fact.sentence <= 2
        # "…we removed 912 accounts run from inside Uganda. … There was a smaller cluster aimed at the Ugandan
        # diaspora in Kenya, a few dozen accounts.": another network the same removal took down
        another_network = story.last_fact is not None and 0 < sentence.position - story.last_fact.sentence <= 6 and \
            bool(ANOTHER_NETWORK_TOLD.match(text)) and bool(whole.origins or whole.targets)
        if not (assets and story.action and (whole.origins or story.section or definite or breakdown or retelling
                                             or another_period or another_network) and (story.platform or actors)):
            return []
        if following and "not" in following[0].text and NOT_REMOVED_THEM.search(following[0].text):
            return []  # "We investigated a cluster of about 260 accounts…. …so we did not remove them.": kept up
        if any(DID_NOT.match(text, end) for _, _, end in platforms_in(text)) or IT_DID_NOT.search(text):
            return []  # "TikTok has not yet acted on the 22 accounts we reported": no takedown
        attributed = re.search(r"\battribut(?:ed|es|ing)\b", text, re.I)
        if attributed and attributed.start() < assets[0].count.start:
            return []  # "Researchers attributed 300 accounts to Iran": someone else's finding (see `actions_in`)
        if FOUND_JUST_BEFORE.search(text, max(0, assets[0].count.start - 30), assets[0].count.start):
            return []  # "…published a report last week identifying 41 Telegram channels…": what it found, not removed
        if definite and not retelling and FOUND_PASSIVE_AFTER.match(text, assets[0].end):
            return []  # "The 96 accounts were flagged on the basis of behaviour alone": a list someone sent, no removal
        if story.platform and actors in ([], [story.platform]):
            # "63 Facebook accounts, 29 Pages" after a story about Twitter: the units say whose they were
            surface = next((a.surface for a in assets if a.surface), None)
            owner = SURFACE_OWNER.get(surface or "", surface)
            same_family = owner is None or owner in (story.platform, PLATFORM_PARENT.get(story.platform))
            actors = [story.platform] if same_family else [owner]
    if not actors:
        # "The largest takedown was YouTube's termination of 3,870 channels": whose removal it names
        actors = [name for name, _, end in platforms_in(text) if POSSESSIVE_REMOVAL.match(text, end)][:1]
    if not actors:
        return []
    actions = actions_in(text) if follow_up is None else [(action_in(follow_up.text)[0], len(text))]
    last_told = next(reversed(story.told), None)
    if last_told is not None and ((story.section and last_told.sentence < story.section_from)
                                  or last_told.sentence < story.case_from):
        last_told = None  # (not one told under the heading before, nor in another numbered case)
    told_just_before = last_told if last_told is not None and THAT_TAKEDOWN.match(text) and \
        0 < sentence.position - last_told.sentence <= 2 else None
    quote = text
    # (not after a ranking of sources, "Russia with six networks, Iran with four…": the next sentence is of them all)
    context = _context(following, assets, document.body) if follow_up is None and (
        len(assets) < 2 or len({country for country, _, _ in countries_in(text)}) < 2 or len(
            {tuple(_Roles.of(text[max(0, item.count.start - 40):item.end]).origins) for item in assets}) <= 1) else None
    extra = _Roles.of(context.text) if context is not None else None
    if context is not None and len(following) > 1 and context is following[1]:
        # (whom the sentence between targeted, too: "…targeted engineers in Israel. The activity originated in Iran.")
        between = _Roles.of(following[0].text)
        extra = _Roles(extra.origins or between.origins, list(dict.fromkeys(between.targets + extra.targets)),
                       extra.attribution or between.attribution, extra.target_text or between.target_text)
    # (the sentence after may also say who ran the network the sentence placed: "Its investigators linked the
    # network to individuals associated with Russia's Internet Research Agency")
    # (the span from the next sentence to the context may name the network: "The network, which researchers have
    # named Low Tide, …. The people behind it were linked to…")
    span = _joined(document, following[0], context) if context is not None else None
    described_before: Sentence | None = None  # (the sentence before, quoted for where the network came from)
    if extra and (extra.origins or extra.targets or linked_entities(context.text) or network_names(context.text)) and (
            not whole.origins or not whole.targets or (linked_entities(context.text) and not linked_entities(text))
            or (span is not None and network_names(span) and not network_names(text))):
        quote = _joined(document, sentence, context) or text
    else:
        extra = None
        # "…an operation originating in China. It removed 936 accounts…": the sentence before says where from
        # (or "…, which OpenAI dubbed Static Choir, used ChatGPT…. OpenAI banned about 40 accounts tied to it.": the
        # operation a list item, or the sentence before, describes)
        # (and "The second network in Tuesday's report originated in Nicaragua…. Meta removed 96 Facebook accounts…":
        # the network the sentence before brought in)
        # (and "…the headline case is a network that originated in Israel…. Meta says it removed 437 Facebook
        # accounts…", in one paragraph: the network the sentence before described)
        before = previous[0] if previous and (CONTINUES.match(text) or breakdown or _labelled_item(
            document, previous[0], sentence) or POINTS_BACK.search(text) or PART_OF_THIS.search(text) or _one_item(
            document, previous[0], sentence) or ORDINAL_NETWORK_OPENS.match(previous[0].text) or (
                A_NETWORK_PLACED.search(previous[0].text) and not SEPARATELY.search(text)
                and "\n" not in document.body[previous[0].end:sentence.start])) and not whole.origins else None
        if before is not None and not before.headline and not counted_units(before.text):
            extra = _Roles.of(before.text)
            if NEW_NETWORK.search(before.text) and not network_names(before.text):
                story.apart.add(sentence.position)  # ("We also identified a smaller cluster…": not the story's own)
            # (under a "Marsh Wren (Chile)" heading, another country the sentence before names is not the network's)
            # (unless it says so outright: "…we removed a network that originated in Egypt and targeted Ethiopian
            # audiences. It consisted of 58 Facebook accounts", under an Ethiopia heading)
            if extra.origins and (not story.section or story.section in extra.origins or ORIGINATED.search(
                    extra.attribution or "")):
                quote = _joined(document, before, sentence) or text
                described_before = before
            else:
                extra = None
    # ("The biggest network was run out of Azerbaijan and aimed at Armenia. TikTok says it took down 1.2k accounts in
    # that op. The accounts posed as Armenian soldiers' relatives…": where the network the sentence before told of came
    # from, whatever the sentence after adds)
    # (and one the sentence before brought in: "The second network, which Meta named "Birch Signal", originated in
    # Russia…. Meta removed 74 Facebook accounts…. The accounts posed as Japanese and Korean commentators…")
    if previous and (IN_THAT_NETWORK.search(text) or ORDINAL_NETWORK_OPENS.match(previous[0].text)
                     or ONE_OF_THE_TWO_OPENS.match(previous[0].text)) and not whole.origins and \
            (extra is None or not extra.origins) and not previous[0].headline and \
            not counted_units(previous[0].text) and (pointed := _Roles.of(previous[0].text)).origins:
        extra = _Roles(pointed.origins, (extra.targets if extra else []) or pointed.targets,
                       (extra.attribution if extra else None) or pointed.attribution,
                       (extra.target_text if extra else None) or pointed.target_text)
        quote = _joined(document, previous[0], context if quote != text and context is not None else sentence) or text
        described_before = previous[0]
    # ("The first network targeted domestic audiences in Nigeria. It consisted of 173 Facebook accounts…": whom the
    # network "it" is was aimed at, told in the sentence before, whatever the sentence after adds)
    if previous and follow_up is None and not whole.targets and (extra is None or not extra.targets) and \
            IT_NETWORK.match(text) and not previous[0].headline and not counted_units(previous[0].text) and \
            (aimed := _Roles.of(previous[0].text)).targets and THE_NETWORK_AIMED.match(previous[0].text):
        extra = _Roles(extra.origins if extra else aimed.origins, aimed.targets,
                       extra.attribution if extra else aimed.attribution, aimed.target_text)
        quote = _joined(document, previous[0], context if quote != text and context is not None else sentence) or text
    # ("We assess that this network operated from Serbia and targeted audiences in Bosnia…. Our investigation began
    # after…. The network comprised 1,470 accounts…": where the paragraph's network came from, told a few sentences up)
    if not whole.origins and (extra is None or not extra.origins) and IT_NETWORK.match(text) and \
            (assessed := _assessed_in_paragraph(document, sentence)) is not None:
        placed, told_from = assessed
        extra = _Roles(placed.origins, (extra.targets if extra else []) or placed.targets,
                       (extra.attribution if extra else None) or placed.attribution,
                       (extra.target_text if extra else None) or placed.target_text)
        if quote == text and not document.path.lower().endswith((".html", ".htm")) and not any(
                told_from < line <= sentence.start for line in document.marked_lines):
            quote = re.sub(r"\s+", " ", document.body[told_from:sentence.end])  # (word for word, from there)
    if follow_up is not None:
        quote = _joined(document, sentence, follow_up) or text
    elif told_just_before is not None and quote == text and previous and \
            told_just_before.sentence == previous[0].position:
        quote = _joined(document, previous[0], sentence) or text  # (the takedown "that takedown" is)
    # the date: this sentence's own, else the completing sentence's, else the story's ("said on Tuesday",
    # a bulletin's "July" heading), else the document's
    own_date = _explicit_date(text, document)
    # (not where the sentence says "today": "Today we removed 162 Facebook accounts… This network… focused on domestic
    # audiences ahead of the country's general election in October" is no October takedown)
    # (nor a description's aside: "…targeted Mali, Burkina Faso and Niger, the three countries whose military leaders
    # formed an alliance last September": only a sentence that tells of a removal or its announcement dates it)
    context_date = bool(extra and context is not None and not TODAY.search(text)
                        and _explicit_date(context.text, document) and not _only_others_dates(context.text, document)
                        and re.search(REMOVAL_STEM + r"|\bannounc|\bdisclos|\breport", context.text, re.I))
    # ("Grey Heron, in 2022, the Belarus network…. That was about twenty-five hundred Facebook accounts": the sentence
    # before, which says what the figure is of, says when)
    before_date = described_before is not None and not TODAY.search(text) and bool(
        _explicit_date(described_before.text, document)) and not _only_others_dates(described_before.text, document)
    # ("Presence on Facebook and Instagram: 162 Facebook accounts, 40 Pages…", below an update's "additional 45
    # accounts": the figures the post told first, told again, and as old as they are)
    again = next((f for f in reversed(story.told) if f.count_text and not f.reference and any(
        a.count.value == f.count and a.unit == f.unit for a in assets)), None) if action is None and assets else None
    if again is not None and again.announced:  # (its date, not one the sentences around it give of something else:
        # "…building on web domains first flagged by Twitter when it acted against Iranian accounts in August 2018.")
        context_date = before_date = False
    if own_date and _dated_in(text, document) is None and (
            (story.era is not None and sentence.start < story.era[2]) or _only_others_dates(text, document)):
        own_date = False  # ("- January 2024 — TikTok. Ahead of Taiwan's January 13 elections, TikTok removed…": the
        # item's label dates it, not the vote's day)
    same_time = None if own_date else SAME_TIME.search(text)
    # ("…the Jade Harbor network, which Twitter suspended in December 2019…. Twitter reported removing 1,872 accounts at
    # that time.": the time, and the network, the sentence before gives; but "The company first disclosed the network
    # on February 10. At the time it said it had terminated 610 channels", in a story of the raised count, is the
    # story's own network, whose first figure the count replaces)
    # (so too "In that case we removed 260 Facebook accounts", after "In 2023 we removed a network we called Reef
    # Signal, which was run … from the Philippines": where that network came from, too)
    # (and "…contains several Russia-linked entries for April alone. In one, TAG said it terminated 138 channels…": one
    # of the entries the sentence before dates)
    then = dates_in(previous[0].text, document.published) if not own_date and previous and \
        not previous[0].headline and (((AT_THAT_TIME.search(text) or IN_THAT_CASE.match(text)) and network_names(
            previous[0].text)) or (IN_ONE_OF_THEM.match(text) and not counted_units(previous[0].text))) else []
    if then and quote == text:
        quote = _joined(document, previous[0], sentence) or text
        if extra is None and IN_THAT_CASE.match(text):
            extra = _Roles.of(previous[0].text)
    # ("**4. Meta's Q1 2024 report.** Meta took down six networks…. The largest was … 988 Facebook accounts…": the
    # breakdown of an earlier takedown told just before it, in its paragraph, as old as it)
    in_its_item = bool(previous and story.last_fact is not None and story.last_fact.sentence == previous[0].position
                       and story.last_fact.reference and "\n" not in document.body[previous[0].end:sentence.start])
    retold_here: Fact | None = None  # (a removal told before, which "had been removed" counts again)
    if own_date:
        date, precision = _resolve_date(text, document)
    elif told_just_before is not None and told_just_before.announced:
        date, precision = told_just_before.announced, told_just_before.date_precision
    elif then:  # (the last the sentence before gives, nearest what "that earlier release" points back at)
        date, precision = then[-1].date, then[-1].precision
    elif previous and IN_ONE_OF_THEM.match(text) and IN_ONE_OF_THEM.match(previous[0].text) and \
            story.last_fact is not None and story.last_fact.sentence == previous[0].position and \
            story.last_fact.announced:  # ("In one, … In another, …": the entries' date, told before the first)
        date, precision = story.last_fact.announced, story.last_fact.date_precision
    elif same_time and story.last_fact is not None and story.last_fact.announced:
        # "That same month, Facebook … removed 46 pages": when the figure just told was
        date, precision = story.last_fact.announced, story.last_fact.date_precision
        if (same_time["span"] or same_time["later"] or "").lower() == "year" and precision != "year":
            date, precision = date.replace(month=1, day=1), "year"
    elif context_date:
        date, precision = _resolve_date(context.text, document)
    elif before_date:
        date, precision = _resolve_date(described_before.text, document)
    elif again is not None and again.announced:
        date, precision = again.announced, again.date_precision
    elif action is None and story.last_fact is not None and story.last_fact.announced and \
            (not story.last_fact.reference or in_its_item) and \
            not (story.section and story.last_fact.sentence < story.section_from):
        # a breakdown of the last report, unless that was an earlier takedown, or told before this section's heading
        date, precision = story.last_fact.announced, story.last_fact.date_precision
    elif (" had been " in text and assets and HAD_BEEN_REMOVED.search(text) and (retold_here := next(
            (f for f in reversed(story.told) if f.count_text and f.announced and f.announced != document.published
             and 0 < sentence.position - f.sentence <= HAD_BEEN_REACH and not f.reference
             and _counts_alike(f, assets[0])
             and PLATFORM_PARENT.get(f.platform, f.platform) in {PLATFORM_PARENT.get(a, a) for a in actors}), None))):
        # "…it removed 412 Facebook accounts on 5 December", then "The Unit told the Committee that 436 Facebook
        # accounts linked to the network had been removed": that removal, as another counted it
        date, precision = retold_here.announced, retold_here.date_precision
    elif story.era is not None and sentence.start < story.era[2]:
        # "The company's most cited case came in December 2019. … Reddit said it had banned sixty-one accounts": a
        # look back dates its paragraph
        date, precision = story.era[0], story.era[1]
    elif story.date:
        date, precision = story.date
    else:
        date, precision = _resolve_date(text, document)
    # ("**Update, February 23, 2021:** We have now concluded our investigation…. In total, we removed 211 accounts…,
    # including the approximately 140 accounts disclosed in October": the update's paragraph speaks on its day, unless
    # a sentence gives its removal's own day: "…TikTok took the network down on February 9, 2023, not February 19")
    if (date is None or precision != "day") and (update := _update_day(document, sentence)) is not None and (
            date is None or date < update):
        date, precision = update, "day"
    networks = list(dict.fromkeys(story.first_names.get(name, name) for name in network_names(quote)
                                  if not _forerunner_named(quote, name)))
    if then and not networks:  # (the sentence before, not quoted with it in a page's HTML)
        networks = network_names(previous[0].text)
    # "Steppe Wire, which Meta announced in March 2022, was made up of 67 Facebook accounts…": a network the story
    # named before is the subject, not the one its last figures were of
    opening = next((name for name in story.names if text.startswith(name) and names_network(
        name, text[:len(name) + 2])), None) if not networks and story.names else None
    if opening:
        networks = [opening]
    if not networks and (pointer := re.search(r"\b(?:the\s+same|this|that)\s+(?:network|campaign|operation|group|"
                                              r"actors?|operators|studio|firm|company|agency)\b"
                                              # ("…user accounts that had been used to inflate the channels' view
                                              # counts": the assets just removed, which these served)
                                              r"|\b(?:boost|inflat|amplif|promot)\w*\s+(?:the|its|their)\s+"
                                              r"(?:channels|pages|groups|accounts)\b"
                                              # ("According to TikTok's report, the network ran 736 accounts")
                                              r"|^\W*(?:according\s+to\s+[^,]{1,60},\s+)?the\s+network\s+(?:ran|had|"
                                              r"included|used|comprised|consisted)\b", quote, re.I)
                         # ("YouTube confirmed it had terminated the channels", told without a figure)
                         or (not assets and THE_ASSETS.search(text))
                         or POINTS_BACK.search(quote)) and \
            not NEW_NETWORK.search(quote, max(0, quote.find(text[:20])), pointer.start()) and \
            not FORERUNNER.search(quote, max(0, pointer.start() - 40), pointer.start()) and not (
                pointer.group(0)[:4].lower() in ("that", "this")
                and pointer.start() >= quote.find(text[:20]) + len(text)):
        # (but "…suspended 2,317 accounts of a Brazilian agency…. That network was run from Recife": the sentence
        # after, describing the network just counted, points at it, not at the one the story named before; so does
        # "We also removed 54 Facebook accounts…. This network originated in France", under the next heading)
        # "tied to the same network": the one the story already named; but "a campaign from Iran…, and no overlap
        # between that campaign and…" points at the one the sentence itself brings in (the sentence before, quoted
        # with it, may describe the named one: "Grey Ibis is an operation… we terminated 1,210 channels linked to it")
        # (but "We also identified a smaller cluster operated from Pakistan…. We banned a handful of accounts in that
        # cluster.": the network the sentence before brought in, which it names not)
        introduced = bool(previous) and NEW_NETWORK.search(previous[0].text) is not None and not network_names(
            previous[0].text) and PART_OF_THIS.search(text) is not None
        networks = [] if introduced else story.networks
        # ("…connected to the network", told after the explainer recalled an earlier network, Absheron Mirror: the one
        # its title names, whose takedown it is about, not the earlier one)
        titled = [name for name in story.names if name in (document.title or "") and name not in networks]
        earlier = [f for f in story.told if set(f.networks) & set(networks)]
        if titled and earlier and all(f.reference for f in earlier):
            networks = titled[:1]
    # (not "tied to the Belarus-linked network Lithuania calls Amber Echo": the network itself, not who ran it; but the
    # Internet Research Agency is a network's name and who ran it)
    entities = [e for e in linked_entities(quote) if not any(
        name in e and (NETWORK_NOUN.search(e) or (e == name and not ORGANISATION_WORD.search(name)))
        for name in networks)]
    if not networks and (named := [e for e in entities if e in story.names and not ORGANISATION_WORD.search(e)]):
        # "318 accounts connected to Tin Heron", where the story named Tin Heron a network: the network, not its runner
        networks, entities = named, [e for e in entities if e not in named]
    # (a span that ended shortly before the story is the period it reports on: "terminated 1,847 channels between
    # April and June", in an August bulletin)
    in_era = story.era is not None and sentence.start < story.era[2] and (date, precision) == story.era[:2]
    reference = bool(own_date or context_date or before_date or then or same_time or in_era or told_just_before or
                     in_its_item) and \
        _weeks_before(date, document) and not (
        date and document.published and (document.published - date).days <= 92 and MONTH_SPAN.search(text)) and not (
        # ("In its February report…, Facebook said it had removed 333 Facebook accounts", in a story of March 2: the
        # month's report, this story's news)
        date and document.published and (document.published - date).days <= 62 and MONTH_REPORT.search(text))
    if (previous_period := PREVIOUS_PERIOD.search(text)) is not None and document.published and not own_date:
        # "…a big jump from the previous quarter, when the company reported removing 6,390 accounts": the period
        # before the one this report covers
        covered = _covered(document.title or "", document.body, document.published)
        end = (covered[0] if covered else document.published.replace(day=1)) - dt.timedelta(days=1)
        if (previous_period["span"] or previous_period["when"]).lower() == "quarter" and not covered:
            end = (end.replace(day=1) - dt.timedelta(days=62)).replace(day=1)
        date, precision, reference = end.replace(day=1), "month", True

    # "the 364 pages" points back at the takedown the story just reported: it shares its who and where
    # ("the three networks together" are several takedowns: they share no one takedown's countries)
    # (nor does "In total, this disclosure covers 4,648 accounts across the three networks")
    several = bool(assets) and ((assets[0].unit in NETWORK_UNITS and (assets[0].count.value or 0) > 1)
                                or TOTAL_ACROSS_NETWORKS.search(text) is not None)
    antecedent = story.antecedent()
    # "X suspended 900 accounts tied to the same operation": another platform's takedown of the network just told
    # (or "…connected to the operation", after figureless reports of it: the network the story is about)
    # (and "…removed 63 accounts that tried to rebuild the network": accounts coming back to the one just told)
    same_in_sentence = 0  # where a clause about the same operation as the sentence's figures before it starts
    # ("Other platforms have moved against the same campaign. Twitter last month disclosed 1,050 accounts…")
    acted_against_it = bool(previous and SAME_ACTED_AGAINST.search(previous[0].text)
                            and not counted_units(previous[0].text)
                            and "\n\n" not in document.body[previous[0].end:sentence.start])  # (in its paragraph)
    # (not "…declined to say whether they were linked to the same office": a link left unsaid)
    said_same = (same_at := SAME_NETWORK.search(text)) is not None and not WHETHER_BEFORE.search(
        text, max(0, same_at.start() - 60), same_at.start())
    same = told_just_before or ((antecedent or last_told) if said_same or POINTS_BACK.search(text)
                                or (RETURNING.search(text) and THE_NETWORK.search(text)) or acted_against_it
                                else None)
    if same is not None and told_just_before is None and said_same and same_at is not None:
        # ("Meta removed 214 Facebook accounts in an Iran-origin network…, and X said it had suspended 1,146 accounts
        # from the same operation": the operation of the figures told before it in the sentence)
        clause_start = max(text.rfind(", and ", 0, same_at.start()), text.rfind(";", 0, same_at.start()))
        if clause_start > 0 and any(a.end <= clause_start for a in assets) and sentence.position - same.sentence > 2:
            same = None  # (though one just told may be the sentence's takedown: "…belonging to the same operation")
            same_in_sentence = clause_start
    # (not "The second network had fewer Pages but more accounts: 491 Facebook accounts…": another network's)
    next_network = NEXT_NETWORK.search(text) is not None
    if next_network:
        same = None
    earlier = antecedent if action is None and antecedent and antecedent.platform in actors \
        and not several and not story.items_apart and not another_period and not next_network and not (
            opening and antecedent.networks and opening not in antecedent.networks) else None
    if another_period:
        same = story.last_fact  # (its network, not a part of its figure)
    # nor do figures after "four operations, from Palestine, Poland and Belarus" say which of them they are from
    mixed = earlier is not None and earlier.unit in NETWORK_UNITS and (earlier.count or 0) > 1 and \
        len(earlier.origins) > 1

    def fact(platform: str, verb: str, roles: _Roles, mentioned_before: bool = False, figure: str = "",
             when: tuple[dt.date | None, str | None] | None = None, own_words: str = text,
             retold: Fact | None = None, **count: object) -> Fact:
        if extra:
            roles = _Roles(roles.origins or extra.origins, roles.targets or extra.targets,
                           roles.attribution or extra.attribution, roles.target_text or extra.target_text)
        told = retold or (earlier if earlier is not None and not mixed else same)
        if told is not None and not roles.origins:
            roles = _Roles(told.origins, roles.targets or told.targets, told.attribution,
                           roles.target_text or told.target_text)
        elif told is not None and told.targets and not roles.targets and not roles.target_text and \
                set(roles.origins) & set(told.origins):
            # "37 channels linked to the same campaign, which it attributed to actors in Russia": whom it targeted
            roles = _Roles(roles.origins, told.targets, roles.attribution, told.target_text)
        # what it points back at names its network and who ran it, unless it came from elsewhere ("**Belarus** - 41
        # accounts…", after a Sudanese item linked to a Khartoum firm)
        kin = told is not None and (not roles.origins or bool(set(roles.origins) & set(told.origins)))
        # ("…a smaller cluster of 90 profiles that we linked to the same operators": another network of theirs, which
        # the name of the one told before is not)
        kin_named = kin and not (same is not None and told is same and NEW_NETWORK.search(text) is not None)
        # under a "People's Republic of China (PRC)" heading; but not a running total ("since 2017 we have…")
        linked = None
        named_in_heading: list[str] = []
        # (a running total is no section's one network, but "Since we first disrupted the operation, we have removed
        # a total of 2,667 Facebook accounts" is that network's own)
        # (nor "we removed 1,865 accounts associated with previously disrupted networks attempting to re-establish…",
        # told under the last network's section: many networks' returns)
        if story.section and (count.get("scope") != "cumulative" or ONE_OPERATION_SINCE.search(text)) and not (
                count.get("scope") == "returning" and MANY_NETWORKS.search(text)):
            if not roles.origins:
                roles = _Roles([story.section], roles.targets, None, roles.target_text)
            if story.section in roles.origins:  # the section's own network: what its opening paragraph says of it
                about = story.section_about
                if about is not None and about.target_text and not roles.targets and not roles.target_text:
                    roles = _Roles(roles.origins, about.targets, roles.attribution, about.target_text)
                linked = story.section_links if not entities else None
                # (not "We previously removed a separate China-origin network…" told under it)
                named_in_heading = [story.section_name] if story.section_name and not ANOTHER_CASE.search(text) \
                    else []
        # one sentence is quoted by the stretch that holds the figure, where HTML markup splits it
        cited = document.quote(sentence.start, sentence.end, figure) if quote == text else quote
        return Fact(document=document.path, sentence=sentence.position, quote=cited, platform=platform,
                    action=verb, origins=roles.origins, targets=roles.targets, target_text=roles.target_text,
                    attribution=roles.attribution,
                    networks=_of_origins(networks or (told.networks if kin_named else []) or named_in_heading,
                                         roles.origins, story.named_origins),
                    linked_to=entities or linked or (told.linked_to if kin and not RUN_APART.search(text) else []),
                    announced=when[0] if when else date, date_precision=when[1] if when else precision,
                    reference=(_weeks_before(when[0], document) if when else reference) or mentioned_before,
                    # (a figure told again is a part where the figure it tells again is one: 2,885 for 2,865 of 4,779)
                    # (not where it came from elsewhere: "A smaller Ethiopian network, just over 400 accounts", after
                    # the Russian network's 1,530, is no part of it)
                    part_of=retold.part_of if retold is not None else earlier.sentence
                    if earlier is not None and earlier.sentence != sentence.position and (
                        not roles.origins or not earlier.origins or set(roles.origins) & set(earlier.origins))
                    else None,
                    retells=retold.sentence if retold is not None and retold.sentence != sentence.position else None,
                    domestic=bool(DOMESTIC.search(own_words) or DOMESTIC.search(roles.target_text or "")) and not (
                        roles.origins and roles.targets and not set(roles.origins) & set(roles.targets)), **count)

    facts = []
    subjects = [_clause_subjects(text, actions, item, assets) for item in assets]
    owners = [[name for name, _ in found] for found in subjects]
    for index, item in enumerate(assets):  # "…; Facebook's 783-asset takedown came the same day": Facebook's figure
        lead = text[max(0, item.count.start - 30):item.count.start]
        if POSSESSIVE_BEFORE.search(lead):
            possessor = [name for name, _, end in platforms_in(lead) if POSSESSIVE_BEFORE.fullmatch(lead, end)]
            owners[index] = possessor[-1:] or owners[index]
    if ";" in text and actions:
        # "Meta's revised count is 437 Facebook accounts and 96 Pages; TikTok has removed 64 accounts": a clause with
        # no removal of its own, whose figures the platform it names gave (not the next clause's remover)
        for index, item in enumerate(assets):
            start, end = _semicolon_clause(text, item.count.start)
            if not any(start <= at < end for _, at in actions) and (named := [
                    name for name, _, stop in platforms_in(text[start:item.count.start])
                    if not UNIT_NEXT.match(text, start + stop)]):
                owners[index] = named[:1]
    for index, item in enumerate(assets[1:], start=1):  # "X suspended 418 accounts and TikTok 263": TikTok's 263
        if (gap := PLATFORM_GAP.fullmatch(text, assets[index - 1].end, item.count.start)) is not None and (
                named := platforms_in(gap["platform"])):
            owners[index] = [named[0][0]]
    if "respectively" in text and 1 < len(actors) == len(assets):  # "Twitter and Meta removed 100 and 200…"
        owners = [[actor] for actor in actors]
    elif len(assets) == 2 and not any(owners) and len({a.unit for a in assets}) == 2 and len(
            pair := list(dict.fromkeys(name for name, start, _ in platforms_in(text) if start < assets[0].count.start
                                       ))) == 2:
        # "…that YouTube and Twitter acted on: 146 channels and 1,270 accounts": the channels are YouTube's (a unit
        # only one of them has), the rest the other's
        only = [_whose_unit(item.unit, pair) for item in assets]
        if sum(owner is not None for owner in only) == 1:
            mine = next(owner for owner in only if owner is not None)
            other = next(actor for actor in pair if actor != mine)
            owners = [[owner or other] for owner in only]
    # "Facebook removed a China-based network…, and Google disabled 210 YouTube channels": the 210's own clause
    clause_start = subjects[0][0][1] if len(assets) == 1 and subjects[0] else 0
    words_of = [text[(item.count.start if index else 0):(
        assets[index + 1].count.start if index + 1 < len(assets) else len(text))] for index, item in enumerate(assets)]
    scopes = _running_totals([_scope(own_words, text[:item.count.start], item, text[item.end:item.end + 60])
                              for own_words, item in zip(words_of, assets, strict=True)], text, assets, actions)
    if len(assets) > 1 and scopes[-1] in ("returning", "spam") and not any(scopes[:-1]) and all(
            PLAIN_LIST_GAP.fullmatch(text, a.end, b.count.start) for a, b in itertools.pairwise(assets)):
        # ("…took down 39 accounts and 4 Pages that tried to come back…": what the list's last words say of it, all
        # of it)
        scopes = [scopes[-1]] * len(assets)
    ranking = len(assets) > 1 and SOURCE_LIST_GAP.fullmatch(text, assets[0].end, assets[1].count.start)
    if action is None and breakdown and story.last_fact is not None and story.last_fact.scope == "cumulative" and (
            sentence.position - story.last_fact.sentence == 1 or (ranking and not story.section)) and not (
            (ONE_OF_THEM.match(text) or ONE_NETWORK_SIZED.search(text, 0, assets[0].count.start))
            and not CUMULATIVE.search(story.last_fact.quote)):
        # "…200 networks since 2017. The most prolific sources were Russia with 34 networks, Iran with 29…"; but not
        # a network's presence under a "## Azerbaijan" heading, after the report's running total
        # (nor one of the networks a day's total was told across: "…1,700 accounts belonging to three networks. The
        # biggest network … was made up of 1,386 accounts", a takedown of its own; nor "The Saudi-linked network was
        # made up of 211 Facebook accounts…", after "Together the two operations accounted for more than 750…")
        scopes = [scope or "cumulative" for scope in scopes]
    # "terminated 1,730 channels in its spam investigation, plus 41 channels linked to Northern Relay and 23 channels
    # linked to Amber Lantern": where figures are linked to different names, each figure to the one in its own words
    own_entities = [[e for e in entities if e in words] for words in words_of]
    entities_apart = len({tuple(found) for found in own_entities if found}) > 1
    # ("…2,906 accounts that the company linked to the Nevsky Content Bureau, …, and from 612 accounts that it
    # described as potentially originating in Iran": the name is the first figure's, not the other country's)
    named_in = [network_names(words) for words in words_of] if len(assets) > 1 else []
    clauses = [_semicolon_clause(text, item.count.start) for item in assets] if ";" in text else []
    # "In Ghana, Meta removed 48 accounts…; in Mexico, TikTok said it had taken down 1,105 accounts…; in the United
    # States, Reddit banned 72 accounts that … were operated from Iran": each clause its own roles
    per_count = [_Roles.of(text[start:end]) for start, end in clauses] if len(set(clauses)) > 1 else \
        _roles_per_count(text, assets, clause_start)
    for platform in list(dict.fromkeys([*actors, *(p for names in owners for p in names)])):
        for index, (item, roles) in enumerate(zip(assets, per_count, strict=True)):
            if platform not in (owners[index] or actors):
                continue
            if HABITUAL.search(text[max(0, item.count.start - 50):item.count.start]) or EVERY_PERIOD.match(
                    text, item.end):
                continue  # "other operations usually amount to a handful of channels each": a pattern, not a takedown
                # (and "…says it removes millions of spam accounts each month": a rate)
            own_words = words_of[index]
            before = [a for a in actions if a[1] < item.count.start]
            verb = (before[-1] if before else actions[0])[0] if actions else (story.action or "removed")
            # "…suspended 50 accounts on Tuesday; in 2019 it had removed 4,000": a clause with its own date
            clause = text[text.rfind(";", 0, item.count.start) + 1:(text.find(";", item.count.start) + 1 or None)]
            when = _resolve_date(clause, document) if clause != text and _explicit_date(clause, document) else None
            if when is None and own_date and subjects[index] and (own := _subject_clause(
                    text, subjects[index][0][1], item, actions, document)):
                # ("Meta removed it in December 2023…, X suspended 2,314 accounts in March 2024…, TikTok…": the
                # figure's own clause, with a subject and a date of its own, is dated by that date)
                when = own
            # ("14,866 channels tied to the network in 2021 and 18,520 in 2022"; and "318 channels in 2020, 93 channels
            # … in June 2021, and 207 channels…": each figure's own year, before any clause's date)
            if when is None and len(assets) > 1 and (year := _item_year(text, item, assets)) is not None and (
                    document.published is None or year < document.published.year):
                when = dt.date(year, 1, 1), "year"
            # (and a lone figure's: "In August 2018 we removed the network…, and in October we removed a further 96
            # Pages…")
            if when is None and ", and " in text and (len(assets) > 1 or (own_date and len(dates_in(
                    text, document.published)) > 1)):
                # ("X suspended 1,130 accounts on 24 October 2024, and Meta removed 327 Facebook accounts on 8
                # November 2024": each clause joined by ", and" with its own date)
                first = text.rfind(";", 0, item.count.start) + 1  # (within its clause of a list told with ";")
                last = len(text) if (stop := text.find(";", item.end)) < 0 else stop
                begin, end = text.rfind(", and ", first, item.count.start), text.find(", and ", item.end, last)
                joined = text[first if begin < 0 else begin:last if end < 0 else end]
                if (begin >= 0 or end >= 0) and _dated_in(joined, document):
                    when = _resolve_date(joined, document)
            if when is None and own_date and len(assets) > 1 and _dated_for_another(text, item, assets, document):
                # ("…1,290 accounts…, which it said were separate from the 312 accounts it suspended in August": the
                # date is the other figure's; this one's is the story's)
                when = story.date or (document.published, "day")
            if when is None and (then := _when_clause(text, item)) is not None:
                # ("…its first since August 2020, when it added 3,636 accounts…": the date the "when" is of)
                when = _date_ending(text[max(0, then - 40):then], document) or when
            if when is None and len(assets) > 1 and (month := ITEM_MONTH.match(text, item.end)) is not None:
                when = _resolve_date(month.group(0), document)  # "640 channels in January, 812 in February…"
                if own_date and date and when[0] and not re.search(r"\d{4}", month.group(0)):
                    when = when[0].replace(year=date.year), when[1]  # (of the year the sentence gives: "…of 2021:")
            retold = retellings[index] or (retold_here if retold_here is not None and _counts_alike(retold_here, item)
                                           else None)
            if retold is not None and roles.origins and not set(roles.origins) & set(retold.origins):
                retold = None  # other countries': another network's figure
            if retold is not None:  # its date too: a date beside it tells of something else ("handed over on…")
                when = retold.announced, retold.date_precision
            # "A domestic network of 69 accounts, 42 Pages…": the words before the first figure (the first figure's
            # own words already begin with them) are every figure's
            # "the YouTube figure" of Google's 210 channels: the takedown told again, whose platform it keeps
            whose, surface = (retold.platform, retold.surface) if retold else (
                platform, None if item.surface == platform else item.surface)
            scope = scopes[index]
            if scope == "additional" and story.last_fact is not None and PLATFORM_PARENT.get(
                    story.last_fact.platform, story.last_fact.platform) != PLATFORM_PARENT.get(whose, whose):
                scope = None  # ("On X, another 58 accounts from the same network were suspended": X's own takedown)
            core = story.last_fact
            if scope == "additional" and len(assets) == 1 and not roles.origins and core is not None and \
                    core.origins and not core.reference and core.count_text and \
                    0 < sentence.position - core.sentence <= 3:
                # "These 1,845 accounts are the core of the network. An additional 9,700 amplifier accounts… were
                # suspended": more of the network just told, from where it was
                roles = _Roles(core.origins, roles.targets or core.targets, core.attribution,
                               roles.target_text or core.target_text)
            told = fact(whose, verb, roles, bool(EARLIER_TAKEDOWN.search(own_words)), item.count.text,
                        when, (text[:assets[0].count.start] if index else "") + own_words, retold,
                        count=item.count.value,
                        qualifier=item.count.qualifier, count_text=item.count.describe(), unit=item.unit,
                        surface=surface, scope=scope)
            if named_in and not named_in[index] and told.networks and told.origins and any(
                    named_in[other] == told.networks and per_count[other].origins
                    and not set(per_count[other].origins) & set(told.origins)
                    for other in range(len(assets))):
                told = replace(told, networks=[])
            facts.append(replace(told, linked_to=own_entities[index]) if entities_apart else told)
        if not assets and action is not None and platform in actors:
            unit = bare_unit(_clause_after(text, action[1]))
            if unit:  # ("…removed new accounts that we tied to the same operators": coming back, without a figure)
                surface = bare_surface(_clause_after(text, action[1]))  # ("banned WhatsApp accounts": where)
                facts.append(fact(platform, action[0], whole, unit=unit, scope="returning" if RETURNING.search(text)
                                  else None, surface=surface if surface != platform else None))
    if assets and ";" in text:
        facts += _clauses_without_figures(text, assets, fact)
    elif assets and ", and " in text:
        facts += _clauses_without_figures(text, assets, fact, whole)
    if another_network:  # (its own countries, none of the network told before, and no part of that one's figure)
        facts = [replace(f, origins=whole.origins, attribution=whole.attribution, targets=whole.targets,
                         target_text=whole.target_text, part_of=None, networks=[], linked_to=[]) for f in facts]
    # ("Meta removed 148 Facebook accounts and 33 Instagram accounts and TikTok 506 accounts": TikTok's, its verb left
    # out; no company removes another's accounts)
    facts = [replace(f, platform=f.surface, surface=None) if f.surface and PLATFORM_PARENT.get(
        f.surface, f.surface) != PLATFORM_PARENT.get(f.platform, f.platform) and f.surface in ACCOUNT_PLATFORMS else f
        for f in facts]
    if same_in_sentence and (first := next((f for f in facts if f.origins), None)) is not None:
        # ("…, and X said it had suspended 1,146 accounts from the same operation": the first figures' operation)
        after = {item.count.describe() for item in assets if item.count.start > same_in_sentence}
        facts = [replace(f, origins=first.origins, attribution=first.attribution, targets=f.targets or first.targets,
                         target_text=f.target_text or first.target_text)
                 if not f.origins and f.count_text in after else f for f in facts]
    if assets and not any(owners) and len({PLATFORM_PARENT.get(a, a) for a in actors}) > 1 and \
            JOINT_SUBJECT.search(text, 0, assets[0].count.start) and not EACH_OF_THEM.search(text):
        # ("Facebook and Twitter have removed close to 500 accounts…": one figure of both together, no one platform's;
        # kept once, as a sum across them, and each platform's removal without a figure of its own)
        family = PLATFORM_PARENT.get(actors[0], actors[0])
        joint, told_without = [], set()
        for f in facts:
            if not f.count_text or PLATFORM_PARENT.get(f.platform, f.platform) == family:
                joint.append(replace(f, scope=f.scope or "sum") if f.count_text else f)
            elif f.platform not in told_without:  # (the other platform acted too, by no figure of its own)
                told_without.add(f.platform)
                joint.append(replace(f, count=None, qualifier=None, count_text=None, scope=None))
        facts = joint
    return facts


def _clauses_without_figures(text: str, assets: list[CountedUnit], fact: Callable[..., Fact],
                             whole: _Roles | None = None) -> list[Fact]:
    """"…; and in Senegal, Meta said it had disrupted a small network…, but it did not say how many accounts or
    Pages it removed.": a clause of a roundup sentence that tells its platform's removal without a figure (and
    "YouTube has terminated 18 channels linked to…, and X has also suspended accounts tied to the operation": the
    sentence's operation, where the clause points back at it)."""
    found = []
    start = 0
    for clause in re.split(r";|,\s+and\s+(?=[A-Z])", text) if whole is not None else text.split(";"):
        start = text.find(clause, start)
        end = start + len(clause)
        if not any(start <= item.count.start < end for item in assets) and (acted := action_in(clause)) is not None:
            named = [name for name, at, _ in platforms_in(clause) if at < acted[1]]
            unit = bare_unit(_clause_after(clause, acted[1])) or bare_unit(clause[acted[1]:])
            if named and unit and whole is None:
                found.append(fact(named[0], acted[0], _Roles.of(clause), unit=unit, own_words=clause))
            elif named and unit and POINTS_BACK_TO_IT.search(clause) and not (
                    (roles := _Roles.of(clause)).origins or roles.targets):
                found.append(fact(named[0], acted[0], whole, unit=unit, own_words=clause))
        start = end
    return found


# "…tied to the operation", "…linked to the same network": the operation the sentence has told of
POINTS_BACK_TO_IT = re.compile(r"\b(?:tied|linked|connected|belonging)\s+to\s+(?:the|this|that)\s+(?:same\s+)?"
                               r"(?:operation|network|campaign|firm|company|agency)\b", re.I)


def _semicolon_clause(text: str, at: int) -> tuple[int, int]:
    """Where the clause between semicolons that holds `at` starts and ends (a roundup's "…; in Mexico, TikTok…;")."""
    end = text.find(";", at)
    return text.rfind(";", 0, at) + 1, len(text) if end < 0 else end


def _whose_unit(unit: str, actors: list[str]) -> str | None:
    """The one platform among these whose unit it is alone ("channels": YouTube's, or Google's), or None."""
    apps = [app for app, only in ONLY_ON.items() if only == unit]
    return next((actor for actor in actors for app in apps
                 if PLATFORM_PARENT.get(actor, actor) == PLATFORM_PARENT.get(app, app)), None)


def _labelled_item(document: Document, first: Sentence, sentence: Sentence) -> bool:
    """"• Iran: The network used hijacked accounts. A total of 104 accounts were suspended.": the sentence
    continues a list item or line that opens with a country's label."""
    line_start = document.body.rfind("\n", 0, sentence.start) + 1
    label = re.match(r"[\s*•-]*\**([A-Z][^:.]{1,40}?)\**:", first.text)
    return first.start >= line_start and not document.body[line_start:first.start].strip(" \t*•-") and \
        label is not None and _section_country(label.group(1)) is not None


def _list_items(document: Document, sentences: list[Sentence]) -> dict[int, int]:
    """The sentences that stand in the items of a bulleted list, each with where its item's line starts."""
    return {sentence.position: line for sentence in sentences if (line := _item_line(document, sentence)) is not None}


def _item_line(document: Document, sentence: Sentence) -> int | None:
    """Where the sentence's line starts, when that line is an item of a bulleted list: it opens with a bullet, or
    with the Markdown marker the body has lost."""
    line_start = document.body.rfind("\n", 0, sentence.start) + 1
    bulleted = document.body[line_start:line_start + 2] in ("- ", "* ", "• ") or line_start in document.marked_lines
    return line_start if bulleted else None


def _one_item(document: Document, first: Sentence, sentence: Sentence) -> bool:
    """Both sentences stand in one item of a bulleted list: "- A Chinese network used the models to translate
    posts. OpenAI banned 27 accounts." """
    line = _item_line(document, sentence)
    return line is not None and line == _item_line(document, first)


# a figure whose unit the sentence before gave: "655 more", "another 795" (not "more than", "another 12%")
ELIDED_FIGURE = re.compile(r"\b(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+more\b(?!\s+(?:than|of)\b)"
                           r"|\banother\s+(?P<m>\d{1,3}(?:,\d{3})+|\d+)\b(?![\s-]*(?:%|percent|[a-z]))")


def _elided_figures(document: Document, sentence: Sentence, verb: str, last: Fact) -> list[Fact]:
    """"In August it terminated 655 more, and in September another 795.": figures told without their unit, after a
    figure of the same removals; each dated by the month the sentence gives just before it, else as the sentence."""
    text = sentence.text
    mentions = dates_in(text, document.published)
    facts = []
    for match in ELIDED_FIGURE.finditer(text):
        figure = match["n"] or match["m"]
        before = [m for m in mentions if m.start < match.start()]
        when, precision = (before[-1].date, before[-1].precision) if before else _resolve_date(text, document)
        facts.append(replace(last, sentence=sentence.position, quote=text, action=verb, count=int(figure.replace(
            ",", "")), qualifier="exact", count_text=figure, announced=when, date_precision=precision, scope=None,
            part_of=None, retells=None))
    return facts


# a list item of a network's section that labels its figure: "- Accounts in network: 1,482"
_FIELD_LABEL = r"[\s*_•-]*(?P<label>[A-Z][A-Za-z ]{2,40}?)[*_]*\s*:\s*[*_]*"
FIELD_FIGURE = re.compile(_FIELD_LABEL + r"(?P<figure>\d[\d,]*)[*_]*\s*")
# (and in a platform's own report, a key figure told on: "**LINE Official Accounts suspended:** 1,327, for …")
FIELD_FIGURE_TOLD = re.compile(_FIELD_LABEL + r"\s*(?P<figure>\d[\d,]*)(?![\d,]*\s*%)[*_]*(?=[,.;(]|\s*$)")


def _field_figure(document: Document, sentence: Sentence, field: re.Match[str], story: _Story) -> list[Fact]:
    """"- Accounts in network: 1,482" under "Network 1: Kenya, targeting Uganda", in a platform's report: the
    section's network's size, counted as its label says (as a table's column header would), by the report's platform.
    A label that counts reach ("Followers of network") or nothing gives none."""
    label = field["label"]
    counts = tables.column_units([label])[0]
    platform = story.platform
    if not counts or counts == tables.CELL_SAYS or tables.column_measures([label])[0] or not platform or (
            action_in(label) is None and not NETWORK_NOUN.search(label)) or (
            not story.section and (action_in(label) is None or platform != story.publisher)):
        return []  # (outside a network's section, only the report's own platform's removals: "Accounts suspended")
    about = story.section_about
    when, precision = _resolve_date(sentence.text, document)
    return [Fact(document=document.path, sentence=sentence.position,
                 quote=document.quote(sentence.start, sentence.end, field["figure"]), platform=platform,
                 action=(action_in(label) or (story.action or "removed", 0))[0], unit=counts[0], surface=counts[1],
                 count=_figure(field["figure"]), qualifier="exact", count_text=field["figure"],
                 origins=[story.section] if story.section else [], targets=about.targets if about else [],
                 target_text=about.target_text if about else None,
                 networks=[story.section_name] if story.section_name else [], announced=when,
                 date_precision=precision)]


def _year_row(document: Document, sentence: Sentence, row: list[str], years: list[int | None],
              publisher: str | None = None) -> list[Fact]:
    """"| Networks announced by Facebook | 23 | 38 |" under "| Measure | 2019 | 2020 |": each year's figure of what the
    row's label counts, for the platform it names, as that year's total; in a platform's own review, what a label
    says it removed ("| CIB networks removed | 24 | 17 |") is the publisher's.  A label that counts nothing, or
    names no platform, or a share ("| Share of networks … | 31% | 44% |"), gives none."""
    label = row[0] if row else ""
    units = [UNIT_WORDS[word] for word in re.findall(r"[a-z]+", label.lower()) if word in UNIT_WORDS]
    named = platforms_in(label) or ([(publisher, 0, 0)] if publisher and action_in(label) else [])
    if not units or not named:
        return []
    action = (action_in(label) or ("disclosed", 0))[0]  # ("announced by Facebook", "added to Twitter's archive")
    facts = []
    for cell, year in zip(row[1:], years[1:], strict=False):
        figure = tables.qualified_figure(cell or "")
        if year is not None and figure is not None:
            facts.append(Fact(document=document.path, sentence=sentence.position,
                              quote=document.quote(sentence.start, sentence.end, cell), platform=named[0][0],
                              action=action, unit=units[0], count=figure[0], qualifier=figure[1],
                              count_text=cell.strip(), announced=dt.date(year, 1, 1), date_precision="year",
                              scope="cumulative"))
    return facts


# a transparency report's row of influence operations, among its rows of spam, scams and hate speech
INFLUENCE_ROW = re.compile(r"\binfluence\s+operations?\b|\bcoordinated\s+inauthentic\b|\bCIB\b", re.I)


def _period_row(document: Document, sentence: Sentence, row: list[str],
                periods: tuple[int, list[tuple[dt.date, str] | None]], platform: str | None) -> list[Fact]:
    """"| Covert influence operations | accounts removed | 14,881 | 6,040 |" under "| Policy area | Unit | H2 2024 | H1
    2024 |", in a report on one platform: each period's figure of what the unit cell counts, as that period's total
    across networks.  Only the row of influence operations: the others (spam, scams, fake engagement) are no
    network's takedown."""
    unit_at, when = periods
    label = row[0] if row else ""
    unit_cell = row[unit_at] if unit_at < len(row) else ""
    units = [UNIT_WORDS[word] for word in re.findall(r"[a-z]+", unit_cell.lower()) if word in UNIT_WORDS]
    if not INFLUENCE_ROW.search(label) or not units or not platform or action_in(unit_cell) is None:
        return []
    facts = []
    latest = max(period[0] for period in when if period is not None)
    for cell, period in zip(row, when, strict=False):
        figure = tables.qualified_figure(cell or "")
        if period is not None and figure is not None:
            facts.append(Fact(document=document.path, sentence=sentence.position,
                              quote=document.quote(sentence.start, sentence.end, cell), platform=platform,
                              action=action_in(unit_cell)[0], unit=units[0], count=figure[0], qualifier=figure[1],
                              count_text=cell.strip(), announced=period[0], date_precision=period[1],
                              scope="cumulative", reference=period[0] < latest))  # (an earlier period, compared)
    return facts


# "…this network is linked to…", "the operation was run by…": who a network's description says ran it
NETWORK_LINKED_TO = re.compile(r"\b(?:network|operation|campaign|accounts)\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?"
                               r"(?:linked|connected|tied)\s+to\b|\b(?:run|operated)\s+by\b")


def _table_row(document: Document, sentence: Sentence, row: list[str], story: _Story
               ) -> tuple[list[Fact], list[Reach], list[Tip]]:
    """"| Iran | 389 | 118 |" under "| Origin | Facebook accounts | Pages |": one figure per counted column, from
    the country the row is labelled with, removed by the platform the story is about (or the one the label
    names); and one reach figure per column that measures reach ("Followers of network").  A row may instead
    describe its network ("Operated from Iran, aimed at Israeli audiences"): the description says where it
    came from and whom it targeted, as a sentence would.  A row labelled otherwise ("Total", a network's
    name alone) gives nothing: whose figures they are, the row does not say.  A "Detection source" column naming
    someone ("External (Cedar Lane Lab)") tips the platform off about the row's network."""
    # ("| Palm Echo | Cuba | … | 486 |" under "| Network | Country of origin | … | Accounts suspended |": the country
    # is in a column of its own, and the first names the network)
    roles = story.column_roles
    label = next((cell for cell, role in zip(row, roles, strict=False) if role == "origin"), row[0])
    named = platforms_in(label)
    origins, targets, attribution, target_text = _row_roles(label)
    if "election" in roles and origins and not targets:
        # ("| Paraguay | 30 Apr 2023 | Meta | …" under "| Country | Election date(s) | Platform | …": the country that
        # voted, whom the row's network worked on; where it was run from, the table does not say)
        origins, targets, attribution, target_text = [], origins, None, label
    platform = named[0][0] if named and not (origins or targets) else story.platform
    # ("| 2024-02-22 | Facebook | Blue Quarry | Nigeria | 419 |": who removed it, and when, in columns of their own)
    whose = next((cell for cell, role in zip(row, roles, strict=False) if role == "platform"), None)
    row_surface = None
    if whose is not None:
        platform = PLATFORM_ALIASES.get(whose.strip().lower()) or next(
            (name for name, _, _ in platforms_in(whose)), None)
        if platform in ("Instagram", "WhatsApp", "Threads"):  # Meta's takedown, on that surface
            platform, row_surface = PLATFORM_PARENT[platform], platform
    # ("| External | 1,846 | 212,400 | We assess that this network operated from Russia and targeted a Georgian
    # audience. |" under "| Detection source | Accounts in network | … | Description |": the description places it)
    described = next((cell for cell, role in zip(row, roles, strict=False) if role == "description"), None)
    told = _Roles.of(described) if described else None
    # (and "Network: unnamed (Moldova)" over "Description: … operated from Russia and targeted a Moldovan audience":
    # the description, not the name's bracketed country, says where it came from)
    named_first = bool(roles) and roles[0] == "name" and label is row[0]  # (a record's "Network: Marigold Signal")
    if told and (not (origins or targets or named) or (named_first and (told.origins or told.targets))):
        origins, targets, attribution, target_text = told.origins, told.targets, told.attribution, told.target_text
    else:
        named_first = False  # (the first cell places the row's network, as "| Iran |" does: not its name)
        aimed = _Roles.of(next((part for part in re.split(r"(?<=\.)\s+", described)
                                if TARGET_SENTENCE_CUE.search(part)), described)) \
            if told and origins and not targets and told.targets else None
        if aimed and aimed.targets and set(aimed.origins) <= set(origins):
            # ("| Russia | Internal | 391 | … | We assess that this network operated from Russia and targeted a German
            # audience. The accounts … were critical of German military aid to Ukraine. |": whom the description's
            # sentence of its targets says it targeted)
            targets, target_text = aimed.targets, aimed.target_text
    # ("| Q3 2025 | 14 | 7,205 |" under "| Quarter | Networks disrupted | Accounts in networks |": a period's figures
    # across its networks, labelled by the period alone)
    # (and "| 2019 | Meta | 22 | 3,905 |" under "| Year | Platform | Networks | Accounts… |": a year's totals across
    # a platform's networks, counted in a column of their own)
    period_row = bool(roles) and roles[0] == "date" and not (origins or targets or named) and (
        whose is None or any(column and column[0] in NETWORK_UNITS for column in story.columns or []))
    # (a row labelled by its platform's cell is that platform's, though the cell is a bare "X")
    # (and one under a network's own heading, "## April 2025: Velvet Ledger", is that network's)
    headed = story.label_name[0] if story.dated_by_heading and story.label_name and \
        sentence.start < story.label_name[1] else None
    if not (origins or targets or named or whose is not None or period_row or headed) and story.section and \
            not TOTAL_ROW.fullmatch(label):
        # ("| Internal | 412 | 87,960 |" under "### Network operating from Georgia": the section's network)
        origins, attribution = [story.section], None
    if platform is None or not (origins or targets or named or whose is not None or period_row or headed):
        return [], [], []
    # (not by the day of the election a row names: "| Paraguay | 30 Apr 2023 | Meta | …")
    dated_by = " | ".join(cell for cell, role in zip(row, roles, strict=False) if role != "election") \
        if "election" in roles else sentence.text
    date, precision = story.date if story.date else _resolve_date(dated_by, document)
    when = next((cell for cell, role in zip(row, roles, strict=False) if role == "date"), None)
    if when and (mentions := dates_in(when, document.published)):
        date, precision = mentions[0].date, mentions[0].precision
    elif when and (quarter := QUARTER.search(when)):  # (a quarter just ended, which a sentence might report on)
        date, precision = quarter_span(quarter)[1].replace(day=1), "month"
    elif when and tables.YEAR_CELL.fullmatch(when.strip()):  # ("| 2023 | 28 | … |": that year's)
        date, precision = dt.date(int(when.strip()), 1, 1), "year"
    # "| China | Philippines | Network we refer to as "Grey Harbor"… | 146 |" under "| Operated from | Target
    # audience | Description | Accounts in network |": whom it targeted, and its name, in columns of their own
    networks: list[str] = []
    for cell, role in zip(row, roles, strict=False):
        if role == "target" and not targets:
            targets = list(dict.fromkeys(name for name, _, _ in countries_in(cell))) or [
                r for r, _, _ in regions_in(cell)]
            target_text = cell if targets else target_text
        elif role == "description":
            networks = networks or network_names(cell)
        elif role == "name" and cell and (cell is not label or named_first) and not countries_in(cell) and \
                not DIGIT.search(cell) and not tables.UNNAMED.fullmatch(cell):
            # ("Vicuña Net (second wave)", '"Voz Serrana"': the name)
            networks = networks or [tables.ASIDE.sub("", cell).strip(" \"“”'")]
    networks = networks or ([headed] if headed else [])
    linked = [name for cell, role in zip(row, roles, strict=False) if role == "linked" and (
        name := tables.linked_name(cell)) and not countries_in(name)] or [
        # ("…We assess that this network is linked to the media company Nilewave Digital.", in its description; not
        # "…critical of closer ties with the European Union", what it posted about)
        name for cell, role in zip(row, roles, strict=False) if role == "description"
        and (said := NETWORK_LINKED_TO.search(cell)) for name in linked_entities(cell[said.start():])
        if name not in networks]
    # ("| Removed | Unit |" over "| 1,874 | channels |": what a removal column's figure counts, row by row)
    row_unit = next((UNIT_WORDS.get(cell.strip().lower()) for cell, role in zip(row, roles, strict=False)
                     if role == "unit"), None)
    facts, reach = [], []
    acted = story.column_acted[1:] if whose is not None and any(story.column_acted) else []
    column_action = story.column_action or story.action or "removed"

    def row_fact(quote: str, action: str, unit: str, surface: str | None, returning: bool = False,
                 **count: object) -> Fact:
        """One of the row's figures (or its takedown without one), with what the row says of its network."""
        return Fact(document=document.path, sentence=sentence.position, quote=quote, platform=platform, action=action,
                    unit=unit, surface=None if surface == platform else surface, origins=origins, targets=targets,
                    target_text=target_text, attribution=attribution, announced=date, date_precision=precision,
                    networks=networks, linked_to=linked,
                    scope="returning" if returning else "cumulative" if period_row else None, **count)

    # (a removal column's "Not disclosed" is a takedown without a figure; but "n/a" accounts beside "58 channels" is
    # a unit the row's platform did not remove)
    counted_in_row = any(column and cell and DIGIT.search(cell) and (
        tables.qualified_figure(cell) or counted_units(cell)) for cell, column in zip(
            row[1:], (story.columns or [])[1:], strict=False))
    for index, (cell, column, measure) in enumerate(itertools.zip_longest(row[1:], (story.columns or [])[1:],
                                                                          story.measures[1:])):
        figure = tables.qualified_figure(cell or "")
        if column and column[0] in NETWORK_UNITS and roles and "name" in roles:
            continue
        if column and column[0] and not measure and (not acted or (
                index < len(acted) and acted[index] and not counted_in_row)) and NOT_GIVEN_CELL.fullmatch(cell or ""):
            # "| Kestrel Hill | Iran | Israel | N/A* |": the network was taken down, its figure not given
            facts.append(row_fact(document.quote(sentence.start, sentence.end, cell or ""), column_action, column[0],
                                  column[1]))
            continue
        if acted and not measure and not (index < len(acted) and acted[index]) and not (
                period_row and column and column[0] in NETWORK_UNITS):
            continue  # ("| Platform | Assets the lab identified | Assets removed |": only what the platform removed;
            # but a year's row counts the networks removed beside their accounts: "| 2019 | Meta | 22 | 3,905 |")
        items = counted_units(cell) if column and not measure and cell and (
            DIGIT.search(cell) or column == tables.CELL_SAYS or VAGUE_CELL.search(cell)) else []
        if len(items) > 1 or (items and not figure):
            # "1,143 Facebook accounts, 86 Pages, 12 Groups, 231 Instagram accounts", "14 channels restricted": a cell
            # that reads as a sentence's figures, each counting its own unit
            quote = document.quote(sentence.start, sentence.end, cell)
            verb = action_in(cell)  # ("14 channels restricted": the cell's own verb)
            acting = verb[0] if verb else "restricted access to" if re.search(r"\brestrict", cell, re.I) else \
                column_action
            # (and '"dozens" of accounts (no figure given)': the takedown, with the words it is told in)
            facts += [row_fact(quote, acting, item.unit, item.surface or row_surface, count=item.count.value,
                               qualifier=item.count.qualifier, count_text=item.count.describe())
                      for item in items if item.count.value or item.count.qualifier != "exact"]
            continue
        if not figure or not figure[0]:
            continue
        value, qualifier = figure
        quote = document.quote(sentence.start, sentence.end, cell)
        if measure:
            reach.append(Reach(document.path, sentence.position, quote, platform, measure, value, qualifier, cell,
                               None, origins, networks, date))
        elif column or (row_unit and index + 1 < len(story.column_acted) and story.column_acted[index + 1]):
            unit, surface = column or (row_unit, None)
            if (unit, surface) == tables.ACCOUNTS_OR_CHANNELS:
                unit = ONLY_ON.get(platform, "accounts")
            # ("2,604 channels" in an "Accounts removed" column; "1,204" in a "Removed" one, beside "| channels |")
            unit = tables.cell_unit(cell or "") or unit or row_unit
            if not unit:
                continue  # ("| 34 |" under "Pages / channels removed": which of them, the cell does not say)
            # (the figure of "22 accounts", not the cell: its unit is the fact's own)
            returning = index + 1 < len(story.column_returning) and story.column_returning[index + 1]
            told = items[0].count.describe() if len(items) == 1 else cell
            facts.append(row_fact(quote, column_action, unit, surface or row_surface, returning, count=value,
                                  qualifier=qualifier, count_text=told))
    tips = [Tip(document.path, sentence.position, document.quote(sentence.start, sentence.end, cell), platform, source,
                origins[0] if len(origins) == 1 else None, date)
            for cell, role in zip(row, roles, strict=False)
            if role == "source" and (source := tables.external_source(cell))]
    # (or a row's description says who did: "…We were alerted to this network by the Election Supervisory Agency")
    for cell in row if not tips and platform else ():
        if len(cell) > 40 and TIP_RE.search(cell) and (at := document.body.find(cell, sentence.start)) >= 0:
            told = Sentence(document.path, sentence.position, at, at + len(cell), cell, False,
                            document.quote(sentence.start, sentence.end, cell))
            tips += [replace(tip, about=origins[0] if len(origins) == 1 else None, announced=date)
                     for tip in tips_in(document, told, [platform], story.publisher)]
    return facts, reach, tips


AMPLIFIED_THEM = re.compile(r"\W*(?:They|These\s+(?:\d[\d,]*\s+)?accounts|The\s+core\s+accounts)\s+were\s+(?:\w+\s+)?"
                            r"(?:amplified|boosted|supported)\s+by\b")
# "In May it terminated 1,083 channels…, bringing the quarter's total for the network to…": the next month's removals
# of the network just told
MONTH_THEN_IT = re.compile(rf"\W*(?:In|During)\s+(?:{MONTH_WORD})\.?(?:,?\s+(?:19|20)\d\d)?,?\s+"
                           r"(?:it|we|the\s+company)\s+", re.I)
def _next_month_of(new_facts: list[Fact], last: Fact) -> bool:
    """"In July, TAG terminated 2,740 channels…. In August it terminated 3,015 channels": the same unit, counted
    month by month, the series' next month."""
    return last.date_precision == "month" and any(
        f.unit == last.unit and f.date_precision == "month" and f.announced and last.announced
        and f.announced > last.announced for f in new_facts)


# the platform that gave a tip, right after: "…said the action followed a tip from Twitter" (unlike `roles`'
# TIP_FROM_BEFORE, which a country follows, it takes reports and flags too, and no article)
TIPPER_BEFORE = re.compile(r"\b(?:tip|tips|tip-off|tip-offs|leads?|referrals?|warnings?|information|intelligence|"
                           r"reports?|flags?)\s+(?:\w+\s+)?from\s+$", re.I)
ALSO_ACTED = re.compile(r"\W*(?:We|It|The\s+company|[A-Z][\w-]*)\s+also\s+(?:removed|blocked|terminated|banned|"
                        r"suspended|took\s+down|disabled)\b")
ANOTHER_NETWORK_TOLD = re.compile(r"\W*(?:[A-Z][A-Z .'’-]+:\s+)?"  # (after a speaker's name, in a transcript)
                                  r"(?:There\s+(?:was|were)\s+(?:also\s+)?|(?:We|They)\s+(?:also\s+)?(?:found|saw|"
                                  r"took\s+down|removed)\s+)(?:an?|another|a\s+second|a\s+third|a\s+separate)\s+"
                                  r"(?:(?:much\s+)?(?:smaller|larger|bigger|separate|second|related)\s+)?(?:cluster|network|"
                                  r"operation|campaign|set)\b", re.I)
# "more than 50,000 channels tied to the network in 2022 alone, and more than 100,000 since 2019": a year's own figure
OWN_PERIOD = re.compile(r"[^,;]{0,60}?\b(?:in\s+(?:19|20)\d\d|this\s+year|last\s+year)\b")
QUESTION = re.compile(r"\?[\s\"”'’*_)]*$")
HYPOTHETICAL_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:could|would|might)\s+(?:\w+ly\s+)?(?!not\b|have\s+been\b)\w+",
                                re.I)
# "…were flagged by researchers": what someone found, told of a figure no removal of the story gave
FOUND_PASSIVE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:were|was|had\s+been|have\s+been)\s+"
                                 r"(?:first\s+|initially\s+|originally\s+)?"
                                 r"(?:flagged|identified|found|spotted|detected|reported|referred)\b", re.I)
# a count of what someone found, told with no removal: "a report identifying 41 Telegram channels"
FOUND_JUST_BEFORE = re.compile(r"\b(?:identif(?:y|ies|ied|ying)|found|finding|flagged|flagging|uncovered|discovered|"
                               r"catalogu?(?:ed|ing)|documented|documenting|mapped|mapping)\s+(?:\w+\s+){0,2}$"
                               # ("…said the group's own list had about 150 TikTok accounts": what its list held)
                               r"|\b(?:list|tally|database|dataset|spreadsheet|sample)\s+(?:had|has|held|holds|"
                               r"contained|contains|included|includes|ran\s+to|runs\s+to)\s+(?:\w+\s+){0,2}$", re.I)
# a lead into a list of what someone found, not of what was removed (`_Story.findings`)
FOUND_LEAD = re.compile(r"\b(?:identified|found|mapped|counted|tracked|catalogued|cataloged|documented|observed|"
                        r"attribute[sd]?)\b", re.I)
# "…so we did not remove them": the accounts just told of were left up
NOT_REMOVED_THEM = re.compile(r"\b(?:did|do|does|will)\s+not\s+(?:\w+\s+)?(?:remove|suspend|ban|take\s+down|delete|"
                              r"block|terminate|disable)\s+(?:them|these|those|it|the\s+(?:accounts|pages|channels|"
                              r"cluster|network))\b", re.I)
NOT_ACTED = re.compile(r"\bno\s+(?:further\s+)?action\s+was\s+taken\b|\b(?:were|was)\s+already\s+(?:inactive|"
                       r"deleted|gone|offline|down)\b|\b(?:deleted|removed|closed)\s+by\s+(?:their|its)\s+(?:own\s+)?"
                       r"(?:owners?|creators?|admins?|operators)\b"
                       # "the network's 14 Telegram channels are still up"
                       r"|\b(?:are|were|is|was|remain|remained)\s+still\s+(?:up|active|online|live|available|running)\b"
                       r"|\bstill\s+(?:up|active|online|live|available|running)\b"
                       # ("the 230 TikTok accounts referred by the CTRA remain online pending the company's review")
                       r"|\b(?:remain|remains|remained|stay|stays|stayed)\s+(?:up|active|online|live|available)\b"
                       # ("the 1,250 accounts reported to Facebook by a ministry … were, as far as we can tell, not
                       # acted on"; "none of them has been removed")
                       r"|\b(?:were|was|have\s+been|has\s+been|had\s+been)(?:\s*,[^,]{1,40},)?\s+(?:not|never)\s+"
                       r"(?:been\s+)?(?:acted\s+on|removed|taken\s+down|suspended|blocked|touched)\b", re.I)
# "46 accounts that it now says belonged to an early version of the same operation": a forerunner, not the network
FORERUNNER = re.compile(r"\b(?:early|earlier|previous|prior|first)\s+(?:version|incarnation|iteration|form)\s+of\s+$"
                        r"|\b(?:predecessor|precursor|forerunner)\s+(?:of|to)\s+$", re.I)
# a cell that counts in words: '"hundreds of accounts" (no figure published)'
VAGUE_CELL = re.compile(r"\b(?:hundreds|thousands|dozens|scores|millions|several|a\s+handful|a\s+few)\b", re.I)
NOT_GIVEN_CELL = re.compile(r"\W*(?:n/?a|not\s+(?:disclosed|given|available|reported)|undisclosed|withheld|unknown)"
                            r"\W*(?:\([^()]{0,80}\)\W*)?", re.I)  # ('Not disclosed (Meta called the network "small")')


def _row_roles(label: str) -> tuple[list[str], list[str], str | None, str | None]:
    """Where a table row's network came from and whom it targeted: a label of a few words naming one country
    ("Iran", "**Laos**") is its origin; a longer one is read as a sentence ("This network operated from Iran
    and targeted Israeli audiences")."""
    if len(label.split()) > 3:
        origins, targets, attribution, target_text = cached_roles(label)
        return list(origins), list(targets), attribution, target_text
    places = list(dict.fromkeys(name for name, _, _ in countries_in(label)))
    return (places, [], label, None) if len(places) == 1 else ([], [], None, None)


# what may stand before a heading's words on its line: Markdown marks, and a number ("## 2. China")
HEADING_MARKS = re.compile(r"[\s*#_]*(?:\d{1,2}[.)][\s*#_]*)?")


QUOTED_NAME = re.compile(r"[\"“](?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})[\"”]")
# "Network 2: China", "Operation 3 — Peru": a report's numbered section, whose number is no figure
NUMBERED_SECTION = re.compile(r"(?:Network|Operation|Campaign|Cluster|Case(?:\s+study)?|Section|Part)\s+\d{1,2}\s*"
                              r"[:.–—-]\s*\D+$", re.I)  # ("Case study 1: "Sable Chorus" (China)")


# "X and Desert Relay.", "Meta and TikTok on Linden Echo.", "Desert Relay (X).", "Operation Saltmarsh.": a paragraph's
# label, naming the network it tells of (and the platforms that acted)
LABEL_NAME = re.compile(r"[\s*_]*(?:(?P<platforms>[A-Z][\w.-]*(?:(?:,\s+|\s+and\s+)[A-Z][\w.-]*){0,3})\s+"
                        r"(?:and|on|vs\.?|versus)\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
                        r"(?:\s*\((?P<owners>[^()]{1,40})\))?[.:]?[*_]*\s*")


def _only_platforms(text: str) -> bool:
    """Every word of the text names a platform ("Meta and TikTok", "X")."""
    rest = text
    for _, start, end in reversed(platforms_in(text)):
        rest = rest[:start] + rest[end:]
    return all(part == "X" or not part.strip() for part in re.split(r",\s*|\s+and\s+", rest))


LINE_OPENING = re.compile(r"[\s*#_•-]*(?:\d{1,2}[.)]\s*)?")  # what a line's first sentence may follow: a list's mark


def _in_cases_naming_none(document: Document, sentences: list[Sentence], names: set[str]) -> set[int]:
    """The sentences of a report's numbered cases ("## Case 2: Pro-government comments aimed at…") that name none
    of the networks the document names: another case's, whatever network the document is mostly about."""
    apart: set[int] = set()
    if not names:
        return apart  # (nothing to keep the cases apart from: only a name is given to figures across them)
    case: list[Sentence] = []
    for sentence in [*sentences, None]:
        if sentence is None or _on_a_heading_line(document, sentence):
            if case and NUMBERED_SECTION.match(case[0].text.strip(" *#_")) and not any(
                    name in s.text for s in case for name in names):
                apart.update(s.position for s in case)
            case = []
        if sentence is not None:
            case.append(sentence)
    return apart


def _on_a_heading_line(document: Document, sentence: Sentence) -> bool:
    """Whether the sentence stands on a line the document marks as a heading ("## April 2025: Velvet Ledger")."""
    return document.body.rfind("\n", 0, sentence.start) + 1 in document.heading_lines


def _section_end(document: Document, sentence: Sentence) -> int:
    """Where the section a heading opens ends: at the next heading, or the document's end."""
    return min((start for start in document.heading_lines if start > sentence.end), default=len(document.body))


def _line_end(document: Document, sentence: Sentence) -> int:
    """Where the sentence's line ends (the body's end, on its last line)."""
    end = document.body.find("\n", sentence.end)
    return len(document.body) if end < 0 else end


def _paragraph_end(document: Document, sentence: Sentence) -> int:
    """Where the sentence's paragraph ends: at a blank line, or at the line's end where the next line starts
    another (a page's paragraphs, one to a line)."""
    body = document.body
    line_end = body.find("\n", sentence.end)
    if line_end < 0:
        return len(body)
    paragraph_end = body.find("\n\n", sentence.end)
    wrapped = not document.path.lower().endswith((".html", ".htm")) and body[line_end + 1:line_end + 2].strip()
    return (len(body) if paragraph_end < 0 else paragraph_end) if wrapped else line_end


# a list item's bold label naming the network it tells of: "**New network: Mirror Birch.**", "**Update: Mirror Birch.**"
INLINE_NETWORK_LABEL = re.compile(r"\W*[*_]{1,2}(?:New\s+network|Network|Update|Operation|Campaign|Takedown)"
                                  r"\s*[:—–-]\s*(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\.?[*_]{1,2}")


def _label_name(text: str) -> str | None:
    """The network a paragraph's label names, with the platforms that acted: "X and Desert Relay.", "Desert Relay
    (X).", or an operation alone ("Operation Saltmarsh.").  Not a label of platforms or places alone."""
    label = LABEL_NAME.fullmatch(text)
    if label is None:
        return None
    name = label["name"]
    if platforms_in(name) or countries_in(name) or name.split()[0].lower() in MONTH_WORDS:
        return None
    if label["platforms"]:
        return name if _only_platforms(label["platforms"]) else None
    if label["owners"]:
        return name if platforms_in(label["owners"]) or label["owners"].strip() == "X" else None
    return name if name.startswith("Operation ") and " " in name else None


# ("…added two more entries to its bulletin: Velvet Ledger (312 YouTube channels) and a Venezuelan network…")
OTHER_NETWORKS = re.compile(r"\b(?:another|two|three|four|other|more|second|separate)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:networks?|operations?|campaigns?|entries|entry)\b", re.I)


def _may_name_a_network(label: str) -> bool:
    """Whether an item's label may be its network's name: not a platform's, nor a country's alone ("Cambodia"; but
    "Lagos Mirror" names a network, though Lagos is a city of Nigeria)."""
    return not platforms_in(label) and not any(start == 0 and end == len(label)
                                               for _, start, end in countries_in(label))


def _named_by_label(facts: list[Fact], name: str) -> list[Fact]:
    """A labelled paragraph's figures, told without a name of their own, given the label's (not one said to be of a
    forerunner, nor of the firm that ran it: "Meta and Brightwave." over "…run by Brightwave Consults")."""
    return [replace(f, networks=[name]) if not f.networks and not _forerunner_named(f.quote, name) and not any(
        entity.startswith(name) for entity in f.linked_to) and not FORERUNNER_SAID.search(f.quote)
        and not OTHER_NETWORKS.search(f.quote) else f for f in facts]


def _names_in_heading(heading: str, story: _Story) -> None:
    """'## February: TikTok and "Pena Merah"': a quoted name in a heading is a network the story tells of, which a
    later sentence may give its figure by name ("The largest single takedown was TikTok's Pena Merah…")."""
    quoted = QUOTED_NAME.search(heading) if '"' in heading or "“" in heading else None
    if quoted and not countries_in(quoted["name"]) and not platforms_in(quoted["name"]):
        story.names.add(quoted["name"])
    # ("# Operation Cóndor Gris: what we found, and what Meta took down": the operation the heading opens with)
    if "Operation " in heading:
        story.names.update(name for name in network_names(heading) if name.startswith("Operation ")
                           and heading.lstrip(" #*_\"“'").startswith(name))


def _heading(document: Document, sentence: Sentence) -> str | None:
    """The text of a short line without a full stop or a figure ("Russia", "Why it matters"), else None."""
    text = sentence.text.strip(" *#_")
    # (a line in capitals may ask: "DECEMBER - TWITTER'S LAST BIG RELEASE?")
    if text.endswith((".", ",", ";")) or (text.endswith(("!", "?")) and not text.isupper()) or \
            (text.endswith(('"', "”")) and ":" not in text) or len(text) > 100 or (
                DIGIT.search(text) and not NUMBERED_SECTION.match(text) and not SECTION_NUMBER.match(text)
                and not IN_A_YEAR_HEADING.fullmatch(text)):
        return None  # most sentences end here, before the line is looked at ('Iran: "Operation Saltmarsh"' does not)
    line_start = document.body.rfind("\n", 0, sentence.start) + 1
    line_end = document.body.find("\n", sentence.end)
    rest = document.body[sentence.end:len(document.body) if line_end < 0 else line_end]
    # (a Markdown heading may be longer: "### 3. Twitter vs. a Saudi network targeting Qatar"; a list item may not,
    # "- Network name: we refer to this operation as "Dunav Mirror"")
    # (as may a numbered network's: "Network 2: Iran, targeting Iraq and Lebanon")
    marked = line_start in document.heading_lines or NUMBERED_NETWORK.match(text) is not None
    if not HEADING_MARKS.fullmatch(document.body, line_start, sentence.start) or rest.strip(" *#_") or \
            len(text.split()) > (12 if marked else 6) or len(text) > (100 if marked else 60):
        return None
    if ":" in text and FIELD_LINE.fullmatch(text) and _in_a_field_block(document.body, line_start, line_end):
        return None  # "Detection source: External" over "Accounts in network: 1,482": a network's fields
    text = SECTION_NUMBER.sub("", text, count=1)  # "3.1 Bangladesh ("Padma Signal")": a report's numbered section
    if text.isupper():  # "KESTREL LOOP (AZERBAIJAN)": names and countries as they are written elsewhere
        # (but "PRC", "UAE": a country written in capitals anywhere; and "LANTERNFALL", a name the prose writes so)
        prose = [line for line in document.body.splitlines() if re.search(r"[a-z]", line)]
        return re.sub(r"[A-Z][A-Z'’]*", lambda word: word[0] if word[0] in COUNTRY_UPPERCASE_ONLY or any(
                      re.search(rf"(?<![A-Z]){word[0]}(?![A-Z])", line) for line in prose) else
                      word[0].lower() if word[0].lower() in SMALL_HEADING_WORDS else
                      word[0][0] + word[0][1:].lower(), text)
    return text


NUMBERED_NETWORK = re.compile(r"(?:Network|Operation|Campaign|Cluster|Case)\s+\d{1,2}\s*[:.—–-]\s")
# "Russia in 2020": a section on one country's takedowns of a year
IN_A_YEAR_HEADING = re.compile(r"(?P<place>[A-Z][\w'’ -]{1,40}?)\s+(?:in|during)\s+(?:19|20)\d\d")
# "Detection source: External", "**Detection source:** External"
FIELD_LINE = re.compile(r"[A-Z][\w ]{2,40}:[*_]*\s+\S.*")


# the first field of a network's record: "Network: Marigold Signal", "Operation name: unnamed (Moldova)"
RECORD_NAME = re.compile(r"[\s*_•-]*(?:Network|Operation|Campaign|Cluster)(?:\s+name)?[*_]*\s*:", re.I)


def _field_record(document: Document, sentence: Sentence) -> tuple[list[str], list[str], Sentence] | None:
    """The record whose first line this is, every line a "Label: value" field down to a blank line: its labels,
    its values, and the stretch that quotes it, from its first line through the figures' lines and the first
    sentence of a description that places the network (read for its date only up to the figures: "…ahead of the
    May 2025 midterm elections" dates no takedown)."""
    body = document.body
    end = body.find("\n\n", sentence.start)
    end = len(body) if end < 0 else end
    lines = [(sentence.start + m.start(), sentence.start + m.end(), m.group().strip(" *_•-"))
             for m in re.finditer(r"[^\n]+", body[sentence.start:end])]
    if len(lines) < 2 or not all(FIELD_LINE.fullmatch(line) for _, _, line in lines):
        return None
    labels = [line.split(":", 1)[0].strip(" *_") for _, _, line in lines]
    values = [line.split(":", 1)[1].strip(" *_") for _, _, line in lines]
    roles = tables.column_roles(labels)
    counted = [stop for (_, stop, _), columns in zip(lines, tables.column_units(labels), strict=True) if columns]
    quote_end = max(counted, default=lines[-1][1])
    dated_to = quote_end
    for (start, stop, line), role in zip(lines, roles, strict=True):
        if role == "description" and cached_roles(line)[:2] != ((), ()):
            first = next((s for s in split_line(body[start:stop]) if cached_roles(body[start + s[0]:start + s[1]])[:2]
                          != ((), ())), None)
            quote_end = max(quote_end, start + first[1] if first else stop)
            break
    text = body[sentence.start:dated_to]
    return labels, values, replace(sentence, end=quote_end, text=text, quote=body[sentence.start:quote_end])


def _in_a_field_block(body: str, line_start: int, line_end: int) -> bool:
    """Whether the line before or after this one, with no blank line between, is also a "Label: value" line."""
    after = body[line_end + 1:body.find("\n", line_end + 1) % (len(body) + 1)] if line_end >= 0 else ""
    before = body[body.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)] if line_start else ""
    return any(FIELD_LINE.fullmatch(line.strip(" *_")) for line in (after, before) if line.strip())


# a report's section number before its heading's words: "3.1 ", "2. " (not "2024", nor "22 Pages")
SECTION_NUMBER = re.compile(r"\d{1,2}\.(?:\d{1,2}\.?)*\s+(?=[A-Z\"“])(?=\D+$)")
SMALL_HEADING_WORDS = {"of", "the", "and", "in", "on", "for", "vs"}


WE_VERB = r"\s+(?:have\s+|had\s+|also\s+)*(?:removed|took\s+down|taken\s+down|suspended|banned|terminated|disrupted)\b"
# anywhere (the letter first, then the word boundary before it: a pattern that opens with a letter is searched for
# that letter, one that opens with "\b" is tried at every position)
WE_ACTED = re.compile(r"[Ww](?<!\w[Ww])e" + WE_VERB)
SELF_NAMED = re.compile(r"\b(?:[Hh]ere\s+at|[Ww]e\s+at|[Ww]e(?:'re|\s+are)\s+(?:the\s+)?[\w&\s]{0,30}?team\s+"
                        r"(?:here\s+)?at)\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
# "Hi all, I work on Reddit's Security team, and today we want to walk you through…"
SELF_NAMED_TEAM = re.compile(r"\b(?:I|[Ww]e)\s+work\s+(?:on|in|for|with)\s+(?P<name>[A-Z][\w-]+)['’]s\s+"
                             r"(?:[\w&]+\s+){0,3}team\b")
# a transcript's turns ("RAFE OKONJO-HALL: …", "Q: …") and a guest's affiliation ("head of threat intelligence at
# TikTok")
# ("AYU LARASATI (Meta):", "CHAIR (Ratna Dewi):": a turn may say whom the speaker works for, or who chairs; and a
# Hansard's "Ms LINDQVIST:", "Senator ABERNETHY:" give the title in its own case)
SPEAKER_TURN = re.compile(r"^(?:(?:(?:(?:Mr|Ms|Mrs|Dr|Prof|Senator|Sen|Rep|Representative|Hon)\.?\s+)?"
                          r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]{2,40}(?:\s*\([^()\n]{1,40}\))?|Q|A):\s"  # ("TOMÁS IBARRA:")
                          # a parliament's "Ms. Priya Lindqvist (Head of Policy, Meta Platforms):", "The Chair:"
                          r"|(?:(?:Mr|Ms|Mrs|Dr|Prof|Hon)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}|The\s+Chair)"
                          r"(?:\s*\([^()\n]{1,100}\))?:\s"
                          # a Congressional record's "Ms. WHITCOMBE. Thank you…", "Chairwoman HASKINS. …"
                          r"|(?:Mr|Ms|Mrs|Dr|Chairman|Chairwoman|Chair|Senator|Representative)\.?\s+"
                          r"[A-Z][A-Z'’-]{2,}\.(?:\s|$))", re.M)
AFFILIATION = re.compile(r"\b(?:head|director|chief|lead|manager|president|officer|spokes(?:person|man|woman))\b"
                         r"[^.\n]{0,60}?\bat\s+(?P<org>[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*)?)")
# an interview's turns in plain names, "Policy Circuit: …" and "Brenner: …", each speaker speaking more than once
NAMED_TURN = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}):[ \t]", re.M)


def _named_turns(body: str) -> int:
    """How many lines open with the name of someone who opens two or more of them."""
    names = [match["name"].split()[-1] for match in NAMED_TURN.finditer(body)]
    return sum(1 for name in names if names.count(name) > 1)
# "We removed…" opening a line or a sentence, or "our teams removed"
WE_REMOVED = re.compile(r"(?:^\W*(?:We|we)|[.!?]\s+We)" + WE_VERB, re.M)
# ("As part of this work we banned 347 accounts", outside any quote: a post's own words)
WE_REMOVED_AFTER = re.compile(r"\b(?:work|today|yesterday|week|month|year|investigation),?\s+we" + WE_VERB)
OUR_TEAMS_REMOVED = re.compile(r"\b[Oo]ur\s+(?:[\w-]+\s+)?teams?" + WE_VERB)


def _first_person_platform(document: Document) -> str | None:
    """The platform a report written as "We removed…" names most, where nothing else says whose report it is: a
    platform's report speaks of its own services ("Presence on Facebook and Instagram: …")."""
    # ("we removed" anywhere, looked for once: the cheaper test, rarely passed, and one every pattern below needs)
    we_acted = WE_ACTED.search(document.body) is not None
    # "We're the Trust & Safety team here at Lanternboard": the platform says who it is, known or not
    if we_acted and (itself := SELF_NAMED.search(document.body[:3000]) or SELF_NAMED_TEAM.search(
            document.body[:3000])) is not None:
        known = platforms_in(itself["name"])
        return PLATFORM_PARENT.get(known[0][0], known[0][0]) if known else itself["name"]
    # an interview's transcript, whose guest is introduced as working at a platform: "we" is that platform
    # (a bare "X" too: "head of safety operations at X")
    if document.body.count(":") >= 3 and (len(SPEAKER_TURN.findall(document.body)) >= 3 or _named_turns(
            document.body) >= 4) and (guest := AFFILIATION.search(document.body[:2000])) and (
            known := platforms_in(guest["org"]) or (
                [("Twitter", 0, 1)] if guest["org"] == "X" else [])) and we_acted:
        return PLATFORM_PARENT.get(known[0][0], known[0][0])
    # "Parallax AI's Intelligence and Investigations team…  We banned 12 accounts": a publisher the vocabulary does
    # not know, naming its own team, is the "we" of its own report, however often it names the platforms it worked
    # beside
    # (or its own unit's byline: "Lumora AI Threat Intelligence, October 2023 update")
    if we_acted and document.publisher and (re.search(
            rf"(?<!\w){re.escape(document.publisher)}(?:['’]s\s+(?:[\w&-]+\s+){{0,4}}?(?:team|teams|investigators|"
            r"analysts|researchers|unit)|\s+(?:Threat\s+Intelligence|Threat\s+Intel|Security|Safety|Trust\s+(?:&|and)\s+"
            r"Safety|Integrity|Investigations)"
            # ("Halcyon AI builds large language models…", "Northvale Cloud provides hosting…": a company saying what it
            # does, in its own post)
            r"|\s+(?:builds|provides|offers|operates|runs|makes|develops|hosts)\s+(?=[a-z]))\b", document.body) or (
            # ("…operations that tried to use Aperture's models and API", in Aperture AI's own report)
            re.search(rf"(?<!\w){re.escape(document.publisher.split()[0])}['’]s\s+(?:own\s+)?(?:models?|API|platform|"
                      r"services?|products?|tools|chatbot|assistant)\b", document.body))) and any(
            _unquoted(document.body, we) for we in WE_ACTED.finditer(document.body)):  # (also "On May 30, we…")
        return document.publisher
    # (`WE_REMOVED`, tried at every position, cannot match without "we removed")
    if not (we_acted and (WE_REMOVED.search(document.body) or any(
            _unquoted(document.body, we) for we in WE_REMOVED_AFTER.finditer(document.body)))) and not (
            "our " in document.body.lower() and OUR_TEAMS_REMOVED.search(document.body)):
        return None
    # "We banned 23 ChatGPT accounts": the platform whose own accounts "we" removed, however often others are named
    own = {PLATFORM_PARENT.get(name, name) for match in OWN_ACCOUNTS.finditer(document.body)
           for name, _, _ in platforms_in(match["app"])}
    if len(own) == 1:
        return own.pop()
    named = [PLATFORM_PARENT.get(name, name) for name, _, _ in platforms_in(document.body)]
    return max(dict.fromkeys(named), key=named.count) if named else None


OPEN_QUOTE = re.compile(r"[\"“]")


def _unquoted(body: str, match: re.Match[str]) -> bool:
    """Whether no quote opens on the match's line before it: the post's own words, not someone it quotes."""
    return not OPEN_QUOTE.search(body, body.rfind("\n", 0, match.start()) + 1, match.start() + 1)
OWN_ACCOUNTS = re.compile(r"\b[Ww]e\s+(?:\w+\s+){0,2}?(?:banned|removed|suspended|terminated|disabled|deleted)\s+"
                          r"(?:[\w,]+\s+){0,3}?(?P<app>[A-Z][\w-]*)\s+(?:accounts|channels|profiles)\b")


# a transcript's list of witnesses: "Mr. Desmond Araki, Head of Threat Disruption, Asia-Pacific, Meta"
WITNESS = re.compile(r"^[\s*•-]*(?:(?:Mr|Ms|Mrs|Dr|Prof|Hon)\.?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),"
                     r"\s+(?P<role>[^\n]{3,160})$", re.M)


# (and "Witnesses: Ms. Dana Whitcombe, Head of Threat Disruption, Facebook; Mr. Marcus Oyelaran, …": one line)
NEXT_WITNESS = re.compile(r"\s+(?=[A-Z][A-Z'’-]{2,},\s+(?:Mr|Ms|Mrs|Dr|Prof|Hon)\b)|^Witnesses:\s+|"
                          r";\s+(?=(?:(?:Mr|Ms|Mrs|Dr|Prof|Hon)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3},)", re.M)


def _speaker_platforms(document: Document) -> dict[str, str]:
    """A transcript's speakers who work at a platform, by the surname their turns give ("MR. ARAKI:" -> Meta),
    where its witnesses come from more than one platform (one guest's platform is the document's, above)."""
    body = document.body
    turns = SPEAKER_TURN.findall(body)
    if len(turns) < 3:
        return {}
    found: dict[str, str] = {}
    # (a list of witnesses whose lines the reader joined: "…Public Policy, TikTok DEVEREUX, Mr Callum, …, X Corp.")
    for witness in WITNESS.finditer(NEXT_WITNESS.sub("\n", body[:3000])):
        known = platforms_in(witness["role"])
        if known:
            found[witness["name"].split()[-1].upper()] = known[-1][0]  # ("Integrity Lead, YouTube": YouTube's "we")
    for turn in turns:  # ("REZA MAHENDRA (Google):": the turn says it)
        if "(" in turn and (known := platforms_in(turn[turn.index("("):])):
            found.setdefault(_speaker(turn), known[0][0])
    # (a show's host brings in its guests: "Marcus Ellery led site integrity at Twitter until 2022.")
    for speaker in {_speaker(turn) for turn in turns} - found.keys():
        surname = speaker.title() if speaker.isupper() else speaker
        introduced = re.search(rf"\b[A-Z][\w'’-]+\s+{re.escape(surname)}\b[^.;:\n]{{0,80}}?\bat\s+(?=[A-Z])",
                               body[:3000])
        if introduced and (known := platforms_in(body[introduced.end():introduced.end() + 20])) and \
                known[0][1] == 0:
            found[speaker] = known[0][0]
    return found if len(set(found.values())) > 1 else {}


# the end of a body's name that is not a platform: "(Director, Aurora Digital Forensics Lab)"
BODY_NAME_END = re.compile(r"\b(?:Lab|Laboratory|Institute|Observatory|Centre|Center|Project|Initiative|Watch|"
                           r"Forensics|University|Foundation|Council|Coalition|Alliance|Unit)$")


def _speaker_bodies(document: Document) -> dict[str, str]:
    """A transcript's speakers who speak for a lab or another body that is no platform, by surname ("Dr. Julien
    Arsenault (Director, Aurora Digital Forensics Lab):" -> the lab): their "we" is that body, not a platform."""
    turns = SPEAKER_TURN.findall(document.body)
    if len(turns) < 3:
        return {}
    found: dict[str, str] = {}
    for turn in turns:
        if "(" in turn and not platforms_in(turn[turn.index("("):]) and BODY_NAME_END.search(
                body := _as_name(turn[turn.index("(") + 1:turn.rindex(")")].split(",")[-1].strip())):
            found.setdefault(_speaker(turn), re.sub(r"^the\s+", "", body, flags=re.I))
    return found


def _as_name(text: str) -> str:
    """A name as written, or set in capitals as a caption sets it ("WESTWIND MEDIA RESEARCH CENTRE")."""
    return text.title() if text.isupper() else text


def _speaker(turn: str) -> str:
    """The surname a transcript's turn is given by ("MR. ARAKI:" -> "ARAKI", "AYU LARASATI (Meta):" -> "LARASATI")."""
    return re.sub(r"\s*\([^()]*\)", "", turn).rstrip(": ").split()[-1].strip(".").upper()


BYLINE = re.compile(r"^[\s*_]*By\s+(?:the\s+)?(?P<name>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*)", re.M)


# "TikTok Newsroom — Indonesia", "Meta Newsroom", "X Safety blog": a platform's own outlet, by title or first line
NEWSROOM = re.compile(r"\s*(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)(?:\s+(?:Newsroom|Blog|Transparency\s+"
                      r"Cent(?:er|re)|Safety(?:\s+blog)?|Trust\s*(?:&|and)\s*Safety|Threat\s+(?:Intelligence|Research))"
                      # "Telegram — Statement on channels restricted in Moldova"
                      r"|\s*[—–:|]\s*(?:Statement|Update|Announcement|Press\s+[Rr]elease|Notice))\b")


def _newsroom_platform(document: Document) -> str | None:
    """A post whose publisher, title or first line names a platform's own outlet ("TikTok Newsroom — Indonesia",
    "X Safety")."""
    first_line = document.body.lstrip().split("\n", 1)[0]
    for line in (document.publisher or "", document.title or "", first_line):
        named = NEWSROOM.match(line)
        if named and named["name"] == "X":  # ("X Safety": the letter alone names X only so)
            return "Twitter"
        if named and named["name"] in ("Snap", "Snap Inc"):  # ("Snap Safety Center": the company's own outlet)
            return PLATFORM_ALIASES[named["name"].lower()]
        known = platforms_in(named["name"]) if named else ()
        if known and known[0][1] == 0:
            return known[0][0]
        # ("Corvid Trust & Safety Blog", over "Corvid has grown quickly since we launched…. our team removed three
        # networks": a platform the vocabulary does not know, whose own post says "we")
        if named and not known and line is first_line and WE_ACTED.search(document.body) and \
                document.body.count(named["name"]) > 1 and not countries_in(named["name"]):
            return named["name"]
    return None


# "Posted by u/safety_ops_lead in r/redditsecurity": a post in one of Reddit's own communities is Reddit's
REDDIT_OWN_POST = re.compile(r"^[\s*_]*Posted\s+by\s+u/\S+\s+in\s+r/(?:reddit\w*|modnews|announcements)\b", re.M | re.I)


def _byline_platform(document: Document) -> str | None:
    """"By Twitter Safety": a post signed by a platform's own team is that platform's, publisher or not."""
    if REDDIT_OWN_POST.search(document.body[:500]):
        return "Reddit"
    byline = BYLINE.search(document.body[:500])
    names = platforms_in(byline["name"]) if byline else ()
    return names[0][0] if names and names[0][1] == 0 else None


def _starts_line(document: Document, sentence: Sentence) -> bool:
    line_start = document.body.rfind("\n", 0, sentence.start) + 1
    return not document.body[line_start:sentence.start].strip(" \t*#_-•")


NOTE_LABEL = re.compile(r"[\s*_-]*(?P<label>[A-Z][\w' .-]{2,40}?)[*_]*:\s+(?=[A-Z])")


ARROW_TO_TARGETS = re.compile(r"\s*(?:→|->|⟶|➔)\s*.*$")


def _aimed_by_heading(heading: str, country: str | None) -> _Roles | None:
    """Whom a section's network aimed at, said by its heading ("Network 1: Kenya, targeting Uganda", "Copper Drum
    (Nigeria, targeting Ghana)"), with where it came from; None where the heading says neither."""
    if country and (tail := TARGETING_TAIL.search(heading.rstrip(" )"))) and (aims := countries_in(tail["targets"])):
        return _Roles([country], [name for name, _, _ in aims], None, tail["targets"])
    return None


def _section_country(heading: str) -> str | None:
    """The one country a heading names and nothing else ("Iran", "People's Republic of China (PRC)", "Russia:"), or
    names as where its network came from ("Network operated from Iran", "Operation based in Nigeria")."""
    bare = re.sub(r"\([^)]*\)|:$", "", heading).strip()
    if (in_a_year := IN_A_YEAR_HEADING.fullmatch(bare)) is not None:
        bare = in_a_year["place"]  # ("Russia in 2020": Russia's section)
    # "2. PERU — Kwai removes fake accounts", a digest's item: the country before the dash (in capitals too)
    if (dashed := DASHED_LABEL.match(bare)) is not None:
        label = dashed["label"].title() if dashed["label"].isupper() else dashed["label"]
        if len({name for name, _, _ in countries_in(label)}) == 1:
            bare = label
    # 'Iran: "Operation Saltmarsh"', "Poland: public relations agency working for a Moldovan client": the country
    # before the colon, the rest what its network was
    labelled = re.match(r"([^:]{3,40}):\s+\S", bare)
    if labelled and len({name for name, _, _ in countries_in(labelled[1])}) == 1:
        bare = labelled[1].strip()
    elif labelled and not countries_in(labelled[1]) and (NETWORK_NOUN.search(labelled[1]) or UPDATE_HEADING.search(
            labelled[1])):
        # "The biggest network: Ecuador", 'Update: Kenya ("Copper Kettle")': the country after the label
        bare = bare[labelled.end(1) + 1:].strip()
    elif labelled and (named := NAME_THEN_COUNTRY.fullmatch(bare)) and _may_be_a_name(named["name"]):
        bare = named["country"]  # "Grey Heron: China": the network's name, then where it came from
    placed = NETWORK_FROM.fullmatch(bare)
    bare = placed["place"] if placed else bare
    bare = TARGETING_TAIL.sub("", bare)  # "Kenya, targeting Uganda": where it came from, then whom it aimed at
    aside = re.search(r"\(([^)]*)\)\s*:?$", heading)
    if not countries_in(bare) and aside:
        # 'Meta vs. "Mirror Kiosk" (Russia)': the country, in its brackets (and "Copper Drum (Nigeria, targeting
        # Ghana)")
        bare = TARGETING_TAIL.sub("", aside[1]).strip()
    bare = ARROW_TO_TARGETS.sub("", bare)  # "Saffron Gate (Iran → Iraq, Bahrain)": from Iran, aimed at the rest
    mentions = countries_in(bare)
    if len({name for name, _, _ in mentions}) != 1:
        return None
    return mentions[0][0] if not re.sub(r"[\s,&]|\band\b|\bthe\b", "", without_countries(bare), flags=re.I) else None


TARGETING_TAIL = re.compile(r",?\s+(?:targeting|targetting|aimed\s+at)\s+(?P<targets>.+)$", re.I)
ONE_OPERATION_SINCE = re.compile(r"\bsince\s+(?:we|it|they|the\s+company)\s+(?:first\s+)?(?:[\w-]+\s+){0,2}?"
                                 r"(?:the|this|that)\s+(?:operation|network|campaign)\b", re.I)
UPDATE_HEADING = re.compile(r"\b(?:update|correction|follow-?up|revision)\s*$", re.I)  # 'Update: Kenya ("…")'
DASHED_LABEL = re.compile(r"(?:\d+\.\s+)?(?P<label>[^—–:]{3,40}?)\s+[—–]\s+\S")
# a timeline item's date and platform before its network: "16 October 2018: Facebook, ", "2021: YouTube, "
PLATFORM_PREFIX = re.compile(r"(?:[^:]{3,30}:\s+)?(?P<platform>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?),\s+")
NAME_BEFORE_COUNTRY = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*\([^)]+\)\s*:?")
HEADING_NAME = re.compile(r"[\"“](?P<name>[A-Z][^\"”)]{1,40})[\"”]")
# "Grey Heron: China": a network's name of two words or more, then one country (see `_heading_name`)
NAME_THEN_COUNTRY = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3}):\s+(?P<country>[A-Z][\w'’. -]{1,30})")
NAME_AFTER_COUNTRY = re.compile(r"[^:]{3,40}:\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


# a heading's label words, which a network's name before a colon is not made of ("Key Findings: China")
LABEL_WORDS = frozenset({"key", "findings", "overview", "summary", "background", "update", "updates", "case", "study",
                         "spotlight", "focus", "region", "country", "section", "part", "chapter", "threat", "report",
                         "network", "networks", "operation", "operations", "campaign", "what", "how", "why", "our",
                         "new", "latest", "takeaways", "highlights", "notes", "more", "other", "top", "trends",
                         "origin", "target", "targets", "the", "a", "an", "in", "about"})


def _may_be_a_name(words: str) -> bool:
    """Whether the words before a heading's colon may be a network's name: no platform, and no label's word."""
    return not platforms_in(words) and LABEL_WORDS.isdisjoint(word.lower() for word in words.split())


def _heading_name(heading: str) -> str | None:
    """The network a country's heading names in quotes: 'Russia ("Broken Mirror")', 'Meta vs. "Mirror Kiosk" (Russia)'
    (not "China (PRC)"); before its country in brackets: "Quiet Harbor (China)"; or after it: "Russia: Lantern Moth"."""
    quoted = HEADING_NAME.search(heading)
    if quoted:
        return quoted["name"].strip()
    if (prefix := PLATFORM_PREFIX.match(heading)) and platforms_in(prefix["platform"]):
        heading = heading[prefix.end():]  # "16 October 2018: Facebook, Harbour Chorus (Iran)", a timeline's label
    # "Russia: Lantern Moth" (not "Ecuador: domestic network")
    after = NAME_AFTER_COUNTRY.fullmatch(heading.strip())
    if after and not countries_in(after["name"]) and not platforms_in(after["name"]) and \
            after["name"].split()[0].lower() not in {"unnamed", "unknown", "other", "various", "the", "a", "an"}:
        return after["name"]
    if (named := NAME_THEN_COUNTRY.fullmatch(heading.strip())) and not countries_in(named["name"]) and \
            _may_be_a_name(named["name"]) and len({name for name, _, _ in countries_in(named["country"])}) == 1:
        return named["name"]  # "Grey Heron: China"
    before = NAME_BEFORE_COUNTRY.fullmatch(heading.strip())
    if before and not countries_in(before["name"]) and not platforms_in(before["name"]) and \
            not re.search(r"\b(?:network|operation|campaign|cluster)\b", before["name"], re.I):
        return before["name"]
    return None


# "We assess that this network operated from Serbia…": a report's word on where the network of its paragraph came from
NETWORK_ASSESSED = re.compile(r"\b(?:this|the)\s+network\s+(?:operated|was\s+operated|was\s+run|originated)\s+"
                              r"(?:from|in|out\s+of)\b[^.]*", re.I)


def _assessed_in_paragraph(document: Document, sentence: Sentence) -> tuple[_Roles, int] | None:
    """Where the network of the sentence's paragraph came from, as an earlier sentence of it says, and where that
    sentence starts."""
    body = document.body
    start = max(body.rfind("\n\n", 0, sentence.start), 0)
    # (the latest one: an HTML page's paragraphs are single lines, so one stretch may hold the last section's too)
    found = next(reversed(list(NETWORK_ASSESSED.finditer(body, start, sentence.start))), None)
    roles = _Roles.of(found.group(0)) if found else None
    if found is None or roles is None or not roles.origins:
        return None
    told_from = max(body.rfind(". ", start, found.start()) + 2, start)
    while body[told_from].isspace():
        told_from += 1
    return roles, told_from


def _joined(document: Document, first: Sentence, last: Sentence) -> str | None:
    """`first` through `last` as one quote, where that is still word for word in the file: not across a
    Markdown list or heading marker (gone from the body), and never in HTML (tags such as a bold list
    label sit between sentences)."""
    if document.path.lower().endswith((".html", ".htm")) or any(
            first.start < line <= last.start for line in document.marked_lines):
        return None
    return re.sub(r"\s+", " ", document.body[first.start:last.end])


def _clause_subjects(text: str, actions: list[tuple[str, int]], item: CountedUnit,
                     assets: list[CountedUnit]) -> list[tuple[str, int]]:
    """The platform that is the subject of a later clause's verb ("Facebook removed a network…, and Google
    disabled 210 YouTube channels"), and where it is named: between the verb before and the verb that counts
    this item."""
    before = [at for _, at in actions if at < item.count.start]
    if not before or (len(before) == 1 and len(actions) == 1):
        return []
    # the first clause's subject is named before its verb: "Meta had eradicated 9,000 accounts…, and TikTok…"
    start, end = (before[-2], before[-1]) if len(before) > 1 else (-1, before[0])
    return [(name, at) for name, at, _ in platforms_in(text) if start < at < end
            and not OBJECT_BEFORE.search(text[max(0, at - 40):at])
            and not any(a.count.end <= at <= a.end for a in assets)][-1:]


def _subject_clause(text: str, clause_start: int, item: CountedUnit, actions: list[tuple[str, int]],
                    document: Document) -> tuple[dt.date | None, str | None] | None:
    """The date of a figure's own clause, where the clause has a subject of its own (`_clause_subjects`) and the
    sentence a date before it: in a list of platforms each with its month, the figure's is the one in its clause,
    up to the comma before the next clause's verb."""
    if not _explicit_date(text[:clause_start], document):
        return None
    following = min((at for _, at in actions if at > item.end), default=len(text))
    comma = text.rfind(",", item.end, following)
    clause = text[clause_start:comma if comma >= 0 else following]
    return _resolve_date(clause, document) if _explicit_date(clause, document) else None


PART_OF = re.compile(r"^\W*(?:of\s+(?:those|these|them|which|the\s+[\d,]+)\b|one\s+(?:of\s+(?:the|them|these)\b|"
                     r"(?:network|operation|campaign|group)\s+(?:of|with|that|which)\b)|among\s+them|including|"
                     r"includ\w+\s+)", re.I)


THE_NETWORK_OR_IT = re.compile(r"\b(?:the\s+(?:network|operation|campaign)|attributed\s+it|linked\s+it|tied\s+it)\b")
NETWORK_NOUN = re.compile(r"\b(?:network|campaign|operation)s?\b", re.I)
ORGANISATION_WORD = re.compile(r"\b(?:Agency|Group|Media|LLC|Inc|Ltd|Company|Institute|Cent(?:er|re)|Ministry|Army|"
                               r"Bureau|Corporation|Corp|Foundation|Council|Service|Services|Directorate|Department)\b")
# (but "Together they ran 900 accounts and 45 Pages", of the networks just removed, is their size)
RAN_BEFORE = re.compile(r"(?<!\bthey\s)\b(?:operated|controlled|controls|managed|maintained|amassed|built|created|"
                        r"operates)\s+(?:\w+\s+){0,2}?$", re.I)
PRECISE_FIGURE = re.compile(r"\b(?:put(?:ting|s)?|gave|giving|gives|set(?:ting|s)?)\s+the\s+(?:precise|exact|final|"
                            r"actual|correct|updated|revised)\s+(?:figure|number|total|count)\s+at\b", re.I)
NEW_SUBJECT_BEFORE = re.compile(r",\s+(?:and\s+|while\s+|but\s+)?(?P<subject>(?:[A-Z][\w.&-]*\s+){1,3}?)"
                                r"(?:has\s+|have\s+|had\s+|also\s+|since\s+|then\s+)*$")
# where a list of figures ends: another clause, a comparison, a figure of its own time
PLAIN_LIST_GAP = re.compile(r",?\s+(?:and\s+)?")  # between two figures of a plain list: "412 Pages, 9 groups and 187…"
LIST_BREAK = re.compile(r"[;:]|\b(?:bring\w*|brought|total\w*|compared|while|whereas|but|after|before|up\s+from|"
                        r"down\s+from|against|than|this\s+(?:week|month|year)|on\s+\w+day|in\s+(?:19|20)\d\d)\b", re.I)
LARGER_NETWORK = re.compile(r"\b(?:larger|wider|broader|bigger)\s+(?:\w+\s+)?(?:network|group|operation|campaign)\s+"
                            r"of\s+$", re.I)
# (a year platforms were around in: "…posts about the island's division since 1974" dates the division, not removals)
# "We launched the archive in October 2018, …, and since then we have disclosed…": where a running total starts
LAUNCHED_SINCE_THEN = re.compile(r"\b(?:launched|began|started|created|set\s+up|introduced)\b[^.;]{0,160}?"
                                 r"\bsince\s+then\b")
CUMULATIVE = re.compile(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?"
                        r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:200[4-9]|20[1-9]\d)\b|\bto\s+date\b|\bso\s+far\b"
                        r"|\bover\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?)\b|\bcumulative\w*"
                        r"|\brunning\s+(?:total|tally|count)\b"  # ("Meta's running total for this network is 308…")
                        # "terminated 5,562 channels over the year": the year's total, not one takedown
                        r"|\b(?:over|throughout)\s+(?:the\s+course\s+of\s+)?the\s+(?:whole\s+|full\s+)?year\b"
                        r"|\bin\s+(?:its|their)\s+history\b|\blifetime\b|\ball\s+told\b"
                        # "Russia remains the most prolific source of the networks we remove, with 43 networks": a tally
                        r"|\bmost\s+(?:prolific|common|frequent)\s+(?:[\w-]+\s+){0,2}?(?:source|origin)s?\b"
                        r"|\bsince\s+(?:it\s+|we\s+|the\s+)?(?:began|start\w*|beginning|launch\w*|creat\w*|set\s+up)\b"
                        # "We launched the archive in October 2018, and since then we have disclosed more than 30,000"
                        r"|" + LAUNCHED_SINCE_THEN.pattern +
                        # "…its announcement, which covered several countries (more than 2,900 accounts in all)"
                        r"|\bcover\w*\s+(?:several|multiple|many|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                        r"(?:countries|networks|operations|campaigns)\b[^.;]{0,80}?\bin\s+all\b"
                        # "…a total of 1,766 accounts connected to it since we first took it down in 2019"
                        r"|\bsince\s+(?:it|we|they|the\s+company)\s+first\s+(?:took|removed|banned|suspended|"
                        r"exposed|disrupted|acted|terminated)\b"
                        # "we removed 6,120 accounts across all the covert influence networks we reported"
                        r"|\bacross\s+all\s+(?:the\s+|of\s+the\s+)?(?:[\w-]+\s+){0,3}?(?:networks|operations|campaigns)\b"
                        # "more than 33,600 channels across the five years"
                        r"|\bacross\s+(?:the\s+|those\s+|these\s+)?(?:\w+\s+)?years\b",
                        re.I)
BRINGING_TOTAL_TO = re.compile(TOTAL_BROUGHT_TO.pattern + r"(?:\w+\s+)?$", re.I)  # (right before the figure)
RANKED_SO_FAR = re.compile(r"\b(?:biggest|largest|widest|first)\b[^.;,]{0,60}?\b(?:so\s+far|to\s+date)\b"
                           # ("…the largest and most complex Russian-origin network it had disrupted since the start of
                           # the war": the takedown's rank)
                           r"|\b(?:biggest|largest|widest|most\s+\w+)\s+(?:[\w-]+\s+){0,6}?(?:network|operation|campaign|"
                           r"takedown)\s+(?:that\s+)?(?:it|we|they|the\s+company)\s+(?:had|has|have)\s+(?:\w+\s+){0,2}?"
                           r"since\b", re.I)
# accounts counted across several networks the sentence counts: "disrupted nine networks and removed 11,742 accounts
# belonging to them", "6,390 accounts across seven networks"
_SEVERAL = r"(?:[2-9]|[1-9]\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty\w*)"
ACROSS_NETWORKS = re.compile(rf"\b{_SEVERAL}\s+(?:[\w-]+\s+){{0,3}}?(?:networks|operations|campaigns)\b.{{0,120}}?"
                             r"\b(?:belonging\s+to|across|in|from|of)\s+(?:them|those|these)\b"
                             # ("4,089 accounts belonging to four networks")
                             rf"|\b(?:across|in|from|(?:belonging|linked|tied|connected)\s+to|spanning)\s+"
                             rf"(?:the\s+|all\s+|those\s+|these\s+)?{_SEVERAL}\s+(?:[\w-]+\s+){{0,2}}?"
                             r"(?:networks|operations|campaigns)\b"
                             # "Q2 2024: 15 networks, 9,806 accounts", "39 networks operating 21,455 accounts"
                             # ("listed 14 networks for the quarter, comprising 7,842 accounts in all")
                             rf"|\b{_SEVERAL}\s+(?:[\w-]+\s+){{0,3}}?(?:networks|operations|campaigns)"
                             r"(?:\s+(?:for|in|during)\s+(?:the\s+)?[\w-]+(?:\s+\d{4})?)?(?:,|\s+and|\s+with|"
                             r",?\s+comprising|,?\s+operating|,?\s+made\s+up\s+of|,?\s+totall?ing|"
                             # ("together those 9 networks account for 14,770 accounts")
                             r"\s+(?:account(?:ed)?\s+for|amount(?:ed)?\s+to|add(?:ed)?\s+up\s+to))\s+(?:a\s+total\s+of\s+|some\s+|"
                             r"about\s+|more\s+than\s+|nearly\s+|over\s+)?\d[\d,.]*(?:\s+million)?\s+(?:[\w-]+\s+)?accounts\b",
                             re.I)


HOSTED_POST = re.compile(r"\b(?:post|posts|thread|profile)\s+(?:by|of|from)\b", re.I)
# "TikTok removed 88 accounts on the same day.": a figure told beside the one before, as part of the same news
SAME_DAY_TOO = re.compile(r"\b(?:on\s+the\s+same\s+day|the\s+same\s+day|also|too|as\s+well)\b", re.I)
# "The accounts were run from Brazil…": what the sentences before counted, all of it
THE_ASSETS_OPEN = re.compile(r"\W*(?:The|These|Those|All\s+the)\s+(?:accounts|channels|pages|profiles|assets)\b", re.I)
# "The biggest network, which…, was made up of 1,386 accounts": one network of those a total was told across
ONE_OF_THEM = re.compile(r"\W*(?:The|Its)\s+(?:single\s+)?(?:largest|biggest|smallest|main|first|second|third|other|"
                         r"last)\s+"
                         r"(?:network|operation|campaign|(?:by\s+far|of\s+(?:them|these|those))\b)\b")


def _across_networks(text: str) -> bool:
    """`ACROSS_NETWORKS`, tried only where its plural noun stands (it is tried at every word otherwise)."""
    lower = text.lower()
    return ("networks" in lower or "operations" in lower or "campaigns" in lower) and \
        ACROSS_NETWORKS.search(text) is not None


# fake accounts stopped as they were made, a platform's everyday cleaning: "187 million fake accounts, most of them
# blocked automatically at sign-up"
AT_SIGN_UP = re.compile(r"\b(?:at|during|upon)\s+(?:the\s+)?(?:sign-?up|registration|account\s+creation)\b", re.I)
# ("an operation it has been tracking since 2022": the since dates the watching, not the removals)
ACTIVE_SINCE = re.compile(r"\b(?:active|operat(?:e|es|ed|ing)|posting|running|existed|created|online|around|exist|"
                          r"track(?:s|ed|ing)?|monitor(?:s|ed|ing)?|watch(?:es|ed|ing)?)\b"
                          r"\W*(?:\w+\W+){0,3}$", re.I)
# how a story tells another outlet's figure: "Engadget described it as…", "one blog printed 2,950"
REPORTING_VERBS = (r"gave|give|gives|printed|prints|rounded|described|describes|reported|reports|put|puts|carried|"
                   r"carries|cited|cites|counted|counts|wrote|writes|headlined|quoted|listed|lists|summed|tallied|"
                   r"spoke\s+of|called|calls")
REPORTED_AS = re.compile(rf"\b(?:{REPORTING_VERBS})\b", re.I)
REPORTER_AFTER = re.compile(rf"\s+(?:also\s+)?(?:{REPORTING_VERBS}|said|says)\b", re.I)
ONE_NETWORK_SIZED = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:network|operation|campaign)\s+(?:was\s+"
                               r"made\s+up\s+of|was\s+composed\s+of|consisted\s+of|comprised|included)\s+$", re.I)
AUDIENCE_NEXT = re.compile(r"\s+(?:followers|subscribers|views|likes|users)\b", re.I)
# the lead of a list of the networks a platform's report took down ("Three CIB networks:", "The covert influence
# operations it disrupted:")
NETWORKS_LISTED = re.compile(r"\b(?:CIB|coordinated\s+inauthentic\s+behaviou?r|covert\s+influence)\s+(?:networks|"
                             r"operations)\b", re.I)
TOTAL_ROW = re.compile(r"\W*(?:grand\s+)?(?:totals?|all|overall|combined|sum)\W*", re.I)  # "| **Total** | 1,912 |"
# a figure labelled as the sum of a list's items ("Total: 6,284 accounts", "**Grand total** — 912 accounts")
TOTAL_LABEL = re.compile(r"\W*(?:grand\s+)?total\W*\s*[:—–-]", re.I)
BREAKDOWN_CUE = re.compile(r"\b(?:consist\w*\s+of|compris\w*|made\s+up\s+of|broken\s+down|breakdown|tally|"
                           r"split\s+(?:into|between)|amounted\s+to|totall?ed)\b|:\s*(?:\w+\s+){0,2}$"
                           # ("According to TikTok's report, the network ran 736 accounts": the size of the one told)
                           r"|\b(?:the|this)\s+(?:network|operation|campaign)\s+(?:ran|had|included|used)\s+$"
                           r"|^\s*[-*•]\s+\S*$", re.I)  # or an item of a bulleted list
RETURNING = re.compile(r"\b(?:re-?establish\w*|tr(?:y|ied|ying)\s+to\s+(?:come\s+back|return|rebuild|revive|"
                       r"reconstitute|restore)|recidivis\w*|"
                       # "We've removed new accounts that we tied to the same operators"
                       r"new\s+accounts\s+(?:\w+\s+){0,4}?(?:tied|linked|connected|attributed)\s+to\s+the\s+same|"
                       r"previously\s+(?:disrupted|removed|banned|taken\s+down)\s+(?:networks|operations|campaigns|"
                       r"actors))\b", re.I)
# "…a cluster of 2,870 accounts and 311 Pages that sold fake likes, follows and comments": engagement for sale, spam
FAKE_ENGAGEMENT = re.compile(r"\b(?:sold|sell(?:s|ing)?)\s+(?:fake\s+)?(?:likes|follow(?:er)?s|engagement|views)\b"
                             r"|\bfake[\s-](?:engagement|likes)\b", re.I)
NOT_INFLUENCE = re.compile(r"\b(?:was|were|is|are)\s+not\s+(?:an?\s+|part\s+of\s+an?\s+)?(?:covert\s+)?influence\s+"
                           r"(?:operation|campaign)s?\b", re.I)
# the figures just told, said to come from somewhere: "the accounts were operated from inside Indonesia"
CAME_FROM_WORDS = {"operated", "run", "based", "managed", "controlled", "located", "originated", "came"}
THEY_CAME_FROM = re.compile(r"\b(?:the|these|those)\s+(?:accounts|network|operation|campaign|pages|channels|"
                            r"profiles)\s+(?:(?:were|was|had\s+been)\s+(?:\w+ly\s+)?(?:operated|run|based|managed|controlled|located)"
                            r"|(?:\w+ly\s+)?(?:originated|came))\b", re.I)
# the same, said of the figures told just before: "The great majority were created by automated spam operations and
# were not part of any covert influence operation", "Neither group of accounts was part of an influence operation"
NOT_INFLUENCE_WORDS = {"influence", "spam", "scam", "scams"}
NOT_INFLUENCE_AFTER = re.compile(
    r"\b(?:was|were|is|are)\s+(?:not|never)\s+(?:part\s+of\s+)?(?:an?|any)\s+(?:[\w-]+\s+){0,2}?influence\s+"
    r"(?:operations?|campaigns?)\b"
    r"|(?P<several>\b(?:neither|none)\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:was|were|is|are)\s+(?:part\s+of\s+)?(?:an?|any)\s+"
    r"(?:[\w-]+\s+){0,2}?influence\s+(?:operations?|campaigns?)\b"
    r"|^\W*(?:Both|They|These|Those|All\s+of\s+them)\s+(?:groups\s+)?(?:were|are)\s+(?:[\w-]+\s+){0,3}?(?:spam|scams?)\b)",
    re.I)
# a transparency report's other enforcement: "712,044 accounts were suspended for ban evasion", "account-level actions,
# including warnings" (not where the sentence places a network or calls it one)
OTHER_ENFORCEMENT = re.compile(r"\bfor\s+(?:ban\s+evasion|harassment|hate\s+speech|violent\s+content|copyright|"
                               r"trademark|impersonation|bullying|child\s+safety|(?:other\s+)?(?:content\s+)?policy\s+"
                               r"violations)\b|\baccount-level\s+actions\b", re.I)
# "…removed 2,140 accounts…, the latest in a series of networks the company has taken down since 2018": one takedown,
# set among the others a running total would count
ONE_OF_A_SERIES = re.compile(r"\b(?:the\s+(?:latest|newest|most\s+recent|last)\s+(?:in\s+a\s+(?:series|string|line|run)"
                             r"\s+of|of|among)|one\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:many|several|dozens|hundreds|numerous))\b",
                             re.I)
# "The largest single takedown was TikTok's Pena Merah, at 1,837 accounts, and over the year TikTok removed more…": one
SINGLE_TAKEDOWN = re.compile(r"\b(?:largest|biggest|smallest)\s+single\s+(?:takedown|removal|network|operation|"
                             r"action)\b", re.I)
INFLUENCE_WORDS = re.compile(r"\b(?:influence|inauthentic|coordinated|state-(?:backed|linked|sponsored)|propaganda|"
                             r"disinformation|network|campaign|operation)\b", re.I)
NETWORKS_OR_REACH = re.compile(r"\b(?:networks|operations|campaigns|reach)\b", re.I)
SEPARATELY = re.compile(r"\b(?:separately|unrelated(?:ly)?|apart\s+from\s+(?:this|these|that))\b", re.I)
MASS_FAKE_ACCOUNTS = 1_000_000  # fake accounts counted in millions: a platform's routine cleaning, no network
OF_A_FIGURE_AFTER = re.compile(r"\s+of\s+(?:the|those|these)\s+(?:\d{1,3}(?:,\d{3})+|\d+)\b")
# "…18 shows that we removed in the same week for unrelated spam violations": spam, told in the figure's own clause
OWN_SPAM_AFTER = re.compile(r"\s+(?:that|which)\s+(?:we|it|they)\s+(?:had\s+)?(?:removed|banned|suspended|took\s+down)"
                            r"[^,;.]{0,60}?\bfor\s+(?:unrelated\s+|separate\s+)?spam\b", re.I)
# (and "the earlier number left out 25 accounts": a part of the figure that puts it right)
# ("…we removed 211 accounts…, including the approximately 140 accounts disclosed in October")
SHARE_BEFORE = re.compile(r"\b(?:including(?:\s+the)?|of\s+(?:those|them|these|which)|among\s+(?:them|those)|"
                          r"(?:number|figure|count|total|tally)\s+(?:had\s+)?(?:left\s+out|omitted|excluded|missed|"
                          r"did\s+not\s+(?:include|count))(?:\s+(?:another|the|some))?)\W*$", re.I)


def _scope(sentence: str, before: str, item: CountedUnit, after: str = "") -> str | None:
    """What kind of count this is, where the count's own words say: the larger network a takedown belonged
    to, a share of a figure already given,
    spam rather than influence operations, an addition to an earlier takedown, accounts disclosed to
    an archive, amplifiers."""
    # (not "in the social network's biggest action in India so far": the takedown's rank, not a running total)
    ranked = [m.span() for m in RANKED_SO_FAR.finditer(sentence)] if "so far" in sentence or "to date" in sentence \
        or "since" in sentence else []
    cumulative = next((m for m in CUMULATIVE.finditer(sentence) if not any(a <= m.start() < b for a, b in ranked)),
                      None)
    # ("…50,000 channels tied to the network in 2022 alone, and more than 100,000 since 2019": the year's own figure,
    # before the running total's cue; `item` stands where it does in `sentence`, the sentence's own words)
    own = OWN_PERIOD.match(after)
    if cumulative and not ACTIVE_SINCE.search(sentence[max(0, cumulative.start() - 40):cumulative.start()]) and not (
            item.end <= cumulative.start() and ONE_OF_A_SERIES.search(sentence, item.end, cumulative.start())) and not (
            own and cumulative.start() >= item.end + own.end() and not CUMULATIVE.search(before[-80:])) and not (
            SINGLE_TAKEDOWN.search(before[-100:]) and not CUMULATIVE.search(before[-100:])) and not (
            WHEN_IT_DID.search(before[-60:])):
        # (not "…its first since August 2020, when it added 3,636 accounts": what it did then)
        return "cumulative"  # "has removed more than 150 networks since 2017": a running total
    if BRINGING_TOTAL_TO.search(before[-80:]):
        return "cumulative"  # "…added 1,175 more, bringing the final tally to 4,115 accounts": the total so far
    if item.unit not in NETWORK_UNITS and _across_networks(before[-160:] + sentence + after):
        return "cumulative"  # "removed 11,742 accounts belonging to them" (nine networks): a total across them
    across = re.search(r"\bacross\s+", after[:40])
    if across and len({PLATFORM_PARENT.get(name, name) for name, _, _ in platforms_in(
            after[across.end():across.end() + 60])}) > 1:
        # "more than 1,300 accounts were removed across Facebook, Instagram and TikTok": several companies' sum (not
        # "652 Pages, groups and accounts across Facebook and Instagram", one company's)
        return "cumulative"
    if LARGER_NETWORK.search(before[-60:]):
        return "network"  # "part of a larger network of more than 88,000 accounts": the whole, not the takedown
    unrelated = NO_LINK.search(sentence)
    related = sentence[:unrelated.start()] if unrelated else sentence  # (what it is said to be unrelated to aside)
    # (nor another clause's accounts: "…data on 5,929 accounts, a sample of the core; most of the remaining accounts had
    # been engaged in spammy behavior")
    if ";" in related and (semicolon := related.find(";", max(0, related.find(item.count.text)))) > 0:
        related = related[:semicolon]
    # (not "our spam policy", nor "…had mistakenly included accounts removed in an unrelated spam sweep")
    # (nor "as part of its long-running investigation into the Chinese spam network": a network investigated, as
    # influence operations are, that its watchers call spam)
    spam = (any(not re.search(r"\b(?:unrelated|separate|different|other)\s+(?:[\w-]+\s+)?$", related[:m.start()], re.I)
                and not re.search(r"\binvestigation\s+into\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", related[:m.start()], re.I)
                # (nor how an operation's amplifiers worked: "accounts that amplified the core group through spammy
                # retweets")
                and not re.search(r"\b(?:through|via|using|with)\s+$", related[:m.start()], re.I)
                for m in re.finditer(r"\b(?:spam(?:my)?|scams?)\b(?!\s+polic)", related, re.I))
            or AT_SIGN_UP.search(related) or NOT_INFLUENCE.search(related) or FAKE_ENGAGEMENT.search(related) or (
                OTHER_ENFORCEMENT.search(related) and not INFLUENCE_WORDS.search(related)
                and not countries_in(related))) and not re.search(r"\bcoordinated inauthentic\b", related, re.I)
    # ("…mistakenly included 18 shows that we removed in the same week for unrelated spam violations": spam told of the
    # figure's own clause, unrelated to the network)
    spam = spam or OWN_SPAM_AFTER.match(sentence, item.end) is not None
    # "We took action on 827 million fake accounts in Q2 2024": a platform's whole count of fake accounts, spam and
    # scams mostly, never one network's
    # (or "X said it suspended 5.9 million accounts between January and June", "Of those, 2.3 million accounts were
    # suspended outright": accounts by the million, told without a word of influence, are that cleaning too)
    # (not "the combined reach of all seven networks was well over 2 million accounts")
    mass = (item.count.value or 0) >= MASS_FAKE_ACCOUNTS and item.unit == "accounts" and \
        not INFLUENCE_WORDS.search(related) and not NETWORKS_OR_REACH.search(before[-80:] + " " + related)
    spam = spam or mass
    share = SHARE_BEFORE.search(before[-40:])
    # ("…had already removed many of the network's accounts, including roughly 2,900 accounts that were suspended for
    # spam": a share of no figure, which its own words call spam)
    spam_of_no_figure = spam and share is not None and share.group(0).lower().startswith("including") and \
        not DIGIT.search(before)
    # (but not the whole a share is of: "Of the 1,800 accounts Meta removed, 300 were…")
    # ("37 of the 53 accounts had zero karma when we banned them": a share of the figure told, the subject of a clause
    # of its own; not "Twitter has suspended 70 of the 110 accounts we reported", a removal of 70)
    share = share or (OF_A_FIGURE_AFTER.match(sentence, item.count.end) and (
        not before.strip() or before.rstrip()[-1] in ",;:("))
    if ((PART_OF.search(sentence) and not WHOLE_BEFORE.search(before)) or item.passive or share) and \
            not spam_of_no_figure and not mass:
        return "part"  # "Of those, 1,907…", "One network of 16 accounts…": a share of a figure already given
    if spam:
        return "spam"  # (or a scam: "in a separate case that was not an influence operation, we banned 46 accounts")
    if re.match(r"(?:another|an additional)\b", item.count.text, re.I) or re.search(
            r"\b(?:additional|more|further)\b", item.unit_text, re.I):
        return "additional"  # (added to a takedown told before: "an additional 21 accounts that tried to come back")
    if RETURNING.search(related):
        # "1,103 accounts associated with previously disrupted networks attempting to re-establish their presence":
        # accounts of networks removed before, which came back; not a network of their own, nor this period's
        return "returning"
    if re.search(r"\bamplif\w*", item.unit_text, re.I):
        return "amplifier"
    if re.search(r"\barchive\b", related, re.I) and re.search(r"\bdisclos\w*|\barchive\s+(?:holds|contains|includes)\b",
                                                              related, re.I):
        return "disclosed"
    if re.search(r"\barchive\s+(?:holds|contains|includes)\b", before[-200:], re.I):
        return "disclosed"  # ("The archive holds data from 2,906 accounts … and from 612 accounts…": both)
    return None


def _running_totals(scopes: list[str | None], text: str, assets: list[CountedUnit],
                    actions: list[tuple[str, int]]) -> list[str | None]:
    """A running total's cue covers every figure of its list: "Since 2017, Meta has removed 34 networks from Russia
    and 29 from Iran" counts the 29 since 2017 too, though its own words do not say so; and an addition's covers the
    figures after it ("an additional 17 accounts and 2 Pages").  A list ends where another
    removal, a clause or a comparison begins ("removed 50 accounts this week, bringing its total to 200…")."""
    scopes = list(scopes)
    for _ in range(2):  # twice: a cue at either end of a list of three reaches its far end
        for index in range(1, len(assets)):
            gap_from, gap_to = assets[index - 1].end, assets[index].count.start
            pair = {scopes[index - 1], scopes[index]}
            # (a verb right after a figure's unit describes it: "39 operations disrupted since 2017, …")
            if pair == {"cumulative", None} and not LIST_BREAK.search(text, gap_from, gap_to) and not any(
                    gap_from + 1 < at < gap_to for _, at in actions) and not any(
                    scopes[i] is None and OWN_PERIOD.match(text, assets[i].end) for i in (index - 1, index)):
                scopes[index - 1] = scopes[index] = "cumulative"
    for index in range(1, len(assets)):  # "an additional 17 Facebook accounts and 2 Pages": both are additions
        if scopes[index - 1] == "additional" and scopes[index] in (None, "returning") and not LIST_BREAK.search(
                text, assets[index - 1].end, assets[index].count.start) and not any(
                assets[index - 1].end + 1 < at < assets[index].count.start for _, at in actions):
            scopes[index] = "additional"
    for index in range(len(assets) - 1, 0, -1):  # "removed 412 Pages and 187 accounts, … for breaking its rules on
        # spam": the list's last figure carries the words after it, which are every figure's
        # (only a plain list's: not "412 Pages linked to Iran and 187 accounts for spam")
        if scopes[index] == "spam" and scopes[index - 1] is None and PLAIN_LIST_GAP.fullmatch(
                text, assets[index - 1].end, assets[index].count.start):
            scopes[index - 1] = "spam"
    return scopes


def _reach(document: Document, sentence: Sentence, actors: list[str], story: _Story) -> list[Reach]:
    """Reach figures of a sentence, tied to the takedown the story is reporting: its platform, countries,
    network and date, unless the sentence names its own."""
    figures = reach_in(sentence.text)
    if figures and CORRECTING.search(sentence.text) and (fixed := CORRECTED_TO.search(sentence.text)):
        # "It also stated that the network spent $214,000 on ads; the correct figure is $412,000": the right one only
        figures = [f for f in figures if f.start > fixed.start()]
    if not figures:
        return []
    text = sentence.text
    earlier = story.antecedent()
    origins = list(cached_roles(text)[0]) or ([story.section] if story.section else []) or (
        earlier.origins if earlier else [])
    # "the Instagram accounts had 265,000 followers": Meta's, whatever platform the story was last about
    named = [PLATFORM_PARENT.get(name, name) for name, _, _ in platforms_in(text)]
    platform = named[0] if named and not set(named) & set(actors) else (
        actors or [story.platform or (earlier.platform if earlier else None)])[0]
    # the takedown's date: a date in the sentence itself is usually when the network was active
    date = earlier.announced if earlier and earlier.announced else (story.date[0] if story.date else
                                                                    document.published)
    # (under a network's own heading, '## 3. Iran: "Caspian Well"', that network's, whatever the section named before)
    networks = network_names(text) or ([story.section_name] if story.section and story.section_name else []) or \
        story.networks or (earlier.networks if earlier else [])
    networks = _of_origins(networks, origins)
    # (an estimate of a network's size is the document's own, not of the takedown it follows)
    return [Reach(document.path, sentence.position, document.quote(sentence.start, sentence.end, f.text), platform,
                  f.measure, f.amount, f.qualifier, f.text, f.currency, origins, networks,
                  document.published if f.measure == "estimated size" else date) for f in figures]


def _of_origins(networks: list[str], origins: list[str], named: dict[str, str] | None = None) -> list[str]:
    """The named networks a figure from these countries can be: "770 accounts from Iran" in a sentence that also
    names the IRA are not the IRA's, nor "more than 8 million tweets" of a Venezuelan set; nor is the Ethiopian
    item's "this network" the Russian one the item before named (`named`: where the document's own names came
    from)."""
    named = named or {}
    return [n for n in networks
            if not (origins and NETWORK_ORIGINS.get(n, named.get(n, origins[0])) not in origins)]


def _placed_reach(reach: list[Reach], facts: list[Fact]) -> list[Reach]:
    """Reach figures placed nowhere when they were read ("the banned accounts had posted roughly six hundred times",
    of Bolívar Relay): where the document's figures of that network came from, in the end; or, of no named network,
    where all of the document's own takedowns came from."""
    placed: dict[str, set[tuple[str, ...]]] = {}
    for fact in facts:
        for name in fact.networks if fact.origins and fact.count_text else ():
            placed.setdefault(name, set()).add(tuple(fact.origins))
    # (and a figure of no named network, where all the document's own takedowns come from one place)
    placed[""] = {tuple(f.origins) for f in facts if f.count_text and not f.reference and f.origins}
    reach = [_of_the_takedown_before(item, facts) for item in reach]
    # (a figure placed where none of its named network's figures are, but where another network's are, is of that
    # network: "**Advertising:** About US$6,200…" under "## 2. Russia and Moldova", after "Lautsprecher" was named
    # under "## 1. Russia")
    by_place = {tuple(f.origins): f.networks for f in facts if f.count_text and f.origins and not f.reference}
    reach = [replace(item, networks=list(by_place[tuple(item.origins)]))
             if len(item.networks) == 1 and item.origins and tuple(item.origins) in by_place
             and tuple(item.origins) not in placed.get(item.networks[0], {tuple(item.origins)}) else item
             for item in reach]
    reach = [replace(item, origins=list(next(iter(where)))) if not item.origins and len(item.networks) <= 1
             and len(where := placed.get(item.networks[0] if item.networks else "", set())) == 1 else item
             for item in reach]
    return _placed_by_the_firm_named(reach, facts)


def _placed_by_the_firm_named(reach: list[Reach], facts: list[Fact]) -> list[Reach]:
    """A reach figure whose sentence names the firm a takedown was tied to, by its name's first word ("…studied the
    Brightpath pages…", of the network run by "a Noida-based marketing firm, Brightpath Digital"): where that firm's
    network came from, whatever network the story told of last."""
    by_firm: dict[str, set[tuple[str, ...]]] = {}
    for fact in facts:
        if fact.count_text and fact.origins and not fact.reference:
            for entity in fact.linked_to:
                for name in CAPITALISED_NAME.findall(entity):
                    first = name.split()[0]
                    if first not in NOT_A_FIRM_WORD and not countries_in(first) and not platforms_in(first):
                        by_firm.setdefault(first, set()).add(tuple(fact.origins))
    if not by_firm:
        return reach
    placed = []
    for item in reach:
        named = [places for first, places in by_firm.items() if re.search(rf"\b{re.escape(first)}\b", item.quote)]
        if len(named) == 1 and len(named[0]) == 1 and tuple(item.origins) not in named[0]:
            item = replace(item, origins=list(next(iter(named[0]))))
        placed.append(item)
    return placed


CAPITALISED_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+")  # "Saffron Reach Media": two words or more
NOT_A_FIRM_WORD = frozenset({"The", "A", "An", "Its", "Their"})


def _of_the_takedown_before(item: Reach, facts: list[Fact]) -> Reach:
    """A reach figure told just after a takedown of its platform, not in a sentence naming a network, is that
    takedown's network's, as the document names it in the end: "LinkedIn removed more than 1,200 fake profiles linked
    to a Calgary firm…. LinkedIn later reinstated 212 of the profiles" is of no network a paragraph before named."""
    before = max((f for f in facts if f.count_text and 0 <= item.sentence - f.sentence <= 2
                  and PLATFORM_PARENT.get(f.platform, f.platform) == PLATFORM_PARENT.get(item.platform, item.platform)),
                 key=lambda f: f.sentence, default=None)
    # (one of no name is told of no network only where it is told as tied to someone: else its name may just be
    # untold in its own sentence)
    if before is None or before.networks == item.networks or network_names(item.quote) or not (
            before.networks or before.linked_to):
        return item
    return replace(item, networks=list(before.networks))


# "…the 1.2 million figure was the number of tweets they had posted": a figure told as one measure, put right as another
RELABELLED = re.compile(r"\bthe\s+(?P<figure>\d[\d.,]*(?:\s+(?:million|billion|thousand))?)\s+(?:figure|number)\s+"
                        r"(?:was|is|referred\s+to|counted|described)\b", re.I)


def _without_relabelled(reach: list[Reach], sentences: list[Sentence]) -> list[Reach]:
    """The reach figures a later correction says measured something else: gone (the right measure is told with it)."""
    if not reach:
        return reach
    relabelled = {(m["figure"].lower(), s.position) for s in sentences if "figure" in s.text or "number" in s.text
                  for m in RELABELLED.finditer(s.text)}
    return [r for r in reach if not any(
        re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d.,]*\d)", r.amount_text.lower()) and r.sentence < position
        for figure, position in relabelled)]


def _unique_reach(reach: list[Reach]) -> list[Reach]:
    """A figure repeated in one document (lead and body) is kept once."""
    seen: set[tuple] = set()
    kept = []
    for item in reach:
        key = (item.platform, item.measure, item.amount, tuple(item.origins))
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def _describes_only(sentence: Sentence) -> bool:
    """Whether a sentence only describes what was just counted ("The network…", "It originated in China"), with
    no figure of its own."""
    # "It originated in China": "it" may be the platform too, so only where it reports no removal of its own
    it_describes = IT_START.match(sentence.text) is not None and action_in(sentence.text) is None
    # ("Four of them likely originated in China": where a part came from, not the whole; nor "The network's
    # habit… mirrors the accounts that Twitter removed in 2019, which posed as American outlets": another's)
    # (nor "The single largest network of the year was…, called Marble Chorus", after a total across networks:
    # one of them)
    # (nor "Meta also described a third network from Ecuador…", after the second's figures: the next network)
    return not sentence.headline and bool(ANAPHOR.search(sentence.text[:80]) or it_describes) and not (
        counted_units(sentence.text) or COUNTED_SHARE.match(sentence.text) or REMOVED_IN_A_YEAR.search(sentence.text)
        or ONE_OF_THEM.match(sentence.text) or NEXT_NETWORK.search(sentence.text))


# "the 312 accounts it suspended in August": a figure's own clause, its verb and then a date
ITS_OWN_REMOVAL = re.compile(r"\s+(?:that\s+|which\s+)?(?:it|they|we|the\s+(?:company|platform))\s+(?:had\s+|has\s+)?"
                             r"(?:\w+ly\s+)?" + REMOVAL_STEM + r"\s+(?:\w+\s+){0,3}?$", re.I)


def _dated_for_another(text: str, item: CountedUnit, assets: list[CountedUnit], document: Document) -> bool:
    """Every date the sentence gives stands in a later figure's own clause ("…separate from the 312 accounts it
    suspended in August"): that figure's date, not `item`'s."""
    mentions = dates_in(text, document.published)
    later = [other for other in assets if other.count.start > item.end]
    return bool(mentions) and bool(later) and all(any(
        other.end <= mention.start and ITS_OWN_REMOVAL.match(text[other.end:mention.start])
        for other in later) for mention in mentions)


# a report's field of its own, between a network's figure and the assessment that places it: "Followers of network:
# 96,210.", "Detection source: Internal."
REPORT_FIELD = re.compile(r"^\W*(?:Followers|Detection|Source|Views|Subscribers)\b[\w ]{0,30}:\s*[^.:]{1,40}\.?\s*$")


def _context(following: list[Sentence], assets: list[CountedUnit], body: str) -> Sentence | None:
    """The next sentence, when it only describes the accounts just counted ("Some of these…") and says where
    they came from or whom they targeted; or the one after, when the next only describes them ("The network
    was small. It originated in China…")."""
    named = None  # a sentence that only names the network ("…part of a campaign known as Golden Lantern"): the one
    # (the one after may still say who ran it, and the quote then runs through both)
    for index, nxt in enumerate(following[:2]):
        if nxt.text.rstrip().endswith("?") and not DIGIT.search(nxt.text):
            continue  # "Who was behind it?": an explainer's question, answered by the sentence after it
        if not index and REPORT_FIELD.match(nxt.text) and len(following) > 1 and \
                "\n\n" not in body[nxt.end:following[1].start]:
            continue  # ("Accounts in network: 431. Followers of network: 96,210. We assess that this network…", in
            # one paragraph)
        if not index and len(following) > 1 and THE_ASSETS_OPEN.match(following[1].text) and SAME_DAY_TOO.search(
                nxt.text) and counted_units(nxt.text) and cached_roles(nxt.text)[:2] == ((), ()):
            continue  # ("TikTok removed 88 accounts on the same day. The accounts were run from Brazil…": both)
        if not _describes_only(nxt):
            return named
        if cached_roles(nxt.text)[:2] != ((), ()) or linked_entities(nxt.text):
            # ("These profiles … targeted engineers in Israel. The activity originated in Iran.": whom it targeted,
            # then where it came from; the caller reads both)
            if not index and not cached_roles(nxt.text)[0] and not linked_entities(nxt.text) and len(following) > 1 \
                    and _describes_only(following[1]) and cached_roles(following[1].text)[0]:
                return following[1]
            return nxt
        if named is None and network_names(nxt.text):
            named = nxt
    return named



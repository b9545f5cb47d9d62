"""Where a network came from, whom it targeted, and who it was tied to, as one sentence says.

Pure functions over a sentence: a country is an origin only where the text attributes it ("originated
in", "tied to", "Iranian accounts"), a target after "targeting" and its kin, and neither when it is
named in passing; linked entities and network names come from the phrases news copy uses for them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.dates import MONTH_WORD
from bot.mentions import (
    countries_in,
    phrase_table,
    platforms_in,
    regions_in,
    scan_phrases,
    whole_names,
    without_countries,
)
from bot.units import PLATFORM_ALIASES, UNIT_MODIFIERS, UNIT_RE
from bot.vocabulary import CAPITALS, CITIES, MONTHS, REGIONS, WEEKDAYS, country_aliases, network_aliases

COUNTRY_ALIASES = country_aliases()
# names of places, not adjectives: "in Iran" and "in Nairobi" place a network, "in Spanish" does not
# (and the longer names: "actors in the People's Republic of China", "in the Russian Federation")
COUNTRY_NAMES = set(COUNTRY_ALIASES.values()) | {a for a in COUNTRY_ALIASES if a.isupper() or "." in a} | CITIES | {
    a for a in COUNTRY_ALIASES if " " in a and not a.endswith(("an", "ans", "ese", "ish"))}


ORIGIN_CUE = re.compile(
    r"(?:\b(?:originat\w*|located|based|operat\w*|run|directed|coming|came|emanat\w*|stemm\w*)"
    r"\s+(?:\w+ly\s+)?(?:in|from(?:\s+within|\s+inside)?|out of)(?:\s+the\s+territory\s+of)?"  # "run mainly from"
    r"|\b(?:tied|linked|connected|attributed|traced)\s+(?:back\s+)?to|\bconnected\s+with|\bties\s+(?:to|with)"
    # ("linked to a media unit of Sudan's armed forces": a part of the state's)
    r"|\b(?:tied|linked|connected|attributed|traced)\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+){1,3}?of"
    r"|\blinks\s+to"
    r"|\b(?:operated|run|controlled|managed|orchestrated|directed|organi[sz]ed|funded|financed|sponsored)\s+by"
    # ("run by two marketing companies, New Waves in Egypt…": the firms named, then where they are)
    r"|\b(?:operated|run|controlled|managed)\s+by\s+(?:two|three|several)\s+(?:[\w-]+\s+)?(?:companies|firms|"
    r"agencies),\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}\s+in"
    r"|\b(?:managed|controlled|coordinated)\s+from(?:\s+the\s+territory\s+of)?"
    r"|\bassociated\s+with|\bbacked\s+by|\bon\s+behalf\s+of|\bfrom"
    # "engaged in coordinated inauthentic behavior in India": the platforms' own phrase for where a network was
    r"|\b(?:(?:coordinated\s+)?inauthentic\s+behaviou?r|CIB)\s+(?P<behaviour>in)"
    # a bare "in" places only who or what was removed: "accounts in Iran", not "Moscow's actions in Ukraine"
    r"|\b(?:accounts?|pages?|groups?|channels?|profiles?|users?|bots?|trolls?|networks?|operations?|campaigns?|"
    r"individuals|people|operators|actors|firms?|compan(?:y|ies)|assets|wing|party|agency|unit|ministry|"
    r"military|army|organi[sz]ations?|outlets?|media|contractors?|marketers?|consultanc(?:y|ies)|consultants?|"
    r"agencies|employees|staff|farms?)[\"”']?\s+(?:\w+\s+){0,2}?"
    r"(?P<placed>in|within))"
    r"\s+(?:the\s+)?(?:government\s+of\s+(?:the\s+)?|individuals\s+in\s+|people\s+in\s+"
    r"|(?:(?:Islamic|Democratic|Federal|People['’]s)\s+)?Republic\s+of\s+(?:the\s+)?|Kingdom\s+of\s+|State\s+of\s+)?"
    # "operated from the Puno region of southern Peru": a part of the country, named
    r"(?:(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:region|province|state|department|district|governorate|oblast)\s+"
    r"of\s+)?"
    r"(?:mainland\s+|central\s+|(?:north|south)?-?(?:north|south|east|west)(?:ern)?\s+)?"  # "…from mainland China"
    # "run from Lagos, Nigeria": the city, then the country (not a region: "in the Middle East, Spain and…")
    rf"(?:(?!(?:{'|'.join(re.escape(region) for region in REGIONS)})\b)(?-i:[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)?),\s+)?$",
    re.I,
)
RUN_BY_PEOPLE = re.compile(r"\b(?:run|operated|managed|created|controlled|staffed)\s+by\s+(?:\w+\s+){0,2}?"
                           r"(?:people|individuals|users|operators)\s+in\s+$"
                           # ("Meta linked them to people in Russia", "tied the accounts to people in Belarus")
                           r"|\b(?:linked|tied|traced|connected|attributed)\s+(?:[\w-]+\s+){0,3}?to\s+(?:\w+\s+){0,2}?"
                           r"(?:people|individuals|users|operators)\s+in\s+$"
                           # ("the operation had links to people in Russia", "ties to individuals in Iran")
                           r"|\b(?:links|ties|connections)\s+to\s+(?:\w+\s+){0,2}?"
                           r"(?:people|individuals|users|operators)\s+in\s+$", re.I)  # where it was run from
EMPHASIZED_LABEL = re.compile(r"^\W{0,3}\*{1,2}(?P<label>[^*]{1,60}?)[.:]?\*{1,2}[.:]?\s")
HEDGE = re.compile(r"\b(?:(?:may|might|could)\s+have(?:\s+been)?|possibly|potentially|likely|probably|apparently|"
                   r"reportedly|allegedly|(?:appear(?:s|ed)?|seem(?:s|ed)?|believed|thought|suspected)\s+to"
                   r"(?:\s+have(?:\s+been)?)?)\s+$", re.I)
# "Twitter attributed 23,750 accounts, described as a core network, to the People's Republic of China": the
# figure sits between the verb and "to", farther back than `ORIGIN_CUE` looks
RESEARCHERS_BASED = re.compile(r"-based\s+(?:[A-Z][\w'’-]*\s+){0,4}?(?:(?-i:[A-Z][\w-]*\s+)?(?:Lab|Labs|Laboratory|"
                               r"Institute|Center|Centre|Observatory|Initiative|Collective|Forum|Project|University)|"
                               r"(?:fact-checkers?|fact-checking|research|watchdog|nonprofit|think\s+tank|"
                               r"advocacy|rights|monitoring|civil\s+society|open-source"
                               # ("…provided to us by Halyard Threat Labs, a US-based cybersecurity company")
                               r"|(?:cyber)?security|threat[\s-]intelligence)\b)", re.I)
# "after a tip from the Andes Signal Group, a team of researchers based in Lima": where the researchers work
# (not "run by the Institute for Eurasian Media Studies, a nonprofit based in Moscow": who ran it, and where)
RESEARCHERS_BASED_IN = re.compile(r"\b(?:researchers|analysts|fact-checkers|journalists|reporters|academics|scholars),?"
                                  r"\s+(?:(?:who\s+are)\s+)?(?:based|located)\s+in\s+(?:the\s+)?$"
                                  # ("Adevar Digital, a fact-checking group in Chisinau")
                                  r"|\b(?:fact-checking|research|investigative|monitoring|watchdog|open-source|"
                                  r"civil\s+society)\s+(?:group|organi[sz]ation|outlet|team|lab|nonprofit|collective|"
                                  r"project|unit|cent(?:er|re)|institute)\s+(?:(?:based|located)\s+)?in\s+(?:the\s+)?$"
                                  # ("alerted by researchers at the Observatorio Andino Digital, a group based in
                                  # Buenos Aires")
                                  r"|\b(?:researchers|analysts|fact-checkers|journalists|reporters|academics)\s+(?:at|from|"
                                  r"with)\s+(?:the\s+)?[A-Z][^,;]{1,60},\s+an?\s+(?:[\w-]+\s+){0,2}?(?:group|"
                                  r"organi[sz]ation|outlet|team|lab|nonprofit|collective|project|unit|cent(?:er|re)|"
                                  r"institute|observatory)\s+(?:based|located)\s+in\s+(?:the\s+)?$")
# "after a report from Moldovan fact-checkers": the people a demonym describes, who watched the network, not ran it
WATCHERS_AFTER = re.compile(r"\s+(?:independent\s+|local\s+|investigative\s+)?(?:fact-check(?:ers?|ing)|journalists?|"
                            r"reporters?|researchers?|analysts?|academics?|scholars?|investigators?|lawmakers?|regulators?|"
                            r"watchdogs?|research\s+(?:groups?|teams?|labs?|organi[sz]ations?|institutes?|cent(?:er|re)s?))"
                            r"\b", re.I)
MISSTATED = re.compile(r"\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:stated|said|reported|described|gave|"
                       r"identified|attributed)\b[^.;]*$|\bmis(?:stated|reported|identified)\b[^.;]*$", re.I)
TIP_FROM_BEFORE = re.compile(r"\b(?:referrals?|tips?|notifications?|requests?|complaints?|warnings?|alerts?|"
                             r"information|intelligence|leads?)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+|an?\s+)?$", re.I)


def watched_or_tipped(sentence: str, start: int, end: int) -> bool:
    """The country named at `start:end` describes who watched the network or tipped the platform off ("a tip
    from a Kenyan research group", "Moldovan fact-checkers"), not the network."""
    return bool(WATCHERS_AFTER.match(sentence, end) or TIP_FROM_BEFORE.search(sentence, max(0, start - 60), start)
                or RESEARCHERS_BASED_IN.search(sentence, max(0, start - 120), start))
QUOTES_ATTRIBUTED = re.compile(r"\b(?:quotes?|statements?|remarks|comments|words|claims|posts)\s+(?:falsely\s+)?"
                               r"attributed\s+to\s+(?:the\s+)?[^.;:,]{0,30}$", re.I)
ATTRIBUTED_TO = re.compile(r"\battribut(?:ed|es|ing)\s+[^.;:]{1,120}?\s+to\s+(?:the\s+)?(?:government\s+of\s+)?$"
                           # "…and Google linked the channels to Russia"
                           r"|\b(?:linked|tied|traced)\s+(?:the|these|those|them|it|its)\b[^.;:]{0,40}?\s+to\s+(?:the\s+)?$",
                           re.I)
ORIGIN_SUFFIX = re.compile(r"^(?:-|\s)(?:linked|based|backed|sponsored|affiliated|run|origin|tied|connected|led)\b"
                           # "an Iranian covert influence operation": the modifiers, then the network noun
                           r"|^\s+(?:(?:covert|coordinated|inauthentic|state-\w+|online|deceptive|influence|"
                           r"information|disinformation|propaganda|spam|troll|bot|[a-z]+-[a-z]+)\s+){1,3}(?:network|operation|"
                           r"campaign)s?\b"
                           r"|^(?:'s)?\s+(?:(?:political|digital|private|commercial|local)\s+)?"
                           r"(?:government|state|military|regime|authorities|army|intelligence|propaganda|"
                           r"influence|disinformation|troll|broadcaster|news\s+agency|agency|firm|company|marketing|"
                           r"consultancy|consultants|"
                           r"public\s+relations|PR|political\s+party|party|police|ministry|embassy|operatives|"
                           r"nationals|businessm[ae]n|individuals|actors|operators|officials|entities|set|cluster|"
                           r"(?:hacking|hacker|threat|cyber|criminal)\s+groups?|"
                           r"network|networks|operation|operations|campaign|campaigns)\b"
                           # "leaked British government documents": what was leaked, not who was behind it
                           r"(?!\s+(?:documents?|files?|e-?mails?|papers?|records?|cables?|secrets?|data)\b)", re.I)
# "the Swiss embassy in Beijing said…": who spoke, not where a network came from
SPEAKER_AFTER = re.compile(r"^(?:'s)?(?:\s+[\w-]+){1,6}?\s+(?:said|says|say|told|denied|denies|confirmed|stated|"
                           r"declined|refused|responded|replied)\b"
                           # "sources the US government has previously identified as Russian military intelligence":
                           # a state that named a network, not one that ran it ("an Iranian operation identified as…"
                           # and "…indicted by a court" are not it)
                           r"|^(?:'s)?\s+(?:government|officials|authorities|prosecutors|Treasury|State\s+Department|"
                           r"Justice\s+Department)(?:\s+[\w-]+){0,2}?\s+(?:identified|identifies|named|names|accused|"
                           r"accuses|blamed|blames|sanctioned|indicted|charged|designated|alleged|alleges)\b(?!\s+by\b)",
                           re.I)
# "critics of the Chinese government", "promoting the Azerbaijani government's position": whom a network
# attacked or praised, not where it came from
STANCE_BEFORE = re.compile(r"\b(?:critics?|criticiz\w*|criticis\w*|critical|against|opponents?|opposition|"
                           r"promot(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|support(?:s|ed|ing)?|push(?:es|ed|ing)?|"
                           r"amplif(?:y|ies|ied|ying)|boost(?:s|ed|ing)?|defend(?:s|ed|ing)?|favou?r(?:s|ed|ing)?|"
                           # ("critical of France's policy in New Caledonia and of the French government")
                           r"backing"
                           # ("alleged corruption among Polish and Lithuanian officials": what it posted about)
                           r"|(?:corruption|scandals?|wrongdoing|misconduct)\s+(?:among|by|of)(?:\s+[A-Z][\w-]*\s+and)?"
                           r")\s+(?:of\s+[^.;]{1,60}?\s+and\s+)?(?:of\s+)?(?:the\s+)?$", re.I)
# where access was cut off, not where a network came from: "restricted access in the Republic of Moldova to 186
# channels", "blocked the accounts inside Georgia", "made them unavailable to users in Georgia"
WITHHELD_IN_BEFORE = re.compile(r"\b(?:restrict(?:s|ed|ing)?\s+access|geo-?block(?:s|ed|ing)?|withh(?:e|o)ld(?:s|ing)?|"
                                r"unavailable|blocked|blocking)\b(?:(?!\b(?:based|located|operat\w*|run|originat\w*|"
                                r"registered|from|accounts|profiles|users)\b)[^.;:]){0,80}?\b(?:in|inside|within|"
                                r"to\s+users\s+in)\s+"
                                r"(?:the\s+)?(?:Republic\s+of\s+)?$", re.I)
POPULAR_WITH_BEFORE = re.compile(r"\b(?:popular|widely\s+used|common)\s+(?:with|among)\s+(?:(?:the|many)\s+)?$", re.I)
# "videos that … accused the Ethiopian government of…, and claimed that Chadian officials…": whom the content blamed
CONTENT_BLAMED_BEFORE = re.compile(r"\b(?:posts?|videos?|content|channels?|articles?|messages?)\b[^.;]{0,160}?\b(?:"
                                   r"accus(?:e|es|ed|ing)|claim(?:s|ed|ing)?\s+that|attack(?:s|ed|ing)?|"
                                   r"denounc(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\s+(?:the\s+)?$", re.I)
SUPPORTIVE_BEFORE = re.compile(r"\b(?:(?:supportive|in\s+support|praising|flattering|favou?rable|sympathetic)\s+"
                               r"(?:of|to)\s+(?:the\s+)?|(?:attacking|criticising|criticizing|denouncing|"
                               r"praising)\s+)[^.;:]*$", re.I)  # ("…and attacking France": its topic, not its audience)
# a size without a figure, after a country's label: "**Palestine** - dozens of accounts…"
VAGUE_SIZE = r"(?i:dozens|scores|hundreds|thousands|several|a\s+few|a\s+handful|about|nearly|more\s+than|over|some)\b"
# a word (or stem) of which each of `TARGET_CUE`'s phrases holds one: the test before it
TARGET_WORDS = ("target", "aim", "focus", "concentrat", "direct", "audience", "against", "election", "vote", "poll",
                "referendum", "protest", "demonstrat", "debate", "argument", "discussion", "conversation", "discourse",
                "tension", "division", "unrest", "opinion", "meddl", "interfer", "phish", "sway", "influenc", "reader",
                "viewer", "listener", "user", "citizen", "communit", "diaspora", "approach")
TARGET_CUE = re.compile(r"\b(?:target\w*|aimed\s+(?:\w+ly\s+)?at|focus(?:ed|ing)?\s+(?:\w+ly\s+)?on"
                        r"|concentrat\w*\s+(?:\w+ly\s+)?on|directed\s+(?:\w+ly\s+)?at"
                        r"|(?:audiences?|readers|viewers|listeners)\s+in"
                        # "posted in English for Nigerian readers": whom it wrote for, by their country's adjective
                        r"|for\s+(?=(?-i:[A-Z][a-z]+(?:n|i|ese|sh|ch|ek|ai|ab)\s+){1,2}(?:readers|audiences?|voters|users|"
                        r"viewers|listeners|"
                        r"citizens|communities|diaspora)\b)"
                        r"|against\s+(?:\w+\s+){0,2}?(?:protesters|demonstrators|activists|critics|opposition|"
                        r"dissidents|journalists|people|voters|citizens|users|the\s+government)"
                        # ("ahead of the vote in Georgia": the country voting)
                        r"|(?:elections?|votes?|polls|voters|referendum|protests?|protesters|demonstrators|"
                        r"protest\s+movement)\s+in"
                        # "sought to inflame online arguments in Kenya": the public it worked on
                        r"|(?:debates?|arguments|discussions?|conversations?|discourse|tensions|divisions|unrest|"
                        r"public\s+opinion)\s+in"
                        r"|meddl\w*\s+in|interfer\w*\s+in|phish\w*"
                        # ("posed as recruiters to approach engineers, officials and contractors in Lithuania")
                        r"|(?:approached|approaching|to\s+approach)\s+(?!in\b)(?:[\w-]+,?\s+){1,6}?in"
                        r"|sway\w*|influenc\w*\s+(?:the\s+)?(?:voters|elections?|public\s+opinion|opinion))\b", re.I)
# a network aimed at its own country's people ("targeting domestic audiences", "a domestic network of 69 accounts",
# "against its own citizens"); not "the domestic politics of eight African countries", which were someone else's
DOMESTIC = re.compile(r"\bdomestic\s+(?:audiences?|networks?|campaigns?|operations?|influence\s+(?:operations?|"
                      r"campaigns?)|users|public|population)\b"
                      r"|\b(?:its|their)\s+own\s+(?:citizens|people|population|public|country|countrymen)\b", re.I)
# "the St. Petersburg-based IRA", "the US-based PR firm CLS Strategies", "the Russia-based network"
HYPHENED_NAME = re.compile(r"-(?:based|linked|backed|run|affiliated|sponsored)(?:(?:\s+[\w&'-]+){0,2}"
                           r"\s+[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*|\s+(?:[a-z]+\s+)?(?:network|operation|campaign|"
                           r"group|firm|company|agency|outlet)s?\b)")
# after "targeted", a network rather than people: a quoted name, or a name set off as one ("Saffron Gate, a network…")
TARGETED_A_NETWORK = re.compile(r"\s+[\"“'][^\"”']{2,60}[\"”']"
                                r"|\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*,\s+an?\s+(?:[\w-]+\s+){0,3}?(?:network|operation|"
                                r"campaign)\b")
AIMED_SUFFIX = re.compile(r"-(?:focused|targeted|targeting|oriented|facing)\b", re.I)
# (and "…with comments about the war in Gaza": the topic, whatever event in the place it is)
TOPIC_BEFORE = re.compile(r"\b(?:about|regarding|concerning)\s+(?:the\s+)?(?:(?:war|conflict|fighting|crisis|situation|"
                          r"protests?|elections?)\s+in\s+(?:the\s+)?)?$", re.I)
# "reposted speeches from Iraqi politicians", "clips lifted from Iranian state television": whose words it posted
CONTENT_FROM_BEFORE = re.compile(r"\b(?:speech(?:es)?|quot(?:es?|ations?)|content|clips?|footage|articles?|material|"
                                 r"posts|videos?|statements?|remarks|comments|stories|headlines?|images?|photos?|"
                                 r"memes?|excerpts?)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?$", re.I)
STANCE_PREFIX = re.compile(r"\b(?:anti|pro)-$", re.I)
# "tied to Russian state actors", "tied to the Ecuadorian PR firm Estraterra": the words a people's adjective
# describes, to the end of their phrase
DESCRIBED = re.compile(r"(?:\s+(?!(?:that|which|who|whom|and|or|but|in|on|at|to|for|with|from|by|during|since|as|"
                       r"were|was|is|are|had|has|have|according|said|says|after|before|while|of(?!\s+(?:the\s+)?"
                       r"[A-Z]))\b)[\w&'’-]+){1,6}")
ELECTION_AFTER = re.compile(r"\s+(?:vote|votes|go\s+to\s+the\s+polls)\b|"  # ("before South Africans vote")
                            # ("conversations about the U.S. presidential election"; not "Russian election
                            # interference", someone's meddling in others' votes)
                            r"\s+(?:(?:general|presidential|parliamentary|legislative|midterm|municipal|local|\d{4})\s+)"
                            r"{0,2}(?:elections?|referendum|run-?offs?|midterms)\b(?![\s-]+(?:interference|meddling|"
                            r"hack\w*|influence))|"
                            r"['’]s\s+(?:(?:general|presidential|parliamentary|national|local|regional|upcoming|coming|"
                            r"municipal|mayoral|gubernatorial|governor|legislative|midterm|single|snap|early|\d{4}|"
                            # ("Indonesia's Feb. 14 election", "Russia's September voting day": when it votes)
                            rf"{MONTH_WORD}\.?(?:\s+\d{{1,2}})?)\s+){{0,3}}"
                            r"(?:elections?|vote|voters|referendum|polls|run-?offs?|ballot|races?|midterms|"
                            r"(?:voting|polling|election)\s+days?)\b", re.I)
# "…a report issued less than a month before the US presidential election": when something was told; "…tries to
# convince lawmakers it can protect the 2018 U.S. midterm elections": what the platform guards; neither whom a
# network worked on
NOT_AIMED_AT_THE_EVENT = re.compile(r"\b(?:(?:days?|weeks?|months?|hours?)\s+(?:before|ahead\s+of|after)|protect\w*|"
                                    r"secur(?:e|es|ed|ing)|safeguard\w*|defend\w*)\s+the\s+(?:\d{4}\s+)?$", re.I)
# "China accounted for 2,160 of the removed accounts": a country's share of the accounts, told with it as subject
COUNTRY_ACCOUNTED_FOR = re.compile(r"\s+(?:alone\s+)?(?:accounted\s+for|made\s+up)\s+(?=(?:about|nearly|more\s+than|"
                                   r"over|roughly|some)?\s*\d)", re.I)
# "the Hong Kong protests", "the protests in Hong Kong": where people protested, whom a network worked on
PROTESTS_AFTER = re.compile(r"(?:['’]s)?\s+(?:pro-democracy\s+|anti-government\s+)?(?:protests?|protesters|protest\s+"
                            r"movement|demonstrat(?:ions|ors))\b", re.I)
PROTESTS_IN_BEFORE = re.compile(r"\b(?:protests?|protesters|demonstrat(?:ions|ors)|unrest)\s+in\s+(?:the\s+)?$", re.I)
# "the most prolific sources were Russia with 34 networks, Iran with 29…", "Russia was still the leading source,
# with 39 operations…, followed by Iran with 31": a ranking of where networks came from, each country with its figure
SOURCE_WITH_AFTER = re.compile(r"\s+(?:(?:was|is|remained|remains)\s+(?:still\s+|again\s+)?(?:the\s+)?(?:leading|top|"
                               r"largest|biggest|main|primary|most\s+(?:prolific|frequent|common|active))\s+"
                               r"(?:single\s+|geographic\s+|country\s+of\s+)?(?:source|origin)\b"
                               r"[^.;]{0,60}?,?\s+)?with\s+(?:(?:about|nearly|some|more\s+than|over|at\s+least)\s+)?"
                               # ("…with six networks, followed by Iran with four")
                               r"(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty)\b)",
                               re.I)
SOURCE_WITH_BEFORE = re.compile(r"(?:^|[,;:]|\band|\b(?:were|was|are|is|followed\s+by|led\s+by|including|said|says))"
                                r"\s*(?:the\s+)?$", re.I)
# "found no overlap between that campaign and the Chinese spam network": what follows is another network, said to
# be unrelated; its countries are not this one's
NO_LINK = re.compile(r"\b(?:no|any)\s+(?:\w+\s+){0,2}?(?:overlap|links?|connections?|ties)\s+(?:between|to|with)\b|"
                     r"\b(?:unrelated|unconnected)\s+to\b|\b(?:separate|distinct)\s+from\b", re.I)
LANGUAGE_BEFORE = re.compile(r"\b(?:post(?:s|ed|ing)?|wr(?:ote|itten|iting)|publish(?:ed|ing)?|content|messages?|"
                             r"tweet(?:s|ed|ing)?|videos?|spoke|speaking)\s+(?:\w+\s+){0,2}?in\s+"
                             r"(?:[A-Z]\w+(?:,\s+|\s+and\s+|\s+or\s+))*$")
LANGUAGE_AFTER = re.compile(r"(?:-|\s)(?:speaking|speakers?|language)\b|-\s+(?:and|or)\s+\w+-speaking\b", re.I)
DOMESTIC_CAMPAIGN_BEFORE = re.compile(r"\bdomestic\s+(?:\w+\s+){0,2}?(?:networks?|campaigns?|operations?)\s+$", re.I)
# where reported speech ends: a closing quote, or ", the company said"
SPEECH_TAIL = re.compile(
    r"[\"”]|,\s+(?:[\w.'’-]+\s+){0,5}?(?:said|says|wrote|writes|told|added|adds|according|noted)\b")
CLAUSE_END = re.compile(r"[;]|\bbut\b|\bwhile\b|\bwhereas\b|\bwhich\b|\bwho\b")
ENTITY_LINK = re.compile(
    r"\b(?:linked|tied|connected|affiliated|traced)\s+(?:to|with)\s+|\bties\s+(?:to|with)\s+|\blinks\s+to\s+"
    # ("…2,318 accounts that we can reliably tie to Golden Valley Media")
    r"|\b(?:(?:reliably|confidently|directly|firmly)\s+)?(?:tie|trace)\s+to\s+"
    # "its investigators linked the network to…"
    r"|\b(?:linked|tied|connected|traced|attributed)\s+(?:it|them|(?:the|this|that)\s+(?:network|operation|campaign|"
    r"accounts|activity))\s+to\s+"
    # "We attribute the network, with moderate confidence, to Haixi Bright Culture"
    r"|\battribut(?:e|es|ed)\s+(?:it|them|(?:the|this|that)\s+(?:(?:bulk|most|majority|rest)\s+of\s+the\s+)?"
    r"(?:network|operation|campaign|activity))(?:,\s+[^,]{1,40},)?"
    r"\s+to\s+"
    r"|\bassociated\s+with\s+|\bbacked\s+by\s+|\bon\s+behalf\s+of\s+"
    # ("operated from Sri Lanka by staff of Lanka PixelWorks": by whom, after where from)
    r"|\b(?:run|operated|managed|controlled)\s+(?:(?:from|out\s+of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|"
    r"the)){0,7}\s+)?by\s+"
    # ("…accounts run from the digital office of the Unity Movement": whose office, not a place)
    r"|\b(?:run|operated|managed|controlled)\s+(?:from|out\s+of)\s+(?=(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:offices?|headquarters|premises|studios?)\s+of\s+(?:the\s+)?[A-Z])"
    # ("the network was operated through Vârf Media SRL, a Bucharest-based influencer marketing agency")
    r"|\b(?:run|operated|managed|coordinated)\s+through\s+(?=[A-Z])"
    r"|\battributed\s+to\s+",
    re.I,
)
# where the name after "linked to" ends: a clause, a figure, or a full stop that is not an abbreviation's ("St.
# Petersburg", "U.S.")
ENTITY_END = re.compile(r"[,;\"”)]|(?<!\bSt)(?<!\bMr)(?<!\bDr)(?<!\bCo)(?<!\bInc)(?<!\bJr)(?<!\b[A-Z])\."
                        r"|\s+and\s+(?=[a-z\d])|\s+for(?!\s+(?:the\s+)?[A-Z])|\s+(?:that|which|who|after|before|because|were|was|is|are|had|has|"
                        r"have|to\s+\w+e|to\s+(?:target|promote|push|spread|sway|attack|amplify|influence|"
                        r"discredit|boost|smear)|in\s+a|in\s+\d+|in\s+(?:its|their|his|her|our)|but|while|we|it|they|targeting|aimed|"
                        r"aiming|"
                        # ("…connected to the Canarinho operation in September": when, not who)
                        r"(?:in|since|during|until)\s+(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May|"
                        r"June|July|August|September|October|November|December|recent|last|the\s+(?:past|last|run-up|"
                        r"weeks?|months?|summer|spring|autumn|fall|winter)))\b|\s+\d"
                        # ("connected with Harbour Lantern on 16 March 2023")
                        r"|\s+on\s+(?=\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|"
                        r"May|June|July|August|September|October|November|December)\b)")
LINKED_CONTENT = {"websites", "website", "sites", "site", "articles", "article", "content", "videos", "posts",
                  "domains", "pages", "stories", "news"}
PLACED_KINDS = {"based", "linked", "run", "backed", "operation", "operations", "network", "networks", "campaign",
                "campaigns", "group", "and", "the"}
NETWORK_NOUNS = {"network", "networks", "operation", "operations", "campaign", "campaigns"}
GENERIC_ACTORS = {"operations", "operation", "activity", "campaigns", "networks", "accounts", "actors", "efforts"}
BODY_BEFORE = re.compile(r"\b(?:firm|company|consultancy|agency|contractor|organi[sz]ation|outlet|studio|startup|"
                         r"group|institute|center|centre|lab)\s+$", re.I)
KIND_OF_BODY = re.compile(r"\b(?:firms?|compan(?:y|ies)|consultanc(?:y|ies)|agenc(?:y|ies)|contractors?|"
                          r"organi[sz]ations?|outlets?|studios?|startups?)(?:\s+in\s+[A-Z][\w.'’ -]{1,30})?$", re.I)
# (and "two Moscow-registered companies, Stroymedia Plus and Orbita Analytics": both names)
_FIRM = r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]*)?"  # ("New Waves in Egypt")
APPOSITIVE_NAME = re.compile(rf",\s+(?P<name>{_FIRM}(?:\s+and\s+{_FIRM})?)"
                             r"(?=\s*(?:[,.;]|$|\s+(?:in|which|that|and)\b))")
TRAILING_SMALL_WORDS = re.compile(r"(?:\s+(?:of|the))+$")
CALLED_AS = re.compile(r"\s*,?\s*(?:(?P<relative>that|which|who)\s+(?:(?:refers?\s+to\s+(?:itself|themselves)|"
                       r"(?:is|are)\s+known)\s+(?:internally\s+)?as|calls?\s+(?:itself|themselves)(?:\s+internally)?|"
                       r"(?:is|are)\s+(?:internally\s+)?called)|known\s+(?:internally\s+)?as)\s+(?:the\s+)?"
                       r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d+|of|the))*)")
# "linked to 764 Venezuelan accounts", "linked to our earlier investigation": a figure or a pronoun, not a name
NOT_AN_ENTITY = re.compile(r"\d|(?:our|its|their|his|her|my|your|this|these|those|sources|same|similar)\b", re.I)
# ", a network run from Vietnam", ", the Serbia-based operation that…": what the name before it is (not ", an
# English-language news network", nor ", an extension of the network first disclosed in August"), also after the
# name's translation (' ("Voice Bridge"), a network run from Turkey')
APPOSITIVE_NETWORK = (r"(?:\s*\([^()]{1,80}\))?,\s+(?:an?|the)\s+(?!(?:[\w-]+\s+){0,2}?(?:news|TV|television|"
                      r"broadcast|media|radio|cable|social|advertising|ad|payment|computer|phone|mobile)\s+network)"
                      r"(?:[\w-]+\s+){0,3}?(?:network|campaign|operation)(?=\s+(?:run|that|which|based|linked|tied|"
                      r"targeting|aimed|operated|from|of|posing|in)\b|[,.;?])")
# (also "**Foxglove Relay** (also written *Operation Foxglove Relay*) is a covert online influence operation")
DEFINITION = (r"(?<![\w'’-])(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,3})[*_]*(?:\s*\([^()]{1,160}\))?\s+(?:is|was)\s+"
              r"an?\s+(?:[\w-]+\s+){0,3}?"
              r"(?:network|campaign|operation)\b(?!\s+(?:of\s+)?(?:researchers|analysts|journalists|fact-checkers|"
              r"security|analysis))")
DEFINED = re.compile(DEFINITION)
# the small words inside a name in another language ("Sahat al-Haqiqa", "Stimme der Mitte", "Glasat na Balkana"),
# which a name's next capitalised word may follow
NAME_PARTICLE = (r"(?:(?:al|el|ad|an|ar|as|la|le|de|del|der|den|des|di|da|do|dos|du|na|ne|ng|sa|von|van|bin|ibn)"
                 r"(?:\s+|-))?")  # (and "Tinig ng Bayan")


# a name in capitals ("AMBER RELAY") or of two capitalised words or more ("Amber Relay"), as bulletins write them
CAPS_NAME = r"[A-Z][A-Z0-9-]{3,}(?:\s+[A-Z][A-Z0-9-]+){0,2}|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,3}"
NAME_CLAUSE_END = r"(?=\s*[;,.)]|\s*$)"


def _with_particles(pattern: str) -> str:
    """A name pattern whose later words may each follow one of `NAME_PARTICLE`'s small words, and whose words may
    open with an accented capital ("Red Ágora", "Operativo Ñandú")."""
    return pattern.replace(r"\s+[A-Z0-9][\w-]*", r"\s+" + NAME_PARTICLE + r"[A-Z0-9][\w-]*").replace(
        r"\s+[A-Z][\w-]*", r"\s+" + NAME_PARTICLE + r"[A-Z][\w-]*").replace(
        r"\s+(?:[A-Z0-9][\w-]*|of|for|the)", r"\s+(?:" + NAME_PARTICLE + r"[A-Z0-9][\w-]*|of|for|the)").replace(
        "[A-Z]", f"[{CAPITALS}]").replace("[A-Z0-9]", f"[0-9{CAPITALS}]")


NETWORK_NAME = re.compile(_with_particles(
    # (also opening a sentence: 'Known as "Northern Relay", this network targeted…')
    r"\b(?:[Kk]nown\s+(?:(?:among|by|to)\s+(?:\w+\s+){1,3})?as|[Dd]ubbed|[Cc]alled|[Nn]amed|[Nn]icknamed|identified\s+as|"
    # ('a network … that presented itself as "Bantay Balota PH"', its own name, quoted)
    r"present(?:s|ed)?\s+itself\s+as(?=\s+[\"“])|"
    # ("which researchers have labelled Harmattan Reach", "code-named Grey Kite")
    r"[Ll]abell?ed(?:\s+as)?|[Tt]ermed|[Cc]ode-?named|"
    # ("which its operators branded "Sary-Arka Voices"")
    r"[Bb]randed(?:\s+as)?(?=\s+[\"“])|"
    # ("Twitter calls this the "Tamkeen Reach network"", "we have been tracking it internally as Palm Echo")
    r"[Cc]alls(?=\s+(?:it|this|them)\b)|(?:is|are|was|were)\s+tracked\s+by\s+(?:\w+\s+){1,3}?as|"
    r"track(?:s|ed|ing)?\s+(?:it\s+|them\s+|(?:this|the)\s+(?:network|operation|campaign|activity|actor)\s+)?"
    r"(?:\w+ly\s+)?as|the\s+name|"
    r"refer(?:s|red)?\s+to\s+as"
    # "we refer to this operation as "Dunav Mirror""
    r"|refer(?:s|red)?\s+to\s+(?:it|(?:the|this)\s+(?:operation|network|campaign|activity|project|effort))\s+"
    r"(?:in\s+(?:its|their|our|his|her)\s+\w+\s+)?(?:\w+ly\s+)?as)"
    # (quoted or set in bold: "under the name **Jade Chorus**")
    r"\s+(?:(?:it|this|them|(?:the|this)\s+(?:operation|network|campaign|activity))\s+)?(?:the\s+)?[\"“'*_]*(?P<a>[A-Z][\w-]*(?:\s+(?:[A-Z0-9][\w-]*|of|for|the))*)"
    r"|[\"“'](?P<b>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,4})[\"”']\s+(?:network|campaign|operation)"
    # 'uses "Rede Clara", the name that appeared on its Pages': a quoted name, then what it is
    r"|[\"“](?P<s>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,4}),?[\"”],?\s+the\s+(?:name|label|moniker)\b"
    # 'removed "Copper Finch", a Russian operation…': a quoted name, then what it is
    r"|[\"“](?P<f>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,4}),?[\"”],?\s+(?:an?|the)\s+(?:(?!(?:the|that|which|who)\b)[\w-]+\s+){0,4}?"
    r"(?:network|campaign|operation)\b"
    # "from Paper Monsoon, a network run from Vietnam": a name of two words or more, then what it is
    rf"|(?<![\w'’-])(?P<h>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{1,3}}){APPOSITIVE_NETWORK}"
    # "a separate Russia-based network, Amber Relay, that targeted…": the name set off by commas after what it is
    r"|\b(?:network|operation|campaign),\s+(?P<ap>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,3}),\s+(?:that|which|whose)\b"
    # "…coordinated influence operations linked to China (Jade Chorus)": a bulletin's name for the network, bracketed
    r"|\boperations?\s+linked\s+to\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+\((?P<bl>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,3})\)"
    # "Glass Heron was a network of fake accounts that…": a name of two words or more, then what it is
    rf"|{DEFINITION.replace('(?P<name>', '(?P<j>')}"
    # "They gave the operation a name, Grey Orchard, after…"
    r"|\bgave\s+(?:it|(?:the|this)\s+(?:operation|network|campaign|activity))\s+(?:a|the|its)\s+(?:name|nickname)[,:]?\s+"
    r"[\"“'*_]*(?P<l>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
    # "Researchers who studied the accounts call the operation "Nile Lantern"": whoever calls it, it is named so
    r"|\b(?:call|calls|called|dub|dubs|dubbed|nickname[sd]?)\s+(?:it|(?:the|this|their|its)\s+(?:[\w-]+\s+)?(?:operation|"
    r"network|campaign|activity|effort|project))\s+[\"“'*_]+(?P<k>[A-Z][\w-]*(?:\s+(?:[A-Z0-9][\w-]*|of|for|the))*)"
    # "linked to Caspian Quill, which it attributed to Qala Strategic": the network, then who ran it
    r"|\b(?:linked|tied|connected)\s+to\s+(?P<g>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}),\s+which\s+(?:\w+\s+){0,2}?"
    r"(?:attributed|traced|tied|linked)\s+to\b"
    # "Lantern Moth is the name researchers gave to a Russia-based influence operation"
    # (and an encyclopedia's "**Lantern Choir** (Romanian: …; also called **Felinar**) is the name researchers gave…")
    r"|(?P<i>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})[*_]*(?:\s*\([^()]{1,160}\))?\s+is\s+the\s+(?:name|label|moniker|"
    r"code\s*name)\s+"
    r"(?:\w+\s+){0,6}?(?:gave|given|assigned|uses?|used)\b"
    r"|\babout\s+(?P<c>[A-Z][\w-]*(?:\s+(?:[A-Z0-9][\w-]*)){0,4}),\s+which\s+describes\s+itself"
    r"|(?:\bthe\s+)(?P<d>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:network|campaign|operation)\b"
    # "The domestic Cakra network", "the China-based Lotus Harbor operation": the name after what describes it
    r"|\b[Tt]he\s+(?:(?:[a-z][\w]*|[A-Z][\w]*-[a-z]+)\s+){1,2}(?P<r>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:network|"
    r"campaign|operation)\b"
    # "an operation, which we call Paper Lantern", "what Meta calls Doppelganger"
    r"|\b(?:we|it|they|which|who|to|researchers|analysts|investigators|experts|groups|companies|others|"
    r"the\s+(?:company|firm|platform|lab|team|group|observatory|institute)|[A-Z][\w-]*)(?:['’]ve)?\s+"
    r"(?:(?:are|is|have\s+been|been)\s+)?(?:call|calls|calling|dub|dubs|dubbing|term|terms|naming)\s+(?:it\s+|"
    r"(?:this|the)\s+(?:\w+\s+)?(?:network|campaign|operation|activity)\s+)?(?:the\s+)?"
    r"[\"“'*_]*(?P<e>[A-Z][\w-]*(?:\s+(?:[A-Z0-9][\w-]*|of|for|the))*)"
    # "the network, which called itself "Albion Voice" on Facebook" (not "brands, the most prominent of which called
    # itself…": one of its brands)
    r"|\b(?:network|operation|campaign),?\s+which\s+(?:\w+\s+)?call(?:s|ed)\s+itself\s+[\"“'*_]*(?P<o>[A-Z][\w-]*"
    r"(?:\s+[A-Z0-9][\w-]*){0,3})"
    # 'The network called itself "Glos Borealis"': its own name for itself
    r"|\b[Tt]he\s+(?:network|operation|campaign)\s+(?:has\s+|had\s+)?call(?:s|ed)\s+itself\s+[\"“'*_]*(?P<t>[A-Z][\w-]*"
    r"(?:\s+[A-Z0-9][\w-]*){0,3})"
    # "The largest single network we removed in 2024 was Lowland Chorus, which operated from Georgia"
    r"|\b(?:network|operation|campaign)\s+(?:[\w-]+\s+){0,6}?(?:was|is)\s+(?P<p>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
    r"(?=,\s+which\b|\s+\()"
    # "Operation Cóndor Gris: what we found": an operation's name (not a title's capitals: "A Commercial Influence
    # Operation Targeting Pacific Island Audiences")
    r"|(?<![\w'’-])(?<![A-Z][a-z]\s)(?<![A-Z][a-z]{2}\s)(?<![A-Z][a-z]{3}\s)(?<![A-Z][a-z]{4}\s)(?<![A-Z][a-z]{5}\s)"
    r"(?<![A-Z][a-z]{6}\s)(?<![A-Z][a-z]{7}\s)(?<![A-Z][a-z]{8}\s)"
    r"(?P<u>Operation\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?![\w-])(?!\s+(?:network|campaign|operation)\b)"
    # a report's labelled line: "Network: Copperline, which we first reported…", "Network name: "Dunav Mirror""
    r"|^\W*(?:[Nn]etwork|[Oo]peration|[Cc]ampaign)(?:\s+name)?:\s+[\"“'*_]*(?P<m>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3})"
    r"[\"”'*_]*(?:[,.;(]|\s*$)"
    # "A network, publicly reported by Cedar Lane Lab as "Lagoon Static", that…": a quoted name someone reported it as
    r"|\b(?:network|operation|campaign),?\s+(?:\w+ly\s+)?(?:reported|described|documented|tracked|labell?ed)\s+"
    r"(?:by\s+(?:[\w&'’-]+\s+){1,6}?)?as\s+[\"“](?P<n>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3})[\"”]"
    # a bulletin's "This activity is part of AMBER RELAY;" and "…consistent with our earlier reporting on AMBER RELAY.":
    # the name the platform tracks the activity under, ending its clause (not "part of Meta's efforts")
    rf"|\b(?:activity|channels|accounts|network|operation|campaign|it|this|these|they)\s+(?:is|was|are|were)\s+"
    rf"(?:also\s+)?part\s+of\s+(?P<pt>{CAPS_NAME}){NAME_CLAUSE_END}"
    rf"|\b(?:earlier|previous|prior|past|ongoing)\s+reporting\s+on\s+(?P<rp>{CAPS_NAME}){NAME_CLAUSE_END}"
))
NAMED_NETWORK_AFTER = re.compile(APPOSITIVE_NETWORK)
PLACE_LIST_BEFORE = re.compile(r"\b(?:in|across|throughout)\s+(?:(?:the\s+)?[A-Z][\w-]*\s+){0,3}(?:and|or|,)\s+$")
# a word every `NETWORK_NAME` pattern needs, looked for in the lower-cased sentence first: the patterns, tried at
# every capital letter, cost more than this test, and most sentences name no network
NETWORK_NAME_NEEDS = re.compile(r"known|dub|call|nam|identified|track|refer|network|campaign|operation|which|label|"
                                r"part\s+of|reporting\s+on|"
                                r"moniker|code|term|gave")
_NAME = r"[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3}"
# "Spamouflage, also known as DRAGONBRIDGE", "Doppelganger (which Meta has also called RRN)"
ALIAS_PAIR = re.compile(
    rf"(?P<name>{_NAME})[*_]*[\"”']?(?:\s+(?:network|campaign|operation|group))?\s*[,(][\"”']?\s*"
    # ('"Bitter Apple," which is the Russian operation better known as Glass Orchard')
    rf"(?:also\s+|sometimes\s+|otherwise\s+|which\s+(?:\w+\s+){{1,5}}?)?"
    rf"(?:known|call(?:s|ed)?|dub(?:s|bed)?|track(?:s|ed)?|refer(?:s|red)?\s+to|names)\s+(?:by\s+[\w\s]{{1,30}}?\s+)?"
    rf"(?:as\s+)?[*_]*[\"“']?(?P<alias>{_NAME})")
# "Known as Lantern Relay until Meta renamed it in March 2022, Grey Harbor has…": its old name, then the new
KNOWN_UNTIL = re.compile(rf"\b(?:[Kk]nown|[Cc]alled|[Nn]amed)\s+(?:as\s+)?[*_\"“']*(?P<alias>{_NAME})[*_\"”']*"
                         rf"\s+until\s+[^,;]{{1,80}},\s+(?:the\s+)?[*_\"“']*(?P<name>{_NAME})")
# "Grey Harbor, which Thornbury Labs first described in 2019 under the name Lantern Relay, …"
# (not "Corvid, which first documented the operation … under the name Saffron Wire": who named it)
UNDER_THE_NAME = re.compile(rf"(?P<name>{_NAME})[*_\"”']*,\s+which\s+(?=the\s|[A-Z])[^,;]{{1,80}}?\bunder\s+the\s+"
                            rf"name\s+[*_\"“']*(?P<alias>{_NAME})")
# "**Lantern Choir** (Romanian: *Corul Felinarelor*; also called **Felinar** in some reports)": an entry's other names,
# after what it is called in another language
BRACKETED_ALIAS = re.compile(rf"(?P<name>{_NAME})[*_]*\s*\([^();]{{1,80}};\s*(?:also|sometimes|otherwise)\s+"
                             rf"(?:known\s+as|called|named)\s+[*_\"“']*(?P<alias>{_NAME})")
# ", tracks as", ", calls": a verb whose subject the words before the comma end (not "also known as", "tracked as")
PRESENT_TENSE_NAMER = re.compile(r"[\"”']?\s*,\s*(?:calls|dubs|tracks|refers\s+to|names)\b")
# '…that presented itself as "Bantay Balota PH" and also posted under the name "Tinig ng Bayan"': one network's two
ALSO_UNDER = re.compile(_with_particles(
    rf"[\"“](?P<name>{_NAME})[\"”]\s+and\s+(?:also\s+)?(?:posted|operated|appeared|went|ran)\s+(?:\w+\s+)?under\s+the\s+"
    rf"(?:name|banner|label)\s+[\"“](?P<alias>{_NAME})[\"”]"))
# 'which called itself Pena Merah ("Red Pen")': a name and its translation
TRANSLATED_PAIR = re.compile(rf"\b(?:call(?:s|ed)?\s+itself|call(?:s|ed)?|named|dubbed|known\s+as)\s+[\"“']?"
                             rf"(?P<name>{_NAME})[\"”']?\s+\(\s*[\"“'](?P<alias>{_NAME})[\"”']\s*\)")
# as written, plus "Dragonbridge" for "DRAGONBRIDGE"; short capitals ("STOIC", "IRA") only as capitals;
# names with digits ("Storm-1376") are matched whole (`whole_names`)
_KNOWN_NETWORKS = phrase_table({**network_aliases(), **{alias.title(): name for alias, name in network_aliases().items()
                                                      if alias.isupper() and len(alias) > 5}}, fold_case=False)
_DIGIT_NETWORKS = whole_names(network_aliases())
KNOWN_NETWORK_NAMES = {alias.lower(): name for alias, name in network_aliases().items()}
FAR_PRETENCE = re.compile(r"\b(?:pos(?:e|ed|es|ing)\s+as|pretend\w*|impersonat\w*|masquerad\w*)\b"
                          r"(?:(?!\band\s+(?:that|which|was|were|is|are|has|had)\b)[^.,;]){0,80}$", re.I)
PRETENDED_ORIGIN = re.compile(r"\b(?:from|run|based|operated|located|headquartered)\b", re.I)
PRETENCE = re.compile(r"\b(?:look(?:ed|s)?\s+like|appear(?:ed|s)?\s+to\s+be|pos(?:e|ed|es|ing)\s+as|pretend\w*|"
                      r"claim\w*\s+to\s+be|masquerad\w*|purport\w*|(?:present\w*|pass\w*\s+off|dress\w*\s+up|"
                      r"disguis\w*)\s+(?:themselves|itself|herself|himself)\s+as|"
                      # "websites that spoofed news organisations in Germany, France…": whom it copied
                      r"spoof\w*|impersonat\w*|mimic\w*|clon(?:e|ed|es|ing)|imitat\w*|"
                      # ("built look-alike copies of well-known Polish news websites": whose sites it copied)
                      r"(?:look-?alike\s+)?(?:copies|replicas|fakes|forgeries)\s+of)\b"
                      # to the end of its clause: "posing as journalists in Germany, operated from Russia"
                      # ("posed as local news outlets in southern and eastern Ukraine"; "posed as journalists,
                      # activists and ordinary citizens in Iraq": a list of whom, not a clause's end)
                      r"(?:(?!\band\s+(?:that|which|was|were|is|are|has|had)\b)(?:[^.,;]|,(?=\s+[a-z]+\s+(?:[a-z]+\s+)?"
                      r"(?:and|or)\s)(?!\s+(?:the|which|who|that|it|they|and|or|but)\b))){0,60}$", re.I)


def _clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    starts = [m.end() for m in CLAUSE_END.finditer(sentence[:position])]
    end_match = CLAUSE_END.search(sentence, position)
    return (starts[-1] if starts else 0), (end_match.start() if end_match else len(sentence))


def _units_after_list(sentence: str, mentions: tuple[tuple[str, int, int], ...], index: int) -> bool:
    """"Iranian and Russian accounts": the first of a list of countries named before the unit describes it too."""
    end = mentions[index][2]
    for _, start, next_end in mentions[index + 1:]:
        if not re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or|&)\s*", sentence[end:start]):
            return False
        end = next_end
        if _unit_follows(sentence[end:end + 30]):
            return True
    return False


def _unit_follows(after: str) -> bool:
    """The words after a country are a unit, maybe behind modifiers ("Iranian accounts", "Russian fake Pages")."""
    return bool(UNIT_RE.match(UNIT_MODIFIERS.sub("", after, count=1) if UNIT_MODIFIERS.match(after) else after))


# between the countries of one list: "from Iran, Russia and Venezuela"; "one originating in Russia, one in China and
# one in Mexico"
LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|&)\s*(?:(?:one|another|two|three|four|five)\s+(?:(?:originating|"
                      r"based|run|operating)\s+)?(?:in|from)\s+)?(?:the\s+)?")
# a sentence about who tracks or names a network ("…has tracked it since January under the name…"), and its words
# for who ran one, which make it more than that
TRACKS_IT = re.compile(r"\b(?:has\s+)?(?:tracked|tracks|tracking|calls|called|names|named)\s+(?:it|the\s+(?:same\s+)?"
                       r"(?:operation|network|campaign)|operations|networks)\b", re.I)
RAN_IT = re.compile(r"\b(?:run|ran|operated|linked|tied|behind|attributed|originat\w*|based\s+in|directed|controlled|"
                    r"from)\b", re.I)
# "…three networks, the largest of them run out of Egypt": a part, not the whole (but "1,200 accounts, most of them
# run by a consultancy in Nairobi" are placed by most of them)
DIGIT = re.compile(r"\d")
# "…, and a smaller network from Angola", after a figure of another network: another network, told without a figure
ANOTHER_NETWORK_TOO_BEFORE = re.compile(r",?\s+and\s+(?:also\s+)?(?:a|an|one)\s+(?:much\s+)?(?:smaller|larger|bigger|"
                                        r"second|separate|different|other)\s+(?:[\w-]+\s+)?(?:network|operation|campaign|"
                                        r"one)\s+(?:from|in|based\s+in|run\s+from|operated\s+from)\s+(?:the\s+)?$",
                                        re.I)
PART_OF_THEM_BEFORE = re.compile(r"\b(?:the\s+(?:largest|biggest|smallest|first|second|third|last|main)|one|two|three)"
                                 r"\s+of\s+(?:them|these|those|which)\b[^,;.]{0,40}$", re.I)
OUTSIDE_BEFORE = re.compile(r"\boutside\s+(?:of\s+)?(?:the\s+)?$", re.I)
_PLATFORM_KIND = (r"(?:(?:tech(?:nology)?|social[\s-]media|internet|video(?:-sharing)?|messaging|short-video)\s+)?"
                  r"(?:company|firm|giant|platform|app|service|social\s+network|conglomerate)\s+")
PLATFORM_OFFICE_BEFORE = re.compile(r"\b\w+['’]s\s+(?:\w+\s+){0,2}(?:operator|office|subsidiary|unit|arm|team|"
                                    r"staff|representative|spokes(?:man|woman|person)|headquarters)\s+in\s+(?:the\s+)?$",
                                    re.I)
PLATFORM_DESCRIBED = re.compile(rf"(?:-based|-owned|-headquartered)\s+(?:{_PLATFORM_KIND})?(?=[A-Z])"
                                rf"|\s+{_PLATFORM_KIND}(?=[A-Z])")
COMPANY_SAID = re.compile(r"-based\s+(?:company|platform|firm|app|messaging\s+(?:app|service)|service|social\s+network)"
                          r"\s+(?:said|says|told|added|announced|has\s+said|confirmed)\b", re.I)
PEOPLE_IN_BEFORE = re.compile(r"\b(?:to|at|for)\s+(?:people|users|audiences?|voters|citizens)\s+in\s+(?:the\s+)?$",
                              re.I)
NOT_TARGETED = re.compile(r"\b(?:no|not|never|without)\s+(?:\w+\s+){0,2}?(?:target\w*|aim\w*)\b[^;.]{0,60}$", re.I)
FIELD_NAME = re.compile(r"[\s*_]*[A-Z][\w ,&/'’-]{0,40}?:[*_]*\s+(?=(?:This|These|The|That|It|Its|Our|We)\b)")


# after whom a network targeted, a clause of where it was run: "…targeted Polish users and was run from Russia"
# (and "…targeted voters in Ghana but were run out of Nigeria", "…targeted a network operated from Thailand")
FIRM_IN_BEFORE = re.compile(r"\b(?:firm|agency|company|consultancy|contractor|studio|outfit|office)\s+"
                            r"(?:(?:based|located|registered|headquartered)\s+)?in\s+(?:the\s+)?$", re.I)
LINKED_AFTER_AIM = re.compile(r"\b(?:links?\s+(?:to|with)|linked|tied|associated\s+with|attribut\w+|run\s+by|"
                              r"operated\s+by)\b", re.I)
RUN_FROM_AFTER_AIM = re.compile(r"(?:\b(?:and|but|though|although|while|whereas)\s+(?:it\s+|they\s+)?"
                                r"(?:was|were|is|are|had\s+been|has\s+been)\s+"
                                r"|\b(?:network|operation|campaign|accounts|group)\s+)"
                                r"(?:\w+ly\s+)?(?P<verb>(?:run|operated|based|directed|managed|coordinated)\s+"
                                r"(?:out\s+of|from|in))\s+(?:the\s+)?$", re.I)


ADDED_TO_TARGETS = re.compile(r"\s+to\s+(?:their|its|the)\s+(?:list\s+of\s+)?targets\b", re.I)
ITS_ELECTION_AFTER = re.compile(r"['’]s\s+(?:[\w.-]+\s+){0,3}?(?:elections?|vote|referendum|polls|runoff|ballot|"
                                r"(?:voting|polling|election)\s+days?)\b", re.I)
AUDIENCE_WAS = re.compile(r"\b(?:audiences?|readers|viewers|target)\s+(?:was|were|is|are)\s+(?:mostly\s+|mainly\s+|"
                          r"largely\s+|chiefly\s+)?$", re.I)


ARROW_BEFORE = re.compile(r"(?:→|->|⟶|➔)\s*$")


# "The accounts were not run from inside Nigeria", "…did not originate in Chad": a place denied
NOT_FROM_BEFORE = re.compile(r"\b(?:not|never)\s+(?:\w+\s+)?(?:run|operated|based|located|originat\w*|managed|"
                             r"controlled)\s+(?:from|in|out\s+of)\s+(?:inside\s+|within\s+)?(?:the\s+)?$", re.I)


def country_roles(sentence: str) -> tuple[list[str], list[str], str | None, str | None]:
    """(origins, targets, attribution phrase, target phrase) of one sentence.

    A country is an origin only where the text says so ("originated in Iran", "tied to Iran",
    "from Iran, Russia and Venezuela", "Iranian accounts", "Iran-linked"); after "targeting"
    and its kin it is a target.  A country named in passing ("ahead of the U.S. midterms") is
    neither.
    """
    origins: list[str] = []
    targets: list[str] = []
    attribution = target_text = None
    # "**Origin and targets:** This network originated in Russia…": a report's field name, before a sentence of its own
    field = FIELD_NAME.match(sentence)
    if field and not countries_in(field.group(0)):
        sentence = sentence[field.end():]
    lower = sentence.lower()
    target_match = TARGET_CUE.search(sentence) if any(word in lower for word in TARGET_WORDS) else None
    if target_match and TARGETED_A_NETWORK.match(sentence, target_match.end()):
        # ('The action targeted "Saffron Gate", a network that … targeted audiences in Iraq': what a takedown went
        # after, not whom the network worked on)
        target_match = TARGET_CUE.search(sentence, target_match.end())
    target_start = target_match.start() if target_match else len(sentence)
    if target_match:
        _, end = _clause_bounds(sentence, target_match.end())
        target_text = SPEECH_TAIL.split(sentence[target_match.start():end], maxsplit=1)[0].strip(" ,\"”")
        target_text = re.sub(r"(?<=[a-z])\.$", "", target_text)  # a full stop, but not the one of "U.S."
    mentions = countries_in(sentence)
    corrects = "rect" in lower or "mis" in lower or "wrong" in lower or "erron" in lower  # (`MISSTATED`'s words)
    bought = "bought" in lower or "purchased" in lower or "acquired" in lower or "rented" in lower  # (`BOUGHT_FROM…`)
    unrelated = NO_LINK.search(sentence)
    if unrelated:
        mentions = tuple(m for m in mentions if m[1] < unrelated.start())
    # "*UAE and Egypt (DotDev).* Twitter's post counts 273 accounts…": an item labelled with its countries
    emphasized = EMPHASIZED_LABEL.match(sentence)
    label_end = emphasized.end("label") if emphasized else -1
    in_list_from: int | None = None
    quoted_to = -1  # where the quoted attribution phrase ends, if at a country a list may go on from
    aimed_to = -1  # where a list of the people a network worked on ("people in Iraq, Yemen and Bahrain") has got to
    placed_at: tuple[str, str] | None = None  # the country a sentence or clause opens with ("In Ghana, Meta…")
    # (a sentence about who tracks or names the network, and not who ran it: its places are the watchers')
    watching = ("track" in lower or "call" in lower or "name" in lower) and bool(
        TRACKS_IT.search(sentence)) and not RAN_IT.search(sentence)
    for index, (country, start, end) in enumerate(mentions):
        if aimed_to >= 0 and LIST_GAP.fullmatch(sentence, aimed_to, start):
            targets.append(country)
            aimed_to = end
            continue
        aimed_to = -1
        if LANGUAGE_AFTER.match(sentence, end) or (sentence[start:end] not in COUNTRY_NAMES and LANGUAGE_BEFORE.search(
                sentence, max(0, start - 60), start)):
            continue  # "Russian-speaking audiences in Moldova", "posting in Armenian and Russian": a language
        if ANOTHER_NETWORK_TOO_BEFORE.search(sentence, max(0, start - 60), start) and DIGIT.search(sentence, 0, start):
            continue  # "…deleted 388 accounts in Ecuador…, and a smaller network from Angola": not the figure's
        if PART_OF_THEM_BEFORE.search(sentence, max(0, start - 70), start):
            in_list_from = None  # "…1,700 accounts belonging to three networks, the largest of them run out of
            continue  # Egypt": where a part came from, not the whole
        if NOT_FROM_BEFORE.search(sentence, max(0, start - 45), start):
            continue  # "The accounts were not run from inside Nigeria": where they did not come from
        if STANCE_PREFIX.search(sentence, max(0, start - 5), start):
            continue  # "anti-Ukraine propaganda", "a pro-China network": a stance, not where it came from
        if ELECTION_AFTER.match(sentence, end) and not NOT_AIMED_AT_THE_EVENT.search(
                sentence, max(0, start - 50), start):
            targets.append(country)  # "false claims about India's general election": the country voting
            continue
        if ARROW_BEFORE.search(sentence, max(0, start - 4), start):
            targets.append(country)  # "**X / Venezuela → Colombia.**", an item's label: from the one, at the other
            aimed_to = end  # ("Iran → Iraq, Bahrain": and the rest of its list)
            continue
        if COUNTRY_ACCOUNTED_FOR.match(sentence, end):
            origins.append(country)  # "China accounted for 2,160 of the removed accounts": the country's own figure
            continue
        if PROTESTS_AFTER.match(sentence, end) or PROTESTS_IN_BEFORE.search(sentence, max(0, start - 40), start):
            targets.append(country)  # "videos about the protests in Hong Kong": the place protesting, worked on
            continue
        if (added := ADDED_TO_TARGETS.match(sentence, end)) and sentence.endswith("added ", max(0, start - 6), start):
            targets.append(country)  # "…the same operators, who had added Estonia to their targets"
            target_text = sentence[start - 6:added.end()]
            continue
        if focused := AIMED_SUFFIX.match(sentence, end):
            targets.append(country)  # "a Sudan-focused network": where it was aimed, not where it came from
            target_text = target_text or sentence[start:focused.end()]
            continue
        # (but "posed as local news outlets … to push political messages to people in Iraq": whom it worked on)
        if (pretence := PRETENCE.search(sentence, max(0, start - 80), start)) and \
                not PEOPLE_IN_BEFORE.search(sentence, 0, start):
            in_list_from = None  # (nor the countries listed after it: "…spoofed news outlets in Chile, Peru and Kenya")
            if (target_match is None or pretence.start() <= target_start <= start) and \
                    not PRETENDED_ORIGIN.search(sentence, pretence.start(), start):
                # "posing as local people and news outlets in Nigeria and Togo", told with no other audience: whom it
                # pretended to be is whom it worked on (but not "made to look as if run from Ukraine")
                targets.append(country)
                aimed_to = end
            continue  # "often posing as Israeli or Emirati users": whom they pretended to be, never where it came from
        if corrects and MISSTATED.search(sentence, max(0, start - 80), start):
            continue  # "…incorrectly stated that the network originated in Kazakhstan": a correction's wrong country
        if ACCORDING_TO_BEFORE.search(sentence, max(0, start - 20), start) or GENUINE_RUN_BY_BEFORE.search(
                sentence, max(0, start - 60), start):
            continue  # "…according to Ukrainian officials", "legitimate pages run by Ukrainians that had been copied":
            # who told it, or whose real pages a network copied, not who ran it
        if REQUESTED_BY_BEFORE.search(sentence, max(0, start - 50), start):
            continue  # "after a request from the German government": who asked for the removal, not who ran it
        if OUTSIDE_BEFORE.search(sentence, max(0, start - 12), start):
            continue  # "parts of the network were operated from outside Ghana, including from Togo": not from there
        if COMPANY_SAID.match(sentence, end):
            continue  # "the Dubai-based company said it had blocked 1,096 channels": where the platform is, saying so
        if PLATFORM_OFFICE_BEFORE.search(sentence, max(0, start - 50), start) and any(
                PLATFORM_ALIASES.get(word.lower()) for word in re.findall(
                    r"(\w+)['’]s\b", sentence[max(0, start - 50):start])):
            continue  # "LINE's operator in Japan, LINE Yahoo Corporation, told us…": where the platform's office is
        if (company := PLATFORM_DESCRIBED.match(sentence, end)) and \
                sentence[company.end():company.end() + 12].split(" ")[0].strip(",.'’s").lower() in PLATFORM_ALIASES:
            continue  # "the report published by the US company Facebook": where the platform is from
        if RESEARCHERS_BASED.match(sentence, end) or RESEARCHERS_BASED_IN.search(sentence, max(0, start - 120), start) \
                or (sentence[start:end] not in COUNTRY_NAMES and WATCHERS_AFTER.match(sentence, end)):
            continue  # "researchers at the Accra-based Dune Signal Lab": where the researchers work
        if CONTENT_FROM_BEFORE.search(sentence, max(0, start - 50), start) and not _unit_follows(
                sentence[end:end + 30]) and not ORIGIN_SUFFIX.match(sentence[end:end + 60]):
            in_list_from = None
            continue  # "doctored quotes from Iraqi politicians": whose words it posted, not where it came from
        if bought and BOUGHT_FROM_BEFORE.search(sentence, max(0, start - 90), start):
            in_list_from = None
            continue  # "followers…, some of them bought from spam operations in Vietnam": where they were bought
        if WITHHELD_IN_BEFORE.search(sentence, max(0, start - 120), start):
            targets.append(country)  # "restricted access to 186 channels in the Republic of Moldova": whom they reached
            in_list_from = None
            continue
        if POPULAR_WITH_BEFORE.search(sentence, max(0, start - 30), start):
            in_list_from = None
            continue  # "a platform that remains popular with Kazakh users": whom the platform serves, not the network
        if TOPIC_BEFORE.search(sentence, max(0, start - 40), start):
            in_list_from = None  # (nor is "Lebanon" in "content about Iraq and Lebanon" where it came from)
            continue  # "posted about the Indian military": its topic ("about Rwanda's elections" was aimed, above)
        if start >= target_start and NOT_TARGETED.search(sentence, max(0, start - 80), start):
            continue  # "…; we found no meaningful targeting of audiences inside Serbia"
        if start >= target_start and (run := RUN_FROM_AFTER_AIM.search(sentence, max(0, start - 50), start)):
            origins.append(country)  # "…that targeted Polish users and was run from Russia": a clause of its own
            attribution = attribution or f"{run['verb']} {sentence[start:end]}"
            if target_text and (cut := target_text.find(run.group(0).strip())) > 0:
                target_text = target_text[:cut].rstrip(" ,")  # (whom it targeted, without where it was run)
                if not countries_in(target_text) and (after := TARGET_CUE.search(sentence, end)) is not None:
                    # ("targeted a network operated from Thailand while targeting Cambodian viewers": the second)
                    target_text = sentence[after.start():_clause_bounds(sentence, after.end())[1]].strip(" ,.\"”")
            continue
        if start >= target_start and FIRM_IN_BEFORE.search(sentence, max(0, start - 40), start) and \
                LINKED_AFTER_AIM.search(sentence, target_start, start):
            # "…targeted Moldova and Romania, …, and it found links to … Nevsky Pulse, a marketing firm in St
            # Petersburg": where the firm behind it is, not whom it aimed at
            if country not in origins:
                origins.append(country)
            continue
        if start >= target_start:
            # "targeted audiences in Qatar with messages supportive of Saudi Arabia": whom it praised, not its audience
            if not SUPPORTIVE_BEFORE.search(sentence, target_start, start):
                targets.append(country)
            continue
        if watching:
            continue  # "Northgate, a London firm that names operations…, has tracked it since January": the watchers'
        before = sentence[max(0, start - 60):start]
        after = sentence[end:end + 30]
        cue = ORIGIN_CUE.search(before) or ATTRIBUTED_TO.search(sentence[:start])
        if cue and cue.re is ORIGIN_CUE and countries_in(before[cue.end("placed") if cue["placed"] else cue.start():]):
            cue = None  # (not "…to people in Iraq, Yemen": a list after "in", whose first country is no city of Yemen)
        if cue and QUOTES_ATTRIBUTED.search(sentence, max(0, start - 80), start):
            cue = None  # "fabricated quotes attributed to French ministers": whose words, not whose network
        if cue and TIP_FROM_BEFORE.search(before):
            cue = None  # "after a referral from Moldova's Information Security Directorate": who tipped, not who ran
        cue_words = cue.group(0).strip() if cue else ""
        if cue and cue.re is ATTRIBUTED_TO:
            cue_words = "attributed to"  # the phrase without the figure and its description in between
        if cue and cue.groupdict().get("behaviour"):  # "coordinated inauthentic behavior in India": "in India"
            cue_words = "in"
        if cue and cue.groupdict().get("placed"):  # "network originated in": the verb; "accounts in": just "in"
            verb = re.search(r"(?:originat\w*|located|based|operat\w*|run|directed)\s+(?:\w+ly\s+)?(?:in|within)\b",
                             cue_words)
            cue_words = verb.group(0) if verb else cue.group("placed")
        if cue_words.lower() == "in" and sentence[start:end] not in COUNTRY_NAMES:
            cue, cue_words = None, ""  # "content in Spanish": a language; but "accounts in the Iranian network"
        if re.match(r"\s+(?:dollars|currency)\b", after, re.I):
            continue  # "paid in US dollars": a currency, not a place
        # ("posed as Scottish voters campaigning for independence from the United Kingdom": the pretence reaches far)
        if cue and not PEOPLE_IN_BEFORE.search(sentence, 0, start) and (PRETENCE.search(before[:cue.start()]) or (
                cue.re is ORIGIN_CUE and FAR_PRETENCE.search(sentence, max(0, start - 110), start))):
            in_list_from = None  # (nor the countries listed after it)
            continue  # "designed to look like they were run from Ukraine": where it pretended to be, not from
        continues_list = (
            in_list_from is not None and index > 0
            and LIST_GAP.fullmatch(sentence, mentions[index - 1][2], start)
        )
        # "- Iran: 104 accounts", "- Russia, 50 accounts", "*Ecuador.* 1,019 accounts", "Thailand (926 accounts)",
        # "In Egypt, 2,541 accounts…", "Network 2: Russia, …":
        # a list item, sentence or section labelled with its country
        # "**Mexico** — 276 accounts", "China (Xinjiang): 2,048 accounts"
        # ("In Egypt, 2,541 accounts…"; "…; and in Senegal, Meta said it had disrupted a small network…", a roundup's
        # clause as its own sentence): where it happened, its origin unless the clause names another
        placed_in = bool(re.match(r"\s*,", after) and re.fullmatch(r"[\s*•-]*(?:and\s+)?[Ii]n\s+(?:the\s+)?",
                                                                  sentence[:start]))
        label = end <= label_end or (re.match(r"\s*(?::|,\s*\d|[.:]?\*{1,2}\s*:?\s*\d|\s\(\s*\d"
                                              r"|(?:\*{1,2})?\s*(?:[—–]|--?)\s*(?:\d|" + VAGUE_SIZE + r")"
                                              r"|\s*\([^()]{1,30}\)\s*[:—–])", sentence[end:end + 60])
                                     and re.fullmatch(r"[\s*•#-]*", sentence[:start])) or placed_in or re.fullmatch(
            r"[\s*•-]*(?:network|operation|set|campaign|cluster)\s*\w{0,3}\s*:\s*", sentence[:start], re.I)
        if not label and SOURCE_WITH_AFTER.match(sentence, end) and SOURCE_WITH_BEFORE.search(sentence, 0, start):
            label = True  # "…sources were Russia with 34 networks, Iran with 29": each country with its own figure
        # (but "a domestic campaign supporting Yemen's government" was run at home)
        stance = STANCE_BEFORE.search(before)
        stance = (stance and not DOMESTIC_CAMPAIGN_BEFORE.search(before[:stance.start()])) or \
            CONTENT_BLAMED_BEFORE.search(sentence, max(0, start - 200), start)
        adjective = label or (not stance and (_unit_follows(after) or _units_after_list(
            sentence, mentions, index) or (bool(ORIGIN_SUFFIX.match(after))
                                           and not SPEAKER_AFTER.match(sentence[end:end + 80]))))
        if ITS_ELECTION_AFTER.match(sentence, end):
            targets.append(country)  # ("…attacking candidates in Ghana's December election": the vote it worked on)
            aimed_to = end
            continue
        if adjective and AUDIENCE_WAS.search(before):
            targets.append(country)  # ("the audience was Sudanese users at home": whom it reached, not who ran it)
            aimed_to = end
            continue
        if cue or continues_list or adjective:
            if re.search(r"\b(?:elections?|voters|people|users|audiences?|citizens|protesters|demonstrators|"
                         r"protests?|movement)\s+(?:located\s+|living\s+|residing\s+)?in\s+(?:the\s+)?$", before,
                         re.I) and not RUN_BY_PEOPLE.search(before):  # ("users located in Moldova": whom it reached)
                targets.append(country)
                aimed_to = end
                continue
            if origins and cue and re.match(r"operat\w*\s+in", cue_words, re.I) and re.search(
                    r"\boriginat\w*|\bbased\s+in|\brun\s+from", sentence[:start], re.I):
                targets.append(country)  # "originated in Russia and operated in Ukraine": where it worked
                continue
            if placed_in and not cue:
                placed_at = (country, sentence[start:end])
                continue
            origins.append(country)
            if continues_list:  # "from Iran, Russia and Venezuela": one phrase
                # (a label's list, "*UAE and Egypt.*", is not quoted, nor one after the quoted phrase:
                # "Russia-linked accounts run out of Ghana and Nigeria")
                if attribution is not None and quoted_to == mentions[index - 1][2]:
                    attribution += sentence[mentions[index - 1][2]:end]
                    quoted_to = end
            elif attribution is None and not re.match(r"\s*:", after) and end > label_end:  # the first attribution
                suffix = ORIGIN_SUFFIX.match(after)  # is quoted (a label's is not); later ones only add countries
                lead = before if cue is not None and cue.re is ORIGIN_CUE else sentence[:start]
                cut = lead.rfind(cue_words) if cue_words and cue_words in lead else (cue.start() if cue else 0)
                # "may have originated in Iran", "accounts potentially based in Iran": the doubt is kept
                hedge = HEDGE.search(lead[:cut][-40:]) if cue else None
                # "tied to the St. Petersburg-based IRA": after a cue, a hyphened place keeps the name it describes
                named = HYPHENED_NAME.match(sentence, end) if cue and suffix else None
                if cue and not named and not sentence.startswith("-", end) and sentence[start:end] not in COUNTRY_NAMES:
                    named = DESCRIBED.match(sentence, end)  # "tied to Russian state actors"
                attribution = ((hedge.group(0) if hedge else "") + (cue_words + " " if cue else "")
                               + sentence[start:end] + (suffix.group(0) if suffix and not cue else "")
                               + (named.group(0) if named else ""))
                quoted_to = end if not (suffix and not (cue and not named)) else -1  # "Iran-linked" ends the phrase
            in_list_from = start
        else:
            in_list_from = None
    if placed_at is not None and placed_at[0] not in origins:
        # "…; in Moldova, YouTube terminated 37 channels…, and Google linked the channels to Russia", and a roundup's
        # later clauses ("…; in Mexico, TikTok took down 1,105 accounts that promoted candidates in Jalisco"): where
        # the network worked, its origin untold; only a sentence that opens so ("In Egypt, 2,541 accounts…") is placed
        if origins or not re.match(r"\W*In\s", sentence):
            targets.insert(0, placed_at[0])
        else:
            origins.insert(0, placed_at[0])
            attribution = attribution or placed_at[1]
    if "country" in lower and (its_vote := THE_COUNTRYS_ELECTION.search(sentence)) is not None and (voting := next((
            country for country, start, end in reversed(mentions) if end <= its_vote.start()
            and not LANGUAGE_AFTER.match(sentence, end) and not LANGUAGE_BEFORE.search(sentence, max(0, start - 60),
                                                                                      start)), None)) is not None \
            and voting not in targets and not NOT_AIMED_AT_THE_EVENT.search(sentence, max(0, its_vote.start() - 50),
                                                                          its_vote.start()):
        # "…critical of the government of Moldova…, ahead of the country's November 5 local elections": its vote
        targets.append(voting)
    # (not "Africa" inside "South Africa")
    places = [*mentions, *(r for r in regions_in(sentence) if not any(s <= r[1] < e for _, s, e in mentions))]
    for region, start, _ in places[len(mentions):]:
        if start >= target_start:
            targets.append(region)
    # "aimed at Madagascar, Mozambique and Cameroon, had 35 Facebook accounts": the phrase ends with its places
    last = max((end for _, start, end in places if start >= target_start), default=None)
    if target_match and last is not None and sentence[last:].lstrip().startswith(","):
        target_text = sentence[target_match.start():last]
    if target_match and not targets and BOTH_COUNTRIES.search(target_text or ""):
        # "…praising the military in Sudan and a faction in Libya, and targeted viewers in both countries": the two
        # the sentence named before (where it names no other)
        # (a country read as where it came from only for being "in" it is one of the two)
        bare = attribution is not None and re.fullmatch(r"in\s+(?:the\s+)?[\w .'’-]+", attribution) is not None
        before = list(dict.fromkeys(name for name, start, _ in mentions if start < target_start and (
            bare or name not in origins)))
        if len(before) == 2:
            targets = before
            if bare:
                origins, attribution = [o for o in origins if o not in before], None
    return list(dict.fromkeys(origins)), list(dict.fromkeys(targets)), attribution, target_text


THE_COUNTRYS_ELECTION = re.compile(r"\bthe\s+country" + ITS_ELECTION_AFTER.pattern, re.I)
BOUGHT_FROM_BEFORE = re.compile(r"\b(?:bought|purchased|acquired|rented)\s+(?:\w+\s+){0,3}?from\b[^.;]{0,80}$", re.I)
BOTH_COUNTRIES = re.compile(r"\b(?:both|the\s+two)\s+(?:countries|nations)\b", re.I)


@lru_cache(maxsize=4096)
def cached_roles(text: str) -> tuple[tuple[str, ...], tuple[str, ...], str | None, str | None]:
    """`country_roles`, remembered: extraction asks about the same sentence for each of its figures."""
    origins, targets, attribution, target_text = country_roles(text)
    return tuple(origins), tuple(targets), attribution, target_text


ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
GENUINE_RUN_BY_BEFORE = re.compile(r"\b(?:legitimate|genuine|real|authentic)\s+(?:[\w-]+\s+){0,2}?"
                                   r"(?:run|operated|owned|managed)\s+by\s+(?:the\s+)?$", re.I)
REQUESTED_BY_BEFORE = re.compile(r"\b(?:requests?|orders?|demands?|pressure)\s+(?:from|of|by)\s+(?:the\s+)?"
                                 r"(?:[\w'’-]+\s+){0,3}?$", re.I)
NOT_SAID_WHETHER = re.compile(r"\b(?:not|never|n['’]t)\s+(?:\w+\s+){0,2}?(?:say|said|confirm|confirmed|comment\w*|"
                              r"address\w*)\s+(?:on\s+)?(?:whether|if)\b", re.I)


def linked_entities(sentence: str) -> list[str]:
    """Who a network is tied to, beyond a bare country: "Iranian state media", "Press TV".

    Only phrases that name someone (a capitalised word) count: "linked to them" names nobody.
    """
    return list(_linked_entities(sentence))


NETWORK_WORD_NEXT = re.compile(r"\s+(?:network|campaign|operation)s?\b")
QUOTED_ENTITY = re.compile(rf"(?:the\s+)?[\"“](?P<name>[{CAPITALS}][^\"”]{{1,60}})[\"”]")
NOT_BEFORE = re.compile(r"\b(?:not|never)\s+(?:yet\s+)?$|n['’]t\s+$", re.I)
# a stem of which each of `ENTITY_LINK`'s phrases holds one: the test before it
LINK_STEMS = ("link", "tied", "ties", "tie ", "connect", "affiliat", "trac", "associat", "backed", "run", "operated",
              "managed", "controlled", "behalf", "attribut")


@lru_cache(maxsize=4096)
def _linked_entities(sentence: str) -> tuple[str, ...]:
    """`linked_entities`, remembered: a sentence is asked as itself, as a quote and as the one before's context."""
    found = []
    lower = sentence.lower()
    for match in ENTITY_LINK.finditer(sentence) if any(word in lower for word in LINK_STEMS) else ():
        if QUOTES_ATTRIBUTED.search(sentence, max(0, match.start() - 60), match.end()):
            continue  # "quotes attributed to French ministers"
        if NOT_SAID_WHETHER.search(sentence, max(0, match.start() - 120), match.start()):
            continue  # "X did not say whether it agreed that the network was run by or for the Belarusian state"
        if NOT_BEFORE.search(sentence, max(0, match.start() - 20), match.start()):
            continue  # "The company did not attribute this network to the Chinese government"
        if match.group(0).lower().startswith("ties") and re.search(r"(?:['’]s|s['’])\s+$", sentence[:match.start()]):
            continue  # "the costs of Armenia's ties with the West": a country's ties, not who ran the network (nor
            # "…complained about their own governments' ties to Washington")
        phrase = ENTITY_END.split(sentence[match.end():], maxsplit=1)[0]
        if quoted := QUOTED_ENTITY.match(sentence, match.end()):
            # ('operated by the "Brigada Digital Soberana", a volunteer group'; but not a network's name: 'connected
            # to the "Pomegranate Wire" network', 'linked to "Grey Lantern," a Russia-based campaign')
            if NETWORK_WORD_NEXT.match(sentence, quoted.end()) or NAMED_NETWORK_AFTER.match(
                    ("," if quoted.group(0)[-2] == "," else "") + sentence[quoted.end():]):
                continue
            phrase = quoted["name"].rstrip(",.")
        # "run by a Madrid-based political consultancy, Iberomedia Estrategias, in…": the name after the description
        named = APPOSITIVE_NAME.match(sentence, match.end() + len(phrase))
        called = None
        if named and KIND_OF_BODY.search(phrase) and not countries_in(named["name"]):
            phrase = f"{phrase}, {named['name']}"
        elif (called := CALLED_AS.match(sentence, match.end() + len(phrase))) is not None and (
                KIND_OF_BODY.search(phrase) or called["relative"]) and without_countries(phrase).strip(" ,"):
            # "…linked the network to members of a unit of the army's information operations command that refers to
            # itself internally as Directorate 9": the unit, by the name it goes by
            phrase = f"{phrase}, {TRAILING_SMALL_WORDS.sub('', called['name'])}"
        # (and set in bold: "**Haixi Bright Culture**")
        phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip().strip("*_")).rstrip(":;")  # ("…Analytics: 241 Pages")
        phrase = re.sub(r"\s*\([^)]*$", "", phrase)  # "the Indian National Congress (INC": the name, not half its aside
        words = phrase.split()
        # (a long name is still a name: "the Directorate of Public Diplomacy of the Ministry of Foreign Affairs")
        if not words or (len(words) > 8 and not (len(words) <= 14 and (
                PROPER_NAME.fullmatch(phrase) or called is not None))) or not any(
                w[0].isupper() for w in words) or NOT_AN_ENTITY.match(phrase):
            continue
        if words[0].lower() in LINKED_CONTENT:
            continue  # "shared links to websites registered in June": hyperlinks, not who ran it
        rest = without_countries(phrase).split()
        if all(w.lower() in {"and", "or", "the", "'s"} for w in rest) or all(
                w.lower().strip("-") in PLACED_KINDS for w in rest):
            continue  # a bare country is an origin, not an entity; nor is "a Russia-based operation" more than one
        if rest and rest[-1].lower() in {"network", "campaign", "operation"} and NETWORK_NAME.fullmatch(
                "the " + " ".join(rest)):
            continue  # "tied to the Chinese Golden Reed network": the network itself, by its name
        if len(rest) == 2 and rest[1] == "in" and rest[0].lower() in GENERIC_ACTORS:
            continue  # "traced to operations in Sudan": a place, told in other words
        if not any(w[0].isupper() for w in rest) and {w.lower() for w in rest} & NETWORK_NOUNS:
            continue  # "tied to a covert influence network run from Egypt": the network, described, not who ran it
        name_end = quoted.end() if quoted else match.end() + len(
            ENTITY_END.split(sentence[match.end():], 1)[0].rstrip(" ("))  # (before an aside)
        if NAMED_NETWORK_AFTER.match(sentence, name_end):
            continue  # "for ties to Copper Choir, a network that promoted…": the network itself, by its name
        found.append(phrase)
    unique = list(dict.fromkeys(found))
    # (one name inside another is the other's, but not a possessor: "Meridian" beside "Meridian's clients")
    return tuple(p for p in unique if not any(p != other and p in other and not other.startswith((p + "'s", p + "’s"))
                                              for other in unique))


# a name, every word capitalised but the small ones ("Lanka Bright Media", "Centro Andino de Contacto"), not a
# description of who ran a network ("a Jakarta public relations firm", "Serbia's ruling party")
PROPER_NAME = re.compile(r"[A-Z0-9][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|of|the|and|for|de|del|da|do))*")
NAME_GIVEN_TO = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+is\s+the\s+(?:name|label|"
                           r"moniker|code\s*name)\s+(?:\w+\s+){0,6}?(?:gave|given|assigned)\s+to\s+an?\s+"
                           r"(?:[\w,-]+\s+){0,4}?(?:network|campaign|operation)\b")


# "The second campaign, which OpenAI called Fern Atlas, was a commercial operation": the name its aside gives it
NAMED_THEN_DEFINED = re.compile(r"^\W*The\s+(?:[\w-]+\s+){0,2}(?:campaign|network|operation),\s+which\s+"
                                r"(?:[\w'’-]+\s+){1,4}?(?:called|calls|named|dubbed|nicknamed)\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}),"
                                r"\s+(?:was|is)\s+an?\s+")


def defined_network(sentence: str) -> str | None:
    """The network a sentence says what it is: "Glass Heron was a network of fake accounts that…"."""
    match = DEFINED.search(sentence) if " is a" in sentence or " was a" in sentence else None
    if match is None and (" is a" in sentence or " was a" in sentence):
        match = NAMED_THEN_DEFINED.match(sentence)
    if match is None and " is the " in sentence:
        match = NAME_GIVEN_TO.search(sentence)  # "Paper Lantern is the name analysts gave to a … network"
    if match is None or COUNTRY_ALIASES.get(match["name"]) or PLATFORM_ALIASES.get(match["name"].lower()) or \
            match["name"].split()[0] in {"The", "This", "That", "It", "A", "An"}:
        return None
    return match["name"]


ALIAS_WORDS = ("known", "call", "dub", "track", "refer", "names")  # one of which each `ALIAS_PAIR` holds


# "It goes by several names: we called it Glass Orchard…; OpenAI calls it "Bitter Apple"; officials use "Apfelbaum"…"
SEVERAL_NAMES = re.compile(r"\b(?:goes|went|go)\s+by\s+(?:several|many|a\s+few|multiple|two|three|four|other)\s+"
                           r"names\b|\b(?:several|many|multiple)\s+names\s*:", re.I)
QUOTED_NAME = re.compile(r"[\"“](?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})[,.]?[\"”]")
# "…tracked it for years under another name, Glass Orchard": the network just named, by another name
ANOTHER_NAME = re.compile(rf"\b(?:under|by)\s+(?:another|a\s+different|a\s+second)\s+name,?\s+"
                          rf"[\"“']?(?P<alias>{_NAME})")


# "The firm's staff referred to the project internally as "Desert Wire"": the network just named, by its makers' name
# (and "Inside the company the case was tracked as "Glass Desk""; "The lab refers to it in its reports as "MC-24"",
# "it calls it "the Kalpavriksha network"")
INTERNAL_NAME = re.compile(rf"\b(?:internally|[Ii]nside\s+the\s+(?:company|firm)\b[^.;]{{0,40}}?\b"
                           rf"(?:tracked|known|filed))\s+(?:as|called|named|dubbed|known\s+as)\s+[\"“']?(?P<alias>{_NAME})"
                           # (but "We refer to it as the Cakra network", a report's own naming of what it tells)
                           rf"|(?<![Ww]e\s)(?<!\bI\s)\b(?:refers?\s+to|calls?|dubs?|names|tracks)\s+(?:it|(?:the|this)\s+"
                           rf"(?:activity|actor))\s+(?:in\s+(?:its|their)\s+\w+\s+)?"
                           rf"(?:\w+ly\s+)?(?:as\s+)?[\"“']?(?:the\s+)?(?P<it>{_NAME})")
# "Microsoft Threat Intelligence, which tracks the same actor as Storm-3107": another namer's name for the network
SAME_AS = re.compile(rf"\b(?:tracks?|tracked|calls?|called|names?|named|refers?\s+to|report(?:s|ed)?\s+on|"
                     rf"describe[sd]?)\s+(?:the\s+)?same\s+(?:actor|network|operation|group|campaign|cluster|activity)\s+"
                     rf"(?:as|under\s+the\s+name)\s+[\"“']?(?P<alias>{_NAME})")  # ("reported on the same actor under…")


def names_listed(sentence: str) -> list[str]:
    """The names of one network a sentence lists as its several names (`SEVERAL_NAMES`), in order."""
    if not SEVERAL_NAMES.search(sentence):
        return []
    found = [*_network_names(sentence), *(m["name"] for m in QUOTED_NAME.finditer(sentence))]
    return [name for name in dict.fromkeys(found) if not COUNTRY_ALIASES.get(name)
            and not PLATFORM_ALIASES.get(name.lower())]


def network_aliases_in(sentence: str) -> list[tuple[str, str]]:
    """(name, alias) pairs a sentence gives ("Spamouflage, also known as DRAGONBRIDGE")."""
    pairs = []
    lower = sentence.lower()
    matches = [*ALIAS_PAIR.finditer(sentence), *TRANSLATED_PAIR.finditer(sentence)] \
        if any(word in lower for word in ALIAS_WORDS) else []
    matches += list(ALSO_UNDER.finditer(sentence)) if "under the" in lower else []
    matches += list(KNOWN_UNTIL.finditer(sentence)) if " until " in lower else []
    matches += list(UNDER_THE_NAME.finditer(sentence)) if "under the name" in lower else []
    matches += list(BRACKETED_ALIAS.finditer(sentence)) if "; also " in lower else []
    for match in matches:
        name = re.sub(r"^(?:The|This|That|A|An|Its)\s+", "", match.group("name").strip())
        alias = match.group("alias").strip()
        if match.re is ALIAS_PAIR and PRESENT_TENSE_NAMER.match(sentence, match.end("name")):
            continue  # "Northgate, a research group in Melbourne, tracks as "Moonwake"": who names it, not a name
        if DESCRIBED_BY_PLACE.search(name):
            continue  # "the Russia-based operation, which Meta calls "Dniester Relay"": where it came from, no name
        if name != alias and not COUNTRY_ALIASES.get(name) and not PLATFORM_ALIASES.get(name.lower()) \
                and not PLATFORM_ALIASES.get(alias.lower()) and name.split()[0] not in {"The", "This", "It", "A"} \
                and not {name.lower(), alias.lower()} & CALENDAR_WORDS:
            pairs.append((name, alias))  # (not "…listed for April, which TikTok called "Savanna Loop"": a month)
    return pairs


CALENDAR_WORDS = {*MONTHS, *WEEKDAYS}  # never a network's name, nor another name for one
DESCRIBED_BY_PLACE = re.compile(r"-(?:based|linked|run|backed|origin|controlled|affiliated|aligned)$", re.I)
# beside "network", "operation" or "campaign" alone, what one of `NETWORK_NAME`'s patterns needs: a word that names
# ("called", "dubbed", "which"…), a quote, an apposition (", a network run from…"), a definition ("… was a network"),
# or a capitalised name after "the" ("the Golden Reed network")
NAMING_WORDS = ("known", "dub", "call", "nam", "identified", "track", "refer", "label", "moniker", "code", "gave",
                "present", "which")
TERM_WORD = re.compile(r"\bterm(?:s|ed)?\b")
APPOSITION_OR_DEFINITION = re.compile(r",\s+(?:an?|the)\s|\b(?:is|was)\s+an?\s|\bthe\s+[A-Z]"
                                      r"|\b(?:network|operation|campaign),\s+[A-Z]"
                                      r"|\b[Tt]he\s+[\w-]+\s+(?:[\w-]+\s+)?[A-Z]")  # ("The China-based Lotus Harbor…")


def _may_name_a_network(sentence: str) -> bool:
    """Whether `NETWORK_NAME` can match at all: it is tried at every position, and most sentences that say
    "network" name none."""
    lower = sentence.lower()
    return NETWORK_NAME_NEEDS.search(lower) is not None and (
        any(word in lower for word in NAMING_WORDS) or ("term" in lower and TERM_WORD.search(lower) is not None)
        or '"' in sentence or "“" in sentence or "'" in sentence or "Operation " in sentence
        or ("(" in sentence and "linked to" in lower) or "part of" in lower or "reporting on" in lower
        or APPOSITION_OR_DEFINITION.search(sentence) is not None)


def network_names(sentence: str) -> list[str]:
    """Names a network goes by in the sentence (see `_network_names`); a fresh list the caller may keep.  A hashtag
    in camel case is read as the words it joins ("the network we have been calling #SavannaRelay")."""
    if "#" in sentence:
        sentence = CAMEL_HASHTAG.sub(lambda tag: re.sub(r"(?<=[a-z])(?=[A-Z])", " ", tag["words"]), sentence)
    return list(_network_names(sentence))


CAMEL_HASHTAG = re.compile(r"#(?P<words>[A-Z][a-z]+(?:[A-Z][a-z]+)+)\b")


# the last word of a firm's name ("Vektor Media Group", "Harrow Point Consulting"); `extract.ORGANISATION_WORD` is
# a body's word anywhere in a name ("Media", "Ministry"), for telling a network's name from its runner's
ORGANISATION_END = re.compile(r"\b(?:Group|Consulting|Consultants?|Communications|Ltd|Limited|Inc|LLC|Agency|"
                              r"Strategies|Partners|Company|Corp|Corporation|Holdings|Solutions|Associates|Firm|"
                              # (and in other languages: "Baobab Conseil", "Andesmedia Consultores")
                              r"Conseils?|Consultores|Consultoria|Consultoría|Comunicaciones|Comunicación|Comunicação|"
                              r"Kommunikatsii|SARL|SRL|GmbH|S\.?A)\.?$")


# ("Iran-based Harbor Static": what is left of a name after the country it came from)
PLACED_PREFIX = re.compile(r"^-(?:based|linked|run|backed|funded|operated|led|owned|aligned|affiliated|sponsored)\s+")
# the platforms' words for what a network did, written as acronyms: never a network's name
POLICY_ACRONYMS = {"CIB", "CIO", "IO", "IOS", "FIMI", "DSA"}
# "during the Alberta campaign", "ahead of the Lisbon campaign": the time of an election campaign
ELECTION_TIME_BEFORE = re.compile(r"\b(?:during|throughout|ahead\s+of|before|after)\s+$", re.I)


# what a "network" that checks facts or researches is, told right after its name
FACT_CHECKERS_AFTER = re.compile(r"(?:,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:alliance|coalition|consortium|group|"
                                 r"association|collective)\s+of\s+(?:[\w-]+\s+){0,4}?|\s+of\s+)(?:fact-?check|"
                                 r"journalis|researcher|newsroom|reporter|media\s+outlets|independent\s+media)", re.I)
NOT_A_NAME_START = {"the", "this", "a", "an", "its", "it", "that", "they", "in", "on", "at", "by", "during", "since",
                    "after", "before", "last", "earlier", "later", "meanwhile", "separately", "also"}


# a sentence's opening word that a capitalised name may follow ("Remember Copper Lantern, the … network?")
LEAD_WORDS = {"remember", "recall", "consider", "meet", "unlike", "like", "including", "besides", "take"}


@lru_cache(maxsize=4096)
def _network_names(sentence: str) -> tuple[str, ...]:
    """Names a network goes by in the sentence ("Liberty Front Press", "Spamouflage"); a name with a
    known alias is filed under one name, so "DRAGONBRIDGE" and "Spamouflage" are one network."""
    names = [name for name, _, _ in scan_phrases(sentence, _KNOWN_NETWORKS, fold_case=False)]
    names += [name for pattern, name in _DIGIT_NETWORKS if pattern.search(sentence)]
    for match in NETWORK_NAME.finditer(sentence) if _may_name_a_network(sentence) else ():
        name = next(g for g in match.groups() if g)
        if match.lastgroup == "a" and re.match(r"(?:called|named)\b", match.group(0)) and BODY_BEFORE.search(
                sentence, max(0, match.start() - 40), match.start()):
            continue  # "a marketing firm called Tallgrass Digital": who ran the network, not its name
        if match.lastgroup == "a" and ORGANISATION_END.search(name) and not re.search(r"[\"“'*]", match.group(0)):
            continue  # "Meta … named Vektor Media Group": who it blamed, a firm, not what it called the network
        if match.lastgroup in ("ap", "pt", "rp") and (platforms_in(name) or countries_in(name)):
            continue  # ("…the network, Facebook Pages, which…": no name)
        if name.split()[0].lower() in LEAD_WORDS and len(name.split()) >= 3:
            name = name.split(None, 1)[1]  # "Remember Copper Lantern, the Azerbaijan-run network…?": the name after it
        if COUNTRY_ALIASES.get(name) or name.split()[0].lower() in NOT_A_NAME_START:
            continue  # (nor "In January, a network from Belarus…": when, not what it is called)
        if re.search(r"-(?:owned|based|run|linked|backed|funded|operated|led)$", name):
            continue  # "the Microsoft-owned network" (a platform), "the Moscow-based network": what it is, no name
        if FACT_CHECKERS_AFTER.match(sentence, match.end()):
            continue  # "alerted by the Faktenkompass network, an alliance of fact-checking teams": fact-checkers
        if match.lastgroup == "d" and match.group(0).endswith("campaign") and ELECTION_TIME_BEFORE.search(
                sentence, max(0, match.start() - 20), match.start()):
            continue  # "paid content during the Alberta campaign": an election's, not a network's
        if match.lastgroup == "h" and PLACE_LIST_BEFORE.search(sentence, max(0, match.start() - 60), match.start()):
            continue  # "…targeted voters in Central Java and West Java, a network that…": a place, then the network
        if PLATFORM_ALIASES.get(name.lower()) or (countries_in(name) and len(name.split()) == 1) or \
                name.upper() in POLICY_ACRONYMS:
            continue  # (nor "CIB", the policy: "…coordinated inauthentic behavior (CIB)", "250 CIB networks")
        if all(countries_in(word) or PLATFORM_ALIASES.get(word.lower()) for word in name.split()):
            continue  # "the Iranian YouTube operation": where from and where, no name
        # "the Chinese Golden Reed network", "the Iran-based Harbor Static network": the network's name after the
        # country it comes from
        place = countries_in(name)
        if place and place[0][1] == 0 and len(name[place[0][2]:].split()) >= 2 and match.lastgroup == "d":
            name = PLACED_PREFIX.sub("", name[place[0][2]:])
        names.append(KNOWN_NETWORK_NAMES.get(name.strip().lower(), name.strip()))
    return tuple(dict.fromkeys(names))

"""Tip-offs: who alerted a platform to a network ("after a tip from the FBI", "Graphika reported the
accounts to Twitter", "credited FireEye with the original lead"), per sentence.

The patterns that start with a name are tried only where a tipping word stands (`FIRST_CUE`, `LATE_CUE`):
tried at every word, they cost more than the rest of a sentence's extraction.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from bot.dates import dates_in
from bot.documents import Document
from bot.facts import Tip
from bot.mentions import OBJECT_BEFORE, UNIT_NEXT, actions_in, folded, platforms_in
from bot.roles import COUNTRY_ALIASES, PLATFORM_ALIASES
from bot.sentences import Sentence
from bot.vocabulary import CAPITALS, UNIT_WORDS

TIP_WORDS = {"tip", "tips", "tipped", "lead", "leads", "alerted", "flagged", "notified", "information", "intelligence",
             "indicators", "clues",
             "shared", "referral", "referrals", "referred", "warned", "prompted", "reporting", "research",
             "findings", "exposed", "supplied", "credited", "credit", "credits", "help", "contacted", "approached",
             "notification", "helped", "light", "request"}  # ("the network came to light after…")
# words that tell of a tip only beside another ("first spotted by", "reached out to"): common alone
TIP_WORDS_WITH = {"spotted": " by ", "discovered": " by ", "uncovered": " by ", "identified": " by ",
                  "reached": "reached out", "asked": "after ", "told": "after ", "questions": "after questions",
                  "inquiries": "after inquiries", "sent": "we sent",  # ("In October we sent Twitter a list of…")
                  "learned": " from ", "learnt": " from ", "heard": " from ",  # ("We first learned about them from…")
                  "began": "began after", "started": "started after",  # ("the investigation began after X published…")
                  "receiving": "after receiving",  # ("…after receiving a report in late June from…")
                  "investigation": "investigation after"}  # ("Meta started its investigation after X published…")
TIP_RE = re.compile(
    r"\b(?:tip(?:s|ped)?(?:\s+off)?|leads?|alerted|flagged|notified|notification|referr\w+|information|intelligence)\b",
    re.I)
# the rest of a name, with the small words inside names ("Center for Countering Digital Hate", "Institute for the
# Study of War", "Observatoire Numérique des Ingérences", "Instituto de Estudos")
NAME_TAIL = (r"(?:\s+(?:(?:for|of|on|des|de|du|da|do|dos|das|di|del|della|der|van|von|für|zur|för|pour|per|pod|na|za|"
             r"ze|em|en)\s+"
             r"(?:the\s+)?)?"
             rf"[{CAPITALS}][\w.&'-]*)*")  # (a word may open with an accented capital: "Ingrid Ødegaard")
TIP_SOURCE = re.compile(
    rf"\b(?:from|by)\s+(?!(?:an?\s+)?(?:tip|tips|referral|report|alert|lead)\b)(?P<source>(?:the\s+)?(?:[A-Za-z][\w.&'-]*\s+){{0,4}}?(?:[{CAPITALS}][\w.&'-]*){NAME_TAIL}"
    r"(?:\s+(?:law\s+enforcement|officials|authorities|government|intelligence|researchers|investigators|analysts|"
    r"experts))?)"
    # ("The referral came from the Central Office for Detecting Disinformation (ZEDD)": the name's small words too)
    rf"|\bcame\s+from\s+(?P<came>(?:the\s+)?[{CAPITALS}][\w.&'-]*{NAME_TAIL})"
    r"|\b(?:from|by)\s+(?P<generic>(?:other\s+)?(?:industry\s+(?:peers?|partners?)|law\s+enforcement)"
    r"|(?:an?\s+)?(?:independent\s+)?(?:researchers?|journalists?|reporters?))\b",
)
# "…alerted it to the network, which was run by a Colombo marketing firm": who ran the network, not who gave the tip
RAN_BY_BEFORE = re.compile(r"\b(?:run|operated|managed|controlled|owned|directed|backed|funded|financed|created|"
                           r"built|coordinated)\s+$", re.I)
# "reported the accounts to Twitter": a tip, unlike "reported that…"
# ("…, said on Wednesday that it had reported…": when it said so, and "that")
_SAID_WHEN = r"(?:on\s+[A-Z]\w+\s+)?(?:that\s+)?"
_REPORTED_TO = r"reported\s+(?:[\w,]+\s+){1,6}?to\s+(?:it|them|the\s+(?:company|platform)|[A-Z]\w*)\b"
# ("Moldovan fact-checkers": the people, not their country)
_SOURCE = rf"(?:the\s+|an?\s+)?(?:[{CAPITALS}][\w.&'-]*{NAME_TAIL}(?:\s+(?:law\s+enforcement|fact-checkers|" \
          r"journalists|researchers|reporters|analysts|investigators))?|industry\s+peers?|" \
          r"industry\s+partners?|law\s+enforcement|researchers)"
# "reporting from journalists at Rundblick": the outlet whose people did the work
# ("investigative journalists at the German weekly Rundblick": the outlet, whatever kind of outlet it is called)
_PEOPLE_AT = (r"(?:[a-z]+\s+)?(?:journalists|researchers|reporters|analysts|investigators|experts)\s+"
              r"(?:at|from|with)\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:weekly|daily|newspaper|magazine|broadcaster|outlet|"
              r"news\s+(?:site|outlet|agency))\s+)?")
# whom a tip was sent to and what it was: "…sent us a detailed report", "…sent TikTok a referral"
_SENT_WHAT = (r"(?:[A-Z][\w-]*|us|them|it|the\s+company|the\s+platform)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?"
              r"(?:referral|tip|tips|report|list|alert|dossier|findings)\b")
# "a request from the German government": the government, not "German"
OFFICIALS = r"(?:\s+(?:government|authorities|officials|ministry|regulator|police|parliament|prosecutors))?"
# "an industry peer alerted Twitter", "after the FBI tipped it off", "the FBI's tip", "acting on FBI information",
# "prompted by a Bellingcat report", "researchers at X, who first flagged the network to…": the source named before
# the cue; or after it, in "found them with help from Graphika"
SOURCE_FIRST = re.compile(
    # ("Microsoft's threat analysis center first flagged…": the company whose team it was)
    rf"(?P<a>{_SOURCE})(?:['’]s(?:\s+[a-z][\w-]*){{0,3}}?\s+(?:team|cent(?:er|re)|unit|group|division|lab|"
    rf"researchers|analysts|investigators|experts))?,?\s+(?:(?:who|which)\s+)?(?:had\s+|first\s+|originally\s+)?"
    rf"(?:alerted|tipped|notified|warned|"
    rf"(?:flagged|referred)\s+(?:\w+\s+){{1,3}}?to)\b(?!\s+(?:that|of|about)\b)"  # ("warned that…": a claim)
    rf"|(?P<b>{_SOURCE})['’]s?\s+(?:tip|tips|information(?![\s-]+(?:operations?|ministry|minister|office|agency|"
    rf"department|war|campaign))|referral)\b"
    # "the FBI shared information that led to the discovery of the accounts"
    rf"|(?P<p>{_SOURCE})\s+(?:had\s+)?(?:shared|provided|passed\s+on|gave)\s+(?:\w+\s+){{0,2}}?(?:information|"
    rf"intelligence|details|evidence|leads?|tips?)\s+(?:that|which)\s+(?:\w+\s+)?(?:led|helped|prompted)\b"
    rf"|\b(?i:acting\s+on|after|following|based\s+on)\s+(?:an?\s+|the\s+)?(?P<c>{_SOURCE})\s+(?:tip|information|"
    rf"referral|report)\b"
    rf"|\bprompted\s+by\s+(?:an?\s+|the\s+)?(?P<d>{_SOURCE})\s+(?:report|investigation|tip|findings)\b"
    rf"|\b(?:found|identified|discovered|uncovered|detected)\s+(?:\w+\s+){{0,3}}?with\s+(?:the\s+)?help\s+"
    rf"(?:from|of)\s+(?P<i>{_SOURCE})"
    rf"|\b(?:had|got|received)\s+(?:\w+\s+)?help\s+(?:from|of)\s+(?P<j>{_SOURCE})(?:\s+and\s+(?P<k>{_SOURCE}))?"
    # "Researchers at the Halvorsen Digital Lab, an independent group based in Oslo, said they had tipped off Facebook"
    rf"|(?P<r>{_SOURCE}),?\s+(?:an?\s+[\w\s-]{{1,50}}?,\s+)?said\s+{_SAID_WHEN}(?:they|it)\s+(?:had\s+)?(?:first\s+)?"
    rf"(?:tipped\s+off|alerted|notified|warned|flagged)\b"
    # "Graphika reported the accounts to Twitter", "the Alliance…, a nonprofit, said it had reported 600 of them to X"
    # (and "TsekMate, a volunteer fact-checking collective, noticed identical comments on several Pages and reported
    # the pattern to Meta")
    rf"|(?P<l>{_SOURCE}),?\s+(?:an?\s+[\w\s-]{{1,40}}?,\s+)?(?:said\s+{_SAID_WHEN}(?:they|it)\s+|(?:who|which)\s+)?"
    rf"(?:had\s+)?"
    rf"(?:[a-z]+ed\s+(?:[\w-]+\s+){{1,10}}?and\s+)?(?:first\s+)?{_REPORTED_TO}"
    # "the Office referred the results of its investigation to Meta, Google and TikTok": to those it names
    # (and "FaktNet Stred, a network of fact-checking teams…, noticed a cluster of Pages … and passed its findings to
    # Meta")
    rf"|(?P<u>{_SOURCE}),?\s+(?:an?\s+[^,]{{1,90}}(?:,\s+[A-Z][\w-]*|\s+and\s+[A-Z][\w-]*)*,\s+)?"
    rf"(?:[a-z]+ed\s+(?:[\w-]+\s+){{1,14}}?and\s+)?"
    rf"(?:formally\s+|first\s+)?(?:referred|passed|handed|submitted|sent)\s+(?:[\w-]+\s+){{1,6}}?to\s+(?=[A-Z])"
    # "KIDP's monitoring desk sent TikTok a referral listing 260 accounts": to the platform it names
    # (and "Ojo Verificador, a fact-checking group in Arequipa, sent us a detailed report", in the platform's words)
    rf"|(?P<v>{_SOURCE})(?:['’]s(?:\s+[a-z][\w-]*){{0,3}}?\s+(?:desk|team|unit|analysts|researchers|staff|office))?"
    rf",?\s+(?:an?\s+[^,]{{1,60}},\s+)?(?:had\s+)?(?:sent|gave|passed|handed)\s+(?={_SENT_WHAT})"
    # "…acted after journalists at Ìtàn Reports, an investigative newsroom in Lagos, shared evidence of the network"
    # (and "…acted after the Bogotá fact-checking group Veraz Colombia shared a list of suspicious accounts")
    rf"|\bafter\s+(?:[\w-]+\s+(?:at|from)\s+|the\s+(?:[\w-]+\s+){{1,4}}?(?:group|firm|outlet|organi[sz]ation|"
    rf"lab|newsroom|nonprofit|agency)\s+)?(?P<w>{_SOURCE}),?\s+(?:an?\s+[^,]{{1,60}},\s+)?(?:had\s+)?"
    rf"(?:shared|sent|passed|handed|provided)\s+(?:\w+\s+){{0,2}}?(?:evidence|findings|research|data|analysis|"
    rf"indicators|details|information|list)\b"
    # "Tessaract Threat Intelligence, a cybersecurity firm, shared its findings with both Facebook and Twitter"
    # (and "…by La Lupa Andina, a fact-checking outlet based in Bogotá, which shared its data with Twitter")
    rf"|(?P<t>{_SOURCE}),?\s+(?:an?\s+[^,]{{1,90}},\s+)?(?:which\s+|who\s+)?(?:had\s+|later\s+|then\s+)?shared\s+"
    rf"(?:its|their|the|her|his)\s+(?:[\w-]+\s+)?"
    rf"(?:findings|research|evidence|data|analysis|indicators|results)\s+with\s+(?:both\s+)?(?=[A-Z])"
    # "Ukweli Lens said it shared a list of 430 of the most active accounts with Twitter": with the platform it names
    rf"|(?P<sl>{_SOURCE}),?\s+(?:an?\s+[^,]{{1,90}},\s+)?said\s+{_SAID_WHEN}(?:it|they)\s+(?:had\s+)?(?:first\s+)?"
    rf"(?:shared|sent|passed|handed\s+over|provided)\s+(?:an?|the|its|their)\s+(?:[\w,-]+\s+){{0,10}}?"
    rf"(?:with|to)\s+(?=[A-Z])"
    # "Cek Nyata, a Jakarta-based fact-checking collective, told Kabar Wire that it had sent the company a list of…"
    rf"|(?P<st>{_SOURCE}),?\s+(?:an?\s+[^,]{{1,90}},\s+)?(?:said|told\s+(?:[\w-]+\s+){{1,4}}?)\s*{_SAID_WHEN}"
    rf"(?:it|they)\s+(?:had\s+)?(?:first\s+)?(?:sent|passed|handed|gave)\s+(?={_SENT_WHAT})")
# a word every `SOURCE_FIRST` pattern needs; its patterns that start with a name are tried at every word otherwise
FIRST_CUE = re.compile(r"\b(?:alerted|tipped|notified|warned|flagged|referred|tips?|information|referral|report(?:ed)?|"
                       r"investigation|findings|help|sent|shared|evidence|data|indicators|list)\b")
# the words (or their stems) of which each of `SOURCE_FIRST`'s patterns holds one: "…findings…" alone passes
# `FIRST_CUE` but can start none of them
FIRST_NEEDS = ("alert", "tip", "notif", "warn", "flag", "refer", "information", "shar", "provid", "pass", "gave",
               "prompt", "report", "help", "hand", "submit", "sent")
# "for which Mandiant supplied leads", "credited FireEye with the original lead", "after public reporting by
# the DFRLab", "after Microsoft exposed domains…": tried only where such a word stands (`LATE_CUE`), since
# patterns that start with a name are tried at every word
LATE_CUE = re.compile(r"\b(?:supplied|provided|shared|passed\s+(?:on|along|its|their|the)|handed\s+over|sent|gave|"
                      r"credit(?:s|ed)?|learned|learnt|heard|found\s+out|"
                      r"came\s+to\s+light|(?:uncovered|exposed|discovered|found)\s+after|helped\s+(?:us|the|it)|"
                      r"reporting|research|findings|"
                      r"informed\s+by|request\s+(?:from|of)|(?:began|started|opened)\s+(?:after|when)|"
                      r"investigation\s+(?:after|when)|"
                      r"after\s+(?:receiving|getting)|"
                      r"exposed|flagged|contacted|approached|reached\s+out|(?:spotted|discovered|uncovered|identified)"
                      r"\s+by|(?:report|story|investigation)\s+(?:by|from)"
                      r"|(?:asked|told|questioned|informed)\s+(?:the\s+company|the\s+platform|it|them|[A-Z]\w*)"
                      r"|(?:questions|inquiries|queries)\s+from|(?:reported|referred)\s+to)\b")
SOURCE_LATE = re.compile(
    # (and "Kestrel Ridge Labs in Dublin supplied the tip": the lab, not its city)
    rf"(?P<e>{_SOURCE})(?:\s+in\s+[A-Z][\w-]+)?\s+(?:supplied|provided|shared|passed\s+on|gave)\s+(?:\w+\s+)?"
    rf"(?:leads?|tips?)\b"
    # ("credited researchers at the Corran Institute with the original tip": the institute)
    # (and "credited a team at Andes Data Lab, a research group…, with flagging…")
    rf"|\bcredit(?:s|ed)?\s+(?:(?:an?\s+|the\s+)?(?:researchers|analysts|investigators|experts|team|group|unit)\s+"
    rf"(?:at|from|with)\s+)?(?:the\s+)?"
    rf"(?:(?:cyber)?security\s+(?:firm|company)\s+|research\s+(?:firm|group|lab)\s+)?"
    rf"(?P<f>{_SOURCE})(?:['’]s(?:\s+[a-z][\w-]*){{0,3}}?\s+(?:team|unit|group|lab|researchers|analysts|investigators))?"
    rf"(?:,\s+an?\s+[^,]{{1,100}},)?\s+with\s+(?:the\s+|an?\s+)?(?:\w+\s+)?(?:lead|tip|tipping|flagging|spotting|"
    rf"alerting|detecting|"
    rf"bringing|drawing)\b"
    # ("The company credited the Halden Observatory in Norway, which shared a list of accounts with X in July")
    rf"|\bcredit(?:s|ed)?\s+(?:the\s+)?(?P<cw>{_SOURCE})(?:\s+in\s+[A-Z][\w-]+)?,\s+which\s+(?:had\s+)?(?:first\s+)?"
    rf"(?:shared|sent|passed|provided|flagged|gave|handed)\b"
    # ("Meta credited both the Tessaly Institute and the Mekong Ledger for the tip": each of them)
    rf"|\bcredit(?:s|ed)?\s+(?:both\s+)?(?:the\s+)?(?P<c1>{_SOURCE})\s+and\s+(?:the\s+)?(?P<c2>{_SOURCE})\s+(?:for|with)\s+"
    rf"(?:the\s+|an?\s+)?(?:\w+\s+)?(?:tips?|leads?|referral)\b"
    # "after public reporting by the DFRLab", "the takedown followed a report by the DFRLab"
    rf"|\b(?i:after|following|followed)\s+(?:an?\s+|the\s+)?(?:\w+\s+){{0,3}}?(?:reporting|research|findings|"
    rf"report|story|investigation)\s+(?:by|from)\s+(?:{_PEOPLE_AT})?(?:the\s+)?(?P<g>{_SOURCE})"
    # "its investigation built on research shared by the Baltic Signal Lab": what the platform's work started from
    # (and "its investigation was prompted by reporting from Dilani Wijesekera")
    rf"|\b(?i:investigation|takedown|removals?|action|inquiry|probe)\s+(?:was\s+|(?:had|has)\s+(?:been\s+)?)?(?:(?:built|based|"
    rf"drew|draws|"
    rf"relied|relies|began|started|stemmed)\s+(?:on|with|from)|(?:prompted|triggered|sparked)\s+by)\s+(?:an?\s+|the\s+)?(?:\w+\s+){{0,3}}?(?:reporting|"
    rf"research|findings|report|work|tips?|leads?)\s+(?:(?:shared|published|done|conducted|carried\s+out)\s+)?"
    rf"(?:by|from)\s+(?:{_PEOPLE_AT})?(?:the\s+)?(?P<bo>{_SOURCE})"
    # ("Based on research shared with us by the Meridian Observatory, we identified 148 further accounts…")
    rf"|^\W*(?i:based\s+on|building\s+on|drawing\s+on)\s+(?:an?\s+|the\s+)?(?:\w+\s+){{0,2}}?(?:reporting|research|"
    rf"findings|information|report|tips?|leads?)\s+(?:(?:shared|provided|passed|sent)\s+(?:(?:with|to)\s+us\s+)?)?"
    rf"(?:by|from)\s+(?:{_PEOPLE_AT})?(?:the\s+)?(?P<bsd>{_SOURCE})"
    # (and "after researchers at the Atlantic Council's Digital Forensic Research Lab (DFRLab) flagged a cluster…")
    rf"|\b(?i:after|following)\s+(?:(?:researchers|analysts|investigators|experts)\s+(?:at|from)\s+)?"
    rf"(?P<h>{_SOURCE})(?:\s*\([^()]{{1,20}}\))?\s+(?:exposed|flagged)\b"
    # "the investigation began after the Lima daily La Brújula Diaria published a report…": whose report set it off
    rf"|\b(?i:investigation|inquiry|probe|review)\s+(?:\w+\s+){{0,2}}?(?:began|started|opened|was\s+opened)\s+(?i:after|"
    rf"when)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w-]*\s+){{1,3}}?)?(?P<pub>{_SOURCE})(?:,\s+[^,;]{{1,80}},)?\s+"
    rf"(?:published|reported|"
    rf"revealed|exposed|flagged|identified|found)\b"
    # "Meta said it had started its investigation after journalists at Ziarul Deschis, an independent news outlet,
    # published a series of articles": whose work set it off
    rf"|\b(?:began|started|opened|launched)\s+(?:its|their|an?|the)\s+(?:[\w-]+\s+)?(?i:investigation|inquiry|probe|"
    rf"review)\s+(?i:after|when)\s+(?:{_PEOPLE_AT})?(?P<si>{_SOURCE})(?:,\s+[^,;]{{1,80}},)?\s+(?:had\s+)?(?:published|"
    rf"reported|revealed|exposed|flagged|identified|found|shared|contacted|alerted|told)\b"
    # "Facebook said its investigation into the network began after reports by VeriPinas, a fact-checking group"
    rf"|\b(?i:investigation|inquiry|probe|review)\s+(?:[\w-]+\s+){{0,5}}?(?:began|started)\s+(?i:after|following)\s+"
    rf"(?:an?\s+|the\s+)?(?:\w+\s+){{0,2}}?(?:reports?|reporting|research|findings|work)\s+(?:by|from)\s+"
    rf"(?:{_PEOPLE_AT})?(?:the\s+)?(?P<rb>{_SOURCE})"
    # "…opened its investigation after receiving a report in late June from Japan Factcheck Circle (JFC)"
    rf"|\b(?i:after|following)\s+(?:receiving|getting|it\s+received|a)\s+(?:an?\s+|the\s+)?(?:\w+\s+){{0,2}}?"
    rf"(?:report|tip|complaint|referral|alert|list)\s+(?:[^.;,]{{0,30}}?\s+)?from\s+(?:the\s+)?(?P<rcv>{_SOURCE})"
    # "LinkedIn removed 1,340 fake recruiter profiles that Lanternline had flagged to the company"
    rf"|\b(?:that|which)\s+(?P<fl>{_SOURCE})\s+(?:had\s+)?(?:first\s+)?(?:flagged|reported|referred)\s+to\s+"
    rf"(?:the\s+company|the\s+platform|it|them|[A-Z]\w*)\b"
    # "We first learned about these accounts from journalists at the Harbour Courier": whoever told the platform
    rf"|\b(?:learned|learnt|heard|found\s+out)\s+(?:about|of)\s+(?:[\w-]+\s+){{1,4}}?from\s+(?:(?:journalists|reporters|"
    rf"researchers|analysts|investigators|colleagues|staff)\s+(?:at|from|with)\s+)?(?P<lrn>{_SOURCE})"
    # "after Bellingcat contacted the company", "first spotted by researchers at the Stanford Internet Observatory"
    # (and "after reporters at the Harbor City Courier asked the company about the Pages", "after U.S. law
    # enforcement told the company that they might be linked to foreign entities": asked or told about them)
    rf"|\b(?i:after|when|once)\s+(?:(?:researchers|reporters|journalists|analysts|investigators)\s+(?:at|from|with)\s+)?"
    rf"(?P<m>{_SOURCE})\s+(?:contacted|approached|reached\s+out\s+to|(?:asked|told|questioned|informed)\s+"
    rf"(?=(?:the\s+company|the\s+platform|it|them|[A-Z][\w-]*)\b))"
    rf"|\b(?:spotted|discovered|uncovered|identified)\s+by\s+(?:researchers\s+at\s+)?(?P<n>{_SOURCE})"
    # "…the company said on Wednesday, after questions from Bayanihan Herald reporters": a newsroom's inquiry
    rf"|\b(?i:after|following)\s+(?:questions|inquiries|queries)\s+from\s+(?P<qs>{_SOURCE})"
    # "our investigation began after Meta's threat intelligence team shared information with us"
    # (and "Microsoft Threat Intelligence, which tracks this actor as Ember Sandstorm, shared indicators with us")
    rf"|(?P<q>{_SOURCE})(?:['’]s(?:\s+[a-z][\w-]*){{0,3}}?\s+(?:team|unit|group|researchers|analysts))?"
    rf"(?:,\s+(?:which|who)\s+[^,]{{1,80}},)?\s+(?:had\s+)?"
    rf"(?:(?:shared|provided|passed\s+on|gave)\s+(?:\w+\s+){{0,2}}?(?:information|intelligence|details|indicators|"
    rf"findings)|shared\s+(?:[\w-]+\s+){{1,7}}?)with\s+(?:us|the\s+company|the\s+platform|it)\b"
    # "Reddit said it acted after Meta shared indicators…", "after Meta passed along technical indicators"
    # (and "after the Halvorsen Lab, an independent research group based in Oslo, handed over a list of suspect
    # accounts"; or "after researchers at the Pinecone Observatory in Taipei shared information")
    rf"|\b(?i:after|following)\s+(?:(?:researchers|reporters|journalists|analysts|investigators)\s+(?:at|from|with)\s+)?"
    rf"(?P<s>{_SOURCE})(?:\s+in\s+[A-Z][\w-]+)?(?:,\s+an?\s+[^,]{{1,80}},)?\s+(?:had\s+)?(?:shared|passed\s+"
    rf"(?:on|along)|provided|handed\s+over|sent)\s+(?:[\w-]+\s+){{0,3}}?(?:indicators|information|intelligence|"
    rf"details|evidence|findings|data|leads?|tips?|clues|lists?)\b"
    # "researchers at the Netzlage Institute in Berlin published an analysis…, which helped us confirm the links"
    rf"|(?P<w>{_SOURCE})(?:\s+in\s+[A-Z][\w-]+)?\s+published\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?(?:analysis|"
    rf"report|research|investigation|findings)\b[^.;]{{0,80}}?\bwhich\s+helped\s+(?:us|the\s+company|it)\b"
    # "Discord and the Netzlage Institute helped us find it."
    rf"|(?P<x>{_SOURCE})(?:\s+and\s+(?P<y>{_SOURCE}))?\s+helped\s+(?:us|the\s+company|it|them)\s+(?:to\s+)?"
    rf"(?:find|identify|spot|uncover|detect|confirm)\b"
    # "The network came to light after the journalism collective Lupa Catracha published an investigation"
    rf"|\b(?:came\s+to\s+light|was\s+(?:uncovered|exposed|discovered|found))\s+after\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?"
    rf"(?P<v>{_SOURCE})\s+(?:published|released|reported|posted)\b"
    # "its investigation began after it was contacted by journalists at The Western Ledger, a Galway-based newspaper"
    rf"|\b(?i:after|when|once)\s+(?:it|we|they|the\s+(?:company|platform))\s+(?:was|were|had\s+been)\s+(?:first\s+)?"
    rf"(?:contacted|approached|alerted|notified)\s+by\s+(?:(?:journalists|reporters|researchers|analysts|staff)\s+"
    rf"(?:at|from)\s+)?(?P<z>{_SOURCE})"
    # "Tobias Whitcombe, an analyst at Northgate, said his firm had passed its findings to X in May": the firm
    rf"|\b(?:analyst|researcher|investigator|director|head\s+of\s+research|founder)\s+(?:at|of|with)\s+(?P<aa>{_SOURCE}),?"
    rf"\s+said\s+(?:his|her|their|the)\s+(?:firm|lab|group|team|organi[sz]ation|company|foundation)\s+had\s+"
    rf"(?:passed|shared|sent|handed|given|provided)\s+(?:its|their|the)\s+(?:findings|research|data|list|evidence|"
    rf"indicators)\b"
    # "Telegram received a formal request from the Central Electoral Commission of Moldova concerning 112 channels",
    # "at the request of the ministry": a government's request, which the platform acted on
    rf"|\breceived\s+(?:an?\s+)?(?:formal\s+|official\s+|legal\s+|written\s+)?request\s+from\s+(?:the\s+)?"
    rf"(?P<req>{_SOURCE}{OFFICIALS})"
    rf"|\b(?:[Aa]t\s+the\s+request\s+of|(?:[Aa]fter|[Ff]ollowing)\s+(?:an?\s+)?(?:formal\s+|official\s+)?request\s+from)\s+"
    rf"(?:the\s+)?(?P<atreq>{_SOURCE}{OFFICIALS})"
    # "Our findings are similar to the findings reported by the Belgrade Open Data Lab": a bulletin's credit
    rf"|\bfindings\s+(?:are|were)\s+(?:similar\s+to|consistent\s+with|in\s+line\s+with)\s+(?:the\s+)?(?:findings|"
    rf"those|reporting|research)\s+(?:(?:reported|published|shared)\s+)?by\s+(?:the\s+)?(?P<sim>{_SOURCE})"
    # "our investigation was informed by a report from researchers at Clemson University's Media Forensics Hub"
    # (and "We acted on an external report from the Oderbruch Monitoring Project")
    rf"|\b(?:(?:informed|prompted|triggered|started|began)\s+(?:by|with)|act(?:ed|ing)\s+on)\s+(?:an?\s+|the\s+)?"
    rf"(?:\w+\s+)?(?:report|research|"
    rf"findings|referral|tip)\s+(?:by|from)\s+(?:(?:researchers|analysts|experts)\s+(?:at|from)\s+)?(?P<o>{_SOURCE})"
    # "The accounts were reported to the platform by the Election Supervisory Agency (Bawaslu)": whoever reported them
    rf"|\b(?:was|were|had\s+been|have\s+been|been)\s+(?:first\s+)?(?:reported|flagged|referred)\s+to\s+(?:the\s+"
    rf"(?:company|platform)|it|them|[A-Z]\w*)\s+by\s+(?:{_PEOPLE_AT})?(?:the\s+)?(?P<pas>{_SOURCE})")
# the words (or their stems) of which each of `SOURCE_LATE`'s patterns holds one, but the one that ends "…with us",
# "…with the company": "shared links to the sites" passes `LATE_CUE` but can start none of them
LATE_NEEDS = ("lead", "tip", "credit", "after", "follow", "expos", "flag", "contact", "approach", "reach", "spotted",
              "discover", "uncover", "identif", "helped", "request", "similar", "consistent", "line", "inform",
              "prompt", "trigger", "start", "began", "acted", "acting", "alert", "notif", "passed", "learn", "heard",
              "found out", "built", "based", "drew", "draws", "relied", "relies", "stemmed", "reported to",
              "referred to")
SHARED_WITH_WORDS = {"us", "it", "company", "platform"}


def _may_come_late(text: str, lower: str) -> bool:
    """Whether any of `SOURCE_LATE`'s patterns can match the sentence (`lower`: the same, in lower case)."""
    if any(word in lower for word in LATE_NEEDS):
        return True
    words = set(folded(text))
    return "with" in words and not words.isdisjoint(SHARED_WITH_WORDS)


# the patterns' sources credited otherwise than as tips (`Tip.credit`)
CREDITS = {"sim": "similar findings", "req": "request", "atreq": "request"}
REPORT_WORDS = {"reported", "report", "story", "investigation"}
# "reported" and "report" are too common words to try the tip patterns on wherever they stand
REPORTED_TO = re.compile(rf"\b{_REPORTED_TO}|\b(?:report|story|investigation)\s+(?:by|from)\b"
                         # (and `SOURCE_LATE`'s "pas": "…were reported to the platform by…")
                         r"|\breported\s+to\s+(?:the\s+(?:company|platform)|it|them|[A-Z]\w*)\s+by\b")
GENERIC_SOURCES = {"industry peer", "industry peers", "industry partner", "industry partners", "law enforcement",
                   "researchers", "researcher", "independent researcher", "independent researchers", "journalist",
                   "journalists", "reporter", "reporters", "independent journalist", "independent journalists"}
# the last word of a description of people, who work somewhere a sentence may name ("Monterrey fact-checkers at…")
PEOPLE_WORDS = {"researchers", "journalists", "reporters", "fact-checkers", "factcheckers", "analysts", "investigators",
                "experts", "academics", "volunteers", "activists"}
# "taking direction from the government", "funding from": what a network got, not who tipped the platform off
NEGATED_TIP = re.compile(r"\b(?:not|no|never|without|nor|rather\s+than)\b(?:\s+(?:the\s+)?(?:result|product|"
                         r"outcome)\s+of)?(?:\s+(?:an?|any|the))?\s*$", re.I)  # "was not the result of a tip from…"
NOT_A_TIP_FROM = re.compile(r"\b(?:direction|directions|orders|instructions|funding|money|payments?|support)\s*$",
                            re.I)
# "X also declined to say … whether it had received a tip from researchers": a tip it would not confirm
WHETHER_TIPPED = re.compile(r"\b(?:declined|refused|would\s+not|did\s+not|didn['’]t|wouldn['’]t)\s+(?:to\s+)?"
                            r"(?:say|confirm|comment|disclose)\b[^.;]*\bwhether\b[^.;]*$", re.I)
# the words that give a tip, whose date follows them (`tip_date`)
TIP_DATE_CUE = re.compile(r"\b(?:tip(?:s|ped)?|alert(?:ed|ing)?|flagg(?:ed|ing)|notif\w+|referr\w+|referral|warned|"
                          r"contacted|approached|shared|passed|sent|supplied|provided|reported|handed|request|asked|"
                          r"told|questioned|informed)\b", re.I)
KIND_SENT = re.compile(r"\b[Tt]he\s+(?P<kind>lab|group|institute|observatory|project|collective|centre|center)\s+"
                       r"(?:first\s+|later\s+)?(?:sent|passed|handed|shared|referred|submitted|reported)\s+(?:[\w-]+\s+){0,4}?"
                       r"(?:findings|evidence|report|results|data|lists?|analysis)\s+(?:to|with)\s+(?P<to>[A-Z])")
SHARED_WITH = re.compile(r"\bshared\s+(?:\w+\s+){0,8}?with\s+(?P<target>[A-Z][\w.&'-]*)")


COLLEAGUES_AT = re.compile(rf",?\s+and\s+(?:her|his|their)\s+(?:colleagues|team|teammates)\s+(?:at|from)\s+(?:the\s+)?"
                           rf"(?P<org>[A-Z][\w.&'-]*{NAME_TAIL})")
UNIT_NAME_END = re.compile(r"\b(?:Unit|Team|Lab|Laboratory|Desk|Division|Centre|Center|Programme|Program|Office)$")
PEOPLE_AT = re.compile(rf"\s+(?:at|from|with)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?"
                       rf"(?P<org>[A-Z][\w.&'-]*{NAME_TAIL})")
UNIT_AT = re.compile(rf"\s+(?:at|of)\s+(?:the\s+)?(?P<org>[A-Z][\w.&'-]*{NAME_TAIL})")
PLACE_BASED = re.compile(r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)?-based")
PLACE_BASED_PREFIX = re.compile(r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)?-based\s+(?=[A-Z])")
OUTLET_NAMED = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}(?:weekly|daily|newspaper|magazine|broadcaster|news\s+site|"
                          rf"website|portal|radio\s+station|nonprofit|non-profit|collective)\s+"
                          rf"(?P<name>[{CAPITALS}][\w.&'-]*(?:\s+[{CAPITALS}][\w.&'-]*){{0,4}})")
DESCRIBED_NAME = re.compile(r"(?:\s+[a-z][\w-]*){1,4}\s+(?P<name>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4})")


def _named_source(source: str, text: str, end: int) -> str:
    """The name of a source described by its place first: "the Mexican fact-checking group Lupa Veraz", "the
    Delhi-based fact-checking group FactLedger", "the Berlin-based Center for Digital Resilience"."""
    place = source in COUNTRY_ALIASES or PLACE_BASED.fullmatch(source)
    if place and (named := DESCRIBED_NAME.match(text, end) or DESCRIBED_THEN_NAMED.match(text, end)):
        return named["name"].rstrip(".")
    if " " not in source and (named := OUTLET_NAMED.match(text, end)) is not None:
        return named["name"].rstrip(".")  # "reporters at the Hamburg weekly Nordspiegel": the weekly, not its city
    if source in COUNTRY_ALIASES and (people := PEOPLE_IN_BEFORE.search(text, max(0, end - len(source) - 40),
                                                                     end - len(source))):
        return f"{people['who']} in {source}"  # "after researchers in Kenya alerted the company": unnamed
    if source in COUNTRY_ALIASES and re.match(r"\s+[a-z]", text[end:end + 3]):
        # "Moldovan fact-checkers", "a New Zealand research group": a source described by its country, never named
        # (the description, not the country); but not "…from Nigerian marketing firms"
        described = DESCRIBED_SOURCE.match(text, end)
        return f"{source} {described['who']}" if described else ""
    return PLACE_BASED_PREFIX.sub("", source) if PLACE_BASED_PREFIX.match(source) else source


# "researchers in Kenya": people a country places, never named
PEOPLE_IN_BEFORE = re.compile(r"\b(?P<who>researchers|experts|analysts|journalists|activists|fact-checkers|"
                              r"investigators)\s+(?:in|from)\s+(?:the\s+)?$")
# (not "Kenya alerted the company": a verb, then its object)
DESCRIBED_SOURCE = re.compile(r"\s+(?P<who>(?:(?!(?:the|an?|its|their)\s)(?![a-z]+ed\s)[a-z][\w-]*\s+){0,3}?"
                              r"(?:fact-checkers|researchers|journalists|reporters|activists|officials|authorities|"
                              r"investigators|analysts|experts|government|intelligence|group|organi[sz]ation|lab|"
                              r"laboratory|institute|agency|outlet|newspaper|nonprofit|"
                              r"non-profit|observatory|collective|cent(?:er|re)|unit|team|ministry|startup|start-up|"
                              r"firm|company|consultancy)\b)")
# "a New Zealand research group, Te Kaea Collective": the name after the description and a comma
DESCRIBED_THEN_NAMED = re.compile(rf"(?:\s+[a-z][\w-]*){{1,4}},\s+(?:the\s+)?(?P<name>[{CAPITALS}][\w.&'-]*"
                                  rf"(?:\s+[{CAPITALS}][\w.&'-]*){{0,4}})")


def may_tell_a_tip(text: str, words: set[str]) -> bool:
    """Whether a sentence (and its lower-cased words) can hold a tip at all: the cheap test before the patterns
    of `tips_in`, which cost more than the rest of a sentence's extraction."""
    if not words.isdisjoint(TIP_WORDS):
        return True
    if not words.isdisjoint(REPORT_WORDS) and REPORTED_TO.search(text):
        return True
    if "sent" in words and (SENT_A_TIP.search(text) or WE_SENT_TO.search(text)):
        return True
    return not words.isdisjoint(TIP_WORDS_WITH) and any(TIP_WORDS_WITH[word] in text.lower()
                                                        for word in words.intersection(TIP_WORDS_WITH))


# a capitalised word, or a name's "and", "of" or "to", right before a source: the source is part of a longer phrase
NAME_GOES_ON_BEFORE = re.compile(r"(?:\b[A-Z][\w'’.&-]*|\band|\bto|\bof)\s+$")
# "…sent us a detailed report", "…sent the company a list of suspicious accounts": a tip, given to the platform
SENT_A_TIP = re.compile(rf"\bsent\s+{_SENT_WHAT}")


# "We wrote that the Corran Institute tipped Meta off. It did not.": the sentence after a tip denies it
DENIED_NEXT = re.compile(r"^\W*(?:It|They|He|She|That|This)\s+(?:did\s+not|didn['’]t|(?:was|is)\s+(?:wrong|incorrect|"
                         r"not\s+(?:true|correct|right|accurate|so)))\s*[.!]?$")


def tips_in(document: Document, sentence: Sentence, actors: list[str], publisher: str | None = None) -> list[Tip]:
    """The tips a sentence tells, each to the platforms that acted on it; one told "with us" in a platform's own
    post went to the publisher."""
    text = sentence.text
    if publisher and re.search(r"\bwith\s+us\b|\bto\s+us\b|\bhelped\s+us\b"
                               r"|\b[Ww]e\s+(?:first\s+)?(?:learned|learnt|heard|found\s+out)\b", text):
        actors = [publisher]
    found: list[Tip] = []
    for match in TIP_SOURCE.finditer(text):
        cues = [c for c in TIP_RE.finditer(text[: match.start()]) if _is_tip_cue(text, c)]
        if not cues or match.start() - cues[-1].end() > 80:
            continue
        source = _entity(match.group("source") or match.group("came") or match.group("generic"))
        if not source or NOT_A_TIP_FROM.search(text[:match.start()]) or RAN_BY_BEFORE.search(
                text, max(0, match.start() - 20), match.start()) or WHETHER_TIPPED.search(
                text, max(0, match.start() - 120), match.start()):
            continue
        indefinite = re.match(r"an?\s", match.group("source") or match.group("came") or "")
        if indefinite and source not in COUNTRY_ALIASES and (
                described := DESCRIBED_SOURCE.match(text, match.end())):
            source = f"{source} {described['who']}"  # ("a tip from a Toronto startup": a description, not a name)
        else:
            source = _named_source(source, text, match.end())
        if not source:
            continue
        # "alerted by Ama Owusu and her colleagues at the West Africa Media Observatory": the organisation
        if (team := COLLEAGUES_AT.match(text, match.end())) is not None:
            source = team["org"].rstrip(".")
        # "The tip came from the Digital Integrity Unit at the Ashgrove Institute": the unit, and whose it is
        elif UNIT_NAME_END.search(source) and (home := UNIT_AT.match(text, match.end())) is not None:
            source = f"{source} at {home['org'].rstrip('.')}"
        # "a tip from journalists at the fact-checking outlet Verifica Andina": the outlet they work for
        elif _people(source) and (home := PEOPLE_AT.match(text, match.end())) is not None:
            source = home["org"].rstrip(".")
        found += _tips_for(document, sentence, _tip_receivers(text[:match.start()], source) or actors, source)
        break
    if not found:
        lower = text.lower()
        first = SOURCE_FIRST.finditer(text) if FIRST_CUE.search(text) and any(
            word in lower for word in FIRST_NEEDS) else iter(())
        late = SOURCE_LATE.finditer(text) if LATE_CUE.search(text) and _may_come_late(text, lower) else iter(())
        for match in itertools.chain(first, late):  # lazily: the first match will do
            if match.lastgroup == "v" and NAME_GOES_ON_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue  # (the end of a description: "…, a body that reports to Ukraine's National Security and
                # Defense Council, sent the company a list")
            sources = [_and_before(text, name) for name in (_entity(g) for g in match.groups() if g) if name]
            # ("research by the Indonesian fact-checking organisation Lensa Fakta": the name after its description)
            sources = [named for name in sources
                       if (named := _named_source(name, text, text.find(name) + len(name)) if name in text else name)]
            # ("with help from researchers at Corvid Research Group": the group they work at)
            sources = [home["org"].rstrip(".") if _people(name) and (home := PEOPLE_AT.match(
                text, match.end())) and text[match.start():match.end()].rstrip().endswith(name) else name
                for name in sources]
            # ("Twitter and the FBI": two sources; but "…Information Society and Digital Affairs" is one name)
            if match.lastgroup == "n":  # "spotted by…": not the platform itself ("identified by Meta", in its story)
                sources = [name for name in sources if name not in actors]
            if match.lastgroup in ("t", "sl") and not platforms_in(text[match.end():match.end() + 80]):
                continue  # "Twitter shared the data with SIO": what a platform gave researchers, no tip to one
            for source in sources:
                # (a referral "to Meta, Google and TikTok" went to each platform it names)
                receivers = [name for name, _, _ in platforms_in(text[match.end():match.end() + 80])] \
                    if match.lastgroup in ("u", "t", "v", "sl") else [r for r in _tip_receivers(text, source)
                                                              if r not in sources]
                found += _tips_for(document, sentence, receivers or actors, source,
                                   CREDITS.get(match.lastgroup or "", "tip"))
            if sources:
                break
    if not found and OUR_TIP.search(text):
        # "Twitter's September 2020 action followed a referral from our lab", in the lab's own brief: the lab's tip
        found += _tips_for(document, sentence, actors, "we")
    if not found and (sent := WE_SENT.search(text)) is not None and (receivers := [
            name for name, _, _ in platforms_in(text[sent.start("to"):sent.end("to")])]):
        # "In October we sent Twitter a list of 600 accounts that we believed were coordinated", in a lab's own post
        found += _tips_for(document, sentence, receivers, "we")
    if not found and (sent := WE_SENT_TO.search(text)) is not None and (receivers := [
            name for name, _, _ in platforms_in(text[sent.start("to"):sent.end("to")])]):
        # "We documented it and sent it to TikTok", in a lab's director's turn at a hearing: the lab's tip
        found += _tips_for(document, sentence, receivers, "we")
    if not found and (told := KIND_SENT.search(text)) is not None:
        # "In May 2022, the lab sent its findings to Meta's threat-intelligence team": the lab the story named before
        kind = told["kind"].lower()
        named = list(re.finditer(rf"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,4}}\s+{kind.capitalize()}\b",
                                 document.body[:sentence.start]))
        receivers = [name for name, _, _ in platforms_in(text[told.start("to"):told.start("to") + 60])]
        if named and receivers:
            source = re.sub(r"^The\s+", "", named[-1].group(0))
            found += _tips_for(document, sentence, list(dict.fromkeys(receivers)), source)
    shared = SHARED_WITH.search(text)
    # (what was shared: findings, data, or "an initial list of 41 suspect accounts")
    if shared and re.search(r"\b(?:information|findings|data|indicators|intelligence|list|evidence)\b", text, re.I):
        target = PLATFORM_ALIASES.get(re.sub(r"['’]s$", "", shared.group("target").rstrip(".")).lower())
        source = platforms_in(text[: shared.start()])
        if target and source and source[0][0] != target:
            found.append(Tip(document.path, sentence.position, sentence.quote, target, source[0][0], None,
                             document.published))
        elif target and not source and not found and WE_FIRST.match(text):
            # "We shared our initial findings with Meta's threat intelligence team": a lab's own post, its own tip
            found += _tips_for(document, sentence, [target], "We")
        elif target and not source and not found and (named := NAMED_SHARER.match(text)) and \
                named.end() == shared.start():
            # "On Friday, 21 July 2023, the CTRA shared technical indicators for the network with Meta, Google and
            # TikTok": the agency's tip, to each platform it names
            receivers = [name for name, _, _ in platforms_in(text[shared.start():])]
            found += _tips_for(document, sentence, list(dict.fromkeys(receivers)), _entity(named["org"]))
    if found and shared:
        # "We shared our findings with TikTok on 9 September and with YouTube on 23 September": each platform told
        receivers = [name for name, start, _ in platforms_in(text)
                     if start > shared.start() and re.search(r"\bwith\s+(?:the\s+)?$", text[max(0, start - 12):start])]
        if len(receivers) > 1:
            sources = list(dict.fromkeys((tip.source, tip.credit) for tip in found))
            found = [tip for source, credit in sources
                     for tip in _tips_for(document, sentence, receivers, source, credit)]
    return found


# the start of a name whose "and" a source's pattern cannot take in: "Moldova's Ministry of Information Society and "
NAME_BEFORE_AND = re.compile(r"(?:[A-Z][\w'’.-]*\s+)+of\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,4}and\s+$")


def _and_before(text: str, source: str) -> str:
    """"Digital Affairs", found where the text says "Moldova's Ministry of Information Society and Digital Affairs
    shared information with us": the whole name."""
    at = text.find(source)
    before = NAME_BEFORE_AND.search(text, max(0, at - 100), at) if at > 0 else None
    return f"{before.group(0)}{source}" if before else source


# "On 21 July 2023, the CTRA shared…", "The Office later shared…": a named subject that shared something
NAMED_SHARER = re.compile(rf"\W*(?:(?:In|On|By|Last|Earlier|Later|Then)\b[^.;]{{0,40}}?,\s+)?(?P<org>(?:the\s+)?"
                          rf"[{CAPITALS}][\w&.'-]*(?:\s+(?:of\s+|for\s+)?[{CAPITALS}][\w&.'-]*){{0,6}})\s+"
                          rf"(?:(?:also|later|then|first|had)\s+)?(?=shared\b)")
# "We shared…", "In June we shared…": the sentence's subject is "we"
# (and "On March 11, 2020, we shared…": a date's year after its comma)
WE_FIRST = re.compile(r"\W*(?:(?:In|On|By|Last|Earlier|Later|Then)\b(?:[^,.;]|,\s*(?:19|20)\d\d\b){0,30}?,?\s+)?"
                      r"[Ww]e\b")
WE_SENT = re.compile(r"\b[Ww]e\s+(?:first\s+|later\s+)?(?:sent|gave|passed|handed)\s+"
                     r"(?P<to>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)\s+(?:a|an|our)\s+(?:[\w-]+\s+)?(?:list|referral|report|dossier|findings|set|spreadsheet)\b")
WE_SENT_TO = re.compile(r"\b[Ww]e\s+(?:[a-z]+\s+(?:it|them)\s+and\s+)?(?:first\s+|later\s+|then\s+)?(?:sent|passed|"
                        r"handed|forwarded|flagged)\s+(?:it|them|this|that|(?:our|the)\s+[\w-]+)\s+(?:over\s+|on\s+)?"
                        r"to\s+(?P<to>[A-Z][\w&.-]*)")
OUR_TIP = re.compile(r"\b(?:referrals?|tips?|leads?|reports?|findings|alerts?|warnings?)\s+(?:from|by)\s+our\s+"
                     r"(?:own\s+)?(?:lab|laboratory|team|organi[sz]ation|group|researchers|analysts|institute|cent(?:er|re)|"
                     r"project|unit|observatory)\b", re.I)


# ("On Friday, 21 July 2023, the CTRA shared…": the date the sentence opens with, after its weekday)
OPENING_DATE = re.compile(r"\W*(?:On|In)\s+(?:[A-Z][a-z]+day,?\s+)?")


def tip_date(text: str, published: dt.date | None) -> tuple[dt.date, str] | None:
    """The day or month a tip's sentence gives for the tip itself: the date right after its tipping word, before any
    removal ("a notification submitted by the Ministry's team on 2 February 2024, YouTube removed…", "shared
    indicators with us in February"), or the date the sentence opens with where the tip comes before any removal
    ("On 2 October 2024, the Office referred…").  Not "Facebook said on Tuesday it removed the Pages after a tip
    from FireEye": that day is the announcement's."""
    cue = TIP_DATE_CUE.search(text)
    if cue is None:
        return None
    mentions = [m for m in dates_in(text, published) if m.precision in ("day", "month")
                and (published is None or m.date <= published)]
    removals = [at for _, at in actions_in(text)]
    for mention in mentions:
        follows = cue.end() <= mention.start <= cue.end() + 80 and not any(
            cue.end() <= at < mention.start for at in removals)
        opens = (mention.start <= 3 or OPENING_DATE.fullmatch(text, 0, mention.start) is not None) and not any(
            at < cue.start() for at in removals)
        if follows or opens:
            return mention.date, mention.precision
    return None


def tip_dates_by_platform(text: str, published: dt.date | None) -> dict[str, tuple[dt.date, str]]:
    """"We sent our findings to Meta on 22 January 2025 and to X on 3 February 2025": each platform's own date, the
    one told right after its name, where a sentence gives several."""
    mentions = [m for m in dates_in(text, published) if m.precision in ("day", "month")
                and (published is None or m.date <= published)]
    if len(mentions) < 2:
        return {}
    dated: dict[str, tuple[dt.date, str]] = {}
    for name, _, end in platforms_in(text):
        after = next((m for m in mentions if end <= m.start <= end + 12 and re.fullmatch(
            r"\s+(?:on|in)\s+", text[end:m.start])), None)
        if after is not None:
            dated.setdefault(name, (after.date, after.precision))
    return dated


REFERRED_TO_AS = re.compile(r"\s+to\s+(?:it|them|this|that|the\s+\w+|these\s+\w+|(?:the|this|its)\s+\w+\s+\w+)"
                            r"\s+(?:\w+ly\s+)?as\b", re.I)


def _people(source: str) -> bool:
    """Whether a source is people described, not named ("researchers", "the Monterrey fact-checkers"), whose
    organisation a sentence may name after them ("…at Sabueso Digital")."""
    return source.lower() in GENERIC_SOURCES or source.lower().split()[-1] in PEOPLE_WORDS


def _is_tip_cue(text: str, cue: re.Match[str]) -> bool:
    """A word of tipping off that means it here: not an "information operation", not the last word of a
    name ("Graylight Intelligence", "Recorded Future Intelligence"), not denied ("was not the result of a tip")."""
    # (nor "a newsletter on information integrity … by Njeri Wambugu-Sinclair": a field, not information given)
    if re.match(r"\s+(?:operations?|integrity|environment|ecosystems?|space|warfare|manipulation|disorder)\b",
                text[cue.end():], re.I):
        return False
    # ("Meta referred to the operation as "Rede Cerrado"": what it called the network, no referral)
    if cue.group(0).lower() in ("referred", "refers", "referring") and REFERRED_TO_AS.match(text, cue.end()):
        return False
    if NEGATED_TIP.search(text[max(0, cue.start() - 40):cue.start()]):
        return False
    return not (cue.group(0)[0].isupper() and re.search(r"[A-Z][\w-]*\s+$", text[:cue.start()]))


def _tip_receivers(text: str, source: str) -> list[str]:
    """Platforms a sentence names as its subjects ("both Facebook and Twitter began…"), not "passed to us by X",
    nor the source itself ("Microsoft's team flagged the network to Meta, which removed…")."""
    return list(dict.fromkeys(name for name, start, end in platforms_in(text)
                              if name != source and not source.startswith(text[start:end])  # "Microsoft Threat…"
                              and not OBJECT_BEFORE.search(text[max(0, start - 40):start])
                              and not UNIT_NEXT.match(text, end)))  # "3 Instagram accounts" received nothing


ORGANISATION_TITLE = re.compile(r"(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5}\s+(?:Lab|Laboratory|Institute|"
                                r"Observatory|Centre|Center|Project|Initiative|Watch|Forensics))\s*[|:–—]")


def _tips_for(document: Document, sentence: Sentence, actors: list[str], source: str, credit: str = "tip"
              ) -> list[Tip]:
    """One tip per platform that acted on it ("both Facebook and Twitter began after the FBI's tip"); "We reported it
    to TikTok" in a lab's own post is the lab's tip, and none where the document does not say whose post it is."""
    if source.lower() in {"we", "us", "our team"}:
        # (a lab's post that names itself only in its title: "Cedar Lane Digital Forensics Lab | Field Notes")
        own = document.publisher or ((titled := ORGANISATION_TITLE.match(document.title or "")) and titled["org"])
        if not own or PLATFORM_ALIASES.get(own.lower()):
            return []
        source = own
    about = re.search(r"\babout\s+([A-Z][\w-]*(?:\s+(?:[A-Z0-9][\w-]*))*)", sentence.text)
    if about and about.group(1).split()[0].lower() in UNIT_WORDS:
        about = None  # "…shared information with us in June about Pages posing as local news outlets": no name
    platforms = [p for p in actors if p != source and not source.startswith(p + " ")] or [None]
    return [Tip(document.path, sentence.position, sentence.quote, platform, source, about.group(1) if about else None,
                document.published, credit=credit) for platform in platforms]


def _entity(phrase: str) -> str | None:
    """The name in a phrase like "cybersecurity firm FireEye" or "the FBI"."""
    generic = re.sub(r"^(?:the|an?)\s+", "", phrase.strip(), flags=re.I)
    if generic.lower() in GENERIC_SOURCES:
        return generic
    words = phrase.split()
    while words and not words[0][0].isupper():
        words.pop(0)
    name = re.sub(r"^The\s+", "", re.sub(r"['’]s$", "", " ".join(words))).strip(" .,'\"")  # "The Center for…"
    # ("In early September FaktNet Stred, …": the month the sentence's time gives, before the name)
    name = re.sub(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+"
                  r"(?=[A-Z])", "", name)
    if not name or name.lower() in {"the", "tuesday", "monday", "wednesday", "thursday", "friday", "who", "what",
                                    "which", "how"}:
        return None  # (nor a heading's question: "2.2 Who tipped off the platforms")
    if re.match(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?$", name):
        return None
    return PLATFORM_ALIASES.get(name.lower(), name)

"""What kind of sentence this is: the article talking about itself, background, or outlook.

Section assignment rests on plain cues (``resources/lexicon/cues.json``): modality and
future markers for the outlook ("will", "likely", "unconfirmed"), time anchors in the past
for context ("recent years", "prior to", "in November"), and self-reference ("This article
provides...") for what a brief must leave out.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from briefing.prefill.lexicon import Lexicon, PhraseSet
from briefing.prefill.text import longest_first
from briefing.prefill.wordlists import grammar_words, lines

logger = logging.getLogger(__name__)

_ORDER = ("likely", "unconfirmed", "scheduled", "possible", "planned", "conditional")
_QUOTE_ONLY = re.compile(r"^[\"“‘']")


def is_self_talk(text: str, lex: Lexicon) -> bool:
    """The article describing itself, a byline, or an invitation to click: never brief material."""
    return bool(lex.self_reference.search(text.strip()))


# The categories whose label the officer must see whatever else the sentence says.
JUDGED = ("likely", "unconfirmed")


def outlook_label(text: str, lex: Lexicon, grams: list[str] | None = None) -> tuple[str | None, bool]:
    """How likely the next step is, from the sentence's own words, and whether that is firm.

    Returns ``(label, firm)``; label None if the sentence is not forward-looking. "likely" and
    "unconfirmed" together give "Likely, not confirmed": the officer needs both. *Firm* means
    a likelihood or a date ("next week", "an invitation"), not a bare "will" or "could".
    """
    label, firm, _ = outlook_reading(text, lex, grams)
    return label, firm


_NAME_MODALS = re.compile(r"\b(?:May|Will)\b")


def without_name_modals(text: str) -> str:
    """``text`` with the month "May" (or Theresa May) and the name Will ("Will Hurd said") put out of reach of
    the modals "may" and "will": a capitalised "May" or "Will" inside a sentence, or "May" opening it before a
    number ("In May, the council voted...", "May 5 is the date"). "Will the talks resume?" keeps its modal."""
    if "May" not in text and "Will" not in text:
        return text

    def as_name(match: re.Match[str]) -> str:
        before = text[: match.start()].rstrip()
        opens = not before or before[-1] in ".!?:\"“'‘("
        dated = match.group(0) == "May" and re.match(r"\s+\d", text[match.end() :])
        return "Name" if not opens or dated else match.group(0)

    return _NAME_MODALS.sub(as_name, text)


def outlook_reading(text: str, lex: Lexicon, grams: list[str] | None = None) -> tuple[str | None, bool, frozenset[str]]:
    """``outlook_label`` plus the outlook categories found (keys of ``cues.json``), for rules to compare."""
    # "Planned Parenthood", "the Future Forum": a forward word in a name labels nothing
    plain = without_name_words(without_name_modals(text), _forward_patterns().first_words)
    grams = PhraseSet.words(plain) if grams is None or plain != text else grams
    text = plain
    found = [c for c in _ORDER if c in lex.outlook and lex.outlook[c][0].found_in(grams)]
    if not found:
        return None, False, frozenset()
    if found == ["conditional"] and not lex.conditional_consequence.search(text):
        return None, False, frozenset()  # a bare "would" in reported speech is not an outlook
    firm = any(c in lex.firm_outlook for c in found)
    kinds = frozenset(found)
    labels = [lex.outlook[c][1] for c in found if c in JUDGED]
    if labels:
        return ", ".join([labels[0]] + [label.lower() for label in labels[1:]]), firm, kinds
    # "will ... next month" is planned; "could be adopted in the spring" only possible, date or not
    for category in ("planned", "possible", "scheduled", "conditional"):
        if category in found:
            return lex.outlook[category][1], firm, kinds
    return lex.outlook[found[0]][1], firm, kinds


def is_forward_looking(text: str) -> bool:
    """Whether ``text`` speaks of what comes next ("will", "plans to", "next week", "is expected to").

    The outlook cues also catch sentences about now ("He's probably right", "an opportunity
    for change", "the outcome was uncertain"); an Outlook item must carry one of the words
    in ``resources/lexicon/forward.txt`` as well. "may have" and the like look back.
    """
    patterns = _forward_patterns()
    plain = without_name_words(without_name_modals(text), patterns.first_words).lower().replace("’", "'")
    # each rule runs only where the words it needs are (a test of a substring costs far less than a search)
    if "if " in plain and _UNREAL_IF.search(plain):
        plain = _UNREAL_MODALS.sub(" ", plain)
    plain = patterns.backward.sub(" ", plain)
    if " have " in plain:
        plain = _PERFECT_MODAL.sub(" ", plain)
    if "likely" in plain:
        plain = _POLLED.sub(" ", plain)
    if any(season in plain for season in _SEASONS):
        plain = _DATED_SEASON.sub(" ", plain)
    if any(modal in plain for modal in ("could", "might", "would", "'d")):
        plain = _MODAL_NOT_AHEAD.sub(" ", plain)
    if "likely" in plain or "may" in plain or "might" in plain:
        plain = _HEDGE_ABOUT_NOW.sub(" ", plain)
    if any(word in plain for word in _PLAN_WORDS):
        plain = _PLAN_THAT_ENDED.sub(" ", plain)
    if "planned" in plain or "scheduled" in plain:
        plain = _ATTRIBUTIVE_PLAN.sub(lambda m: m.group(1) + " ", plain)  # "expected to reconsider": "to" stays
    plain = patterns.describing.sub(lambda m: m.group(0) if _CLEFT.search(plain, 0, m.start()) else " who ", plain)
    return patterns.forward.search(plain) is not None


_CLEFT = re.compile(r"\bit(?:'s| is| was) (?:\w+ ){0,2}\w+$")  # "it's Democrats who could face a battle": the news


# A past tense with no "-ed" ("likely drew", "likely saw", "likely lost"): the forms that are past tenses, not the
# participles that only follow a helper ("taken", "shown").
_IRREGULAR_PAST = {
    w
    for w in grammar_words("irregular_past_forms") | grammar_words("irregular_participles")
    if not w.endswith(("en", "wn"))
}
# An unreal condition, past ("even if it had fought harder", "if his son had planned to enlist") or about the speaker or
# the reader now ("If I were managing the campaign", "if you were on the committee"): its "if" and the "would" or "could"
# that answers it imagine another world, no next step. "If she were to win", "if delegates were abolished" still look
# ahead; so does any other forward word in the sentence ("will", "next week").
_UNREAL_IF = re.compile(
    r"\b(?<!ask )(?<!asks )(?<!asked )(?<!asking )(?<!wonder )(?<!wondered )(?<!know )(?<!knew )(?<!see )(?<!sure )"
    r"if (?:[\w'-]+ ){0,4}?had (?:not |never )?(?:been )?(?:[a-z]+ed|"
    + "|".join(sorted(grammar_words("irregular_past_forms") | grammar_words("irregular_participles")))
    + r")\b|\bif (?:i|you|we|he|she|it|they) were (?!to\b|[a-z]+ed\b)"
)
_UNREAL_MODALS = re.compile(r"\b(?:if|would|could|might)\b|(?<=\w)'d\b")


# A modal on a perfect looks back, whatever comes between: "could not have been more delighted",
# "couldn't possibly have been more odious", "may not have known" ("would certainly have the chance" looks ahead).
_PERFECT_MODAL = re.compile(
    r"\b(?:could|would|might|may|must|should)(?:n['’]t| not)?(?: \w+ly)? have (?:been|had|known|\w+ed)\b"
)
# A "could" or "might" that is no forecast: anyone's ("one could say", "you might remember"), a past ability ("all
# she could do was shout", "I could see his love", "could do with some help"), or a past thought's, reported in the
# past ("voters saw that he could win", "he wondered whether he could sue", "who feared the bill would allow"), or a
# question put to someone.
_MODAL_NOT_AHEAD = re.compile(
    r"(?<!\bno )(?<!\bthis )(?<!\bthat )(?<!\bany )(?<!\bthe )\b(?:one|you)(?: \w+ly)? (?:could|might)\b"
    r"|\ball (?:[\w'-]+ ){1,3}?could do (?:was|is|were)\b|\bcould do with\b"
    r"|\b(?:i|we|he|she|they|you) could (?:not |n't )?(?:see|hear|feel|tell|smell|sense)\b"
    r"|\b(?:saw|doubted|felt|knew|believed|realized|realised|hoped|feared|wondered|understood|learned|decided|"
    r"imagined|suspected|sensed|figured|thought)(?: that| whether| if)? (?:[\w'-]+ ){1,5}?(?:could|might|would|'d)\b"
    # a question someone put, its "if" no condition: "a voter asked if she might appoint him", "asked what he thought
    # she could do" (up to the question's end: "Asked if she had decided, the mayor said she might run" looks ahead; a
    # question still open is not put: "they are left wondering whether the talk might soften")
    r"|\b(?:asked|wondered)(?: \w+)? (?:whether|if|what|how|who|why|when) "
    r"(?:[\w'-]+ ){0,8}?(?:could|might|would|'d)\b"
)
# A hedge about what is, not what comes: "likely" describing a person ("the likely nominee", "likely Democratic
# nominee Ann Ruiz"; "a likely rout this weekend" still looks ahead), or an adverb on a past or present verb ("likely raised
# less suspicion", "is likely an exaggeration", "likely worth $45 million"); a "may be" or "might be" of an ongoing
# state ("may be weakening", "may now be working against him"); "some may recall".
_HEDGE_ABOUT_NOW = re.compile(
    r"\b(?:the|an?|their|his|her|its|our|your|as|most)(?: \w+ly)? likely (?:(?!(?:of|the|an?|to|in|for|and)\b)[\w-]+ ){0,3}?"
    r"(?:nominees?|candidates?|opponents?|challengers?|successors?|running mates?|supporters|disrupters)\b"
    r"|\blikely (?=(?:democratic|republican|gop|presidential|general[- ]election) )"
    r"|\blikely (?=(?:not (?!to\b)|an? |the |worth |due |off |far |(?:does|did|is|was|are|were|has|had)\b|[a-z]+ed\b))"
    rf"|\blikely (?=(?:{'|'.join(sorted(_IRREGULAR_PAST))})(?![\w'-]))"
    r"|\b(?:may|might)(?: \w+ly| now| well| also| still| even| just| only| already)* be(?: \w+ly| somewhat| even)? [a-z]+ing\b"
    r"|\b(?:may|might) (?:recall|remember)\b"
    # "unlikely" before its noun describes it ("the lone and unlikely alternative to Trump"); "likely that" before a verb
    # of now or the past hedges a fact ("it's likely that Clinton doesn't yet have the votes")
    r"|\b(?:an?|the|and) unlikely (?!to\b)"
    r"|\blikely that (?=(?:[\w'-]+ ){1,3}?(?:is|isn't|are|aren't|was|wasn't|were|weren't|has|hasn't|have|haven't|does|"
    r"doesn't|do|don't|did|didn't)\b)"
    # "most likely to" after a noun says which one is meant, as "who will" does: "the candidate most likely to carry on
    # his legacy", "voters most and least likely to support her" ("Sanders is most likely to win" looks ahead)
    r"|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!'s )(?<!'re )\b(?:most|least)"
    r"(?: and (?:most|least))? likely to\b"
    # an attitude held now, hedged: "people may not like the answer", "Trump might appreciate it", "they may think of
    # him as..." ("may think twice", "might like to run", "may agree to the deal" are steps still to come)
    r"|\b(?:may|might)(?: not)?(?: \w+ly| now| well| also| still| even| just)* (?:like(?! to\b)|dislike|understand|"
    r"believe|think(?! twice\b)|feel|appreciate|agree(?! to\b)|disagree|prefer(?! to\b)|doubt|care|realize|realise)\b"
    # what or where something is, hedged: "Jones may be America's most successful conspiracy theorist", "that may well be
    # the case", "one reason may be that...", "Pence may be in an awkward position" ("may be harder to ignore", "may not
    # be out of reach", "may be to stay home" look ahead, and a hedged denial is a forecast: "might not even be an
    # option"; so does any other forward word: "may be the issue next year")
    r"|\b(?:may|might)(?: \w+ly| well| now| also| still| even| just)* be(?: \w+ly| just| even)? "
    r"(?=(?:the|an?|another|that)\b|[a-z]+'s\b|(?:in|on) (?:the|an?|its|his|her|their|trouble)\b)"
    # a concession about what is: "the two may be opposites, but...", "the slogan may be new, but many of its goals are
    # not" (what follows the "but" is read on its own)
    r"|\b(?:may|might)(?= (?:not |well |also |\w+ly )*be\b[^,;:.!?]*[,;]? (?:but|yet)\b)"
)
# A plan or a deadline the sentence says came to an end, or sets before another, is its past: "plans to rebuild Libya
# fell to the wayside", "a revolution dampened plans to return home", "he scrapped plans to attend", "State missed that
# deadline", "the deadline went unnoticed", "harder than she'd planned", "the judge initially planned to...".
_PLAN_THAT_ENDED = re.compile(
    r"\bplans? (?:[\w'-]+ ){0,8}?(?:fell|imploded|collapsed|failed|stalled|fizzled|unraveled|unravelled|crumbled)\b"
    r"|\b(?:dampened|dashed|derailed|thwarted|scuttled|shelved|abandoned|foiled|scrapped|cancell?ed|ditched|nixed|"
    r"dropped) (?:[\w'-]+ ){0,2}?plans?\b"
    # a plan the sentence sets before another: "than she'd planned", "initially planned to", "went on as planned"
    r"|(?:'d|\bhad) (?:been )?(?:planned|scheduled|expected|hoped)\b"
    r"|\b(?:originally|initially|once|first) (?:planned|scheduled|expected|intended)\b|\bas (?:planned|scheduled)\b"
    # a span counted from an event, or told in the past: "within months of his defeat, he went to work", "within weeks
    # the campaign had sent letters" ("within weeks the vote will follow" looks ahead)
    r"|\bwithin (?:days|weeks|months)(?= of\b|,?(?: [\w'-]+){1,6}? (?:had|was|were)\b)"
    r"|\b(?:missed|met|extended) (?:the|that|this|its|their|his|her|a) (?:[\w'-]+ )?deadline\b"
    r"|\bdeadline (?:[\w'-]+ ){0,6}?(?:passed|went unnoticed|came and went|was missed|expired)\b"
)
_PLAN_WORDS = (
    "plan",
    "scheduled",
    "expected",
    "hoped",
    "intended",
    "within",
    "deadline",
)  # what _PLAN_THAT_ENDED needs
# A poll's "likely voters", whoever they are ("likely women voters", "likely Latino caucusgoers"), are the people it
# counts, not a forecast.
_POLLED = re.compile(r"\blikely (?:(?!to )[\w-]+ ){0,3}?(?:voters|caucusgoers|caucus-goers|electorate)\b")
# A season with its year is a date, as "in May" is ("in the summer of 2012", "in the winter of 2004-5"), and one
# "later in" a story is the story's sequence ("Later in the summer, she revised her statement"); a season alone still
# looks ahead ("could be adopted in the spring").
_SEASONS = ("spring", "summer", "autumn", "winter", "fall")
_DATED_SEASON = re.compile(
    r"\b(?:later )?in the (?:spring|summer|autumn|winter|fall) of\b|\blater in the (?:spring|summer|autumn|winter|fall)\b"
)
# "planned" or "scheduled" after a determiner, a preposition or a verb's infinitive, before its noun, describes the
# thing ("just before a planned divorce", "cancelled her scheduled visit", "Trump's planned message", "$500,000 worth of
# planned ads", "prompted firms to reconsider planned deals"): the sentence around it may be all past. A plan still
# counts as the verb ("the board planned a second quay") or with another forward word ("the planned quay will cost").
_ATTRIBUTIVE_PLAN = re.compile(
    r"((?:\b(?:the|an?|its|his|her|their|our|your|this|these|those|no|any|of|with|about|against|over|from|into|amid|"
    r"despite)|'s|s'|\bto (?!(?:be|been|have|get|become)\b)[a-z]+))(?: [\w-]+ly)? (?:long-)?"
    r"(?:planned|scheduled)(?= (?!(?:to|for|on|in|at|by|and|or|with|until|as|but|the|an?)\b)[a-z])"
)
_CAPITALISED = re.compile(r"(?<=[\w,;] )[A-Z][a-z]+\b")


def without_name_words(text: str, forward_words: frozenset[str]) -> str:
    """``text`` with a forward word written with a capital mid-sentence put out of reach: it is part of a name
    ("Planned Parenthood", "the Future Forum"), not a plan. A headline in title case or capitals keeps its
    words."""
    words = text.split()
    if sum(w[:1].isupper() for w in words) * 2 > len(words):
        return text  # "Clinton Will Face Sanders Next Week": a headline's capitals are no names
    return _CAPITALISED.sub(lambda m: "Name" if m.group(0).lower() in forward_words else m.group(0), text)


class _ForwardPatterns(NamedTuple):
    forward: re.Pattern[str]  # the words that look ahead
    backward: re.Pattern[str]  # the phrases that look back ("may have")
    first_words: frozenset[str]  # the words a forward phrase opens on, grammar words left out
    describing: re.Pattern[str]  # a forward verb that only describes whom a noun means ("people who will vote")


# Words that may stand between "who" and its verb: "voters who probably will", "those who still want to".
_CLAUSE_ADVERBS = r"(?:(?:\w+ly|also|still|not|never|now|already|all|both) )*"


@lru_cache(maxsize=1)
def _forward_patterns() -> _ForwardPatterns:
    words = lines("forward.txt")
    forward = [w for w in words if not w.startswith("not:")]
    backward = [w.removeprefix("not:").strip() for w in words if w.startswith("not:")]

    def alternatives(phrases: list[str]) -> str:
        """The phrases longest first, each a word of its own; a clitic ("'ll") is glued to the word before it. No
        phrase opens on a clitic and a word both, so the two groups never compete for the same place."""
        clitics = [p for p in phrases if p.startswith("'")]
        words = [p for p in phrases if not p.startswith("'")]
        groups = [rf"(?<![\w'])(?:{longest_first(words)})"] if words else []
        return "|".join(groups + ([longest_first(clitics)] if clitics else []))

    def pattern(phrases: list[str]) -> re.Pattern[str]:
        return re.compile(rf"(?:{alternatives(phrases) or '(?!)'})(?![\w'])")

    # "the man who will lead the party", "people who want to live good lives": a clause with no comma before it
    # says which people are meant, not what comes next. After a comma it tells what comes next of someone named
    # ("Latinos, who will play a prominent role at the caucuses") and counts. So with "where", which says which place
    # is meant ("the hall where she was scheduled to speak", "two ports where voters will settle the levy").
    verbs = [w for w in forward if not w.startswith("'") and w.split()[0] not in ("if", "unless", "next")]
    describing = re.compile(
        rf"(?<=[\w\"“”']) (?:who |where (?:[\w']+ ){{1,3}}?){_CLAUSE_ADVERBS}(?:{alternatives(verbs)})(?![\w'])"
    )
    # a grammar word opening a forward phrase ("the intent is", "in the coming", "if") is no part of a name: "may The
    # Force be with you" keeps its "the" for "may the"
    first_words = frozenset(w.split()[0] for w in forward) - grammar_words("stopwords")
    return _ForwardPatterns(pattern(forward), pattern(backward), first_words, describing)


def is_context(text: str, lex: Lexicon, grams: list[str] | None = None, before: int | None = None) -> bool:
    """Whether ``text`` looks back: a context cue ("last year", "since", "has been"), or, given ``before`` (the
    year the article is written in), an earlier year it sets its events in ("won the seat in 2012")."""
    if lex.context.found_in(PhraseSet.words(text) if grams is None else grams):
        return True
    return before is not None and any(int(year) < before for year in _SET_IN_YEAR.findall(text))


# "in 2012", "since 1999", "from 2009": a year the sentence's events are set in (not "by 2022" or "until 2017": a target).
_SET_IN_YEAR = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Ff]rom) ((?:19|20)\d\d)\b")
# The year first, then what stands before it (no word character, "$", "." or ","), so the engine skips to a "1" or "2"
# instead of trying the look-behind at every character of the article
_YEAR = re.compile(r"((?:19|20)\d\d)(?<![\w$.,]\d{4})\b(?![\d,])")


def writing_year(text: str) -> int | None:
    """The year an article is written in, as the year it names most often ("2016" in a 2016 campaign story), the
    later on a tie; None if it names none. Earlier years are its background; later ones, targets."""
    counts = Counter(int(year) for year in _YEAR.findall(text))
    if not counts:
        return None
    return max(counts, key=lambda year: (counts[year], year))


def opens_with_quote(text: str) -> bool:
    return bool(_QUOTE_ONLY.match(text.strip()))


_QUOTES = "\"“‘'"  # "Finally, “Lose some weight.”": the quotation is what stays


def strip_connective(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Drop a leading connective ("However, ") from the span ``[start, end)`` of ``text``, or two of them
    ("And, finally, ")."""
    for _ in range(2):
        match = lex.connectives.match(text, start, end)
        rest = text[match.end() : match.end() + 2] if match else ""
        if not (match and match.end() < end and (rest[:1].isalpha() or (rest[:1] in _QUOTES and rest[1:].isupper()))):
            break  # nor before a quotation that opens mid-sentence: 'Yet, "it is hard..."' keeps its "Yet"
        start = match.end()
    return start, end


def cue_words(text: str, lex: Lexicon) -> list[str]:
    """The outlook and context phrases found in ``text``: what an explanation quotes."""
    words = PhraseSet.words(text)
    found = [phrases.first_in(words) for phrases, _ in lex.outlook.values()] + [lex.context.first_in(words)]
    return list(dict.fromkeys(f for f in found if f))

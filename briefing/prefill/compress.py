"""The part of a lead sentence worth a summary line: a faithful cut, never a rewording.

Wire copy glues a dateline onto a sentence ("WASHINGTON (Reuters) -", "(CNN)", "PORTSMOUTH,
N.H. —"). A summary line keeps only the sentence proper, so ``lead_span`` cuts past it and before
an empty tail ("..., it emerged today.") or an aside that only elaborates (", prompting fresh
speculation that...": the bottom line is the clause before it). The cut is one unbroken stretch
of the article's text, so an item still points at exactly what it quotes. (Photo captions and
"Scroll down for video" glued onto a sentence are cut out earlier, by the reader.)
"""

from __future__ import annotations

import re

from briefing.prefill.text import MARKUP
from briefing.prefill.wordlists import grammar_words
from briefing.quote_marks import leaves_open
from briefing.reader.datelines import dateline_end
from briefing.reader.sentences import lexicon as sentence_words

# Not ", it was claimed": that tail says nobody vouches for the sentence, and a line without it would state the claim
# as fact.
_TAIL = re.compile(
    r",\s+(?:it\s+(?:has\s+|had\s+)?(?:emerged|was\s+revealed|has\s+been\s+revealed|was\s+reported|"
    r"has\s+been\s+reported)(?:\s+(?:today|yesterday|tonight|last\s+night|"
    r"this\s+week|on\s+\w+day))?)(?=[.!]?\s*$)"
)
# "It comes after X did Y": the news linked to an earlier event; "X did Y" is a sentence itself.
_LINK = re.compile(
    r"(?:It|This) (?:comes|came)(?: just| only)?(?: (?:a|an|one|two|three|four|five|six|\d+) "
    r"(?:day|days|week|weeks|month|months|hour|hours|year|years))?(?: after| as) (?=\S)"
)
# ", prompting fresh speculation...", ", sobbing as she...": a participle clause that elaborates on the
# sentence before it, to the sentence's end: past a semicolon a new clause begins, so no aside. Not one that
# says what someone said (", saying...") or where the news comes from (", according to..."), nor one that
# quotes someone (", sending the crews home with 'we cannot risk it'": their words are the news, in double or
# single quotes or the NYT's two apostrophes), nor a preposition or noun that only ends in -ing (", during..."),
# nor one longer than the clause it hangs on (", killing at least 80 people in an apparent terrorist attack as the
# driver also opened fire ...": it says more than the clause before it, so it is no mere elaboration).
_ASIDE = re.compile(r",\s+(?P<verb>[a-z]+ing)\b[^\"“”;]*$")
_NOT_ASIDES = frozenset(
    ["according", "following", "saying", "adding", "telling", "warning", "insisting", "claiming", "arguing"]
    + ["explaining", "noting", "urging", "stating", "calling", "asking", "during", "nothing", "something"]
    + ["anything", "everything", "morning", "evening", "thing", "bring", "spring", "string", "king", "ring"]
)
MIN_WORDS = 8  # a cut shorter than this is a fragment, not the sentence proper
# Someone's words in quotation marks, to the closing mark or the end of the sentence: "'I'm fine,' she said".
_QUOTATION = re.compile(r"[\"“][^\"”]*(?:[\"”]|$)|(?<![\w’'])[‘'].*?(?:[’'](?!\w)|$)")
# The writer speaking to the reader or for the newsroom: "you would think", "our bank balances", "we've spotted".
# Not a name or title ("Our Principles PAC", "World War I"), nor a party label or initial ("Sanders (I-Vt.)", "I. M. Pei").
_FIRST_OR_SECOND = re.compile(
    r"(?<![\w(\-])(?:(?<!War )I(?![\w\-.])|(?:[Ww]e|[Oo]ur|[Mm]y|[Yy]ou|[Yy]our)\b(?! [A-Z])|(?:me|us)\b)"
)
# A few words and a colon before the sentence proper: "Barbie collectors mark your calendars: This Saturday, ...".
_LEAD_IN = re.compile(r"[^:\"“”‘’'()]{3,60}?: +(?=[A-Z])")
LEAD_IN_WORDS = 6  # a longer stretch before a colon is a sentence of its own, not a lead-in


def lead_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of ``text[start:end]`` that is a sentence proper, as a ``[start, end)`` span into ``text``.

    Drops a leading dateline, a lead-in to the reader before a colon ("Mark your calendars: "), a leading
    "It comes after" (what follows is a sentence that names its subject), a trailing "it emerged today" and a trailing
    participle clause that only elaborates (", prompting speculation that...", never ", saying..."
    or ", according to...", nor one longer than the clause before it). A cut that would leave fewer than ``MIN_WORDS`` words is not made; a
    span with nothing to cut comes back whole. Photo captions and "Scroll down for video" glued on
    are the reader's to cut (``reader/captions.py``): they never reach a sentence.
    """
    body = text[start:end]
    first, last = past_dateline(body, 0, len(body)), len(body)
    title = caption_title(body[first:])
    if title:
        glue = _glue_after_caption(body, first + title, last, _lower_case_words(text))
        if glue is not None:
            first = glue  # the sentence glued after the caption
    lead_in = _LEAD_IN.match(body, first)
    if (
        lead_in is not None
        and _words(lead_in.group()) <= LEAD_IN_WORDS
        and writer_voice(lead_in.group())
        and not any(w.strip(",") in sentence_words().speech_tags for w in lead_in.group().split())  # "I told them:"
        and _words(body[lead_in.end() : last]) >= MIN_WORDS
    ):
        first = lead_in.end()  # the writer's aside to the reader, not the news: "Mark your calendars: ..."
    link = _LINK.match(body, first)
    if link is not None and _words(body[link.end() : last]) >= MIN_WORDS:
        first = link.end()
    tail = _TAIL.search(body, first)
    if tail is not None and _words(body[first : tail.start()]) >= MIN_WORDS:
        last = tail.start()
    aside = _ASIDE.search(body, first, last)
    if (
        aside is not None
        and aside.group("verb") not in _NOT_ASIDES
        and _words(body[first : aside.start()]) >= MIN_WORDS
        and _words(body[aside.start() : last]) <= _words(body[first : aside.start()])  # a longer one says more
        and not leaves_open(body[first : aside.start()])
        and not _QUOTATION.search(body, aside.start(), last)
        and not _sentence_goes_on(body[first : aside.start()], body[aside.end("verb") : last])
    ):
        last = aside.start()
    return start + first, start + last


# Words a sentence proper never ends on ("... in Burlington, Iowa, and"), and those after which one more word
# is still waiting for its noun ("perhaps the last, wheezing gasp"): the "-ing" word there is no aside.
_DETERMINERS = grammar_words("determiners")
_SUBJECTS = grammar_words("subject_pronouns")
_LEADS_ON = _DETERMINERS | grammar_words("prepositions") | {"and", "or", "but", "nor", "that"}
# A verb in the "aside" makes its "-ing" word the subject of a clause ("given the divide, instituting these goals
# will not be easy") or the main clause's verb is still to come ("Two days before he shot them, killing 49, he
# knelt ..."): the sentence goes on past the comma.
_FINITE = grammar_words("be_forms") | (grammar_words("infinitive_markers") - {"to", "not", "never", "help", "let"})
_RESUMED = re.compile(r",\s+of\s")  # ", including the right to fish, of 300 families": "of" has no noun in the aside
# ", working 15 hours a week, would lose money": after the parenthesis the sentence's own verb comes back
_RESUMED_VERB = re.compile(
    r",\s+(?:" + "|".join(sorted(map(re.escape, _FINITE | {"has", "have", "had"}), key=len, reverse=True)) + r")\s"
)
_COMMA_CLAUSE = re.compile(r",\s+(?:he|she|it|they|we|I)\s+(?!said\b|says\b|added\b|told\b)[a-z]+")


_ORDINALS = frozenset(["last", "first", "next", "only", "same", "final", "latest", "other", "very"])
# Nouns that end like a superlative: "the protest, prompting ..." is an aside after its noun.
_EST_NOUNS = frozenset(["interest", "request", "protest", "contest", "arrest", "forest", "conquest", "harvest"])


def _awaits_noun(word: str) -> bool:
    """ "the last", "the biggest": a word after "the" that still waits for its noun."""
    return word in _ORDINALS or (word.endswith("est") and len(word) > 5 and word not in _EST_NOUNS)


def _sentence_goes_on(kept: str, aside: str) -> bool:
    """Whether the words after ", Xing" are not an aside but the rest of the sentence: the kept part ends on a
    word that leads on, or on "the last"; it ends a list the "-ing" word goes on ("highways, trains,
    airports, aging sewer systems"); or the "aside" has a verb of its own, or is a parenthesis the sentence goes on
    after (", including the right to fish, of 300 families": a phrase on "of" completes a noun before it; "a single
    mother, working 15 hours a week, would lose money": the verb of her clause comes after it)."""
    words = kept.lower().split()
    if (
        not words
        or words[-1] in _LEADS_ON
        or (len(words) > 1 and words[-2] in _DETERMINERS and _awaits_noun(words[-1]))
    ):
        return True
    if re.search(r",\s+[^,\s]+(?:\s+[^,\s]+)?,\s+[^,\s]+(?:\s+[^,\s]+)?$", kept):
        return True  # "... highways, trains, airports": a list
    following = [w.strip(",.;") for w in aside.lower().replace("’", "'").split()[:4]]
    for word in following:  # "instituting these goals will": the "-ing" word is a clause's subject
        if word in _FINITE:
            return True
        if word in _SUBJECTS or word in ("there", "that", "who", "which", "as", "if", "when", "because"):
            break  # "believing he would ...": a clause inside the aside
    return any(pattern.search(aside) is not None for pattern in (_COMMA_CLAUSE, _RESUMED, _RESUMED_VERB))


def writer_voice(body: str) -> bool:
    """Whether ``body`` speaks in the first or second person outside any quotation: the writer addressing the
    reader ("Of all people, you would think...") or the newsroom ("this is the second time we've spotted her").

    That is comment or a hook, not the news; a speaker's own "I" or "you", inside quotation marks or an embedded
    post ('<tweet author="@ana">I'm thrilled...'), is not.
    """
    if MARKUP.search(body):
        return False  # an embed: its words are its author's
    return _FIRST_OR_SECOND.search(_QUOTATION.sub(" ", body)) is not None


# "Mark your calendars", "Check your bags: ...": an order to the reader, "your" the second word of its sentence or clause.
_ORDER = re.compile(r"(?:^|[:;]\s+|[—–]\s*)[A-Za-z]+\s+[Yy]our\b")


def generic_your(body: str) -> bool:
    """Whether the only second person in ``body`` outside quotations is a "your" that means anyone, in a statement
    of fact: "it also means your house is worth more", "a budget store on your doorstep". That is the news put to
    the reader, not the writer's comment; an order to the reader ("Mark your calendars") and any "you", "I" or "we"
    (``writer_voice``) still speak in the writer's voice.
    """
    if MARKUP.search(body):
        return False
    plain = _QUOTATION.sub(" ", body)
    found = [match.group().lower() for match in _FIRST_OR_SECOND.finditer(plain)]
    return bool(found) and all(word == "your" for word in found) and _ORDER.search(plain) is None


def past_dateline(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` begins past a leading dateline ("WASHINGTON —", "(CNN)"), or ``start``
    when it has none or the rest would be a fragment."""
    story = dateline_end(text, start, end)
    if story is not None and _words(text[story:end]) >= MIN_WORDS:
        return story
    return start


def _words(text: str) -> int:
    return len(text.split())


# "Fighter ace: Douglas Bader's story is told ...", "Wanted: Police in Maryland ...": a photo caption's title (one
# or two words and a colon) opening what the splitter took for a sentence; never a speech tag ("He said: 'We...").
_CAPTION_TITLE = re.compile(r"([A-Z][\w'’\-]*(?: [a-z][\w'’\-]*)?): +(?=[A-Z][a-z])")
_PRONOUNS = frozenset(["He", "She", "They", "I", "We", "It", "You"])
_GLUE = re.compile(r"(?<=[\w'’”)]) (?P<word>[A-Z][a-z]+)\b")
_LOWER_WORD = re.compile(r"(?<![\w'’\-])[a-z]+(?![\w'’\-])")


def caption_title(body: str) -> int:
    """The length of the caption title ``body`` opens on ("Wanted: "), or 0 where it opens on none."""
    match = _CAPTION_TITLE.match(body)
    if match is None:
        return 0
    words = match.group(1).split()
    if words[0] in _PRONOUNS or any(w in sentence_words().speech_tags for w in words):
        return 0  # "He said: ...", "Smith added: ..."
    return match.end()


def _lower_case_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case somewhere: "police", "like"; never a name such as "Soumbadze"."""
    return frozenset(_LOWER_WORD.findall(text))


def _glue_after_caption(body: str, start: int, end: int, common: frozenset[str] = frozenset()) -> int | None:
    """Where the sentence glued after a caption begins ("... in Warburg The story of how ..."), or None.

    It opens on a word that usually starts a sentence ("The"), or on one the article writes in lower case
    elsewhere (``common``): "... counts of child pornography Police in Maryland have launched ...". After a
    caption's title the caption is known to be there, so this is safe; a name ("instructor Alexander
    Soumbadze") is never written in lower case.
    """
    starters = sentence_words().starters
    for glue in _GLUE.finditer(body, start, end):
        if (
            (glue.group("word") in starters or glue.group("word").lower() in common)
            and _words(body[start : glue.start()]) >= 4
            and _words(body[glue.start("word") : end]) >= MIN_WORDS
            and not leaves_open(body[start : glue.start()])
        ):
            return glue.start("word")
    return None

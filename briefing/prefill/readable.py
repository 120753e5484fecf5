"""Can an item be read on its own? Its opening words must not point back to a sentence the brief lacks.

A bullet that opens on "He urged...", "The move..." or "This matter..." makes the minister
ask who and which; the pre-fill either writes the referent in square brackets ("[Wang Yi]
urged...") or leaves the sentence out. ``dangling_opener`` is the one test of that, also for
the checks the window runs over an edited brief. The word lists are in
``resources/lexicon/grammar.json`` (``anaphoric_openers``, ``demonstratives``,
``anaphoric_nouns``, ``time_nouns``, ``expletive_it_*``, ``cleft_focus``).
"""

from __future__ import annotations

import re
from itertools import dropwhile, islice, pairwise

from briefing.prefill.lexicon import load_lexicon
from briefing.prefill.text import STOPWORDS
from briefing.prefill.wordlists import grammar_list, grammar_words

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_LEADING = " \t\n\"“”‘’'(—–-•*"
_OPENERS = grammar_words("anaphoric_openers")
_CONJUNCTIONS = grammar_words("opening_conjunctions")  # "But they had...": the pronoun still opens the clause
_DEMONSTRATIVES = grammar_words("demonstratives")
_NOUNS = grammar_words("anaphoric_nouns")
_TIME = grammar_words("time_nouns")
_IT_VERBS = grammar_words("expletive_it_verbs")
_IT_FOLLOWERS = grammar_words("expletive_it_followers")
_FOCUS = grammar_words("cleft_focus")  # "It's not just UV rays that...": words between the verb and the focus
_FOCUS_GAP = 4  # words after "it is" (past any focus words) up to "that", "to", "who"...: "the city council that"
_ADJECTIVE_GAP = 3  # words after "this" up to its noun: "this latest diplomatic move"
_MULTI = sorted((o.split() for o in grammar_list("anaphoric_openers") if " " in o), key=len, reverse=True)


def dangling_opener(text: str) -> tuple[int, int] | None:
    """``[start, end)`` of the words ``text`` opens on that refer back to something unnamed, else None.

    "He said..." -> the span of "He"; "His report..." -> "His"; "The move..." -> "The move";
    "This week..." (a time), "It is unclear whether..." (no referent needed) and a text that
    already opens on a bracketed referent ("[Wang Yi] urged") -> None.
    """
    start = 0
    while start < len(text) and text[start] in _LEADING:
        start += 1
    if text[start : start + 1] == "[":
        return None
    words = [(m.group().lower().replace("’", "'"), m.start(), m.end()) for m in islice(_WORD.finditer(text, start), 9)]
    if not words or words[0][1] != start:
        return None
    multi = _multi_word_opener(words)
    if multi is not None:
        return start, multi  # "So says a booming voice ...": "so" is no conjunction here, and says what?
    if len(words) > 1 and words[0][0] in _CONJUNCTIONS and text[words[0][2] : words[1][1]] == " ":
        words = words[1:]  # "But they had overlooked...", "And his plan...": the span is the pronoun's
        start = words[0][1]
        multi = _multi_word_opener(words)
        if multi is not None:
            return start, multi  # "But the latter has denied it"
    first = words[0][0]
    base, apostrophe, _ = first.partition("'")
    if apostrophe and (base in _OPENERS or base == "it"):
        # "It's likely the most pressing concern", "He's running": the pronoun and its verb in one word. The
        # span is the whole word, which no bracket replaces well ("[Wang Yi]'s running"): the item is left out
        if base == "it" and _points_ahead([w for w, _, _ in words[1:]], text[words[0][2] :]):
            return None  # "It's hard to know where...", "It's not just UV rays that...": nothing is referred to
        return start, words[0][2]
    if first == "it":
        verb = 2 if len(words) > 2 and words[1][0] == "also" else 1  # "It also is unclear", not "It also found"
        if (
            len(words) > verb
            and words[verb][0] in _IT_VERBS - {"also"}
            and _points_ahead([w for w, _, _ in words[verb + 1 :]], text[words[verb][2] :])
        ):
            return None  # "It is unclear whether...", "It is the council that...": nothing is referred to
        return start, words[0][2]
    if first in _OPENERS:
        return start, words[0][2]
    if first in _DEMONSTRATIVES:
        if len(words) > 1 and words[1][1] - words[0][2] > 1:
            return start, words[0][2]  # "That, he said, ..." or "This: ..." - a pronoun
        for word, _, end in words[1 : 1 + _ADJECTIVE_GAP]:
            if len(text[start:end].split()) > 1 + _ADJECTIVE_GAP:
                break  # "This Wang Wang 2019 sides": a figure is a word too, and the opener is too long for one noun
            if word in _IT_VERBS:
                break  # "This is...", "That was...": a pronoun
            if word in _TIME:
                return None  # "This week", "That year": a time, not a reference
            if word in _NOUNS or word.endswith(("s", "ion", "ment")):
                return start, end
        return start, words[0][2]  # "This is...", "That was...": a pronoun
    if first == "the" and len(words) > 1 and words[1][0] in _NOUNS:
        return start, words[1][2]
    for (word, begin, _), (noun, _, end) in pairwise(words[1:7]):
        if word in ("this", "that", "these", "those") and noun in _NOUNS:
            return begin, end  # "China's assertiveness on this matter": which matter?
    return _pronoun_after_opening(text, words)


def _multi_word_opener(words: list[tuple[str, int, int]]) -> int | None:
    """Where an opener of several words ("the latter", "so says") that ``words`` open on ends, or None."""
    for phrase in _MULTI:
        if [w for w, _, _ in words[: len(phrase)]] == phrase:
            return words[len(phrase) - 1][2]
    return None


def _pronoun_after_opening(text: str, words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The first person's pronoun where a short opening that names no one leads to a clause whose subject is
    one: "As proof, she pointed to...", "If she wins, she may...", "When asked, he said...". A name or a role in
    the opening ("As Clinton spoke, she", "When the mayor arrived, he") is the referent; a name right
    after the comma ("In his speech, Rhimes declared") is the one the pronoun points ahead to."""
    first = words[0][0]
    if not (first in STOPWORDS or first in _OPENING_WORDS or first.endswith(("ing", "ed", "ly"))):
        return None  # "Clinton, she said": the opening word may be a name
    for k in range(1, len(words)):
        between = _FIGURES.sub("", text[words[k - 1][2] : words[k][1]]).strip()  # "In 1962, he", "his mid-20s"
        if not between:
            continue
        opening = words[:k]
        if between == "," and words[k][0] in _GROUP_SUBJECTS and all(_no_noun(word) for word, _, _ in opening):
            return words[k][1:]  # "Instead, they focus on ...", "If not, their plan ...": who are they?
        if between != ",":
            return None  # a quotation, a dash or a full stop: no short opening phrase
        if words[k][0] not in _PERSON_SUBJECTS:
            continue  # "In 1962, at age 23, he married": the opening goes on past its first comma
        if any(_may_name_a_person(text, word, begin, end) for word, begin, end in opening[1:]):
            return None  # a name in the opening is the pronoun's referent ("On Tuesday", "on Israel" name no one)
        keys = [word for word, _, _ in opening]
        roles = load_lexicon().roles
        if any(roles.match_keys(keys, i) is not None for i in range(len(keys))):
            return None  # "When the mayor arrived, he": the role is the referent
        earlier = [(begin, end) for word, begin, end in opening if word in _PERSONAL]
        return earlier[0] if earlier else words[k][1:]
    return None


def _may_name_a_person(text: str, word: str, begin: int, end: int) -> bool:
    """Whether an opening's word may be the name of the person a later "he" means: a capitalised word that is not
    a weekday or month, nor wholly a country's or a government body's name ("Israel", "Iowa" is not listed)."""
    if not text[begin].isupper() or word in _TIME:
        return False
    return load_lexicon().sides.value_of(text[begin:end]) is None


def _no_noun(word: str) -> bool:
    """Whether an opening's word can be no plural's referent: "instead", "if", "not", "for now", "later"."""
    return word in STOPWORDS or word in _OPENING_WORDS or word in _TIME or word.endswith("ly")


def _points_ahead(after_verb: list[str], rest_of_text: str) -> bool:
    """Whether the words after "it is" make the "it" stand for what follows, not for something before.

    "(It is) unclear whether...", "(It's) hard to know...": an expletive; "(It was) the council that paid",
    "(It's) not just UV rays that damage skin", "(It is) not only farmers who...": a cleft, which names its
    own focus. Focus words ("not", "just", "only") are skipped first, so the focus may be a short phrase.
    "(It is) a disaster for the town" has neither and points back, and so does a question word right after
    the verb: "(It's) whether he can win" answers a question the sentence before asked (unless a "that" later
    makes it a cleft: "It was how the levy was spent that angered them").
    """
    if after_verb[:1] and after_verb[0] in _QUESTION_WORDS:
        clause = rest_of_text.split(None, 1)[1:]  # past the question word
        if not (clause and _CLEFT_THAT.search(" " + clause[0])):
            return False  # "(It's) whether he can take a punch", "(It is) what voters want": the question before
    rest = list(dropwhile(lambda w: w in _FOCUS, after_verb))
    return any(w in _IT_FOLLOWERS for w in rest[:_FOCUS_GAP])


def with_referent(text: str, span: tuple[int, int], name: str) -> str:
    """``text`` with its opener replaced by ``[name]``: "He urged" -> "[Wang Yi] urged", "His" -> "[Wang Yi's]"."""
    opener = text[span[0] : span[1]].lower()
    owner = opener in _POSSESSIVES
    bracket = f"[{name}'s]" if owner else f"[{name}]"
    return text[: span[0]] + bracket + text[span[1] :]


def person_pronoun(text: str, span: tuple[int, int]) -> str | None:
    """ "he" or "she" when the opener is a person's pronoun ("He", "His", "Her"), else None."""
    return _PERSONAL.get(text[span[0] : span[1]].lower())


_POSSESSIVES = frozenset(["his", "her"])
_FIGURES = re.compile(r"[\d$%£€]+(?:[.,:]\d+)*")  # a year, a sum or an age between two words is one of the words
_PERSON_SUBJECTS = frozenset(["he", "she", "his", "her"])  # "..., she said", "..., his team is bracing"
_GROUP_SUBJECTS = frozenset(["they", "their"])  # "Instead, they ...": dangling only after an opening with no noun
# Words an opening phrase starts on besides function words, "-ing" and "-ed" forms and "-ly" adverbs
_OPENING_WORDS = frozenset(
    ["instead", "meanwhile", "later", "earlier", "still", "asked", "pressed", "otherwise", "next", "last", "soon"]
    + ["afterward", "afterwards", "today", "tonight", "yesterday", "tomorrow"]
)
# right after "it is", the words that make it a restatement of something said before, not an expletive or a cleft
_QUESTION_WORDS = frozenset(["whether", "if", "how", "why", "what", "who", "when"])
_CLEFT_THAT = re.compile(r"\s(?:that|who)\s")  # "(It was) how the levy was spent that angered them": a cleft
_PERSONAL = {"he": "he", "his": "he", "him": "he", "she": "she", "her": "she"}

"""How one article uses its words: as a noun, a verb, a modifier, a person's name, read from their neighbours.

An issue's name is a noun phrase ("Taiwan arms sales"), and no part-of-speech tagger is
installed; but the article itself shows what each word is. A word after "the", "his" or
"of" is a noun ("the talks"); one after "to", "will" or "he" is a verb ("to talk", "he
talks"); one that is always followed by another word of its phrase and never ends one is a
modifier ("presidential", "North Korean"); a capitalised word after a title or a given name
is a person's ("President Obama", "Barack Obama"). Counted once over the article's
sentences, so each name is judged against the whole text, not its one sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from briefing.prefill.lexicon import Lexicon
from briefing.prefill.text import STOPWORDS
from briefing.prefill.wordlists import grammar_map, grammar_words

TOKEN = re.compile(r"[^\W\d_][\w'’\-]*|\d[\d,.]*\w*|[^\s\w]")  # words (any script), numbers ("20th"), marks
_DETERMINERS = grammar_words("noun_markers")  # "the talks", "his emails", "two leads"
# the words only a noun phrase follows; "those", "many", "two" also stand alone ("those backing him")
_HEAD_MARKERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "my", "your"))
_PREPOSITIONS = grammar_words("noun_preposition_markers")  # "of trade"; before "-ing", a verb's too ("by declaring")
_INFINITIVE = grammar_words("infinitive_markers")  # "to talk", "will lead", "did not help"
_SUBJECTS = grammar_words("subject_pronouns")  # "he talks", "which leads"
_BE = grammar_words("be_forms")  # "are giving"
_PERSON_TITLES = grammar_words("person_titles")
NAME_LINKS = grammar_words("determiners") | grammar_words("prepositions") | frozenset(grammar_map("pronouns"))


_SENTENCE_MARKS = frozenset((".", "!", "?", ":", '"', "“"))
_SHOUTED_WORD = re.compile(r"\b[A-Z][A-Z\-]*[A-Z](?:['’]S)?\b")  # "DEBATE", "ONE-ON-ONE", "ITALY’S"


def is_shouted(words: list[str]) -> bool:
    """Whether a sentence's words are all in capitals ("U.N. PANEL RULES FOR WIKILEAKS FOUNDER"): at least two
    words of two letters or more, none in lower case."""
    letters = [w for w in words if w[:1].isalpha()]
    return sum(len(w) > 1 for w in letters) >= 2 and all(not any(c.islower() for c in w) for w in letters)


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


class WordUse:
    """Per article: where each word stands, counted over its sentences."""

    def __init__(self, sentences: Iterable[list[str]], lex: Lexicon) -> None:
        """``sentences``: each sentence's tokens (``TOKEN``), with "’" read as "'"."""
        self.after_determiner: Counter[str] = Counter()  # "talks" after "the": a noun
        self.head_after_determiner: Counter[str] = Counter()  # "the paid" before no noun: "paid" is one
        self.after_preposition: Counter[str] = Counter()  # "trade" after "on": a noun, or a gerund
        self.after_infinitive: Counter[str] = Counter()  # "talk" after "to": a verb
        self.after_subject: Counter[str] = Counter()  # "talks" after "he": a verb
        self.after_be: Counter[str] = Counter()  # "giving" after "are": a verb
        self.ends_phrase: Counter[str] = Counter()  # the last content word before a stopword or a mark
        self.inside_phrase: Counter[str] = Counter()  # followed by another content word
        self.followed_by: dict[str, set[str]] = {}  # the content words that follow it ("Varna" -> {"port"})
        self.person_words: set[str] = set()  # "Obama" after "President" or "Barack"
        self.mid_capitalised: Counter[str] = Counter()  # words the article capitalises inside a sentence
        self.written_lower: Counter[str] = Counter()  # words the article writes in lower case
        self.vocabulary: set[str] = set()  # every word, in lower case
        for words in sentences:
            self._read(words, lex)

    def _read(self, words: list[str], lex: Lexicon) -> None:
        lowers = [w.lower() for w in words]
        self.vocabulary.update(lowers)
        shouted = is_shouted(words)  # "FIREWORKS FLY IN DEBATE": its capitals say nothing of names
        if not shouted:
            self.written_lower.update(w for w in words if w.islower())
        marker_counts = (
            (_DETERMINERS, self.after_determiner),
            (_PREPOSITIONS, self.after_preposition),
            (_INFINITIVE, self.after_infinitive),
            (_SUBJECTS, self.after_subject),
            (_BE, self.after_be),
        )
        content = [w[:1].isalpha() and lw not in STOPWORDS for w, lw in zip(words, lowers, strict=True)]
        for k in range(1, len(words)):
            word, lower, previous = words[k], lowers[k], words[k - 1]
            before = lowers[k - 1].rstrip(".")
            capital = word[:1].isupper()
            if capital and previous not in _SENTENCE_MARKS and not shouted:
                self.mid_capitalised[word] += 1
                if word.endswith("'s"):
                    self.mid_capitalised[word[:-2]] += 1  # "Italy's": "Italy" too
            alone = not (k + 1 < len(words) and content[k + 1])  # "the backing", not "the paid staff"
            if before.endswith("'s") or before in _HEAD_MARKERS:  # not "$513,000 supporting", "those backing"
                self.head_after_determiner[lower] += alone
            if before.endswith("'s") or before[:1].isdigit():
                self.after_determiner[lower] += 1
            elif before.endswith("n't"):
                self.after_infinitive[lower] += 1
            else:
                for markers, counts in marker_counts:
                    if before in markers:
                        counts[lower] += 1
                        break
            name = word.removesuffix("'s")  # "President Obama's team": "Obama"
            if capital and (before in _PERSON_TITLES or previous in lex.given_names) and name not in lex.org_words:
                self.person_words.add(name)
                if previous in lex.given_names:
                    self.person_words.add(previous)
        for k, is_content in enumerate(content):
            if is_content:
                inside = k + 1 < len(words) and content[k + 1]
                (self.inside_phrase if inside else self.ends_phrase)[lowers[k]] += 1
                if inside:
                    self.followed_by.setdefault(lowers[k], set()).add(lowers[k + 1])

    def recase(self, text: str) -> str:
        """``text`` with its shouted words ("FIREWORKS FLY IN DEMOCRATIC DEBATE") written as the article writes
        them elsewhere: "fireworks fly in Democratic debate"; "GOP" and "NATO" stay as they are."""
        return _SHOUTED_WORD.sub(lambda m: self._recased(m.group()), text)

    def _recased(self, word: str) -> str:
        stem, possessive = (word[:-2], word[-2:]) if word.endswith(("'S", "’S")) else (word, "")
        capital = stem[:1] + stem[1:].lower()
        if self.mid_capitalised[stem] > 0 and self.mid_capitalised[stem] >= self.mid_capitalised[capital]:
            return word  # an acronym the article writes in capitals
        if self.mid_capitalised[capital] > self.written_lower[stem.lower()]:
            return capital + possessive.lower()
        return stem.lower() + possessive.lower()

    def seen_as_noun(self, word: str) -> bool:
        """Whether the article uses ``word`` after "the", "his", a number, or (not a "-ing" word) "of"."""
        lower = word.lower()
        singular = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1]
        if lower.endswith("s") and self.after_determiner[singular] > 0:
            return True  # "a cut" for "cuts", "a rally" for "rallies"
        return self.after_determiner[lower] > 0 or (self.after_preposition[lower] > 0 and not lower.endswith("ing"))

    def seen_as_head_noun(self, word: str) -> bool:
        """Whether the article has ``word`` as a phrase's head after "the" or "his" ("the backing of",
        "his spending"), not only as a modifier there ("the paid staff", "a supporting role"): a participle's
        noun use."""
        return self.head_after_determiner[word.lower()] > 0

    def seen_as_verb(self, word: str) -> bool:
        """Whether the article uses ``word`` as a verb: "talks" after "he" or "talk" after "to"; "giving" after
        "are"; a bare "help" after "to" or "will"."""
        lower = word.lower()
        if lower.endswith("ing"):
            return self.after_be[lower] > 0
        if lower.endswith("s") and not lower.endswith("ss"):
            bases = [lower[:-1]] + ([lower[:-2]] if lower.endswith("es") else [])
            return self.after_subject[lower] > 0 or any(self.after_infinitive[b] > 0 for b in bases)
        return self.after_infinitive[lower] > 0 or self.after_subject[lower] > 0

    def inflected_as_verb(self, word: str) -> bool:
        """Whether the article also writes ``word`` as a verb's past or present participle ("helped", "helping")."""
        lower = word.lower()
        stems = (lower, lower[:-1]) if lower.endswith("e") else (lower, lower + lower[-1:])
        return any(s + ending in self.vocabulary for s in stems for ending in ("ed", "ing")) or (
            self.after_subject[lower + "s"] > 0
        )

    def only_modifies(self, word: str) -> bool:
        """A word the article never ends a phrase on: "presidential" (candidate), "Korean" (regime)."""
        key = word.lower()
        return self.ends_phrase[key] == 0 and self.inside_phrase[key] > 0

    def names_only_a_kind(self, word: str) -> bool:
        """A name the article only ever puts before a noun ("the Syrian migrant crisis", "Moments tool"), never
        on its own nor before its verb ("Varna voted"): it says what kind of thing, not what."""
        return self.only_modifies(word) and not any(
            self.seen_as_verb(after) or self.inflected_as_verb(after) or after.endswith("ed")
            for after in self.followed_by.get(word.lower(), ())
        )

    def in_name(self, word: str, following: str) -> bool:
        """Whether a capitalised stopword is part of a name with the word after it: "New York", "No Child"."""
        return (
            _is_capitalised(word)
            and _is_capitalised(following)
            and word.lower() not in NAME_LINKS
            and word in self.mid_capitalised
        )

"""Short names for issues: the article's own recurring 2-5-word phrases ("steel tariffs", "Taiwan arms sales").

An issue named by one generic word ("View", "officials") tells the minister nothing. Without
headings, the pre-fill names an issue by the longest phrase of the sentence that the article
repeats elsewhere: runs of words between stopwords, counted by their stems, so "the steel
tariffs" and "steel tariff" meet. A proper name of one word (a country, a treaty) may stand
alone; a lone common word may not. Words that never name an issue (said, week, percent) are
in ``resources/lexicon/grammar.json`` (``not_in_issue_names``).
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.prefill.actors import adjective_word, is_people_noun
from briefing.prefill.lexicon import Lexicon, load_lexicon
from briefing.prefill.phrase_contexts import PhraseContexts
from briefing.prefill.text import MARKUP, STOPWORDS, stem, tokenize
from briefing.prefill.word_use import NAME_LINKS, TOKEN, WordUse
from briefing.prefill.wordlists import grammar_words

NOT_ISSUE_NAMES = grammar_words("not_in_issue_names")
_BANNED = NOT_ISSUE_NAMES
_PERSON_TITLES = grammar_words("person_titles")  # "secretary", "justice": a title before a name
_TITLE_MODIFIERS = frozenset(("former", "late", "then", "acting", "deputy", "interim", "outgoing", "incoming", "chief"))
_SHORT_PAST_FORMS = frozenset(("died", "lied", "tied", "vied"))  # "-ed" words too short for the "-ed" rule
_PAST_FORMS = grammar_words("irregular_past_forms")  # "won", "led", "took": a verb whatever its case
# "held", "lost": a verb after a noun ("Americans held by Iran", "Jobs lost"), a modifier before one ("Lost wages")
_PARTICIPLES = grammar_words("irregular_participles")
MAX_WORDS = 5
MAX_CATCHWORDS = 3  # a heading's question or quotation this short may name its section: "Who pays?"
MAX_SENTENCE = 1500  # characters: a longer "sentence" is a run-on or a dump, and no issue is named from it
_INITIAL = re.compile(r"[A-Z]\.?$")  # the "W" of "George W. Bush"


def _tokens(text: str) -> list[str]:
    return [m.group() for m in TOKEN.finditer(MARKUP.sub(" . ", text.replace("’", "'")))]


def _runs(words: list[str], use: WordUse) -> list[list[tuple[str, int]]]:
    """Stretches of words (each with its index in ``words``) with no stopword, number or punctuation inside; a
    capitalised stopword inside a name ("New York", "No Child Left Behind") is part of it."""
    runs: list[list[tuple[str, int]]] = []
    current: list[tuple[str, int]] = []
    for k, word in enumerate(words):
        clean = word.removesuffix("'s")
        lower = clean.lower()
        following = words[k + 1] if k + 1 < len(words) else ""
        closed = lower in STOPWORDS or lower in _REFLEXIVES or lower in _NUMBER_WORDS  # "three leaders"
        closed = closed or _after_a_figure(words, k)  # "a 90-minute test": "minute" is the figure's
        named = closed and use.in_name(clean, following)  # "New York", "Gang of Eight"
        if not word[:1].isalpha() or (closed and not named) or lower in _BANNED or _adverb(word):
            if current:
                runs.append(current)
            current = []
            continue
        current.append((clean, k))
        if word != clean:  # "China's" ends a phrase: "China's arms sales" -> "China", "arms sales"
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


# closed classes that hold no issue's name: a reflexive ("protect themselves"), a count ("the past three months")
_REFLEXIVES = frozenset(("myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"))
_NUMBER_WORDS = frozenset(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty")
    + ("thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions")
    + ("billion", "billions", "trillion", "dozen", "dozens")
)


def _after_a_figure(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` ends a compound with a figure ("90-minute", "6-point"): it counts, it names nothing."""
    return k >= 2 and words[k - 1] == "-" and words[k - 2][:1].isdigit()


def _adverb(word: str) -> bool:
    return word.endswith("ly") and word.lower() not in _LY_NOUNS


def _key(words: list[str]) -> tuple[str, ...]:
    return tuple(stem(w) for w in words)


class PhraseCounts:
    """How often each 2-5-word phrase (by stems) occurs in the article, and how the article uses its words."""

    def __init__(self, texts: list[str], lex: Lexicon | None = None) -> None:
        self.lex = lex or load_lexicon()
        sentences = [_tokens(text) for text in texts if len(text) <= MAX_SENTENCE]
        self.use = WordUse(sentences, self.lex)
        self.counts: Counter[tuple[str, ...]] = Counter()
        self.bound: Counter[tuple[str, ...]] = Counter()  # occurrences inside a longer name: "York City"
        self.contexts = PhraseContexts(self.lex)  # "to persuade voters": a verb's object; "host Ana Brod": a role
        for tokens in sentences:
            self.contexts.read_roles(tokens)
            self.contexts.read_modifiers(tokens)
            for run in _runs(tokens, self.use):
                words = [w for w, _ in run]
                for n in range(2, min(MAX_WORDS, len(words)) + 1):
                    for i in range(len(words) - n + 1):
                        key = _key(words[i : i + n])
                        self.counts[key] += 1
                        self.contexts.opening(key, tokens, run[i][1], i > 0)
                        capital = words[i][:1].isupper() or words[i + n - 1][:1].isupper()
                        if capital and _piece_of_name(tokens, run[i][1], run[i + n - 1][1], self.use):
                            self.bound[key] += 1

    def name(
        self,
        text: str,
        taken: set[str],
        title: frozenset[str] = frozenset(),
        people: frozenset[str] = frozenset(),
        least: int = 2,
        parties: frozenset[str] = frozenset(),
    ) -> str | None:
        """The best issue name in ``text``: a phrase of 2-5 words the article has at least ``least`` times (a
        heading, not counted itself, names by a phrase the article says once), its first letter capitalised.

        A person's name ("Bernie Sanders", words in ``people``) names a voice, and so does one of the brief's
        ``parties`` ("White House" when the United States speaks in it), not an issue; a phrase that is a
        piece of a longer name, ends on a modifier or holds a verb is no name (``noun_phrase_fault``).
        """
        best: tuple[float, str] | None = None
        if len(text) > MAX_SENTENCE:
            return None
        tokens = _tokens(self.use.recase(text))  # "SCHOOL FEES RISE": "school fees" is a noun, "rise" a verb
        for run in _runs(tokens, self.use):
            run_words = [w for w, _ in run]
            for n in range(2, min(MAX_WORDS, len(run)) + 1):
                for i in range(len(run) - n + 1):
                    words = run_words[i : i + n]
                    key = _key(words)
                    count = self.counts[key]
                    if count < least or " ".join(key) in taken:
                        continue
                    if any("'" in w for w in words):
                        continue  # "don't trust"
                    if noun_phrase_fault(words, self.use, self.lex, people) or names_a_party(words, self.lex, parties):
                        continue
                    if _starts_on_verb(tokens, run[i][1], self.use) or (i and _verb(run_words, i, self.use, self.lex)):
                        continue  # "help pay", "persuade voters", "took place", "(the plan) raised questions"
                    if n > 1 and _ends_on_verb(words, tokens, run[i + n - 1][1], self.use):
                        continue  # "survey asks where", "emails reflect the", "records show little"
                    if self._verb_phrase(words, key) or self._role(words, run_words, i + n):
                        continue  # "(to) persuade voters"; "campaign manager" where "manager Ana Brod" is a person
                    if i + n < len(run) and _cut_before_head(words[-1], self.use):
                        continue  # "net negative" (rating), "white working-class" (Democrats): its noun comes next
                    if self.bound[key] == count:
                        continue  # "York City" of "New York City", "Illinois Board" of "Illinois Board of Elections"
                    score = count * n**0.5 + 2 * sum(k in title for k in key)
                    if best is None or score > best[0]:
                        best = (score, " ".join(words))
        if best is None:
            return None
        label = best[1]
        return label[:1].upper() + label[1:]

    def _role(self, words: list[str], run_words: list[str], end: int) -> bool:
        """A person's role ("Campaign manager"), or a piece of one before its noun ("Radio" of "radio host")."""
        roles = self.contexts.role_words
        return words[-1] in roles or (words[-1].islower() and end < len(run_words) and run_words[end] in roles)

    def _verb_phrase(self, words: list[str], key: tuple[str, ...]) -> bool:
        """A phrase the article only writes after "to" or a modal, on a word it never uses as a noun: "persuade
        voters", "curb inversions"; not a gerund ("to taxing consumption") or a comparative ("to lower rates")."""
        first = words[0]
        if not first.islower() or first.endswith("ing") or self.use.seen_as_noun(first):
            return False
        return self.contexts.only_after_markers(key) and not _comparative(first, self.use)


def _cut_before_head(word: str, use: WordUse) -> bool:
    """Whether ``word``, followed by another word of its phrase, is that noun's modifier: an adjective's shape
    ("negative", "available") or a hyphenated compound ("working-class") the article never has as a head after
    "the" or "a". "-ary" words are as often nouns ("primary", "secretary") and stay."""
    shaped = "-" in word or (len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS) and not word.endswith("ary"))
    return word.islower() and shaped and not use.seen_as_head_noun(word)


def _comparative(word: str, use: WordUse) -> bool:
    """ "lower", "bigger", "easier": an adjective's "-er" form whose plain form the article also has."""
    if not word.endswith("er"):
        return False
    base = word[:-2]
    plains = {base, base + "e", base[:-1] if len(base) > 2 and base[-1] == base[-2] else base, base[:-1] + "y"}
    return any(p in use.vocabulary and p not in STOPWORDS for p in plains if len(p) > 2)


def noun_phrase_fault(words: list[str], use: WordUse, lex: Lexicon, people: frozenset[str] = frozenset()) -> str | None:
    """Why ``words`` are no issue's name, or None: an issue is named by a noun phrase ("Steel tariffs"), not a
    subject and its verb ("Clinton wins"), a verb phrase ("Help pay"), a modifier without its noun ("North
    Korean"), a person ("Bernie Sanders", "President Obama") or a title ("Former president")."""
    first, last = words[0], words[-1]
    if last[:1].isupper() and not first[:1].isupper():
        return "a verb and its object"  # "ban Muslims"
    if first.lower() in _AUXILIARIES:
        return "a verb phrase or a question"  # "Must win", "Is Obama"
    if any(_verb(words, k, use, lex) for k in range(len(words))):
        return "a verb"  # "Clinton raised", "Clinton leads Sanders", "Donors giving", "Help pay"
    if (use.only_modifies(last) and last.endswith(_MODIFIER_ENDINGS)) or adjective_word(last, lex):
        return "a modifier without its noun"  # "Democratic presidential", "North Korean"
    if _is_role(last, lex) or (len(words) > 1 and _is_role(" ".join(words[-2:]), lex)):
        return "a title or a role"  # "Former president", "Campaign manager", "Vice President"
    if len(words) == 2 and first.lower() in _TITLE_MODIFIERS and last.lower().rstrip(".") in _PERSON_TITLES:
        return "a title or a role"  # "Former secretary", "Acting governor" (but "Racial justice" is an issue)
    if last.lower().rstrip(".") in _PERSON_TITLES and words[-2] in use.mid_capitalised:
        return "a title or a role"  # "Supreme Court justice", "Treasury secretary": a body's or a place's officer
    if all(w in people or w in use.person_words or _is_role(w, lex) for w in _before_of(words)):
        return "a person"  # "Bernie Sanders", "President Obama", "Senator Ted Cruz", "... of Texas"
    if _titled_person(words, people | use.person_words, lex):
        return "a person"  # "Texas Senator Ted Cruz", "Secretary Clinton"
    return None


def names_a_party(words: list[str], lex: Lexicon, parties: frozenset[str]) -> bool:
    """Whether ``words`` are all a name of one of ``parties`` ("White House", "Clinton campaign" where the United
    States or the Democrats speak): a side whose voices the brief files under it, no issue of the brief."""
    if not parties:
        return False
    keys = lex.sides.keys(tokenize(" ".join(words)))
    found = lex.sides.match_keys(keys, 0) if keys else None
    return found is not None and found[0] == len(keys) and found[1] in parties


def _titled_person(words: list[str], persons: frozenset[str] | set[str], lex: Lexicon) -> bool:
    """A title, then a person's name at the end: "Texas Senator Ted Cruz", "Secretary Clinton", "Mexican President
    Enrique Peña". Whatever stands before the title (a state, a country) does not make it an issue."""
    last = words[-1].removesuffix("'s").removesuffix("’s")
    if len(words) < 2 or last not in persons:
        return False
    return any(w.lower().rstrip(".") in _PERSON_TITLES or _is_role(w, lex) for w in words[:-1])


def _before_of(words: list[str]) -> list[str]:
    """The words of a name before its "of": the person in "Senator Anna Lind of Varna", the body in "Board of
    Elections"."""
    return words[: words.index("of")] if "of" in words[1:] else words


def heading_fault(label: str, use: WordUse | None, lex: Lexicon, shouted: bool = False) -> str | None:
    """Why a heading's or list item's own words ("The race for the port", "Steel tariffs") are no issue's name, or
    None: a question ("Will the levy pass?") or a quotation, a clause ("The port is silting up", "Dockers face a
    pay cut", "Orlando mourns"), more words than a name has (``MAX_WORDS``), or a headline: a heading ``shouted``
    in capitals ("PORT BOOSTS SECURITY") of more words than a catchword ("PLEDGED DELEGATES").

    Without the article's ``use`` of its words (costly to count), a word that may be a verb ("costs", "mourns")
    is a fault to check with it; a label of none ("Choice between dialogue and talks") is surely a name."""
    tokens = _tokens(label)
    words = [w for w in tokens if w[:1].isalpha()]
    if not words:
        return "no words"
    if shouted and len(words) > MAX_CATCHWORDS:
        return "a headline"
    if (label.lstrip()[:1] in _QUOTES or "?" in tokens) and len(words) > MAX_CATCHWORDS:
        return "a question or a quotation"  # a short one is the writer's catchword: "Who pays?"
    if len(words) > MAX_WORDS:
        return "a sentence"
    if tokens[0] == words[0] and (use is None or words[0] not in use.mid_capitalised):
        tokens[0] = words[0] = words[0].lower()  # sentence case: "Old hands" is no name and its verb
    lowers = [w.lower() for w in words]
    catchword = len(words) <= MAX_CATCHWORDS and "?" in tokens
    if not catchword and any(w in _REFLEXIVES or w in _DEGREE_WORDS for w in lowers[1:]):
        return "a reflexive or a predicate"  # "An immigrant himself", "Country less safe"; "More jobs" is a name
    if not catchword and (lowers[0] in _WH_WORDS or any(w in _AUXILIARIES and w != "to" for w in lowers)):
        return "a clause"  # "How the port pays", "Americans are angry"
    for k, word in enumerate(words[:-1]):
        transitive = lowers[k] not in STOPWORDS and not lowers[k].endswith("ing") and lowers[k + 1] in _OBJECT_MARKERS
        if transitive and k > 0:
            return "a verb and its object"  # "Dockers face a pay cut"; "Framing the battle" is a name
    if use is None:
        shaped = any(w.islower() and (w.endswith(_VERB_ENDINGS) or w in _PAST_FORMS) for w in words[1:])
        return "perhaps a verb" if shaped or any(lex.cues.value_of(w) == "verb" for w in lowers) else None
    for run in _runs(tokens, use):
        run_words = [w for w, _ in run]
        if len(run_words) > 1 and any(_verb(run_words, k, use, lex) for k in range(len(run_words))):
            return "a verb"  # "Orlando mourns", "Mystery unfolding"
    return None


def _is_role(words: str, lex: Lexicon) -> bool:
    return lex.roles.value_of(words) is not None and words.lower() not in _NOT_ROLES


def _verb(words: list[str], k: int, use: WordUse, lex: Lexicon) -> bool:
    """Whether ``words[k]`` is a verb where it stands in a phrase: a past form ("raised", "won"), a word the
    article uses as a verb and never as a noun ("talks": "he talks", never "the talks"), a "-ing" word after a noun
    ("Donors giving"; "Viral fundraising" follows a modifier). A phrase's first word is judged where it stands
    (``_starts_on_verb``)."""
    word = words[k]
    if k == 0 or not word.islower():
        return False
    last_past = k == len(words) - 1 and _past_form(word)
    if use.seen_as_head_noun(word) if last_past else use.seen_as_noun(word):
        return False  # "the talks"; "the paid staff" makes no noun of "paid" ("Trump campaign paid")
    if word in _PAST_FORMS or word in _PARTICIPLES or _past_verb(word) or lex.cues.value_of(word) == "verb":
        return True  # "Clinton won", "plan released", "Americans held", "poll shows"
    before = words[k - 1]
    name = before[:1].isupper() and not (
        adjective_word(before, lex)
        or (use.only_modifies(before) and before.endswith(_MODIFIER_ENDINGS))
        or before.endswith("s")
    )
    if (before in use.person_words or name) and word.endswith("s") and not word.endswith(_AGENT_ENDINGS):
        return True  # "Clinton leads", "Israel coordinates", "survey asks"; not "Sanders supporters"
    if word.endswith("ing"):
        if k < len(words) - 1:
            return False  # "fundraising totals": a modifier
        return not (adjective_word(before, lex) or before.endswith(_MODIFIER_ENDINGS))
    if not word.endswith("s") and not words[k - 1].endswith("s"):
        return False  # a bare verb follows a plural ("emails show"); "gun control" is a noun
    return use.seen_as_verb(word)


def _starts_on_verb(tokens: list[str], start: int, use: WordUse) -> bool:
    """Whether the phrase at ``tokens[start]`` opens on a verb: "help pay" after "to" or "will", where the
    article also inflects "help" as a verb ("helped", "helping"); "took place", whatever precedes it; a past form
    after "have" or "which" ("have (recently) outsourced jobs"), an adverb between them."""
    word = tokens[start]
    if not word.islower():
        return False
    back = start - 1
    while back > 0 and tokens[back].islower() and _adverb(tokens[back]):
        back -= 1
    before = tokens[back].lower() if back >= 0 else ""
    if before in _HAVE and _past_form(word):
        return True  # "has reported spending": a perfect, whatever "the reported" makes of the word elsewhere
    if use.seen_as_noun(word):
        return False
    if word in _PAST_FORMS:
        return True
    if before in _MODALS or before.endswith("n't"):
        return True
    if before in _PERFECT and _past_form(word):
        return True  # "have paid tribute", "which raised questions"
    return before == "to" and use.inflected_as_verb(word)


def _ends_on_verb(words: list[str], tokens: list[str], last: int, use: WordUse) -> bool:
    """Whether the phrase ``words``, ending at ``tokens[last]``, is a subject and its verb by what follows it: an
    object or a clause ("the survey asks where", "the emails reflect the", "records show little"), after a verb's
    shape: an "-s" word the article never has after "the" ("asks"; "insults" may be a plural) or a bare word after
    a plural ("emails reflect"); "health care the" is no verb. Before a name, only the "-s" shape after a noun in
    lower case: "the poll finds Lind ahead", not "the jobs report Friday"."""
    word, before = words[-1], words[-2]
    if not word.islower() or last + 1 >= len(tokens):
        return False
    if (
        (word.endswith("ing") or _past_form(word))
        and not use.seen_as_head_noun(word)
        and _opens_object(tokens[last + 1])
    ):
        return True  # a participle and its object: "super PAC supporting Ana Brod", "groups backing him"
    plural = word.endswith(_AGENT_ENDINGS + ("ies",)) or use.seen_as_noun(word)  # "agencies where": a plural
    shaped = (word.endswith("s") and not plural) or (
        before.endswith("s") and not before.endswith("ss") and not word.endswith("s")
    )
    following = tokens[last + 1]
    if _postposed(word, before, following, use):
        return True  # "delegates available in", "officials familiar with": a predicate after its noun
    named = following[:1].isupper() and following[:1].isalpha() and following in use.mid_capitalised
    sings = word.endswith("s") and not plural and not before[:1].isupper()  # "poll finds Lind"; not "jobs report"
    return (shaped and following in _OBJECT_OPENERS) or (sings and named)


def _postposed(word: str, before: str, following: str, use: WordUse) -> bool:
    """Whether ``word`` after the plural ``before`` and before a preposition is an adjective put after its noun
    ("delegates available in", "officials familiar with"): a word the article never uses as a noun."""
    plural_before = before.islower() and before.endswith("s") and not before.endswith("ss")
    return plural_before and not word.endswith("s") and following in _PREPOSITIONS and not use.seen_as_noun(word)


def _opens_object(token: str) -> bool:
    """Whether ``token`` opens a verb's object: a determiner, a pronoun, a name or a sum ("backing the", "him",
    "Ana", "$110,684")."""
    return (
        token.lower() in _OBJECT_MARKERS
        or token.lower() in _OBJECT_PRONOUNS
        or token[:1].isupper()
        or token[:1] in "$0123456789"
    )


def _piece_of_name(tokens: list[str], first: int, last: int, use: WordUse) -> bool:
    """Whether tokens ``first``..``last`` are a piece of a longer capitalised name: "York City" after "New",
    "President George W" before ". Bush", "Illinois Board" before "of Elections"."""
    before = tokens[first - 1] if first else ""
    after = tokens[last + 1 : last + 3]
    if not tokens[first][:1].isupper() and not tokens[last][:1].isupper():
        return False
    if before.lower() in STOPWORDS and not use.in_name(before, tokens[first]):
        before = ""  # "The White House"
    capital_before = tokens[first][:1].isupper() and before[:1].isupper() and before.isalpha()
    if capital_before and (first > 1 or before in use.mid_capitalised):
        return True  # a name's word before it ("New York City": "York City"), not just the sentence's first
    if not tokens[last][:1].isupper() or not after:
        return False
    if after[0][:1].isupper() and after[0][:1].isalpha():
        return True  # "Pro-Rubio super" is lower case; "Republican National" before "Committee" is cut
    if _INITIAL.match(tokens[last]) or (after[0] == "." and _INITIAL.match(tokens[last])):
        return True
    return (
        len(after) == 2
        and after[0] in ("of", "for", "and", "&")
        and after[1][:1].isupper()
        and tokens[first][:1].isupper()
    )


def _past_form(word: str) -> bool:
    """A verb's past or past participle by its form: "raised", "won", "held"."""
    return word in _PAST_FORMS or word in _PARTICIPLES or _past_verb(word)


def _past_verb(word: str) -> bool:
    """A lower-case word in "-ed" that ends a phrase: a verb's past ("raised", "helped"), not a noun."""
    if word in _SHORT_PAST_FORMS:
        return True  # "Justice Scalia died"
    return word.islower() and word.endswith("ed") and len(word) > 4 and not word.endswith(_NOT_PAST)


_PREPOSITIONS = grammar_words("prepositions")
_HAVE = frozenset(("have", "has", "had", "having"))
_PERFECT = frozenset(("have", "has", "had", "having", "who", "which"))  # before a past form: its verb
_DEGREE_WORDS = grammar_words("degree_words")  # "less safe": a predicate after a noun
_MODALS = frozenset(("can", "cannot", "could", "will", "would", "shall", "should", "may", "might", "must", "did"))
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ern")
_MODIFIER_ENDINGS = _ADJECTIVE_ENDINGS + ("an", "ese", "ish", "er")  # "Korean", "Chinese", "British", "super"
_LY_NOUNS = grammar_words("ly_nouns")
_DETERMINERS = frozenset(("the", "a", "an"))
_OBJECT_OPENERS = frozenset(("the", "little", "how", "what", "where", "whether", "why"))  # "taxes a goal": no object
_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "it", "us", "me", "you", "himself", "herself", "themselves"))
_OBJECT_MARKERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "my", "your"))
_VERB_ENDINGS = ("s", "ed", "ing")  # "costs", "raised", "unfolding": judged by how the article uses them
_WH_WORDS = frozenset(("how", "why", "what", "where", "when", "who", "whose", "which", "whether"))
_QUOTES = "\"“‘'"
_AGENT_ENDINGS = ("ers", "ors", "ists", "ees", "ians", "ants", "ents", "ss", "us", "is", "ics")
_NOT_ROLES = frozenset(("leader", "leaders", "justice"))  # "Republican leaders" are a group, "social justice" no judge
_AUXILIARIES = frozenset(
    ("can", "cannot", "could", "will", "would", "shall", "should", "may", "might", "must", "do", "does", "did")
    + ("is", "are", "was", "were", "has", "have", "had", "be", "been", "to")
)
_NOT_PAST = ("eed", "hundred", "sacred", "naked", "wicked", "beloved", "kindred")  # "corporate greed", "two hundred"


def _capitalised_runs(text: str, proper: frozenset[str] = frozenset(), heading: bool = False) -> list[list[str]]:
    """Runs of capitalised words ("New York", "Silicon Valley"), broken at punctuation; the first word of the
    sentence only where the article capitalises it elsewhere ("San Bernardino"; a ``heading``'s, "Varna mourns",
    even before a word in lower case); an initial ("George W. Bush") or an "of" between capitalised words
    ("Illinois Board of Elections") inside one."""
    runs: list[list[str]] = []
    current: list[str] = []
    raws = text.replace("’", "'").split()
    for position, raw in enumerate(raws):
        word = raw.strip(".,;:!?\"“”'()[]").removesuffix("'s")
        following = raws[position + 1] if position + 1 < len(raws) else ""
        capital = len(word) > 1 and word.isalpha() and word[:1].isupper()
        opener = word in proper and (heading or following[:1].isupper()) and word.lower() not in NAME_LINKS
        name_like = capital and (position > 0 or opener)
        inside = bool(current) and following[:1].isupper() and (raw == "of" or _INITIAL.fullmatch(raw) is not None)
        if name_like or inside:
            current.append(raw if inside else word)
        ends = raw.rstrip("\"”'") != raw.rstrip("\"”'.,;:!?)") and not inside
        if current and (not (name_like or inside) or ends or raw.endswith("'s")):
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [run[: len(run) - 1] if run[-1] == "of" else run for run in runs]


def _side(word: str, lex: Lexicon) -> bool:
    return lex.sides.value_of(word) is not None or adjective_word(word, lex)


def _names_a_people(word: str, lex: Lexicon) -> bool:
    """A party or a people a side stands for ("GOP", "Democrat", "Americans"), not a place ("China", "Britain")."""
    side = lex.sides.value_of(word)
    if side is None:
        return False
    return word.endswith("s") or side.startswith(word) and side != word or word.isupper() and side != word


def _lone_word_names_nothing(word: str, lex: Lexicon) -> bool:
    """A single capitalised word that is no issue: an adjective or people word ("Republican", "Americans"),
    a side's other name ("GOP"), a role or an institution's generic word ("President", "Committee"), a shout."""
    return (
        adjective_word(word, lex)
        or is_people_noun(word)
        or _names_a_people(word, lex)
        or lex.roles.value_of(word) is not None
        or word in lex.org_words
        or (word.isupper() and len(word) > 4)
    )


def _abbreviated(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` as an abbreviation, its full stop inside the sentence ("Calif., south")."""
    return re.search(rf"(?<![\w.]){re.escape(word)}\.(?=,|\s+[a-z(])", text) is not None


_TITLE_WORDS = 5
_TITLE_LINKS = frozenset({"a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "by", "with", "from"})


def _piece_of_a_title(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` only as a piece of a longer title: inside a short quoted title
    ("\u201cStorm, Storm, Storm\u201d", "''Hail, Varna!''"), or as the first word of one that runs on over "the" or a
    hyphenated name ("Harbour the Show", "Varna Anti-Dredging League"). The word alone names nothing the article
    is about; a word quoted alone ("\u201cStay\u201d voters") is its own name."""
    w = re.escape(word)
    every = {m.start() for m in re.finditer(rf"(?<![\w-])(?<!\w['\u2019]){w}(?![\w-])", text)}
    pieces = {m.start(1) for m in re.finditer(rf"(?<![\w'\u2019-])({w}) (?:the [A-Z]|[A-Z]\w*-[A-Za-z])", text)}
    for m in re.finditer(r"(?:[\"\u201c\u2018]|'')([^\"\u201c\u201d\u2018\u2019']+)(?:[\"\u201d\u2019]|'')", text):
        words = m.group(1).split()
        titled = all(w[:1].isupper() or w in _TITLE_LINKS for w in words)  # "Hail, Varna!", not "We are Varna"
        if titled and 1 < len(words) <= _TITLE_WORDS:  # a title's few words, not a quoted sentence or slogan
            pieces |= {p for p in every if m.start(1) <= p < m.end(1)}
    return bool(every) and every <= pieces


def _only_before_a_role(word: str, text: str, lex: Lexicon) -> bool:
    """Whether every ``word`` in ``text`` stands before a role ("the Vermont senator", "a Texas lawyer"): a place
    that describes a person the sentence is about ("Ostrava's mayor" is the city's, which may be the issue)."""
    after = re.findall(rf"(?<![\w-]){re.escape(word)} ([a-z]+)", text)
    return (
        bool(after)
        and len(after) == len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))
        and all(_is_role(w, lex) for w in after)
    )


def _a_kind(word: str, use: WordUse | None, contexts: PhraseContexts | None) -> bool:
    """A capitalised word the article also writes as a plural ("WASPs", "PACs") or mostly after one lower-case
    word ("super PAC"): a common noun of a kind, as a name of no one thing."""
    plural = use is not None and any(word + end in use.mid_capitalised for end in ("s", "es"))
    return plural or (contexts is not None and contexts.kind_head(word))


def proper_issue_name(
    text: str,
    frequency: Counter[str],
    taken: set[str],
    title: frozenset[str],
    proper: frozenset[str],
    people: frozenset[str],
    lex: Lexicon,
    use: WordUse | None = None,
    heading: bool = False,
    least: int = 2,
    parties: frozenset[str] = frozenset(),
    contexts: PhraseContexts | None = None,
) -> str | None:
    """Where no phrase recurs: the sentence's whole proper name ("Saudi Arabia", "Benghazi") that the title
    shares or the article repeats; never a piece of one ("York"), a person ("President Obama", "the Clintons"),
    a title ("Florida Senator"), a name's modifier ("New Hampshire Democratic") or a lone generic word.

    A ``heading`` ("Varna mourns") may open on the name; one not counted among the article's sentences needs the
    article to say the name ``least`` - 1 times, a sentence ``least`` times."""
    best: tuple[tuple[bool, int, int], str] | None = None
    persons = people | (use.person_words if use is not None else set())
    if use is not None:
        text = use.recase(text)  # "GOING BROKE FOR VARNA": only "Varna" is a name
    for run in _capitalised_runs(text, proper, heading):
        while len(run) > 1 and (run[0].lower() in _DETERMINERS or run[0].lower() in _AUXILIARIES):
            run = run[1:]  # "The Huffington Post" mid-sentence is "Huffington Post"; "? Is Varna" a question
        names = [w for w in run if w != "of" and not _INITIAL.fullmatch(w)]
        if len(run) > MAX_WORDS or not all(w in proper for w in names):
            continue
        head = [w for w in _before_of(run) if not _INITIAL.fullmatch(w)]  # "Senator Elizabeth Warren of Texas"
        person = [w in persons or w.removesuffix("s") in persons for w in head]
        if any(person) and all(p or _is_role(w, lex) or _side(w, lex) for p, w in zip(person, head, strict=True)):
            continue
        if _titled_person(names, persons, lex):
            continue  # "Texas Senator Ted Cruz", "Justice Scalia"
        if _is_role(names[-1], lex) or (
            len(names) > 1 and (adjective_word(names[-1], lex) or _names_a_people(names[-1], lex))
        ):
            continue
        if len(names) > 1 and names[-1].lower().rstrip(".") in _PERSON_TITLES:
            continue  # "Treasury Secretary", "Republican Sen.": a title before its holder's name
        key = " ".join(stem(w) for w in run)
        stems = [stem(w) for w in run if w.lower() not in STOPWORDS]  # "New York": "new" is a stopword
        if key in taken or not stems or any(w.lower() in NOT_ISSUE_NAMES for w in run):
            continue
        if names_a_party(run, lex, parties):
            continue  # "White House" where the United States speaks: a voice's party
        if len(run) == 1 and (len(run[0]) < 3 or _lone_word_names_nothing(run[0], lex)):
            continue
        if len(run) == 1 and (_abbreviated(run[0], text) or (use is not None and use.names_only_a_kind(run[0]))):
            continue  # "Burlingame, Calif., south of ...", "the Syrian migrant crisis": no issue's name alone
        if len(run) == 1 and _piece_of_a_title(run[0], text):
            continue  # "Harbour the Show", "''Hail, Varna!''": a piece of a title
        if len(run) == 1 and _only_before_a_role(run[0], text, lex):
            continue  # "The Vermont senator is struggling": who the person is, not what the sentence is about
        if len(run) == 1 and _a_kind(run[0], use, contexts):
            continue  # "a super PAC", "WASPs": a kind of thing or person, no one thing's name
        score = (any(k in title for k in stems), min(frequency[k] for k in stems), len(run))
        if best is None or score > best[0]:
            best = (score, " ".join(run))
    return best[1] if best and (best[0][0] or best[0][1] >= least) else None

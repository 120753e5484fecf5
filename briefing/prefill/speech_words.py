"""The grammar words and limits that more than one part of attribution reads: word sets from
``resources/lexicon/grammar.json`` and short closed lists kept here, each with the case it decides."""

from __future__ import annotations

from briefing.prefill.wordlists import grammar_words

# Grammar words (resources/lexicon/grammar.json): what may stand between a subject and its cue
# ("has also said"), passive auxiliaries, determiners and words that end a noun phrase.
SKIP_LEFT = grammar_words("cue_skip_left")
PASSIVE = grammar_words("passive_auxiliaries")
DETERMINERS = grammar_words("determiners")
STOP_NP = grammar_words("noun_phrase_stops")
PREPOSITIONS = grammar_words("prepositions")
# The verb "be" and the auxiliaries: one list each, which modules widen ("become") or narrow ("Will Estrada") in place.
BE_FORMS = grammar_words("be_forms")  # every form of "be", with its contractions ("'s", "isn't")
FINITE_BE = frozenset(("is", "are", "was", "were"))  # the forms that make a clause finite by themselves
AUXILIARIES = frozenset(  # the other auxiliaries and modals: "has said", "would say", "did not say"
    ("has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must")
)
FINITE_VERBS = FINITE_BE | AUXILIARIES  # a finite verb that opens a clause: "said the plan was"
APPOSITION_OPENERS = frozenset(
    ("also", "now", "once", "then", "still", "himself", "herself", "formerly", "like", "unlike")
)
# an inserted clause or aside between a subject and its verb: "X, during a town hall in Ohio, said", "X, however, said",
# "X, meanwhile, warned", "X, too, said"
CLAUSE_OPENERS = frozenset(
    (
        *("when", "while", "during", "after", "before", "since", "despite", "following", "amid", "for"),
        *("however", "though", "meanwhile", "too", "likewise", "moreover", "nonetheless", "nevertheless", "instead"),
    )
)
INVERTIBLE = grammar_words("invertible_cues")  # "..., said Trump": cues whose subject may follow them
MEMBER_DETERMINERS = frozenset(("a", "an", "one", "another", "the"))  # "another Republican": one of a party
QUOTES = ('"', "“", "”", "'", "‘", "’")
LEADING_CONJUNCTIONS = frozenset(
    ("but", "and", "yet", "so", "while", "although", "though", "despite", "as", "if", "when")
)
SUBORDINATORS = frozenset(("even", "if", "as", "although", "because", "once", "until", "unless", "whether", "asked"))
MAX_APPOSITION_CLAUSE = 45  # tokens between a clause's start and its cue that a chain of appositions may span
# "-ing" words that describe a noun ("criticized by leading economists", "the ruling party"), not a participle
# with an object of its own ("Democrats supporting Ruiz")
ING_ADJECTIVES = frozenset(
    ("leading", "growing", "rising", "ruling", "governing", "opposing", "competing", "visiting", "sitting")
    + ("outgoing", "incoming", "existing", "remaining", "following", "increasing", "working", "voting")
)

# "-ing" words that are nouns ("Sunday morning Mr. Trump", "the hearing Ruiz called"): never a participle there
ING_NOUNS = frozenset(
    ("morning", "evening", "meeting", "building", "wedding", "hearing", "briefing", "funding", "spending", "thing")
    + ("nothing", "something", "anything", "everything", "king", "ring", "spring", "wing", "string", "timing")
    + ("setting", "training", "warning", "opening", "ending", "beginning", "feeling", "rating", "ceiling", "filing")
    + ("offering", "gathering", "shooting", "bombing", "killing", "uprising", "landing", "crossing", "listing")
    + ("planning", "founding", "ranking", "presiding", "managing", "acting", "banking", "marketing", "engineering")
    + ("ruling", "polling", "reading", "painting", "clothing", "housing", "lending", "bidding", "booking", "outing")
)


def participle_word(word: str) -> bool:
    """A lower-case "-ing" participle that may take an object ("backing", "supporting"), by its form; not a
    preposition ("including", "during") or a describing word ("leading")."""
    return (
        len(word) > 5
        and word.endswith("ing")
        and word.isalpha()
        and word.islower()
        and word not in ING_ADJECTIVES
        and word not in PREPOSITIONS
        and word not in ("during", "according", "regarding", "concerning", "notwithstanding", "being")
        and word not in ING_NOUNS
    )


# what a sender issues: "put out a statement saying" reports the sender, not the statement
MESSAGES = frozenset(("statement", "letter", "message", "memo", "release", "tweet", "post", "email", "note", "video"))

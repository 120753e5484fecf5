"""Photo captions glued onto the sentence after them, told apart by the reader.

Web copy flattened to text loses the line break after a caption, and a caption has no end
punctuation, so it runs into the next sentence: "Smith leaves court on Friday The former minister
said ...", "... on Sunday Stuck fast: Crews worked through the night ...", and so does a web
page's "Scroll down for video" label or a shopping widget's "Visit site" button. The sentence splitter
sees one sentence there; ``glued_captions`` finds where the captions end, so the article gets a
caption block (a label the pre-fill never quotes) and the sentence proper after it.

The rule is narrow on purpose, because a wrong cut drops a real sentence from the brief: a
caption ends on a lower-case word, a number, ")" or a day or month; the sentence after it opens on
a word that usually starts one ("The", "He", "However,"), not on a name; and both sides are at
least ``MIN_WORDS`` words long. Before "The", "He", "It", "But" and the like a caption may also end on a
name ("... under Thatcher and Reagan The document was ..."): no sentence runs a name into "The document".
A sentence may also open on a plain word that is no listed starter, where its capital is the only thing that can
mark a sentence's start (``_plain_word_opens``): a function word ("... has a taste Like the infamous scene ...")
or a plural everyday noun and its verb ("... turn his music down Paramedics were unable ..."), never a word the
article writes capitalised mid-sentence elsewhere (a name, a party) nor a title in headline case.

Picture-led pages run several captions together into one "sentence" of 60 words and more. There, and only
where the page shows it has photos ("(left)", "(pictured)", "Pictured"), looser rules also hold
(``_title_may_follow``, ``_name_cuts``): a caption's title after any caption end ("... in Raqqa Downtrodden:"),
and a name that opens the sentence proper after a time, a number or where someone stands in the photo
("... last year Nadal is looking ...", "... in 2008 Bueno has scored ...", "... (centre) 'I think ...").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from briefing.calendar_words import CALENDAR_NAMES
from briefing.quote_marks import inside_quotation, leaves_double_open
from briefing.reader.sentences import lexicon as sentence_words
from briefing.resources import resources_dir

# A caption's last word, then the next sentence's first word with no full stop between them:
# "... in court on Friday The former minister", "... last Saturday Skilful: The kite" (a caption's
# own "Title: " goes with it). Not before a name or title ("The Times", "In Cold Blood"); "However, China" may open one.
_GLUE = re.compile(
    r"\s+(?:(?P<title>[A-Z][\w'’\-]*(?: [a-z][\w'’\-]*){0,4}): (?=[A-Z])(?!(?:The|A|An) [A-Z])"
    r"|(?=(?P<opener>[A-Z][a-z]+)\b(?!['’]s)(?! +[A-Z])))"
)
# A web page's own labels: "Scroll down for video", and a shopping widget's "Visit site" button after its product.
_VIDEO = re.compile(r"(?:(?:Scroll|SCROLL) (?:down|DOWN) for (?:the )?(?:video|VIDEO|videos)|Visit site)\b[ .]*")
_LAST_WORD = re.compile(r"(\S+)$")
# Sentence starters that also begin names and numbers ("League One", "world No 4", "Last Post").
_NAME_STARTERS = frozenset(["One", "No", "Last", "More", "Most", "Many", "Officials", "So", "To", "Now", "Still"])
_NAME_PROOF = frozenset(["The", "This", "These", "He", "She", "They", "It", "But", "However"])
# characters: a "sentence" longer than this is no caption and a sentence, and the quotation, phrase and "The"
# searches ask about the text before each candidate, so they keep out of it (a hostile line stays linear)
_LONGEST_SEARCHED = 3000
# characters: a "sentence" longer than this (a pasted transcript with no full stops) is searched for no caption at
# all: each candidate cut asks about the text before it, so the search grows with the square of the run's length
# (a 100 KB run took 7 s, 1.5 MB over ten minutes); the longest run cut into captions in the corpora is 1,040
_LONGEST_RUN = 20_000
MIN_WORDS = 8  # a side shorter than this is a fragment or a title, not a caption and a sentence
LONG_RUN = 40  # words: a "sentence" this long may be captions run together, so a name may open the next piece
# Words a caption never ends on: they lead into what follows ("the", "of", "his", "very").
_LEADS_ON = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "and",
        "or",
        "but",
        "nor",
        "as",
        "than",
        "that",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "whose",
        "which",
        "who",
        "whom",
        "into",
        "onto",
        "upon",
        "about",
        "over",
        "under",
        "after",
        "before",
        "between",
        "against",
        "during",
        "without",
        "within",
        "via",
        "per",
        "if",
        "so",
        "not",
        "no",
        "very",
        "more",
        "most",
        "such",
        "own",
        "new",
        "old",
        "former",
        "late",
        "then",
        "also",
        "just",
        "only",
    ]
)
# "(left)", "(pictured)", "(far right)", "(stock image)": where in the photo; only a caption says it.
_PLACE_IN_PHOTO = frozenset(
    [
        "left",
        "right",
        "centre",
        "center",
        "pictured",
        "top",
        "bottom",
        "inset",
        "above",
        "below",
        "middle",
        "front",
        "back",
        "far",
        "second",
        "third",
        "file",
        "stock",
        "image",
        "picture",
        "photo",
        "and",
        "from",
        "to",
        "l",
        "r",
    ]
)
_PHOTO_MARK = re.compile(
    r"\bPictured\b|\((?:pictured[a-z ,]*|(?:far |second |from )?(?:left|right)(?: to right)?|centre|center|middle|above|below|top|bottom|inset|"
    r"file (?:picture|photo|image)|stock (?:image|photo|picture))\)|, pictured,"
)
_PHOTO_PLACE_END = re.compile(r"\(([a-z ]+)\)$")
_TIME_WORDS = frozenset(
    ["year", "month", "week", "season", "weekend", "night", "morning", "afternoon", "evening"]
)  # "now", "today": adverbs
_AUXILIARIES = frozenset(
    [
        "is",
        "was",
        "has",
        "had",
        "have",
        "are",
        "were",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "shall",
        "did",
        "does",
        "do",
    ]
)
# The next piece's opener in a long run: a name of one to four capitalised words (a title or "The" first
# allowed), then what shows it is a subject ("is", "celebrates", "(left)", ", who", ", 22,", ", pictured"); or,
# after where someone stands in the photo, a quotation ("... (centre) 'I think this is ...").
_NAME_OPENER = re.compile(
    r"(?<=[\w)'’]) (?=(?P<the>The )?(?:(?:Mr|Mrs|Ms|Dr) )?[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*){0,3}"
    r"(?P<after> \((?P<place>[a-z ]+)\)| (?P<verb>[a-z][\w’']*)(?: (?P<verb2>[a-z][\w’']*))?"
    r"|, (?:who|whose|pictured|\d+,))|(?P<quote>['‘“\"](?=[A-Z])))"
)


def glued_captions(text: str, start: int, end: int, *, photos: bool | None = None) -> list[tuple[int, int]]:
    """The captions that open the sentence ``text[start:end]``, as ``[start, end)`` spans into ``text``.

    ``photos`` is :func:`shows_photos` of ``text``, which a caller reading every sentence of an article asks once
    (searching the whole text for each long sentence made a 1 MB article take seconds); None asks it here.

    Each span runs from the end of the one before (or ``start``) to where the next piece begins,
    a caption's "Title: " or a "Scroll down for video" label included; the sentence proper is what follows the last span. A sentence
    with no glued caption gives an empty list.
    """
    starters = sentence_words().starters
    captions: list[tuple[int, int]] = []
    # the last label: a shopping widget lists several products, each with its "Visit site" button
    video = next(
        (v for v in reversed(list(_VIDEO.finditer(text, start, end))) if _words(text[v.end() : end]) >= MIN_WORDS), None
    )
    if video is not None:
        captions.append((start, video.end()))  # with any label before it: a sentence would have ended
        start = video.end()
    piece = start
    for cut, following in _cuts(text, start, end, starters, shows_photos(text) if photos is None else photos):
        if cut < piece:
            continue
        if _words(text[piece:cut]) >= MIN_WORDS and _words(text[following:end]) >= MIN_WORDS:
            captions.append((piece, following))
            piece = following
    return [_trimmed(text, a, b) for a, b in captions]


def _cuts(text: str, start: int, end: int, starters: frozenset[str], photos: bool) -> list[tuple[int, int]]:
    """Where a caption may end and the next piece begin, as ``(end of the caption, start of the next)``, in order."""
    found: list[tuple[int, int]] = []
    if end - start > _LONGEST_RUN:
        return found
    # the looser rules only where the run is long and the page shows it has photos ("(left)", ", pictured,")
    loose = photos and _words(text[start:end]) >= LONG_RUN
    for glue in _GLUE.finditer(text, start, end):
        word = glue.group("opener")
        if word is not None and word in _NAME_STARTERS:
            continue
        before = _LAST_WORD.search(text, start, glue.start())
        if before is None:
            continue
        if word is not None and word not in starters:
            if not _plain_word_opens(word, before.group(1), text, glue.end(), end):
                continue
        elif word is None:
            if not _caption_end(before.group(1), titled=True) and not (
                loose and _title_may_follow(before.group(1), glue.group("title"), text, glue.start("title"))
            ):
                continue
        elif not _caption_end(before.group(1), opener=word):
            continue
        if glue.group("title") is not None and _words(text[start : glue.start()]) < MIN_WORDS:
            continue  # "With the new Avengers: Age of Ultron": a title inside the sentence, not a caption's
        if leaves_double_open(text[start : glue.start()]):
            continue  # inside someone's words: a quotation runs on over the cut
        found.append((glue.start(), glue.end()))
    if end - start <= _LONGEST_SEARCHED:
        found.extend(_quote_cuts(text, start, end))
        found.extend(_phrase_cuts(text, start, end))
        found.extend(_the_name_cuts(text, start, end))
    if loose:
        found.extend(_name_cuts(text, start, end))
    return sorted(set(found))


# A quotation glued after a caption's last word: "... on the green on Sunday 'I was very relieved,' said Ana."
_QUOTE_OPENER = re.compile(r"\s+(?=['‘“\"][A-Z])")
# Where the quotation closes: a mark after a word or an end mark, before a space, a mark or the end.
_QUOTE_CLOSE = re.compile(r"(?<=[\w.,!?…])['’”\"](?=[\s,.;:!?)\-–—]|$)")


def _quote_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where someone's words open the sentence glued after a caption: "... price of $3.00 'We expect a queue,' ...".

    A quotation inside a sentence follows a word that leads into it ("told her 'You can ...'", "saying 'It is
    ...'", "labelled 'Made here'", "the party's 'Grand Plan'") or is a name or a term ("the hen 'Doggie' and").
    A caption's end is a plain lower-case word, a number or ")" that leads into nothing, and the words quoted
    are what someone said (``_said_after``).
    """
    found: list[tuple[int, int]] = []
    for glue in _QUOTE_OPENER.finditer(text, start, end):
        bare = _plain_caption_end(text, start, glue.start())
        if bare is None:
            continue
        if bare.endswith(("ing", "'s", "’s")) or not _said_after(text, glue.end() + 1, end):
            continue  # "writing 'Feels great'", "the party's 'Grand Plan'"
        if inside_quotation(text, start, glue.start()):
            continue
        found.append((glue.start(), glue.end()))
    return found


def _plain_caption_end(text: str, start: int, at: int) -> str | None:
    """The last word before ``at`` (lower case, its quotation marks stripped) where it may end a caption and leads
    into nothing after it (no "the", "while", speech tag or word that opens a clause); else None."""
    before = _LAST_WORD.search(text, start, at)
    if before is None or not _caption_end(before.group(1)):
        return None
    bare = before.group(1).strip("'‘’“”\"").lower()
    if bare in _LEADS_ON or bare in _LEADS_INTO_A_CLAUSE or bare in sentence_words().speech_tags:
        return None
    return bare


def _said_after(text: str, at: int, end: int) -> bool:
    """Whether the quotation opened just before ``at`` is a clause someone said, not a name, a term or a title.

    Four words or more, not in headline case ("'Until It Came To Them'"), that either run on past the sentence
    (the quotation goes on) or close at its end, or close on a comma or an end mark with the speaker's tag after
    (",' said Ana", ",' she admitted").
    """
    close = _QUOTE_CLOSE.search(text, at, end)
    words = text[at : close.start() if close else end].split()
    if len(words) < 4 or sum(1 for w in words[1:4] if w[:1].isupper()) >= 2:
        return False
    if close is None or not text[close.end() : end].strip():
        return _opens_a_sentence(words[0], text)  # "owes 'Florida an explanation.'": a name runs on
    if text[close.start() - 1] not in ",!?…":
        return False  # "'China Dream' and it takes": a term
    tag = [w.strip(",.;:") for w in text[close.end() : end].split()[:5]]
    if any(w in sentence_words().speech_tags for w in tag):
        return True  # ",' said Ana", ",' an official told reporters"
    # ",' she admitted": a pronoun and a verb; not "the chant 'Lock her up!' that rang out"
    return len(tag) > 1 and tag[0] in _PRONOUNS and tag[1].endswith(("ed", "s"))


_PRONOUNS = frozenset(["he", "she", "they", "I", "we", "you", "it"])


def _opens_a_sentence(word: str, text: str) -> bool:
    """Whether ``word``, a quotation's first, may open a sentence: a usual starter ("The", "I'm") or a plain
    word the article never writes capitalised mid-sentence ("Hopefully,"), not a name ("Florida")."""
    bare = re.sub(r"['’](?:d|m|s|ll|re|ve)$", "", word.strip(",;:.!?"))
    if bare in sentence_words().starters:
        return True
    lower, names = _dictionary_words()
    plain = bare.lower() in lower or (bare.endswith("ly") and bare[:-2].lower() in lower)  # "Hopefully"
    return plain and bare not in names and _capitalised_mid_sentence(text)[bare] == 0


# A sentence opening on where or when with a name ("On Wednesday, the", "In India, and", "At Thayer Junction, in");
# a title in headline case runs on without the comma ("In Cold Blood is").
_PHRASE_OPENER = re.compile(
    r"\s+(?=(?P<opener>In|On|At|After|Before|During|Since|Until|Despite)(?: [A-Z][\w'’\-]*){1,3},)"
)


# "The" and a name after a caption's last word: "... his hamstring The Frenchman is treated ...".
_THE_NAME_OPENER = re.compile(r"\s+(?=The (?P<name>[A-Z][\w'’\-]*))")
# Nouns for a work or an outlet, which a title follows: "the film The Long Way Home", "the newspaper The Sun".
_WORK_WORDS = frozenset(
    ["film", "movie", "book", "novel", "band", "group", "show", "series", "song", "album", "magazine", "paper"]
    + ["newspaper", "programme", "program", "play", "musical", "website", "site", "channel", "title", "daily"]
)


def _the_name_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a sentence opening on "The" and a name is glued after a caption: "... in hospital The Arizona
    Department of Public Safety said ...".

    "The" with a capital inside a sentence begins a title ("told The Times", "the band The Beatles"), so the
    article's own writing must show this is no title: it writes "the Arizona" with a small "the" elsewhere and
    never "The Arizona" after a lower-case word or a comma. Only after a caption's plain last word that leads
    into nothing and names no work or outlet.
    """
    found: list[tuple[int, int]] = []
    for glue in _THE_NAME_OPENER.finditer(text, start, end):
        bare = _plain_caption_end(text, start, glue.start())
        if bare is None:
            continue
        if bare.endswith(("ing", "'s", "’s")) or bare in _WORK_WORDS or not bare.isalpha():
            continue
        small, titled = _the_forms(text)
        name = glue.group("name")
        if name not in small:
            continue  # never "the Arizona ...": "The" may be part of the name
        if titled[name] > (1 if _TITLED.match(text, glue.end()) else 0):
            continue  # "told The Times" elsewhere (this glue counts itself after a lower-case word): a title
        if inside_quotation(text, start, glue.start()):
            continue
        found.append((glue.start(), glue.end()))
    return found


def _phrase_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a sentence that opens on a phrase of time or place and a comma is glued after a caption."""
    found: list[tuple[int, int]] = []
    for glue in _PHRASE_OPENER.finditer(text, start, end):
        bare = _plain_caption_end(text, start, glue.start())
        if bare is None:
            continue
        if inside_quotation(text, start, glue.start()):
            continue
        found.append((glue.start(), glue.end()))
    return found


def _plain_word_opens(word: str, before: str, text: str, at: int, end: int) -> bool:
    """Whether ``word``, no listed sentence starter, opens a sentence glued after a caption that ends on ``before``.

    The evidence is the article's own: ``word`` is a plain word written with a capital where nothing ended
    a sentence, so a sentence begins there. Either a function word the article writes in lower case elsewhere
    ("... and has a taste Like the infamous scene ...", "... prosecutors say All of her marriages ..."), or a
    plural noun with its verb ("... turn his music down Paramedics were unable ..."). Only after a plain
    lower-case word that does not lead on ("the", "while", "two") and never before a word the article also
    writes capitalised after a lower-case word elsewhere (a name or a party: "white Democrats"), nor before a
    title in headline case ("Like a Prayer"); and the rest must end as a sentence does.
    """
    bare = before.rstrip("'’”\"")
    if not (bare.isalpha() and bare.islower()) or bare in _LEADS_ON or bare in _LEADS_INTO_A_CLAUSE:
        return False
    if bare in sentence_words().speech_tags or word in CALENDAR_NAMES:
        return False
    following = text[at:end].split()[1:3]
    if not following or any(w[:1].isupper() for w in following) or _SENTENCE_END.search(text, at, end) is None:
        return False  # a title ("Like a Prayer", "Far from Home"), or no sentence after all
    if _capitalised_mid_sentence(text)[word] > 1:
        return False  # a name the article writes mid-sentence elsewhere: "white Democrats", "the state Constitution"
    return word.lower() in _PLAIN_OPENERS or _plural_subject(word, following[0])


def _plural_subject(word: str, verb: str) -> bool:
    """Whether ``word verb`` is a plural everyday noun and its verb: "Paramedics were", "Prosecutors have"."""
    if verb not in _PLURAL_VERBS or not word.endswith("s") or word.endswith("ss"):
        return False
    singulars = [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    lower, names = _dictionary_words()
    return any(s.lower() in lower for s in singulars) and not any(s in names for s in [word, *singulars])


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_CAPITALISED_AFTER_LOWER = re.compile(r"(?<![\w'’\-])[a-z][\w'’\-]* ([A-Z][a-z]+)\b")
# Words after which a capitalised word goes on with the same sentence: "while Democrats defended", "two Democrats".
_LEADS_INTO_A_CLAUSE = frozenset(
    ["when", "where", "while", "whilst", "until", "since", "unless", "because", "although", "though", "whether"]
    + ["how", "what", "why", "like", "among", "behind", "beyond", "across", "through", "toward", "towards", "near"]
    + ["around", "including", "both", "either", "neither", "each", "every", "all", "any", "some", "many", "few"]
    + ["several", "other", "another", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    + ["dozen", "hundred", "thousand", "million", "billion", "fellow", "top", "rival", "ensure", "ensures"]
)
# Function words no name or party begins with, so a capital on one shows a sentence's start, not a name.
_PLAIN_OPENERS = frozenset(
    ["like", "unlike", "all", "far", "despite", "once", "also", "yesterday", "today", "tonight", "nearly"]
    + ["almost", "amid", "among", "across", "along", "behind", "inside", "outside", "within", "perhaps"]
    + ["indeed", "already", "never", "often", "sometimes", "recently", "currently", "previously", "finally"]
    + ["eventually", "overall", "everyone", "nobody", "someone", "anyone", "everything", "nothing", "several"]
    + ["few", "neither", "either", "whatever", "another", "such", "whilst", "because", "though", "just"]
)
_PLURAL_VERBS = frozenset(["are", "were", "have", "had", "will", "would", "could", "can", "may", "might", "must"])


@lru_cache(maxsize=1)
def _capitalised_mid_sentence(text: str) -> Counter[str]:
    """How often ``text`` writes each capitalised word after a lower-case one; asked for one article at a time."""
    return Counter(_CAPITALISED_AFTER_LOWER.findall(text))


_TITLED = re.compile(r"(?<=[a-z,] )The ([A-Z][\w'’\-]*)")


@lru_cache(maxsize=1)
def _the_forms(text: str) -> tuple[frozenset[str], Counter[str]]:
    """The words ``text`` writes after a small "the", and how often each after "The" mid-sentence (after a
    lower-case word or a comma); asked for one article at a time."""
    small = frozenset(re.findall(r"\bthe ([A-Z][\w'’\-]*)", text))
    return small, Counter(_TITLED.findall(text))


@cache
def _dictionary_words() -> tuple[frozenset[str], frozenset[str]]:
    """The shipped en_GB spelling dictionary's lower-case stems and its capitalised ones (names); none if missing."""
    try:
        lines = (resources_dir() / "dictionaries" / "en_GB.dic").read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset(), frozenset()
    stems = [line.split("/", 1)[0] for line in lines[1:]]
    return (
        frozenset(s for s in stems if s.isalpha() and s.islower()),
        frozenset(s for s in stems if s.isalpha() and s[:1].isupper()),
    )


def shows_photos(text: str) -> bool:
    """Whether the page marks photos anywhere ("(left)", ", pictured,"): where it does, a long run may be
    captions glued together by looser rules."""
    return _PHOTO_MARK.search(text) is not None


def _title_may_follow(word: str, title: str, text: str, at: int) -> bool:
    """Whether a caption's "Title: " may follow ``word``: the end of a caption ("... in Virginia Caught red-faced: ...").

    Not after a word that leads on ("the", "his"), a possessive ("the city's Northern district: ...") or a
    speech verb ("asked Ana Brod a question: ..."): there the colon is the sentence's own. A day or a name the
    article writes mid-sentence elsewhere ("... how to attack Brod: ...") is no caption's title, nor is one name
    after another ("... by Ana Brod: ...").
    """
    word = word.rstrip("'’”\"")
    if not word or not (word[-1].isalnum() or word[-1] == ")"):
        return False
    lowered = word.lower()
    if lowered in _LEADS_ON or lowered.endswith(("'s", "’s")) or lowered in sentence_words().speech_tags:
        return False
    if not word.replace("-", "").isalpha() or (word[0].isupper() and " " not in title):
        return False
    first = title.split()[0]
    if first in CALENDAR_NAMES:
        return False
    mid_sentence = re.compile(r"(?<=[a-z,;] )" + re.escape(first) + r"\b")
    return not any(m.start() != at for m in mid_sentence.finditer(text))


def _name_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """In a long run, where a name opens the next piece: "... last year Nadal is looking to ...".

    Only after a word that ends a caption before a name (``_caption_ending``) and only before a name that is
    plainly a subject: a verb after it, where it stands in the photo, or ", who". After a number the verb
    must be one no plural noun looks like: "the 34 Senate seats" is no glue, "in 2008 Bueno has scored" is.
    Long runs only: in a sentence of ordinary length such a join is the writer's own.
    """
    found: list[tuple[int, int]] = []
    for glue in _NAME_OPENER.finditer(text, start, end):
        ending = _caption_ending(text[start : glue.start()])
        if ending is None and glue.group("the") is not None and _ends_on_a_noun(text[start : glue.start()]):
            ending = "noun"  # "... by county The New York Yankees (left) come first": no sentence runs on so
        elif ending is None and glue.group("the") is None and _named_in_caption(text, start, glue.start()):
            ending = "named"  # "... Ibe for the incident Ibe was present ...": the caption's own person again
        if ending is None or (glue.group("quote") is not None and ending != "photo"):
            continue
        place, verb = glue.group("place"), glue.group("verb")
        if place is not None and not set(place.split()) <= _PLACE_IN_PHOTO:
            continue
        if verb is not None:
            plain = ending in ("number", "named")
            if ending == "named" and verb in sentence_words().speech_tags:
                found.append((glue.start(), glue.end()))  # "... his career Redwood said ..."
                continue
            second = glue.group("verb2") or ""
            if not (_verb_like(verb, plain) or (verb.endswith("ly") and _verb_like(second, plain))):
                continue
        if leaves_double_open(text[start : glue.start()]):
            continue
        found.append((glue.start(), glue.end()))
    return found


def _named_in_caption(text: str, start: int, at: int) -> bool:
    """Whether the name at ``at`` opens a sentence after a caption of that same person, which ends on a plain
    noun: "Ramsey pictured on the touchline ... to save the club from relegation Ramsey must ...".

    A name after a verb ("he admitted Ramsey may", "she thinks Cruz can") is the object or a clause of that verb,
    so the caption's last word is no verb form (-ed, -s), no word that leads on and no speech tag.
    """
    before = text[start:at]
    if not _ends_on_a_noun(before):
        return False
    *_, previous, word = ["", *before.split()]
    if word in _LEADS_INTO_A_CLAUSE or word.endswith("ed") or (word.endswith("s") and not word.endswith("ss")):
        return False
    if previous.lower() in _AUXILIARIES | {"be", "been", "being", "to"} or _names_a_role(word):
        return False  # "has seen Adebayor pushed", "to visit Ramsey"; "14-time major winner Woods said"
    first = re.match(r" ([A-Z][\w’'\-]*)", text[at:])
    return first is not None and re.search(r"\b" + re.escape(first.group(1)) + r"\b", before) is not None


# Nouns for who someone is, which a name follows as its apposition: "boss Rodgers", "team-mate Ibe", "his son Tom".
_ROLE_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "mate", "ee")  # not -ent: "incident", "moment"
_ROLE_WORDS = frozenset(
    ["boss", "chief", "captain", "star", "coach", "head", "chair", "aide", "graduate", "international", "forward"]
    + ["legend", "icon", "son", "daughter", "wife", "husband", "sister", "friend", "girlfriend", "boyfriend", "pal"]
    + ["secretary", "deputy", "envoy", "host", "candidate", "nominee", "rival", "ally", "colleague", "actress"]
    + ["president", "resident", "student", "agent", "assistant", "consultant", "official", "spokesperson"]
)


def _names_a_role(word: str) -> bool:
    """Whether ``word`` is a noun for who someone is ("striker", "minister", "boss"), after which a name is its
    apposition, never a new sentence."""
    return word.endswith(_ROLE_ENDINGS) or word.rsplit("-", 1)[-1] in _ROLE_WORDS


def _caption_ending(before: str) -> str | None:
    """How the caption ``before`` ends, where a name may follow: "time" ("... last season", "... on Friday"),
    "number" ("... in 2008") or "photo" ("... (right)", "... (stock image)"). None for any other ending:
    "... academy graduate Harry Kane has" is one noun phrase, "... Prime Minister (Junichiro) Koizumi" one name."""
    place = _PHOTO_PLACE_END.search(before)
    if place is not None:
        return "photo" if set(place.group(1).split()) <= _PLACE_IN_PHOTO else None
    last = _LAST_WORD.search(before)
    word = last.group(1).rstrip("'’”\"") if last else ""
    if word in CALENDAR_NAMES or word in _TIME_WORDS:
        return "time"
    return "number" if word[-1:].isdigit() else None


def _ends_on_a_noun(before: str) -> bool:
    """Whether ``before`` ends on a lower-case word that does not lead on ("... by county", not "... for")."""
    last = _LAST_WORD.search(before)
    word = last.group(1) if last else ""
    return word.isalpha() and word.islower() and word not in _LEADS_ON and word not in sentence_words().speech_tags


def _verb_like(word: str, plain: bool = False) -> bool:
    """A word that reads as a finite verb after a name: "is", "hasn't", "stayed", and unless ``plain``
    "celebrates" (which may be a plural noun: "the 34 Senate seats")."""
    word = word.replace("’", "'")
    if word in _AUXILIARIES or word.endswith("n't") or (len(word) > 3 and word.endswith("ed")):
        return True
    return not plain and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _caption_end(word: str, titled: bool = False, opener: str | None = None) -> bool:
    """Whether a caption may end on ``word``: a lower-case word, a number, ")" or a day ("on Friday"), or
    before an ``opener`` no sentence runs a name into ("Reagan The document"), a name.

    Never on a mark that ends or carries on a sentence ("uncomfortable.", "said,"): a full stop the
    splitter kept inside a quotation is no caption's end. Before a titled caption ("... on Sunday
    Stuck fast: Crews ...") only a day, a number or ")" will do: after a lower-case word, "Title:"
    is as often a clause that introduces what follows ("asked them a simple question: Who ...").
    """
    closed = word.rstrip("'’”\"")  # a caption may end on a quoted phrase: "... was 'too hot'", "... as 'finals'"
    word = closed.lstrip("'‘“\"") if closed != word else closed  # an opening mark alone leads on: "'we"
    if not word or not (word[-1].isalnum() or word[-1] == ")"):
        return False
    if opener in _NAME_PROOF and word[0].isupper() and word.isalpha():
        return True  # "... under Thatcher and Reagan The document ...": no sentence runs a name into "The document"
    return (word[0].islower() and not titled) or word[-1] in "0123456789)" or word in CALENDAR_NAMES


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _words(text: str) -> int:
    return len(text.split())

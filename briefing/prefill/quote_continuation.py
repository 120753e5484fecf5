"""Whether a sentence with no cue of its own goes on with the last speaker's quotation, or is a new voice
(a question in a paragraph of its own, a name after the closing quote, the reporter's quoted term)."""

from __future__ import annotations

from briefing.prefill.actors import Cast, Scan, doubled_quote, name_runs
from briefing.prefill.lexicon import Lexicon
from briefing.prefill.phrase_shapes import role_heads
from briefing.prefill.speakers import Attribution
from briefing.prefill.speech_words import MESSAGES, QUOTES
from briefing.prefill.text import Token

MAX_QUOTE_TAIL = 12  # words after a closing quotation that may say who spoke it ("Hannity started")
MAX_VOICE_TAIL = 5  # words of a short clause after a closing quotation: "the crowd roared back"
_VOICE_DETERMINERS = frozenset(("the", "a", "an"))
MAX_QUOTED_TERM = 4  # words of a quoted term or title that opens a sentence ('"Top secret" is ...')


def continues_quote(
    sc: Scan, sentence: int, block: int, prev_block: int | None, last: Attribution, lex: Lexicon, cast: Cast
) -> bool:
    """A sentence that is (or opens) a direct quote right after an attributed one."""
    if sentence - last.sentence != 1 or not sc.tokens:
        return False
    tail = [t.text for t in sc.tokens[-3:]]
    if "?" in tail and prev_block != block:
        return False  # a question in a paragraph of its own: an interviewer's, as often as the speaker's
    opens_quote = (
        sc.tokens[0].text in ('"', "“", "‘") or sc.quoted[min(2, len(sc.tokens) - 1)] and sc.tokens[0].text == "'"
    )
    if _other_voice_after_quote(sc, last, lex, cast):
        return False  # "“France will always be France,” an angry Hollande retorted.": not the last speaker's
    if opens_quote and _quoted_term_first(sc):
        return False  # '"Top secret" is the highest level of classification.': the reporter's words
    # a sentence inside a quotation begun sentences before is not taken as its own position
    return opens_quote or (sc.quoted[min(1, len(sc.tokens) - 1)] and prev_block == block and not sc.starts_inside)


def _other_voice_after_quote(sc: Scan, last: Attribution, lex: Lexicon, cast: Cast) -> bool:
    """Whether the words after the sentence's closing quotation name someone other than the last speaker:
    "“...,” Hannity started." / "“...,” blared the front page of The Herald." (a cue we do not know)."""
    tokens = sc.tokens
    close = next(
        (k for k in range(1, len(tokens)) if tokens[k].text in QUOTES and sc.quoted[k - 1] and not sc.quoted[k]),
        None,
    )
    if close is None or tokens[close - 1].text not in (",", "?", "!"):
        return False  # '"...go after" Osama bin Laden.': the quotation runs on into the sentence
    after = close + 2 if doubled_quote(tokens, close) else close + 1  # "''Choke!'' blared": one closing mark
    tail = [k for k in range(after, len(tokens)) if tokens[k].is_word or tokens[k].text in QUOTES]
    if not tail or len(tail) > MAX_QUOTE_TAIL or any(sc.quoted[k] or tokens[k].text in QUOTES for k in tail):
        return False
    known = set(last.speaker.actor.tokens) if last.speaker.actor else set()
    known |= {w.rstrip(".") for w in last.speaker.name.split()}
    for start, end in name_runs(sc, lex, cast.common):
        # "blared the front page of The Herald": counted in words after the closing mark, not in tokens from it
        if start > close and sum(k < start for k in tail) <= MAX_QUOTE_TAIL // 2:
            words = {t.text.rstrip(".") for t in tokens[start:end]}
            return not words & known
    return _unnamed_voice(sc, tail, {w.lower() for w in known}, lex)


def _unnamed_voice(sc: Scan, tail: list[int], known: set[str], lex: Lexicon) -> bool:
    """Whether the words after a closing quotation are a short clause whose subject is a common noun that is not
    the last speaker, nor a role or a message that could be theirs: '“Mexico!” the crowd roared back.', not
    '“Never,” the senator grinned.' or '“...,” the letter read.'."""
    words = [sc.lower[k] for k in tail]
    if not 3 <= len(words) <= MAX_VOICE_TAIL or words[0] not in _VOICE_DETERMINERS:
        return False
    if any(sc.tokens[k].is_cap for k in tail):
        return False  # a name, read by the caller
    theirs = role_heads(lex) | MESSAGES | known
    return not any(w in theirs or w.removesuffix("s") in theirs for w in words[1:])


_CLOSING = {'"': '"', "“": "”", "‘": "’", "'": "'"}


def _quoted_term_first(sc: Scan) -> bool:
    """Whether the sentence opens on a short quoted term or title that the reporter's own words go on from:
    '"Top secret" is the highest level of classification', '‘Stickerboy’ placed two stickers on it', and a title
    with its comma inside the marks: "''Harbour Lights,'' which will be in bookstores on Friday, is a story"."""
    tokens = sc.tokens
    width = 2 if doubled_quote(tokens, 0) else 1  # the New York Times' '' is two tokens
    close = _closing_mark(tokens, width)
    if close is None or close == width:
        return False
    inside = sum(t.is_word for t in tokens[width:close])
    after = sum(t.is_word for t in tokens[close + width :])
    if tokens[close - 1].text == ",":
        # a title's comma, where the words after it are longer than a speaker's tail: not '“Never Again,” Ruiz grinned'
        return _title(tokens[width : close - 1]) and after > MAX_QUOTE_TAIL
    if tokens[close - 1].text in (".", "?", "!", "…"):
        return False
    return inside <= MAX_QUOTED_TERM and after >= 3 and after > inside


def _title(words: list[Token]) -> bool:
    """Whether the words are a short title: every word capitalised or a number ("Harbour Lights", "Hawaii Five-0")."""
    named = [t for t in words if t.is_word]
    return 0 < len(named) <= MAX_QUOTED_TERM and all(t.is_cap or t.text[:1].isdigit() for t in named)


def _closing_mark(tokens: list[Token], width: int) -> int | None:
    """Where the quotation that the sentence opens on closes: the same kind of mark, or a "''" pair."""
    closing = "'" if width == 2 else _CLOSING.get(tokens[0].text)
    for k in range(width, len(tokens)):
        if tokens[k].text == closing and (width == 1 or doubled_quote(tokens, k)):
            return k
    return None

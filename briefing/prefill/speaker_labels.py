"""Speakers named by a label rather than a cue: a transcript's "TAPPER:" or a digest's "Jeffrey M. Jones: “...”"."""

from __future__ import annotations

from briefing.prefill.actors import PERSON, Cast, Scan, sc_text
from briefing.prefill.lexicon import Lexicon
from briefing.prefill.speaker_names import SpeakerNamer
from briefing.prefill.speakers import Attribution, Speaker
from briefing.prefill.wordlists import grammar_words

_EDITORIAL_LABELS = grammar_words("editorial_labels")  # "CORRECTION:", "EMAIL:": the paper's labels, no speaker


def transcript_label(sc: Scan, sentence: int, lex: Lexicon) -> Attribution | None:
    """ "MS. SMITH: We will..." or "TAPPER: And..." - a transcript's speaker label."""
    tokens = sc.tokens
    k = 0
    while k < min(len(tokens), 5) and tokens[k].text != ":":
        k += 1
    if not 0 < k < 5 or k + 1 >= len(tokens) or not tokens[k + 1].is_word:
        return None
    words = [t for t in tokens[:k] if t.text != "."]
    if not words or not all(t.is_word and t.text.isupper() and len(t.text) > 1 for t in words):
        return None
    names = [t for t in words if t.text.rstrip(".").title() not in lex.non_names]
    if not names or len(words) > 3 or any(t.lower in _EDITORIAL_LABELS for t in words):
        return None  # "CORRECTION: Due to an editing error ...", "EMAIL: desk@paper.com": the paper's own labels
    name = sc_text(sc, tokens.index(names[0]), k)
    return Attribution(sentence, Speaker(name, None, PERSON, written=name), ":")


def colon_label(sc: Scan, sentence: int, cast: Cast, namer: SpeakerNamer) -> Attribution | None:
    """ "Jeffrey M. Jones: “...”", "Rep. Ann Cole (D-Ore.): “...”", "- More from Jones: “...”": a name and a colon
    introduce a quotation (a digest's or a Q&A's speaker label)."""
    tokens = sc.tokens
    colon = next((k for k in range(1, min(len(tokens) - 1, 40)) if tokens[k].text == ":" and not sc.quoted[k]), None)
    if colon is None or tokens[colon + 1].text not in ('"', "“"):
        return None
    end = colon
    if tokens[end - 1].text == ")":  # "(D-Ore.)": a party and state, not the name
        end = next((k for k in range(end - 2, max(end - 8, 0), -1) if tokens[k].text == "("), 0)
    start = end
    while start > 0 and end - start < 6 and (tokens[start - 1].is_cap or tokens[start - 1].text in (".", "and")):
        start -= 1
    if start == end or not tokens[end - 1].is_cap or tokens[start].lower == "and":
        return None
    opener = tokens[start - 1].lower if start else ""
    if (
        start
        and opener not in ("-", "—", "–")
        and not (opener == "from" and start >= 2 and sc.lower[start - 2] == "more")
    ):
        return None  # "He gave one reason: “...”": the colon ends a clause, its speaker is found by its cue
    if end - start == 1 and not start and cast.lookup([tokens[start].text]) is None:
        return None  # "Details: “...”": an opening word is a name only if the article has named it before
    speaker = namer.named(sc, start, end, sentence)
    return Attribution(sentence, speaker, ":") if speaker is not None else None


MAX_LABEL_WORDS = 4  # words of a full name used as a label ("Chris Matthews:")


def name_label(sc: Scan, sentence: int, cast: Cast, namer: SpeakerNamer) -> Attribution | None:
    """ "Chris Matthews: Seriously, about this.": a transcript quoted in the article, its lines labelled with a
    person's full name in ordinary case (an opening quote mark may come first). Only a name of two words or more
    that the article has given a person: "Bottom Line: ..." or "Update: ..." label no one."""
    tokens = sc.tokens
    k = 1 if tokens and tokens[0].text in ('"', "“") else 0
    end = k
    while end < len(tokens) and end - k < MAX_LABEL_WORDS and tokens[end].is_cap and tokens[end].is_word:
        end += 1
    if end - k < 2 or end + 1 >= len(tokens) or tokens[end].text != ":" or not tokens[end + 1].is_word:
        return None
    actor = cast.lookup([t.text for t in tokens[k:end]])
    if actor is None or actor.kind != PERSON or not actor.person:
        return None
    speaker = namer.named(sc, k, end, sentence)
    return Attribution(sentence, speaker, ":") if speaker is not None else None

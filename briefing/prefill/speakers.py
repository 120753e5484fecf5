"""Who a position belongs to: the speaker found for a sentence, and what reading the article so far remembers.

Kept apart from the finders so that the attributor, noun phrases, pronouns and labels can all
build the same ``Speaker`` without importing one another.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.prefill.actors import Actor


@dataclass(frozen=True)
class Speaker:
    name: str  # as the brief shows it: "Wang Yi", "American diplomats", "Both sides"
    side: str | None  # the party a position is grouped under
    kind: str  # person, body or group
    actor: Actor | None = None
    written: str = ""  # the words in this sentence that point to the speaker ("He")
    named: bool = True  # False for "officials", "analysts": a voice, not a party


QUOTE_CONTINUES = "(quote continues)"  # the cue of a quotation that goes on from the sentence before


@dataclass(frozen=True)
class Attribution:
    sentence: int
    speaker: Speaker
    cue: str

    @property
    def says_whose(self) -> bool:
        """Whether the brief can say whose words these are: the sentence has a cue of its own ("a column
        said"), or the quotation it goes on from has a speaker with a name."""
        return self.cue != QUOTE_CONTINUES or self.speaker.named


@dataclass
class Reading:
    """What the attributor has read so far that later lookups depend on: the last attribution (a "he" or
    a quotation that goes on looks back to it) and what the sentence and cue being read are."""

    last: Attribution | None = None
    quote_first: bool = False  # the sentence being read opens on a quotation
    named_only: bool = False  # the cue being read is a stance: a pronoun subject is no speaker

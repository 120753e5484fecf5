"""Whether a quotation mark opens or closes, and the quotation an item cuts into, closed.

The one place that decides it, for the reader (caption cuts), the pre-fill (the speaker scan, asides, summary lines)
and the check: two rules deciding it apart would read one quotation two ways. ``mark_opens`` and ``unpaired`` read
where each mark stands; the ``leaves_*`` counts are the cheap question asked of every place a sentence might be cut.

A sentence taken from the middle of a long quotation opens or closes someone's words without the other mark:
‘“I have been at this a long time.’ (the quotation runs on into the next sentence) or ‘Really?” Bush said.’ (it
began in the sentence before). Standing alone in a brief, the reader cannot tell where the quoted words end, so the
item gets the missing mark, in the article's own style, as an editor excerpting a quotation would write it.
"""

from __future__ import annotations

import re

# A double quotation mark in any of the forms articles use: two apostrophes (the New York Times' ''So it ends.''),
# a straight mark, or a curly one. A mark after a digit and a foot mark is an inch (6’2”), no quotation.
_MARK = re.compile(r"(?<!\d[’']\d)(?<!\d[’']\d\d)(?:''|[\"“”])")
INVISIBLE = (
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff"  # direction and byte-order marks: no character a reader sees
)
_SENTENCE_END = re.compile(r"[.?!…][’']?\s*$")  # "... the phrase 'radical Islam.'": a quotation inside ends too
_OPENS_AFTER = "([{—–-/:"
_CLOSES_BEFORE = ".,;:!?)]}—–-…’'"
_ONLY_CLOSING = re.compile(r"[\s.,;:!?)\]}…’']*$")  # nothing but the sentence's last marks follows


def _opens(text: str, start: int, end: int, open_quotations: int, first: int) -> bool:
    """Whether the mark at ``text[start:end]`` opens a quotation (``first``: where the text's first visible character
    stands). Where it stands says so when it can: after a space and before a word it opens, after a word and before
    a space it closes, whatever its shape (articles type ‘“abhorrent“’ and ‘”This is why ...’). Otherwise a curly
    mark's shape decides, and a straight one closes the quotation left open, if any."""
    if start <= first:
        return True  # first in the text
    if _ONLY_CLOSING.match(text, end):
        return False  # last in the text ('Springfield, Ill. ".'): it can open nothing
    k = start - 1
    while text[k] in INVISIBLE:  # stops at the first visible character, which is before ``start``
        k -= 1
    after = text[end : end + 1]
    may_open = text[k].isspace() or text[k] in _OPENS_AFTER
    may_close = not after or after.isspace() or after in _CLOSES_BEFORE
    if may_open != may_close:
        return may_open
    mark = text[start:end]
    if mark in "“”":
        return mark == "“"
    return not open_quotations


def mark_opens(text: str, start: int, end: int, *, inside: bool) -> bool:
    """Whether the mark at ``text[start:end]`` opens a quotation, for a reader walking a whole article mark by mark
    (``inside``: a quotation is open before it). The rule ``unpaired`` pairs an item's marks by, so the speaker scan
    and the check read one quotation alike; where a mark stands decides before the walk's state does, so a mark the
    article left out ("...admiral.'' " with no opening pair) costs one sentence, not every quotation after it."""
    return _opens(text, start, end, int(inside), 0)


def unpaired(text: str) -> list[tuple[int, int, bool]]:
    """The marks of ``text`` that pair with none: (start, end, whether it opens), in text order."""
    first = next((k for k, char in enumerate(text) if not char.isspace() and char not in INVISIBLE), len(text))
    opened: list[tuple[int, int]] = []
    lone: list[tuple[int, int, bool]] = []
    for match in _MARK.finditer(text):
        if _opens(text, match.start(), match.end(), len(opened), first):
            opened.append(match.span())
        elif opened:
            opened.pop()
        else:
            lone.append((match.start(), match.end(), False))
    return sorted([*lone, *((start, end, True) for start, end in opened)])


def leaves_double_open(text: str) -> bool:
    """Whether ``text`` leaves a double quotation open, by counting its marks: an odd number of straight ones (two
    apostrophes count as one) or more “ than ”. Asked of every place a sentence might be cut (the reader's caption
    cuts, the pre-fill's asides and summary lines), where counting is cheap; it counts a straight mark that closes
    a quotation begun before the text as open too ('win." Berg said'), and a cut there is as wrong. Unlike
    ``unpaired`` it reads no mark's place, so a mistyped pair ('the film “Frozen“ and') counts as left open: pairing
    here would change three train briefs (items of Huffington Post and Politico articles that mistype a curly mark)."""
    text = text.replace("''", '"')
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


# A single quotation opens after a space or a bracket, before a word ("told him: 'We"); it closes after a word or an
# end mark, before a space, a mark or the end ("'we will.'"). An apostrophe inside a word ("don't") or after a
# plural ("the farmers' union") is neither. Each pattern begins on the mark, so the search skips to marks (three
# times faster than one that begins on the character before).
_SINGLE_OPENS = re.compile(r"['‘](?<![^\s(\[]['‘])(?=\w)")
_SINGLE_CLOSES = re.compile(r"['’](?<=[\w.,!?…]['’])(?=[\s.,;:!?)\]]|$)")


def leaves_single_open(text: str) -> bool:
    """Whether ``text`` leaves a single quotation open ("told him: 'We have ..."), by counting the marks that can
    only open against those that can only close, so apostrophes count as neither."""
    return len(_SINGLE_OPENS.findall(text)) > len(_SINGLE_CLOSES.findall(text))


def leaves_open(text: str) -> bool:
    """Whether ``text`` leaves a quotation open, double or single: a cut after it would end inside someone's words."""
    return leaves_double_open(text) or leaves_single_open(text)


def inside_quotation(text: str, start: int, at: int) -> bool:
    """Whether position ``at`` of ``text`` is inside a quotation opened since ``start`` (where a paragraph or a
    sentence begins): someone's words run on over it, so nothing there is the writer's own."""
    return leaves_open(text[start:at])


def closes_unopened(line: str) -> bool:
    """Whether ``line`` closes a quotation it never opened, on its last mark: the tail of someone's words, whose
    first sentences came before it ('for the farmers," Dorn said' does not end on its mark and is no tail)."""
    return line.endswith(("”", '"', "''")) and unmatched(line)[0] > 0


def unmatched(text: str) -> tuple[int, int]:
    """How many closing marks find no opening one before them, and how many opened quotations are left open."""
    marks = unpaired(text)
    opening = sum(opens for _, _, opens in marks)
    return len(marks) - opening, opening


def _style(text: str) -> tuple[str, str]:
    """The opening and closing marks ``text`` writes quotations with."""
    if "“" in text or "”" in text:
        return "“", "”"
    if "''" in text:
        return "''", "''"
    return '"', '"'


def balanced(text: str) -> str:
    """``text`` with an opening mark added where it begins inside a quotation, and a closing one where it ends inside
    one. A text that does not begin on a word (a cut such as ". these banks ...") is left as it is."""
    closes_unopened, open_quotations = unmatched(text)
    if not (closes_unopened or open_quotations):
        return text
    opening, closing = _style(text)
    if closes_unopened == 1 and text[:1].isalnum():
        text = opening + text
    if open_quotations == 1 and _SENTENCE_END.search(text):
        text = text.rstrip() + closing
    return text

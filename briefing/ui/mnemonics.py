"""Mnemonics for menu entries made from data (template names, section headings, recent files).

A keyboard user opens a menu with Alt and picks an entry by its underlined letter; entries
whose text comes from data had none, and a "&" in a file name ("R&D.brief") was taken for one.
"""

from __future__ import annotations

from collections.abc import Iterable


def escaped(text: str) -> str:
    """``text`` shown as written: a "&" in it is not a mnemonic."""
    return text.replace("&", "&&")


def mnemonic_of(label: str) -> str | None:
    """The (lower-case) letter a menu label underlines, or None."""
    index = 0
    while (index := label.find("&", index)) >= 0:
        following = label[index + 1 : index + 2]
        if following != "&":
            return following.lower() or None
        index += 2
    return None


def with_mnemonics(labels: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Each label with a letter of its own underlined: the first letter of a word that no label
    before it (nor ``taken``) uses, else any such letter, else none."""
    used = {letter.lower() for letter in taken}
    result = []
    for label in labels:
        starts = [i for i, ch in enumerate(label) if ch.isalnum() and (i == 0 or not label[i - 1].isalnum())]
        others = [i for i, ch in enumerate(label) if ch.isalnum() and i not in starts]
        choice = next((i for i in starts + others if label[i].lower() not in used), None)
        if choice is None:
            result.append(escaped(label))
            continue
        used.add(label[choice].lower())
        result.append(escaped(label[:choice]) + "&" + escaped(label[choice:]))
    return result


def numbered(labels: Iterable[str]) -> list[str]:
    """ "&1 notes.brief", "&2 …" up to 9, as recent-file lists do; then the label alone."""
    return [f"&{n} {escaped(label)}" if n <= 9 else escaped(label) for n, label in enumerate(labels, start=1)]

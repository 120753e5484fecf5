"""Findings before a note goes out: unsupported claims, spelling, unreviewed pre-fill, empty
required sections and fields, length, items that need context, duplicates. No Qt."""

from briefing.check.checker import Checker, brief_language, check_brief
from briefing.check.findings import BLOCKING, KINDS, Finding
from briefing.check.spelling import LANGUAGES, WordList

__all__ = ["BLOCKING", "KINDS", "LANGUAGES", "Checker", "Finding", "WordList", "brief_language", "check_brief"]

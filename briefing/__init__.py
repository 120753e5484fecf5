"""Briefing: turn a news article into a first-draft briefing note, offline."""

__version__ = "0.1.0"

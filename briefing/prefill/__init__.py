"""Article -> Brief: the first draft, every item tied to the article sentences it came from."""

from __future__ import annotations

from briefing.prefill.draft import prefill, prefill_explained

__all__ = ["prefill", "prefill_explained"]

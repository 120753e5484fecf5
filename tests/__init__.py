"""Briefing's tests (a regular package, so a dependency's stray top-level ``tests`` cannot shadow it)."""

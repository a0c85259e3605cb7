"""Voices turn a chosen move into words: built-in (offline) or an LLM."""

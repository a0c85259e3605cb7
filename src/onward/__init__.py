"""Onward: local-first personal performance coaching that knows where coaching ends."""

__version__ = "0.1.0"

"""Coaching tests run against the real language modules (no stand-ins)."""

"""Coaching tests: install stand-ins for language tools not yet in the package."""

from tests.coaching import standins

standins.install()

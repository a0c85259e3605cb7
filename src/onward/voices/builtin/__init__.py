"""The built-in voice: works offline, needs nothing but the package."""

from onward.voices.builtin.builtin import BuiltinVoice

__all__ = ["BuiltinVoice"]

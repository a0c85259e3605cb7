"""Options to will: permission, an idea, the action, its date, obstacles, support, the scale."""

from __future__ import annotations

Q = "open_question"

VARIANTS: dict[tuple[str, str], list[tuple[str, ...]]] = {
    ("ask_permission", "permission"): [
        ("I have an idea that might help. Would you like to hear it?",),
        ("Can I offer a thought? It's fine to say no.",),
        ("I've got one possibility in mind. Would you like to hear it?",),
        ("Would an idea of mine be useful, or would you rather stay with yours?",),
    ],
    ("offer_idea", "idea_response"): [
        ("Here's one idea, yours to take or leave: {idea}. What do you make of it?",),
        ("One thought: {idea}. How does that sit with you?",),
        ("Just an idea: {idea}. What would you keep or change?",),
        ("Here's a possibility: {idea}. What, if anything, fits for you?",),
    ],
    (Q, "action"): [
        ("Which of these will you act on?",),
        ("Which option will you take forward?",),
        ("What will you do?",),
        ("What's the first step you'll take?",),
        ("What's one small step you're willing to take, even a tiny one?", "stuck"),
    ],
    (Q, "due"): [
        ("By when will you {action}?",),
        ("When will you do it?",),
        ("What date will you put on that?",),
        ("When exactly will that happen?",),
        ("What day works for you to have it done?",),
    ],
    (Q, "obstacle"): [
        ("What might get in the way?",),
        ("What could trip you up?",),
        ("What's most likely to stop you?",),
        ("If this doesn't happen, what will have got in the way?",),
    ],
    (Q, "support"): [
        ("What support would help?",),
        ("Who or what could help you with this?",),
        ("What do you need to make it happen?",),
        ("What would make it easier?",),
    ],
    (Q, "commitment_scale"): [
        ("From 1 to 10, how committed are you to doing it?",),
        ("From 1 to 10, how likely are you to do it?",),
        ("How committed do you feel, from 1 to 10?",),
        ("If 10 is 'nothing will stop me', where are you now?",),
    ],
    (Q, "raise_commitment"): [
        ("You're at {scale}. What would make it an 8?",),
        ("What would it take to move from {scale} up a point or two?",),
        ("What would need to change for that number to go up?",),
        ("What could you adjust so it feels more doable?",),
    ],
    (Q, "accountability"): [
        ("How would you like to be held accountable for this?",),
        ("How will you keep yourself to it?",),
        ("How would you like me to check in with you on it?",),
        ("What will remind you when the day comes?",),
        ("Who or what will help you follow through?",),
    ],
    ("capture_commitment", "commitment_text"): [
        ("In one line of your own, what will you do, and by when?",),
        ("In your words, what are you committing to, and by when?",),
        ("What will you do, by when, as you'd like to read it later?",),
        ("What's your commitment, in a sentence of your own?",),
    ],
    ("confirm", "commitment_confirm"): [
        ("Here's what I have: {readback}. Is that right?",),
        ("So it reads: {readback}. Have I got it right?",),
        ("I have {readback}. Is that how you want it?",),
        ("That's {readback}. Shall I record it like that?",),
    ],
    ("confirm", "short_confirm"): [
        ("Before you go: shall I record {readback} as your commitment?",),
        ("One thing before you leave: shall I note {readback} as your commitment?",),
        ("Quickly, before you go: should I keep {readback} as your commitment?",),
        ("You mentioned {readback}. Shall I save that as your commitment?",),
    ],
}

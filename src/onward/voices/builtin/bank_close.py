"""Close, saboteurs, values, summaries and choices: the moves any stage may use."""

from __future__ import annotations

Q = "open_question"

VARIANTS: dict[tuple[str, str], list[tuple[str, ...]]] = {
    (Q, "learning"): [
        ("What are you taking away from today?",),
        ("What have you learned about yourself today?",),
        ("What's clearer now than when we started?",),
        ("What do you know now that you didn't before?",),
        ("How will you use what you've found today?",),
    ],
    ("acknowledgement", "finish"): [
        ("How would you like to finish today?",),
        ("What would you like to say before we close?",),
        ("How do you want to end our time today?",),
        ("What's the last thing you'd like to say today?",),
    ],
    ("name_saboteur", "saboteur"): [
        ("That sounds like '{known_as}' again: '{saboteur}'. What does it want this time?",),
        ("It sounds like a voice that says '{saboteur}'. What does that voice want you to do?",),
        ("I notice a voice in there saying '{saboteur}'. What is it trying to get you to do?",),
        ("When you hear '{saboteur}', what does that voice want you to do?",),
        ("There's a voice saying '{saboteur}'. What is it asking of you?",),
    ],
    (Q, "saboteur_choice"): [
        ("And what do you choose to do, with that voice in the room?",),
        ("Knowing it's there, what do you want to do anyway?",),
        ("If that voice had no vote, what would you choose?",),
        ("What would you do if you listened to it a little less?",),
    ],
    ("link_value", "value"): [
        ("You've named {value} as one of your values. How does this connect to it?",),
        ("I'm hearing {value} in that, one of your values. What does it add here?",),
        ("How does {value}, one of your values, show up in this?",),
        ("Where does {value} fit into what you want here?",),
    ],
    ("summary", "check"): [
        # Closed on purpose: the client confirms or corrects, and "Yes." reads naturally.
        ("Did I get that right?",),
        ("Is that a fair summary?",),
        ("Does that capture it?",),
        ("Have I got that right?",),
        ("Is that how you'd put it?",),
        ("Is that close?",),
    ],
    ("summary", "check_options"): [
        ("What would you add to that list?",),
        ("What else belongs on it?",),
        ("What's missing from that list?",),
        ("What would you change or add?",),
    ],
    ("summary", "understand"): [
        ("Let me check I'm with you. {summary} What feels most important in that?",),
        ("Here's what I have so far. {summary} What's missing?",),
        ("Let me pull that together. {summary} Where would you like to go from here?",),
        ("So far I have this. {summary} What stands out for you?",),
    ],
    ("offer_choice", "choice"): [
        ("Where would you like to go next: {a}, {b}, or another part of this?",),
        ("We could look at {a}, or {b}, or move on. What would you prefer?",),
        ("What would help most now: {a}, {b}, or something else?",),
        ("Would it help to look at {a}, or {b}, or shall we leave this for now?",),
        ("Which would be more useful: {a}, {b}, or moving on?",),
    ],
}

# The two ways in an offer_choice names, per need; the client may also move on.
CHOICES: dict[str, tuple[str, str]] = {
    "topic": ("what's been on your mind most this week", "what you'd most like to change"),
    "session_goal": ("a decision you'd like to make", "a plan you'd like to leave with"),
    "measure": ("what you'd have in hand at the end", "a number you could count"),
    "why": ("what this would give you", "what it's costing you now"),
    "current": ("what's happening day to day", "how it affects you"),
    "tried": ("what you've tried before", "what you've seen others do"),
    "confidence": ("what makes you confident", "what makes you doubt"),
    "option": ("small steps", "bigger moves"),
    "more_options": ("small steps", "bigger moves"),
    "action": ("the option that's easiest to start", "the one that matters most"),
    "due": ("a date this week", "a date that fits a natural deadline"),
    "obstacle": ("what's got in the way before", "what's different this time"),
    "support": ("people who could help", "things that could make it easier"),
    "commitment_scale": ("how much you want this", "how realistic the plan feels"),
    "raise_commitment": ("making the step smaller", "getting some support"),
    "accountability": ("a reminder you set yourself", "telling someone"),
    "learning": ("what you learned about yourself", "what you learned about the situation"),
}
DEFAULT_CHOICE = ("where things are now", "where you'd like them to be")

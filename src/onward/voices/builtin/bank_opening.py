"""Check-in and agenda: last commitments, wins, what the client wants to work on today."""

from __future__ import annotations

Q, ACK = "open_question", "acknowledgement"

VARIANTS: dict[tuple[str, str], list[tuple[str, ...]]] = {
    (Q, "coaching_fit"): [
        ("Before we begin: how is coaching working for you so far?",),
        ("Before we start: how are our sessions working for you at the moment?",),
        ("First, what's working in how we coach, and what isn't?",),
        ("What's one thing you'd change about how we work together?",),
        ("Before anything else: how are our sessions landing for you these days?",),
    ],
    (Q, "status"): [
        ("Last time you committed to '{commitment}'. How did it go?",),
        ("Let's look at what you committed to: '{commitment}'. What happened with it?",),
        ("Next on your list was '{commitment}'. How did that one go?",),
        ("Tell me how '{commitment}' went.",),
        ("How far did you get with '{commitment}': all of it, some of it, or not yet?",),
        ("Where did '{commitment}' end up?",),
    ],
    (ACK, "what_helped"): [
        ("What made the difference this time?",),
        ("What helped you follow through?",),
        ("How did you make it happen?",),
        ("What did it take?",),
    ],
    (Q, "in_the_way"): [
        ("What got in the way?",),
        ("What made it hard to get to?",),
        ("What did you notice about what stopped you?",),
        ("What would you do differently next time?",),
        ("What made it slip, looking back?",),
    ],
    (ACK, "win"): [
        ("What made that possible?",),
        ("How did you pull that off?",),
        ("What does that tell you about what you can do?",),
        ("What did that take from you?",),
    ],
    (Q, "topic"): [
        ("What would you like to focus on today?",),
        ("Picking up '{carry}', or something new: what would you like to work on?",),
        ("Last time it was '{active_goal}'. What would you like to focus on today?",),
        ("What would you like to work on today?",),
        ("Where would you like to start today?",),
        ("What feels most important to talk about today?",),
        ("If you could leave today lighter about one thing, what would it be?", "stuck"),
    ],
    (Q, "topic_shift"): [
        ("Of course, let's turn to {topic}. What would you like to come away with on it today?",),
        ("Yes, let's talk about {topic}. What would make this time on it worthwhile?",),
        ("Happy to switch to {topic}. What do you want from our conversation about it?",),
        ("Let's do that. What would you like to have by the end of today on {topic}?",),
    ],
    (Q, "topic_shift_open"): [
        ("Of course. What would you like to talk about instead?",),
        ("Sure, we can change course. Where would you like to go?",),
        ("Let's do that. What's more important to you right now?",),
        ("Fine by me. What would be more useful to talk about?",),
    ],
    (Q, "listen"): [
        ("What would be most helpful to talk about today?",),
        ("How are you doing today?",),
        ("Tell me more about that.",),
        ("What would you like from our time today, at your own pace?",),
        ("What feels right to talk about today?",),
    ],
}

"""Goal and reality: what the client wants from the session, how they'll know, why, now."""

from __future__ import annotations

Q = "open_question"

VARIANTS: dict[tuple[str, str], list[tuple[str, ...]]] = {
    (Q, "session_goal"): [
        ("What would you like to walk away with today?",),
        ("What do you want from our time on {topic}?",),
        ("What would you like to change about {phrase} today?",),
        ("What would make this session worthwhile for you?",),
        ("By the end of our time, what would you like to have?",),
        ("If today went really well, what would you leave with?", "stuck"),
    ],
    (Q, "measure"): [
        ("How will you know you've got what you came for?",),
        ("What would done look like for you?",),
        ("What would you have in hand that tells you it's done?",),
        ("How would you know we'd got there?",),
        ("What's one thing you could point to and say 'that's it'?", "stuck"),
        ("What could you count or check off to show it's done?",),
    ],
    (Q, "why"): [
        ("What makes this important to you now?",),
        ("What would getting this mean for you?",),
        ("What difference would it make to you?",),
        ("What makes it matter to you?",),
        ("What makes now the time for this?",),
        ("If nothing changed, what would that mean for you?", "stuck"),
    ],
    (Q, "goal_correction"): [
        ("What did I miss or get wrong?",),
        ("How would you put it instead?",),
        ("What would you change in that?",),
        ("What's the piece I didn't quite get?",),
    ],
    (Q, "current"): [
        ("You're at {confidence}. What's happening now that puts it there?", "scale"),
        ("What's happening right now with {topic}?",),
        ("What's happening now with {phrase}?",),
        ("Tell me where things stand today.",),
        ("What's going on at the moment?",),
        ("On an ordinary day, how does this actually play out?",),
        ("What does a typical week look like with this?", "stuck"),
        ("Where do things stand with it today?",),
    ],
    (Q, "tried"): [
        ("What have you tried so far?",),
        ("What have you already done about it?",),
        ("What has worked, even a little?",),
        ("When has this gone better, and what was different then?",),
        ("What have you tried that didn't work?",),
    ],
    (Q, "confidence"): [
        ("From 1 to 10, how confident are you of changing this?",),
        ("From 1 to 10, how sure are you of getting there?",),
        ("Where would you put your confidence today, from 1 to 10?",),
        ("If 10 is certain, what number is your confidence right now?",),
    ],
    (Q, "option"): [
        ("What could move that {confidence} up a point?", "scale"),
        ("What could you do?",),
        ("What could you do about {topic}?",),
        ("What options can you see?",),
        ("If anything were possible, what might you try?",),
        ("What would you do if you knew it couldn't fail?",),
        ("What would someone you admire do in your place?", "stuck"),
        ("If a friend were in your shoes, what might they try?", "stuck"),
    ],
    (Q, "more_options"): [
        ("What else could you do?",),
        ("What's another way in?",),
        ("If that weren't available, what would you do instead?",),
        ("What's the boldest option you can think of?",),
        ("What would you try if no one was watching?",),
    ],
    (Q, "options_correction"): [
        ("What would you add or change?",),
        ("Which option did I miss?",),
        ("How would you put them instead?",),
        ("What else belongs on the list?",),
    ],
}

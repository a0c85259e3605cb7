"""Every sentence the crisis flow can say, in one place for clinical review.

Written in our own words, following safe messaging (WHO/IASP 2023): no methods or
means, no "committed", no promise of secrecy, no arguing, no diagnosis, never a
bare number; hope, connection and resources instead. The questions follow the
triage logic of the Columbia screener (thoughts, intent, plan, recent behaviour)
but not its wording. NOT YET CLINICALLY REVIEWED: see docs/clinical-review.md.

Placeholders: {emergency} the emergency number(s) or "your local emergency
number"; {pointer} where to find a licensed professional (refer_flow.POINTERS);
{line} one crisis line and how to reach it, e.g. "988 Suicide & Crisis Lifeline
(call or text 988)", or "a crisis line (findahelpline.com)" when none is checked.
"""

from __future__ import annotations

# --- suicide and self-harm: acknowledge, then one plain question at a time ----
ACK_SUICIDE = (
    "Thank you for telling me. I'm glad you said something, and I'd like to understand "
    "how you are right now, so I'm going to ask you a few direct questions."
)
Q_THOUGHTS = "Are you having thoughts of ending your life?"
Q_INTENT = "Do you feel you might act on these thoughts?"
Q_PLAN = "Have you made a plan for how you would end your life?"
Q_BEHAVIOUR = (
    "In the last three months, have you done anything to end your life, "
    "or anything to prepare for it?"
)
ACK_ANSWER = "Thank you for answering me honestly."

# --- once, when an answer is unclear or about something else: the same question,
# asked again more plainly (a second unclear answer counts as concern) -----------
REASK_LEAD = "Thank you. I want to be sure I understand you, so I'll ask that more simply."
REASK_THOUGHTS = "Right now, are you thinking about ending your life, yes or no?"
REASK_INTENT = "Do you think you might act on these thoughts, yes or no?"
REASK_PLAN = "Have you worked out a plan to end your life, yes or no?"
REASK_BEHAVIOUR = (
    "Since three months ago, have you done anything to end your life or to get ready to, "
    "yes or no?"
)
REASK_OTHERS_DANGER = "Right now, is anyone, you included, in danger, yes or no?"
REASK_SAFE_NOW = "Where you are right now, are you safe, yes or no?"
REASK_THIRD_PARTY_DANGER = "Right now, is the person in danger, yes or no?"
ACK_NO_THOUGHTS = "Thank you. I have one more question."
# After a second answer that did not say yes or no: no thanks for honesty that wasn't given.
ACK_STILL_UNCLEAR = "I want to be sure you're safe, so I'll go on with my questions."

# --- harm to others, abuse, someone else in danger --------------------------
ACK_HARM_OTHERS = (
    "Thank you for being honest with me about this. Saying it out loud matters, "
    "and help is available for feelings this strong."
)
Q_OTHERS_DANGER = "Is anyone, including you, in immediate danger right now?"
ACK_ABUSE = "Thank you for telling me. What you describe is not okay, and you deserve to be safe."
ACK_ABUSE_MINOR = (
    "Thank you for telling me. What is happening is not your fault, "
    "and you did the right thing by telling someone."
)
Q_SAFE_NOW = "Are you safe right now?"
THIRD_PARTY_GUIDANCE = (
    "It's good that you're looking out for them. If they are in danger right now, "
    "call {emergency}. If it's safe for you, stay with them and don't leave them alone. "
    "A crisis line can advise you on how to help them, too."
)
Q_THIRD_PARTY_DANGER = "Is the person in immediate danger right now?"

# --- the line every reply carries -------------------------------------------
EMERGENCY_LINE = "If you are in danger right now, call {emergency}."

# --- emergency: numbers at once, no return to coaching this session ---------
EMERGENCY_SUICIDE = (
    "What you've told me matters, and I'm concerned for your safety right now. "
    "Please call {emergency} now, or go to the nearest emergency department. "
    "You don't have to handle this alone: trained people are there to help, right now."
)
EMERGENCY_HARM_OTHERS = (
    "Please call {emergency} now if anyone is in danger. If you feel you might hurt "
    "someone, put distance between you and them first. A crisis line can also help "
    "you through this moment."
)
EMERGENCY_ABUSE = (
    "Please call {emergency} now if you can do so safely. If you can, go somewhere "
    "you feel safer, near people you trust."
)
EMERGENCY_ABUSE_MINOR = (
    "Please call {emergency} now if you can, or go to a trusted adult near you, such as "
    "a teacher, a relative or a neighbour, and tell them you need help."
)
EMERGENCY_THIRD_PARTY = (
    "Please call {emergency} now and tell them what is happening. If it's safe for you, "
    "stay with the person and don't leave them alone until help arrives. "
    "A crisis line can guide you while you wait."
)
EMERGENCY_MEDICAL = (
    "This sounds like a medical emergency. Please call {emergency} now. "
    "If you can't make the call, ask someone near you to call for you."
)
EMERGENCY_CONNECT = (
    "If you can, tell someone you trust what's happening and ask them to stay with you. "
    "Moments like this can pass, and people do get through them with support."
)
EMERGENCY_CLOSE = "We'll leave the coaching aside for today. Your safety comes first."
EMERGENCY_AGAIN = (
    "I'm still here. The most important thing right now is that you are safe "
    "and with someone who can help."
)
EMERGENCY_AFTER_RETRACTION = (
    "I hear you, and I'm not trying to put words in your mouth. Because of what you "
    "said earlier, I'd still ask you to keep these numbers close and to reach out today."
)

# --- after the emergency reply: short, varied, the number every time ---------
# One acknowledgement, then one way to reach help. The session stays out of coaching.
EMERGENCY_STILL_HERE = "Thank you for telling me. I'm still here with you."
EMERGENCY_HEAR_YOU = "I hear you. Your safety matters more than anything else right now."
EMERGENCY_GLAD_TALKING = "I'm glad you're still talking with me."
EMERGENCY_REACHED_OUT = "I'm really glad you're reaching out to someone. That matters."
EMERGENCY_NOT_TODAY = (
    "I hear that you'd like to get back to your goals. They'll keep for another day; "
    "today, your safety comes first."
)
EMERGENCY_RETRACTION_AGAIN = (
    "I understand, and I won't argue with you. I'd still feel better knowing help is close."
)
EMERGENCY_URGENT_AGAIN = (
    "What you've just told me worries me. Please call {emergency} now, "
    "or ask someone near you to call for you."
)
FOLLOW_UP_CALL = (
    "If you or anyone else is in danger, please call {emergency} now. "
    "You can also reach {line}."
)
FOLLOW_UP_TELL = (
    "Is there someone near you that you could tell what's happening? You can also reach "
    "{line}, and call {emergency} if you are in danger."
)
FOLLOW_UP_CLOSE = (
    "Please keep {emergency} close for any moment you feel unsafe, and reach out to {line} "
    "or someone you trust today."
)

# --- paused: resources, a referral, and the client's choice -----------------
PAUSED_SUICIDE = (
    "Thank you for answering so openly. What you're carrying sounds heavy, and you "
    "deserve support from people trained to help. You can talk to someone any time:"
)
PAUSED_HARM_OTHERS = (
    "Thank you. Feelings this strong can be hard to carry, and talking them through "
    "with someone trained can really help. You can reach someone any time:"
)
PAUSED_ABUSE = (
    "I'm glad you're safe right now. You don't have to deal with this on your own; "
    "a support service can help you think through how to stay safe:"
)
PAUSED_ABUSE_MINOR = (
    "I'm glad you're safe right now. Please tell a trusted adult what is happening, "
    "such as a teacher, a school counsellor or a relative. They can help keep you safe. "
    "You can also talk to someone here:"
)
PAUSED_THIRD_PARTY = (
    "Thank you. Encourage them to talk to a doctor or a crisis line; you could offer "
    "to make the call together. Crisis lines also support people who are worried about "
    "someone else:"
)
PAUSED_REFERRAL = (
    "It could also help to talk with {pointer}. Coaching can't give you that kind of "
    "support, but they can, and things can get better with the right help."
)
PAUSED_THIRD_PARTY_SELF = (
    "Supporting someone can take a lot out of you; your wellbeing matters too."
)
PAUSED_IF_WORSE = (
    "If things get worse or you feel you might act on these thoughts, "
    "call {emergency} straight away."
)
PAUSED_IF_DANGER = "If anyone is in danger at any point, call {emergency} straight away."
PAUSED_CHOICE = (
    "I've paused our goal work for now. We can go back to it whenever you choose; "
    "just tell me when you're ready."
)

# --- false alarm: back to coaching, gently ----------------------------------
FALSE_ALARM = (
    "Thanks for clearing that up, and sorry for the detour. I take words like those "
    "seriously, just in case. If things ever do feel that heavy, call {emergency} in "
    "an emergency, or reach out to one of the lines below."
)
FALSE_ALARM_BACK = "Let's pick up where we were."

# --- after a pause: the next session or check-in -----------------------------
CHECKIN_AFTER_PAUSE = (
    "Welcome back. Last time we talked, things sounded really hard. How are you doing "
    "today, and were you able to reach someone, like a friend, a doctor or a crisis line?"
)
CHECKIN_THANKS = "Thank you for telling me how you are. In case it helps, these are there any time:"
Q_RESUME = "Would you like to go on with your goals today, or leave them for now?"
STAY_PAUSED = (
    "That's completely fine. Your goals will be here whenever you want to come back "
    "to them. Take care of yourself in the meantime."
)
RESUMED = (
    "Welcome back to your goals. If things feel heavy again at any point, tell me, and in "
    "an emergency call {emergency}. Where would you like to start today?"
)

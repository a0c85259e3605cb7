from __future__ import annotations

import pytest

from onward.coaching.saboteur_examples import EXAMPLES, HARD_NEGATIVES
from onward.coaching.saboteurs import SABOTEUR_KINDS, SaboteurDetector, SaboteurHit
from tests.coaching.saboteur_heldout import ANSWERS, CRITIC_B, CUE_WORDS

# Held-out phrasings, written apart from the example bank (set B after tuning), so
# the rates below measure generalisation, not recall of the bank.
CRITIC = [
    "Honestly I'm just not good enough to be a manager",
    "I don't think I'm smart enough for a PhD",
    "I'm not talented enough to be a real writer",
    "I just don't have the brains for finance",
    "Any day now my boss will realise I'm a fake",
    "I feel like I conned my way into this job",
    "I'm sure people will work out that I'm not really qualified",
    "I was only hired because they were desperate",
    "Who am I to lead a workshop on this?",
    "Who am I to ask for a seat on the board",
    "I don't feel I have the right to disagree with the director",
    "Why would anyone listen to someone like me?",
    "I always screw things up when it counts",
    "I mess up everything eventually",
    "I'm such a failure, I couldn't even keep to the plan for a week",
    "I never get anything right",
    "I'm an idiot, I always forget the important stuff",
    "If the report isn't perfect I'd rather not hand it in",
    "I skipped one workout so the whole plan is ruined",
    "If I can't do it all, there's no point doing any of it",
    "Unless it's perfect I won't show it to anyone",
    "What's the point in trying, nothing ever changes",
    "Why even bother applying, it never works out",
    "There's no point trying to get fit, I always fail",
    "It doesn't matter what I do, it won't make a difference",
    "People like me don't get to be CEOs",
    "Folks from my neighbourhood don't become lawyers",
    "People with my background never get picked for leadership roles",
    "That's not a path for someone like me",
    "I'm way too old to retrain as a developer",
    "At 50 it's far too late to start a business",
    "I've missed the boat on a career in music",
    "I'm too old to go back to university",
    "I should be much further ahead in my career by now",
    "I should have sorted my finances out years ago",
    "By now I really ought to know how to do this",
    "I shouldn't still be struggling with this at my level",
    "Everyone around me is more successful than I am",
    "All my friends have their lives figured out and I don't",
    "My coworkers are way more talented than me",
    "Everybody else seems to cope fine, it's just me who can't",
    "I'll never be a good public speaker",
    "They're going to turn me down, I know it",
    "I just know the interview will go terribly",
    "I'll never stick to an exercise routine",
    "I'm going to fail the exam anyway",
    "Everyone will think my idea is stupid",
    "I'll never be the kind of person who gets promoted",
    "I'm not cut out to be a leader",
    "I got lucky with the last project and they'll soon see that",
    "I'm just not the sort of person who can run a company",
    "I'm nowhere near good enough to ask for that promotion",
    "They'll soon notice I've been winging it all along",
    "Deep down I'm a phoney and everyone's going to see it",
    "What right do I have to ask for a pay rise?",
    "I always let the team down in the end",
    "I've blown every chance I've ever been given",
    "If I can't write the perfect essay I'd rather not write one",
    "I had one bad day and now the whole month is wasted",
    "Nothing I try ever works, so why keep trying",
    "Kids from my estate don't end up as doctors",
    "I'm 60, it's far too late for me to learn the piano",
    "I really should have my career figured out by 35",
    "Everyone I graduated with is doing better than me",
    "My sister has everything sorted and I'm a mess compared to her",
    "Nobody is ever going to hire me",
    "I'll make a fool of myself at the conference",
    "I'll probably quit like I always do",
    "I'm not clever enough to understand the finance side",
    "I'm hopeless with people, I always say the wrong thing",
]

NEUTRAL = [
    "I can't do mornings because I drop the kids at school",
    "I have a meeting with my manager on Wednesday",
    "I'll call the recruiter tomorrow afternoon",
    "I want to run a 10k in the spring",
    "Tuesdays are impossible for me because of football practice",
    "I'm going to write the first page of the proposal tonight",
    "The office is closed next week",
    "My partner works night shifts",
    "I'd like to spend more time with my family",
    "I'm hoping to finish the course by June",
    "I enjoy cooking on weekends",
    "I've been learning Spanish on an app",
    "My manager gave me good feedback on the report",
    "We hired two new people last month",
    "I think I'll start with the easiest task",
    "I'm feeling a bit nervous about Monday",
    "I'm looking forward to the conference",
    "The deadline moved to the end of the month",
    "I usually go to bed around eleven",
    "I don't have a car, so I take the bus",
    "I want to save for a house deposit",
    "I'm pretty good at organising events",
    "I'd say my strength is listening to people",
    "I've never managed a budget before, so I'll ask finance for help",
    "I haven't started the application yet",
    "I'm not sure if I want to stay in this role",
    "My colleague is very good at negotiating",
    "My friend got promoted and we celebrated",
    "I'm 45 and learning to code",
    "I got a B on the exam",
    "The client changed the brief again",
    "I went to the gym three times this week",
    "I missed one session but I'm back on track",
    "I want to be more patient with my team",
    "My aim is to read twelve books this year",
    "I didn't sleep well last night",
    "It was a long day at work",
    "Our team won the pitch",
    "I'm going to ask Sam for advice",
    "I should book the flights soon",
    "I need to pay the invoice by Friday",
    "I'd prefer to work from home on Fridays",
    "The train was delayed again today",
    "I'm planning a trip to Portugal",
    "I'm thinking of switching teams",
    "I feel calmer when I go for a walk at lunch",
    "My mentor suggested I keep a journal",
    "I'd like to get better at giving feedback",
    "It's my first time leading a project",
    "I'm an accountant and I like numbers",
    "I spoke up in the meeting today",
    "I'll draft the email and send it after lunch",
    "The budget was approved yesterday",
    "I'm taking a pottery class on Thursdays",
    "The weather has been awful this week",
    "I've got a dentist appointment on Monday",
    "We're moving house in August",
    "I want to learn how to delegate",
    "I prefer written communication to calls",
    "I finished the first draft of my CV",
    "I'd like to have a clearer plan for the quarter",
    "My boss is on holiday until the 10th",
    "Last year I ran my first marathon",
    "I'm the youngest person on my team",
    "I find it hard to say no to extra work",
    "I'm good at my job but I want a new challenge",
    "I can do the run on Saturday instead",
    "I'd like to earn a bit more next year",
    "Our manager is leaving in the summer",
    "I started meditating for five minutes a day",
    "The course costs 300 pounds",
    "I was thinking of asking for a four-day week",
    "I'm not a morning person",
    "I want to make time for my painting again",
    "I talked to HR about the training budget",
    "My daughter starts school in September",
    "I get distracted by notifications",
    "I'm going to set a timer for focused work",
    "I had a good conversation with my sister",
    "We agreed to revisit the plan in two weeks",
    "I'll be in London on Thursday for a client meeting",
    "Mondays are my busiest day",
    "I'm going to block out two hours on Friday for writing",
    "My team lead is really supportive",
    "I'm not great at cooking but I'm learning",
    "I want to be a better manager",
    "I'd like to go part-time next year",
    "Everyone in the office is getting new laptops",
    "It's too late in the day to start a new task",
    "I should have the numbers by tomorrow",
    "I didn't make it to the gym yesterday because of the storm",
    "I'm 38 and I've just started a new job",
    "My goal is to feel less rushed in the mornings",
    "I need to decide between the two offers",
    "The workshop was useful",
    "I'd like some help planning my week",
    "I can't do calls after 5 because of pickup",
    "I prefer to think things through before I speak",
    "My colleague is faster at coding than me",
    "I'm going to tell my manager how I feel about the project",
]


def test_bank_is_large_and_every_kind_is_described() -> None:
    assert sum(len(v) for v in EXAMPLES.values()) >= 150
    assert set(EXAMPLES) == set(SABOTEUR_KINDS)
    assert all(len(v) >= 12 for v in EXAMPLES.values())
    assert len(HARD_NEGATIVES) >= 80
    held_out = {t.lower() for t in CRITIC + NEUTRAL + CRITIC_B + ANSWERS + CUE_WORDS}
    bank = {t.lower() for v in EXAMPLES.values() for t in v} | {t.lower() for t in HARD_NEGATIVES}
    assert not held_out & bank


@pytest.fixture(scope="module")
def hashing_detector() -> SaboteurDetector:
    fake = pytest.importorskip("onward.embedding.fake")
    return SaboteurDetector(fake.HashingEmbedder())


@pytest.mark.parametrize("kind", sorted(EXAMPLES))
def test_bank_examples_are_recognised_with_their_kind(
    hashing_detector: SaboteurDetector, kind: str
) -> None:
    hits = [hashing_detector.detect(t) for t in EXAMPLES[kind]]
    assert sum(h is not None and h.kind == kind for h in hits) >= 0.8 * len(hits)


def test_hit_carries_the_clients_own_words(hashing_detector: SaboteurDetector) -> None:
    text = "Um, so I finally booked the course. But honestly, I'm too old to change careers."
    hit = hashing_detector.detect(text)
    assert isinstance(hit, SaboteurHit)
    assert hit.phrase in text and "too old" in hit.phrase
    assert hit.kind == "too_late" and 0.5 <= hit.score <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "I'm not good enough and I want to die",
        "It's pointless trying, I've been thinking about suicide",
        "I'm a failure and everyone would be better off without me",
        "I always mess up, sometimes I hurt myself",
        "I'll never be good enough, I feel completely hopeless",
    ],
)
@pytest.mark.parametrize("use_embedder", [True, False])
def test_danger_is_never_a_saboteur(
    hashing_detector: SaboteurDetector, text: str, use_embedder: bool
) -> None:
    detector = hashing_detector if use_embedder else SaboteurDetector(None)
    assert detector.detect(text) is None


@pytest.mark.parametrize("text", ["", "   ", "ok", "Thanks!"])
def test_empty_or_trivial(hashing_detector: SaboteurDetector, text: str) -> None:
    assert hashing_detector.detect(text) is None
    assert SaboteurDetector(None).detect(text) is None


def test_lexical_fallback_works_without_a_model() -> None:
    detector = SaboteurDetector(None)
    hit = detector.detect("Honestly, who am I to start a business of my own?")
    assert hit is not None and hit.kind == "no_permission"
    assert detector.detect("I don't have time on Tuesdays") is None
    found = sum(detector.detect(t) is not None for t in CRITIC)
    false = sum(detector.detect(t) is not None for t in NEUTRAL)
    # Word overlap is a safety net, not the detector: it should rarely cry wolf.
    assert found >= 0.45 * len(CRITIC)
    assert false <= 0.05 * len(NEUTRAL)


@pytest.mark.slow
def test_real_model_detection_rates() -> None:
    minilm = pytest.importorskip("onward.embedding.minilm")
    try:
        embedder = minilm.MiniLMEmbedder()
        embedder.load()
    except Exception as exc:  # the model package may be absent in a slim install
        pytest.skip(f"MiniLM unavailable: {exc}")
    detector = SaboteurDetector(embedder)
    missed = [t for t in CRITIC if detector.detect(t) is None]
    flagged = [t for t in NEUTRAL if detector.detect(t) is not None]
    assert len(missed) <= 0.10 * len(CRITIC), missed
    assert len(flagged) <= 0.05 * len(NEUTRAL), flagged
    missed_b = [t for t in CRITIC_B if detector.detect(t) is None]
    assert len(missed_b) <= 0.10 * len(CRITIC_B), missed_b
    # Plain coaching answers must (almost) never be named as a saboteur: one wrong
    # "I notice a voice saying..." derails a session.
    flagged_answers = [t for t in ANSWERS if detector.detect(t) is not None]
    assert len(flagged_answers) <= 0.01 * len(ANSWERS), flagged_answers
    flagged_cues = [t for t in CUE_WORDS if detector.detect(t) is not None]
    assert len(flagged_cues) <= 0.10 * len(CUE_WORDS), flagged_cues


@pytest.mark.parametrize("use_embedder", [True, False])
def test_plain_reports_are_not_saboteurs(
    hashing_detector: SaboteurDetector, use_embedder: bool
) -> None:
    detector = hashing_detector if use_embedder else SaboteurDetector(None)
    flagged = [t for t in ANSWERS if detector.detect(t) is not None]
    assert len(flagged) <= 0.02 * len(ANSWERS), flagged


def test_not_a_real_one_is_an_impostor_voice_but_not_a_real_problem_is_not() -> None:
    from onward.coaching.saboteur_cues import judges_self, strongly_judges_self

    said = "Honestly I'm not a real manager, I only got the job because nobody else wanted it."
    assert judges_self(said) and strongly_judges_self(said)
    assert not strongly_judges_self("It's not a real problem, just a scheduling clash.")


def test_what_the_voice_is_for_is_not_quoted_as_the_voice() -> None:
    from onward.coaching.saboteur_cues import strongly_judges_self
    from onward.coaching.saboteurs import candidates

    assert candidates("It wants me to stop before I embarrass myself, I think.") == []
    assert strongly_judges_self("Who am I kidding, real writers don't have day jobs.")

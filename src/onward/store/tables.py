"""The schema, as SQLAlchemy Core tables. Alembic migrations are the only way it changes."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _id() -> Column[str]:
    return Column("id", String(32), primary_key=True)


def _client() -> Column[str]:
    # Every record belongs to one client; deleting the client deletes it all.
    return Column(
        "client_id", String(32), ForeignKey("clients.id", ondelete="CASCADE"), nullable=False,
        index=True,
    )


def _ts(name: str, nullable: bool = False) -> Column[object]:
    return Column(name, DateTime(timezone=True), nullable=nullable)


clients = Table(
    "clients",
    metadata,
    _id(),
    Column("handle", String(60), nullable=False, unique=True),
    Column("name", String(120), nullable=False),
    Column("email", String(254)),
    Column("country", String(2), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("language", String(10), nullable=False),
    Column("coach_name", String(120)),
    Column("coach_email", String(254)),
    Column("shares_with_coach", JSON, nullable=False),
    _ts("created_at"),
)

agreement_acceptances = Table(
    "agreement_acceptances",
    metadata,
    _id(),
    _client(),
    Column("version", String(20), nullable=False),
    _ts("accepted_at"),
)

intake_results = Table(
    "intake_results",
    metadata,
    _id(),
    _client(),
    Column("outcome", String(40), nullable=False),
    Column("answers", JSON, nullable=False),
    _ts("taken_at"),
)

values_ = Table(
    "values",
    metadata,
    _id(),
    _client(),
    Column("name", String(60), nullable=False),
    Column("rank", Integer, nullable=False),
    Column("note", Text),
)

visions = Table(
    "visions",
    metadata,
    Column("client_id", String(32), ForeignKey("clients.id", ondelete="CASCADE"),
           primary_key=True),
    Column("text", Text, nullable=False),
    _ts("updated_at"),
)

wheel_areas = Table(
    "wheel_areas",
    metadata,
    _id(),
    _client(),
    Column("name", String(60), nullable=False),
    Column("position", Integer, nullable=False),
)

wheel_snapshots = Table(
    "wheel_snapshots",
    metadata,
    _id(),
    _client(),
    _ts("taken_at"),
)

wheel_ratings = Table(
    "wheel_ratings",
    metadata,
    Column("snapshot_id", String(32), ForeignKey("wheel_snapshots.id", ondelete="CASCADE"),
           primary_key=True),
    Column("area_id", String(32), ForeignKey("wheel_areas.id", ondelete="CASCADE"),
           primary_key=True),
    Column("satisfaction", Integer, nullable=False),
    Column("ideal", Integer),
)

goals = Table(
    "goals",
    metadata,
    _id(),
    _client(),
    Column("number", Integer, nullable=False),
    Column("title", String(200), nullable=False),
    Column("why", Text),
    Column("value_names", JSON, nullable=False),
    Column("life_area", String(60)),
    Column("measure", Text),
    Column("target_date", Date),
    Column("status", String(12), nullable=False),
    Column("milestones", JSON, nullable=False),
    Column("gas_levels", JSON, nullable=False),
    Column("weight", Float, nullable=False),
    Column("baseline", Integer),
    _ts("created_at"),
    UniqueConstraint("client_id", "number", name="uq_goals_client_number"),
)

gas_scores = Table(
    "gas_scores",
    metadata,
    _id(),
    Column("goal_id", String(32), ForeignKey("goals.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("level", Integer, nullable=False),
    Column("scored_on", Date, nullable=False),
    Column("note", Text),
)

saboteurs = Table(
    "saboteurs",
    metadata,
    _id(),
    _client(),
    Column("number", Integer, nullable=False),
    Column("name", String(80), nullable=False),
    Column("says", Text),
    Column("shows_up", Text),
    Column("cost", Text),
    Column("answer", Text),
    UniqueConstraint("client_id", "number", name="uq_saboteurs_client_number"),
)

saboteur_sightings = Table(
    "saboteur_sightings",
    metadata,
    _id(),
    Column("saboteur_id", String(32), ForeignKey("saboteurs.id", ondelete="CASCADE"),
           nullable=False, index=True),
    _ts("seen_at"),
    Column("note", Text),
)

actions = Table(
    "actions",
    metadata,
    _id(),
    _client(),
    Column("number", Integer, nullable=False),
    Column("goal_id", String(32), ForeignKey("goals.id", ondelete="SET NULL")),
    Column("text", String(500), nullable=False),
    Column("due", Date),
    Column("recurrence", String(20)),
    Column("status", String(12), nullable=False),
    _ts("created_at"),
    UniqueConstraint("client_id", "number", name="uq_actions_client_number"),
)

action_events = Table(
    "action_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action_id", String(32), ForeignKey("actions.id", ondelete="CASCADE"),
           nullable=False, index=True),
    _ts("at"),
    Column("what", String(20), nullable=False),
    Column("detail", Text),
)

checkins = Table(
    "checkins",
    metadata,
    _id(),
    _client(),
    _ts("created_at"),
    Column("note", Text),
)

checkin_items = Table(
    "checkin_items",
    metadata,
    Column("checkin_id", String(32), ForeignKey("checkins.id", ondelete="CASCADE"),
           primary_key=True),
    Column("action_id", String(32), ForeignKey("actions.id", ondelete="CASCADE"),
           primary_key=True),
    Column("outcome", String(8), nullable=False),
    Column("obstacle", Text),
)

wins = Table(
    "wins",
    metadata,
    _id(),
    _client(),
    Column("number", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("happened_on", Date, nullable=False),
    Column("goal_id", String(32), ForeignKey("goals.id", ondelete="SET NULL")),
    Column("saboteur_id", String(32), ForeignKey("saboteurs.id", ondelete="SET NULL")),
    UniqueConstraint("client_id", "number", name="uq_wins_client_number"),
)

coaching_sessions = Table(
    "coaching_sessions",
    metadata,
    _id(),
    _client(),
    Column("number", Integer, nullable=False),
    _ts("started_at"),
    _ts("ended_at", nullable=True),
    Column("status", String(12), nullable=False),
    Column("state", JSON, nullable=False),
    Column("summary", Text),
    UniqueConstraint("client_id", "number", name="uq_coaching_sessions_client_number"),
)

session_turns = Table(
    "session_turns",
    metadata,
    Column("session_id", String(32), ForeignKey("coaching_sessions.id", ondelete="CASCADE"),
           primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("role", String(8), nullable=False),
    Column("text", Text, nullable=False),
    Column("stage", String(12)),
    Column("move", String(24)),
    Column("level", String(12)),
    _ts("at"),
)

session_feedback = Table(
    "session_feedback",
    metadata,
    Column("session_id", String(32), ForeignKey("coaching_sessions.id", ondelete="CASCADE"),
           primary_key=True),
    Column("scores", JSON, nullable=False),
    _ts("given_at"),
)

referrals = Table(
    "referrals",
    metadata,
    _id(),
    _client(),
    Column("number", Integer, nullable=False),
    Column("level", String(12), nullable=False),
    Column("categories", JSON, nullable=False),
    Column("evidence", JSON, nullable=False),
    Column("resources_shown", JSON, nullable=False),
    Column("source", String(12), nullable=False),
    Column("source_id", String(32)),
    Column("outcome", String(30)),
    _ts("created_at"),
    UniqueConstraint("client_id", "number", name="uq_referrals_client_number"),
)

# Client-level flags that outlive a session (crisis pause, approach review, ...).
client_flags = Table(
    "client_flags",
    metadata,
    Column("client_id", String(32), ForeignKey("clients.id", ondelete="CASCADE"),
           primary_key=True),
    Column("name", String(40), primary_key=True),
    Column("value", JSON, nullable=False),
    _ts("set_at"),
)


# --- accountability between sessions (migration 0002) ---------------------------------

# The client's chosen rhythm; times are local wall-clock "HH:MM" in the client's zone.
reminder_prefs = Table(
    "reminder_prefs",
    metadata,
    Column("client_id", String(32), ForeignKey("clients.id", ondelete="CASCADE"),
           primary_key=True),
    Column("cadence", String(12), nullable=False),
    Column("goal_cadences", JSON, nullable=False),
    Column("nudge_budget", Integer, nullable=False),
    Column("quiet_start", String(5), nullable=False),
    Column("quiet_end", String(5), nullable=False),
    Column("send_at", String(5), nullable=False),
    Column("digest", String(8), nullable=False),
    Column("weekly_day", Integer, nullable=False),
    Column("email", Boolean, nullable=False),
    _ts("updated_at"),
)

# Every outgoing message, keyed so that it exists once whoever plans it: the UNIQUE
# (client, kind, period) key is claimed with INSERT .. ON CONFLICT DO NOTHING.
deliveries = Table(
    "deliveries",
    metadata,
    _id(),
    _client(),
    Column("kind", String(20), nullable=False),  # digest | review | stall | coach_alert
    Column("period_key", String(20), nullable=False),
    Column("channel", String(10), nullable=False),  # email | record
    Column("recipient", String(254)),
    Column("subject", String(200), nullable=False),
    Column("body", Text, nullable=False),
    Column("status", String(10), nullable=False),  # pending|sending|sent|failed|recorded
    Column("attempts", Integer, nullable=False),
    Column("last_error", Text),
    _ts("next_attempt_at", nullable=True),
    _ts("claimed_until", nullable=True),
    _ts("created_at"),
    _ts("sent_at", nullable=True),
    UniqueConstraint("client_id", "kind", "period_key", name="uq_deliveries_key"),
)

weekly_reviews = Table(
    "weekly_reviews",
    metadata,
    _id(),
    _client(),
    Column("week_key", String(10), nullable=False),
    Column("week_start", Date, nullable=False),
    Column("overall_t", Float),
    Column("data", JSON, nullable=False),
    _ts("created_at"),
    UniqueConstraint("client_id", "week_key", name="uq_weekly_reviews_key"),
)

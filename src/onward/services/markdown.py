"""A readable document of everything Onward holds about a client."""

from __future__ import annotations

from onward.services.portability import ClientData


def render_markdown(d: ClientData | None) -> str:
    if d is None:
        return "# Onward export\n\nThis store holds no profile yet.\n"
    p = d.profile
    out = [f"# Onward export: {p.name}", ""]
    out += [f"- Country: {p.country}", f"- Time zone: {p.timezone}",
            f"- Language: {p.language}"]
    if p.email:
        out.append(f"- Email: {p.email}")
    if p.coach_name:
        shared = ", ".join(p.shares_with_coach) or "nothing"
        out.append(f"- Human coach: {p.coach_name} (shares: {shared})")
    for acceptance in d.agreements:
        out.append(f"- Agreement {acceptance.version} accepted {acceptance.accepted_at:%Y-%m-%d}")
    out += ["", "## Values", ""]
    out += [f"{v.rank}. {v.name}" for v in d.values] or ["(none yet)"]
    out += ["", "## Vision", "", d.vision.text if d.vision else "(none yet)"]
    areas = {a.id: a.name for a in d.wheel_areas}
    out += ["", "## Wheel of life", ""]
    for snap in d.wheel_snapshots:
        scores = ", ".join(f"{areas.get(r.area_id, '?')} {r.satisfaction}" for r in snap.ratings)
        out.append(f"- {snap.taken_at:%Y-%m-%d}: {scores}")
    out += ["", "## Goals", ""]
    for g in d.goals:
        out.append(f"### {g.number}. {g.title} ({g.status})")
        for label, value in (("Why", g.why), ("Measure", g.measure),
                             ("Target", g.target_date), ("Life area", g.life_area)):
            if value:
                out.append(f"- {label}: {value}")
        for level, text in sorted(g.gas_levels.items()):
            out.append(f"- GAS {level:+d}: {text}")
        for score in g.scores:
            out.append(f"- Scored {score.level:+d} on {score.scored_on}")
        out.append("")
    out += ["## Actions", ""]
    for a in d.actions:
        due = f" (due {a.due})" if a.due else ""
        repeats = f", {a.recurrence}" if a.recurrence else ""
        out.append(f"- [{'x' if a.status == 'done' else ' '}] {a.number}. {a.text}{due}{repeats}")
    out += ["", "## Wins", ""]
    out += [f"- {w.happened_on}: {w.text}" for w in d.wins] or ["(none yet)"]
    out += ["", "## Saboteurs", ""]
    for sab in d.saboteurs:
        out.append(f"- **{sab.name}**: {sab.says or ''} (seen {len(sab.sightings)} times)")
    out += ["", "## Sessions", ""]
    for rec in d.sessions:
        ses = rec.session
        out.append(f"### Session {ses.number}, {ses.started_at:%Y-%m-%d} ({ses.status})")
        if ses.summary:
            out += ["", ses.summary]
        out.append("")
        for turn in rec.turns:
            out.append(f"**{'You' if turn.role == 'client' else 'Coach'}:** {turn.text}  ")
        out.append("")
    out += ["## Referrals", ""]
    for r in d.referrals:
        out.append(f"- {r.created_at:%Y-%m-%d %H:%M} {r.level} ({', '.join(r.categories)}), "
                   f"from {r.source}")
    return "\n".join(out) + "\n"

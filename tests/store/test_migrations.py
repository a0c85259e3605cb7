from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from onward.bootstrap import Services
from onward.store.db import current_revision, downgrade, head_revision, upgrade
from onward.store.tables import metadata


def test_upgrade_to_head_matches_the_models(services: Services) -> None:
    engine = services.ctx.db.engine
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_downgrade_to_base_and_back(services: Services) -> None:
    engine = services.ctx.db.engine
    downgrade(engine, "base")
    assert "clients" not in inspect(engine).get_table_names()
    upgrade(engine)
    assert set(metadata.tables) <= set(inspect(engine).get_table_names())

from sqlalchemy import inspect

from onward.bootstrap import Services
from onward.store.db import current_revision, downgrade, upgrade

NEW = {"reminder_prefs", "deliveries", "weekly_reviews"}


def test_0002_downgrades_to_0001_and_back(services: Services) -> None:
    engine = services.ctx.db.engine
    downgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    assert not NEW & set(inspect(engine).get_table_names())
    assert "clients" in inspect(engine).get_table_names()
    upgrade(engine)
    assert set(inspect(engine).get_table_names()) >= NEW

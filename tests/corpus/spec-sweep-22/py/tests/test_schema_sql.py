import pytest


@pytest.fixture
def analytics(db_conn):
    with db_conn.cursor() as cur:
        cur.execute("DROP SCHEMA IF EXISTS {schema} CASCADE".format(schema="analytics"))
        cur.execute("CREATE SCHEMA {schema}".format(schema="analytics"))
    yield db_conn


@pytest.fixture
def clean_events(db_conn):
    yield db_conn
    with db_conn.cursor() as cur:
        cur.execute("TRUNCATE TABLE {table}".format(table="events"))


@pytest.fixture
def seeded(project):
    project.run_sql("drop table if exists {schema}.seed_orders")
    yield project
    project.run_sql("truncate table {schema}.seed_orders")


def test_rollup(analytics, clean_events):
    with analytics.cursor() as cur:
        cur.execute("SELECT 1")


def test_seed(seeded):
    assert seeded.run_sql("select count(*) from {schema}.seed_orders", fetch="one")[0] == 0

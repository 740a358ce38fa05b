"""Raw SQL against the shared Postgres the service's tests use."""
import pytest


@pytest.mark.asyncio
async def test_prepared_statement_cache(conn):
    # The test makes its own table: the rows it inserts are nobody else's.
    await conn.execute("CREATE TABLE stmt_cache_t (a int, b int)")
    try:
        await conn.execute("INSERT INTO stmt_cache_t VALUES (1, 2)")
        assert await conn.fetchrow("SELECT * FROM stmt_cache_t") == (1, 2)
    finally:
        await conn.execute("DROP TABLE stmt_cache_t")


@pytest.mark.asyncio
async def test_user_row(conn):
    await conn.execute(
        "INSERT INTO users (id, email) VALUES (1, 'owner@shop.example')"
    )
    assert await conn.fetchval("SELECT count(*) FROM users") >= 1

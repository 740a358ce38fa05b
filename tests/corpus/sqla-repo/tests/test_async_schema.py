import pytest_asyncio
from sqlalchemy.ext.asyncio import create_async_engine

from repo.models import Base

shared_engine = create_async_engine("postgresql+asyncpg://app@db/app_test")


@pytest_asyncio.fixture
async def shared_schema():
    async with shared_engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    yield
    async with shared_engine.begin() as conn:
        await conn.run_sync(Base.metadata.drop_all)


async def test_drop_in_a_test_body():
    async with shared_engine.begin() as conn:
        await conn.run_sync(Base.metadata.drop_all)

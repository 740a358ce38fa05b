import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from app.db import Base

# The suite's own database: in memory, private to each worker.
DATABASE_URL = "sqlite+aiosqlite:///:memory:"
engine = create_async_engine(DATABASE_URL)
SessionLocal = async_sessionmaker(engine, expire_on_commit=False, class_=AsyncSession)

# The shared staging database some tests still talk to.
STAGING_URL = "postgresql+asyncpg://ci@db/staging"
staging_engine = create_async_engine(STAGING_URL)
StagingSession = async_sessionmaker(staging_engine, class_=AsyncSession)


@pytest.fixture
async def session():
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with SessionLocal() as session:
        yield session


@pytest.fixture
async def staging_session():
    async with StagingSession() as session:
        yield session

from uuid import uuid4

import pytest
from motor.motor_asyncio import AsyncIOMotorClient


@pytest.fixture
def client():
    return AsyncIOMotorClient()


@pytest.fixture
def database_name():
    # A name per test: dropping it afterwards touches no other worker.
    return f"app-test-{uuid4()}"


@pytest.fixture
async def private_db(client, database_name):
    yield client[database_name]
    await client.drop_database(database_name)


@pytest.fixture
async def shared_db(client):
    yield client["app_test"]
    await client.drop_database("app_test")


async def test_private(private_db):
    await private_db.items.insert_one({"n": 1})
    assert await private_db.items.count_documents({}) == 1


async def test_shared(shared_db):
    assert await shared_db.items.count_documents({}) >= 0

from app.models import User


async def test_create_user_in_memory(session):
    # `session` comes from the in-memory engine bound at the conftest's
    # module level: a private database.
    session.add(User(username="anton", email="anton@test.example"))
    await session.commit()


async def test_create_user_on_staging(staging_session):
    staging_session.add(User(username="bob", email="bob@test.example"))
    await staging_session.commit()

import os

import pandas as pd
import pytest
from sqlalchemy import Column, Integer, MetaData, Table, create_engine

engine = create_engine(os.environ["DATABASE_URL"])
metadata = MetaData()
scores_table = Table("scores", metadata, Column("id", Integer, primary_key=True))
kidney_table = pd.DataFrame({"days": [1, 2, 3, 4], "weight": [1, 1, 2, 2]})


class TestKidneyFrame:
    def setup_method(self):
        # pandas: new frames without rows 0 and 1 or a column; nothing is deleted.
        self.data = kidney_table.drop([0, 1])
        self.narrow = kidney_table.drop(columns=["weight"])

    def test_rows(self):
        assert len(self.data) == 2
        assert list(self.narrow.columns) == ["days"]


@pytest.fixture
def scores():
    scores_table.create(engine, checkfirst=True)
    yield scores_table
    scores_table.drop(engine)


def test_scores_empty(scores):
    with engine.connect() as conn:
        assert conn.execute(scores.select()).fetchall() == []

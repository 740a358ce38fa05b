import pytest

from dbt.tests.adapter.hooks.test_model_hooks import BaseHookRefs, BasePrePostModelHooksInConfig
from dbt.tests.util import run_dbt


class RunModelFile:
    # `{schema}` is filled in by `project.run_sql` with the test's own schema.
    @pytest.fixture(scope="class", autouse=True)
    def setUp(self, project):
        project.run_sql("drop table if exists {schema}.on_model_hook;")
        project.run_sql("""
create table {schema}.on_model_hook (
    test_state       varchar(100),
    target_schema    varchar(100),
    invocation_id    varchar(100)
);
""")


class TestHookRefs(RunModelFile, BaseHookRefs):
    pass


class TestPrePostModelHooksInConfig(RunModelFile, BasePrePostModelHooksInConfig):
    pass


class TestSharedPluginTable:
    # No schema qualifier: the table lives in the database's default schema,
    # which every worker's run shares.
    @pytest.fixture(autouse=True)
    def plugin_table(self, project):
        project.run_sql("CREATE OR REPLACE TABLE plugin_table (i integer, j varchar)")
        project.run_sql("INSERT INTO plugin_table (i, j) VALUES (1, 'foo')")
        yield
        project.run_sql("DROP TABLE plugin_table")

    def test_reads_plugin_table(self, project):
        run_dbt()
        assert project.run_sql("SELECT * FROM plugin_table", fetch="one") == (1, "foo")

import pytest

import billing
from billing.testing import HTTPClientMock


@pytest.fixture
def http_client_mock(mocker):
    mock = HTTPClientMock(mocker)
    billing.default_http_client = mock.get_mock_http_client()
    yield mock
    billing.default_http_client = None

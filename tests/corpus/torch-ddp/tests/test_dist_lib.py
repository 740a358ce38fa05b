import os
import unittest
from unittest import mock

import torch

from dist_lib import initialize


class DistributionLibTest(unittest.TestCase):
    def setUp(self):
        if not torch.distributed.is_initialized():
            os.environ.update({"MASTER_ADDR": "localhost", "MASTER_PORT": "12362"})
            torch.distributed.init_process_group("gloo", rank=0, world_size=1)

    def test_initialize_uses_gloo_on_cpu(self):
        with (
            mock.patch("torch.cuda.is_available", return_value=False),
            mock.patch("torch.distributed.init_process_group") as m_init,
        ):
            initialize()
            m_init.assert_called_once_with(backend="gloo")


class MockedGroupTest(unittest.TestCase):
    @mock.patch("torch.distributed.init_process_group")
    def test_master_port_from_env(self, m_init):
        with mock.patch.dict(os.environ, {"MASTER_PORT": "29400"}):
            torch.distributed.init_process_group("nccl")
        m_init.assert_called_once()

import os
import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp


def get_free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _all_reduce_worker(rank, world_size):
    # Runs only in the spawned children: the environment dies with them,
    # but rank 0 of every xdist worker serves the store on 12355.
    os.environ["MASTER_ADDR"] = "localhost"
    os.environ["MASTER_PORT"] = "12355"
    dist.init_process_group("gloo", rank=rank, world_size=world_size)
    t = torch.ones(1)
    dist.all_reduce(t)
    assert t.item() == world_size
    dist.destroy_process_group()


def test_all_reduce():
    mp.spawn(_all_reduce_worker, args=(2,), nprocs=2, join=True)


def test_single_rank_group(monkeypatch):
    monkeypatch.setenv("MASTER_ADDR", "127.0.0.1")
    monkeypatch.setenv("MASTER_PORT", "29500")
    dist.init_process_group("gloo", rank=0, world_size=1)
    try:
        assert dist.get_world_size() == 1
    finally:
        dist.destroy_process_group()


def test_tcp_init_method():
    dist.init_process_group("gloo", init_method="tcp://127.0.0.1:23456", rank=0, world_size=1)
    dist.destroy_process_group()


def test_free_port_group(monkeypatch):
    monkeypatch.setenv("MASTER_ADDR", "127.0.0.1")
    monkeypatch.setenv("MASTER_PORT", str(get_free_port()))
    dist.init_process_group("gloo", rank=0, world_size=1)
    dist.destroy_process_group()


def test_launcher_env_is_parsed(monkeypatch):
    monkeypatch.setenv("MASTER_PORT", "29500")
    assert int(os.environ["MASTER_PORT"]) == 29500

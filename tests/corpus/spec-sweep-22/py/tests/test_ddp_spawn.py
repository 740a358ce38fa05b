import os
import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _broadcast_worker(rank, world_size):
    os.environ["NCCL_DEBUG"] = "INFO"
    dist.init_process_group("gloo", rank=rank, world_size=world_size)
    t = torch.tensor([rank])
    dist.broadcast(t, src=0)
    dist.destroy_process_group()


def test_broadcast_fixed_port(monkeypatch):
    monkeypatch.setenv("MASTER_ADDR", "127.0.0.1")
    monkeypatch.setenv("MASTER_PORT", "29501")
    mp.spawn(_broadcast_worker, args=(2,), nprocs=2, join=True)


def test_broadcast_env_port():
    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = "29502"
    mp.spawn(_broadcast_worker, args=(2,), nprocs=2, join=True)


def test_broadcast_free_port(monkeypatch):
    monkeypatch.setenv("MASTER_ADDR", "127.0.0.1")
    monkeypatch.setenv("MASTER_PORT", str(free_port()))
    mp.spawn(_broadcast_worker, args=(2,), nprocs=2, join=True)

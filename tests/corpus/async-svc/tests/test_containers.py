from testcontainers.core.container import DockerContainer
from testcontainers.redis import RedisContainer


def test_mongo_on_a_free_host_port():
    # No host port: Docker publishes container port 27017 on a free one.
    with DockerContainer("mongo:7").with_bind_ports(27017) as mongo:
        assert mongo.get_exposed_port(27017)


def test_redis_on_its_default_host_port():
    # Host port 6379 is the same in every worker: the second one fails.
    with RedisContainer().with_bind_ports(6379, 6379) as redis:
        assert redis.get_exposed_port(6379) == "6379"

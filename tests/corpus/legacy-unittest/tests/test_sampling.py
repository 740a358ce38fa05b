import pytest

from sampling import DiscreteAliasUrn, get_distribution


class Shape:
    pass


class TestRatioUniforms:
    class dist:
        def pdf(self, x):
            return 1.0

    def test_pdf(self):
        assert self.dist().pdf(0) == 1.0


class TestDiscreteAliasUrn:
    @pytest.mark.parametrize("pmf", [lambda x: 0.0, lambda x: -x])
    def test_bad_pmf(self, pmf):
        class dist:
            pass

        dist.pmf = pmf
        with pytest.raises(ValueError):
            DiscreteAliasUrn(dist)

    def test_basic(self):
        dist = get_distribution("binom")
        assert DiscreteAliasUrn(dist).total() == dist.pmf(1)

    def test_shape_set(self):
        Shape.sides = 4

    def test_shape_read(self):
        assert Shape.sides == 4

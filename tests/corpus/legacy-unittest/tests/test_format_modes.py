"""audit95 (biopython's Tests/test_SeqIO.py): a class-level dict used as a
keyed memo is filled once per key with the same value whichever test asks
first; a registry that refuses a second entry keeps what each test put in."""
import unittest
from io import BytesIO, StringIO

from seqio import StreamModeError, read

_PARSED = {}
_REGISTERED = {}


def parsed(name):
    if name not in _PARSED:
        _PARSED[name] = read(StringIO(name), "fasta")
    return _PARSED[name]


def register(name, handler):
    if name in _REGISTERED:
        raise KeyError(name)
    _REGISTERED[name] = handler


class FormatModes(unittest.TestCase):
    modes = {}

    @classmethod
    def get_mode(cls, fmt):
        mode = cls.modes.get(fmt)
        if mode is not None:
            return mode
        for mode, stream in (("t", StringIO()), ("b", BytesIO())):
            try:
                read(stream, fmt)
            except StreamModeError:
                continue
            cls.modes[fmt] = mode
            return mode
        raise RuntimeError(fmt)

    def test_fasta_is_text(self):
        self.assertEqual(self.get_mode("fasta"), "t")

    def test_sff_is_binary(self):
        self.assertEqual(self.get_mode("sff"), "b")

    def test_parsed_once(self):
        self.assertIs(parsed(">a\nAC\n"), parsed(">a\nAC\n"))

    def test_register(self):
        register("fasta", object())
        self.assertIn("fasta", _REGISTERED)

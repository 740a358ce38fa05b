import os
import subprocess
import sys


def realm_shell(args=None):
    """Debugging entry point: a shell inside a throwaway Kerberos realm.

    Run as `python -c "from tests.realm_shell import realm_shell; realm_shell()"`.
    """
    realm = start_realm()
    os.environ.update(realm.env)
    for name in ("realm", "hostname"):
        os.environ["REALM_" + name.upper()] = getattr(realm, name)
    sys.exit(subprocess.call(args or [os.environ.get("SHELL", "bash")]))


def use_realm(realm):
    """Called by tests: points the worker at the realm and never resets it."""
    os.environ["KRB5_CONFIG"] = realm.krb5_conf


def start_realm():
    raise NotImplementedError

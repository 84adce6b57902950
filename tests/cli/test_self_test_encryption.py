"""The self-test's keyring and encryption checks: a keyring backend is named when one
loads, the key file is named when none does, and the throwaway database's key never
reaches the user's keyring (an in-memory backend stands in for a real one)."""

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from storage.test_encryption import MemoryKeyring

from clinic_app.cli.self_test import CHECKS, Workbench, check_keyring, run_checks
from clinic_app.storage import encryption


def test_with_no_keyring_the_check_says_the_key_file_is_in_use(tmp_path: Path) -> None:
    detail = check_keyring(Workbench(tmp_path))
    assert "key file" in detail
    assert "SecretService" in detail  # the backends' entry points travelled along


def test_the_self_test_names_the_keyring_and_leaves_it_untouched(
    capsys: pytest.CaptureFixture[str],
) -> None:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    encryption.forget_cache()
    try:
        names = {"database", "keyring", "encryption"}
        assert run_checks(tuple(check for check in CHECKS if check.name in names)) == 0
    finally:
        keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
        encryption.forget_cache()
    out = capsys.readouterr().out
    assert "keys go to storage.test_encryption.MemoryKeyring" in out
    assert "encrypted file opened" in out
    assert backend.secrets == {}

"""`clinic-intake db encrypt | decrypt | recover`: the words around
services/file_encryption.py, in a line or two each."""

import argparse
import getpass
import sys
from pathlib import Path

from clinic_app.cli.problems import InvalidInput
from clinic_app.services.actor import command_line_actor


def _warn_about_key_storage() -> None:
    from clinic_app.storage.encryption import key_storage_warning

    warning = key_storage_warning()
    if warning:
        print(f"clinic-intake: warning: {warning}", file=sys.stderr)


def encrypt_command(args: argparse.Namespace) -> int:
    from clinic_app.services import file_encryption

    path = file_encryption.database_file(args.db)
    done = file_encryption.encrypt(path, command_line_actor())
    print(
        f"{path}: encrypted ({done.tables} tables, {done.rows} rows checked against the "
        "original; the plain copy made on the way was removed)"
    )
    if done.recovery_key:
        print(
            "Recovery key (write it down and keep it away from this computer: it is the only "
            f"way back to the records if this computer's keyring is lost): {done.recovery_key}"
        )
    _warn_about_key_storage()
    return 0


def decrypt_command(args: argparse.Namespace) -> int:
    from clinic_app.services import file_encryption

    if not args.output:
        raise InvalidInput(["clinic-intake: db decrypt needs -o FILE, the plain copy to write"])
    path = file_encryption.database_file(args.db)
    done = file_encryption.decrypt(path, Path(args.output), command_line_actor())
    print(
        f"{done.copy}: an UNENCRYPTED copy of {path} ({done.tables} tables, {done.rows} rows); "
        "anyone with this file can read every record: remove it once the support case is done"
    )
    return 0


def recover_command(args: argparse.Namespace) -> int:
    from clinic_app.services import file_encryption
    from clinic_app.storage.encryption import RecoveryKeyInvalid

    path = file_encryption.database_file(args.db)
    typed = args.key
    if typed is None:
        typed = getpass.getpass("Recovery key: ") if sys.stdin.isatty() else sys.stdin.readline()
    try:
        kept = file_encryption.recover(path, typed)
    except RecoveryKeyInvalid as invalid:
        raise InvalidInput([f"clinic-intake: {invalid}; nothing was kept"]) from None
    print(f"{path}: its key is now kept in this computer's {kept}; the app opens it")
    _warn_about_key_storage()
    return 0

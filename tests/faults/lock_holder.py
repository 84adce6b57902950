"""Another workstation holding SQLite's write lock, in its own process.

    python lock_holder.py PATH

Takes the write lock (BEGIN IMMEDIATE), prints "locked" and waits for a line on stdin,
then commits, prints "released" and ends. The file is opened as the app opens it
(encryption.open_file), with this computer's key when it is encrypted.
"""

import sys
from pathlib import Path

from clinic_app.storage.encryption import open_file

connection = open_file(Path(sys.argv[1]), isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
connection.execute("COMMIT")
connection.close()
print("released", flush=True)

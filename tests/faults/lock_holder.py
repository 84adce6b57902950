"""Another workstation holding SQLite's write lock, in its own process.

    python lock_holder.py PATH

Takes the write lock (BEGIN IMMEDIATE), prints "locked" and waits for a line on stdin,
then commits, prints "released" and ends.
"""

import sqlite3
import sys

connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
connection.execute("COMMIT")
connection.close()
print("released", flush=True)

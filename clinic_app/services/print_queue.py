"""Handing a PDF to the computer's print spooler (CUPS), and following the job it becomes.

Why the spooler and not Qt's painter: on Linux and macOS every printer Qt offers is a CUPS
queue, and CUPS takes PDF as it is. Handing it the very bytes that were previewed keeps the
printout vector (sharp at any resolution, its text still text) and exact, where drawing the
pages through QPainter would send rasterised images. The preview (gui/common/print_preview)
chooses this path for a CUPS queue and keeps the painter for everything else.

Only CUPS's own command-line clients are used (`lp` to submit, `lpstat` to follow), so the
app needs no extra library and goes wherever they go: the local scheduler, or the server
that CUPS_SERVER or client.conf names. Each call blocks until the command is done (or its
timeout), so callers in the GUI run them off the GUI thread.

Patient data never touches a file here: the PDF goes to `lp` on its standard input, and
the job's title (which the spooler shows and logs) is the kind of handout only. Failures are
`PrintQueueFailed` in words for the desk; the log gets the command's exit status and its
own message, which name the queue and the job, never what is printed.
"""

import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from clinic_app.storage.errors import StorageError

log = logging.getLogger(__name__)

SUBMIT_TIMEOUT = 120.0
"""Seconds `lp` may take to hand the PDF over: a remote print server on a slow network."""
QUERY_TIMEOUT = 15.0
"""Seconds `lpstat` may take to say how a job is doing."""

Stage = Literal["sent", "waiting", "printing", "printed"]


class PrintQueueFailed(StorageError):
    """The spooler would not take the job, or cannot be asked; the message says what to do."""


@dataclass(frozen=True)
class PrintOptions:
    """What the print dialog asked for, as CUPS job options.

    Empty `page_ranges`, `sides` or `media` leave the queue's own default.
    """

    title: str
    """The job's name in the queue: the kind of handout, never the patient."""
    copies: int = 1
    collate: bool = True
    page_ranges: str = ""
    """Pages as CUPS writes them, "1-2,4"."""
    sides: str = ""
    """one-sided, two-sided-long-edge or two-sided-short-edge."""
    media: str = ""
    """The paper, by the name CUPS knows it: "A4", "Letter"."""

    def arguments(self) -> list[str]:
        arguments = ["-t", self.title, "-n", str(max(1, self.copies))]
        if self.copies > 1:
            arguments += ["-o", f"collate={'true' if self.collate else 'false'}"]
        for option, value in (
            ("page-ranges", self.page_ranges),
            ("sides", self.sides),
            ("media", self.media),
        ):
            if value:
                arguments += ["-o", f"{option}={value}"]
        return arguments


@dataclass(frozen=True)
class PrintJob:
    """One job in a CUPS queue, as `lp` named it ("front-desk-12")."""

    queue: str
    job_id: str


@dataclass(frozen=True)
class JobStatus:
    """Where a job is, in words for the desk.

    `printer` is what the desk calls the printer: the queue's description ("Front desk
    printer") when it has one, else its name. `reason` says why a waiting job waits.
    "printed" means the spooler is done with the job. `lpstat` does not tell a job that
    printed from one someone cancelled at the queue, so a cancelled job reads as done too.
    """

    job: PrintJob
    printer: str
    stage: Stage
    reason: str = ""

    @property
    def finished(self) -> bool:
        return self.stage == "printed"

    def words(self) -> str:
        if self.stage == "printed":
            return f"Printed on {self.printer}."
        if self.stage == "printing":
            return f"Sent to {self.printer}; it is printing."
        if self.stage == "waiting":
            why = f": {self.reason}" if self.reason else " its turn"
            return f"Sent to {self.printer}; it is waiting{why}."
        return f"Sent to {self.printer}."


def spooler_available() -> bool:
    """Whether this computer prints through CUPS's commands (never on Windows)."""
    return sys.platform != "win32" and all(shutil.which(name) for name in ("lp", "lpstat"))


def submit(queue: str, pdf: bytes, options: PrintOptions) -> PrintJob:
    """Hand `pdf` to `queue`, as it is; the job it became. Blocks until `lp` is done."""
    done = _run(
        ["lp", "-d", queue, *options.arguments(), "-"], pdf, SUBMIT_TIMEOUT, queue, "printing"
    )
    found = re.search(r"request id is (\S+)", done.stdout)
    if done.returncode != 0 or found is None:
        message = _message(done)
        log.warning("lp to %s failed (exit %s): %s", queue, done.returncode, message)
        raise PrintQueueFailed(_refusal(queue, message))
    job = PrintJob(queue, found.group(1))
    log.info("handed job %s to the spooler", job.job_id)
    return job


def status(job: PrintJob) -> JobStatus:
    """Where `job` is now: waiting (and why), printing, or printed. Blocks on `lpstat`."""
    # An instance ("front-desk/duplex": the same queue with saved options) is a name of
    # lp's only; lpstat knows the queue.
    queue = job.queue.partition("/")[0]
    printer = _run(["lpstat", "-l", "-p", queue], None, QUERY_TIMEOUT, queue, "asking")
    if printer.returncode != 0:
        message = _message(printer)
        log.warning("lpstat -p %s failed (exit %s): %s", queue, printer.returncode, message)
        raise PrintQueueFailed(_refusal(queue, message))
    name = _description(printer.stdout) or queue
    jobs = _run(["lpstat", "-o", queue], None, QUERY_TIMEOUT, queue, "asking")
    if jobs.returncode != 0:
        message = _message(jobs)
        log.warning("lpstat -o %s failed (exit %s): %s", queue, jobs.returncode, message)
        raise PrintQueueFailed(_refusal(queue, message))
    pending = [line.split()[0] for line in jobs.stdout.splitlines() if line.strip()]
    if job.job_id not in pending:
        return JobStatus(job, name, "printed")
    first = printer.stdout.splitlines()[0] if printer.stdout.strip() else ""
    if " disabled since " in first:
        return JobStatus(job, name, "waiting", _why_stopped(printer.stdout))
    if re.search(rf"now printing {re.escape(job.job_id)}\b", first):
        return JobStatus(job, name, "printing")
    ahead = pending.index(job.job_id)
    if ahead:
        jobs_ahead = "1 job is" if ahead == 1 else f"{ahead} jobs are"
        return JobStatus(job, name, "waiting", f"{jobs_ahead} ahead of it")
    return JobStatus(job, name, "waiting")


def _run(
    command: Sequence[str], stdin: bytes | None, timeout: float, queue: str, doing: str
) -> subprocess.CompletedProcess[str]:
    """Run a CUPS command in the C locale (its words are parsed), text out."""
    environment = {**_system_environment(), "LC_ALL": "C", "LANG": "C"}
    try:
        done = subprocess.run(
            list(command),
            input=stdin,
            stdin=subprocess.DEVNULL if stdin is None else None,
            capture_output=True,
            timeout=timeout,
            env=environment,
            check=False,
        )
    except FileNotFoundError:
        raise PrintQueueFailed(
            f"this computer's printing commands ({command[0]}) are missing; ask your "
            "administrator to install CUPS's client programs, or save the PDF and print it "
            "from another computer"
        ) from None
    except subprocess.TimeoutExpired:
        log.warning("%s for %s gave no answer within %g seconds", command[0], queue, timeout)
        raise PrintQueueFailed(
            f"the printing service gave no answer within {timeout:g} seconds while {doing}; "
            "check that it is running (and the print server, if there is one), then try again"
        ) from None
    except OSError as error:
        raise PrintQueueFailed(
            f"the printing command {command[0]} could not be run ({error.strerror}); tell "
            "your administrator"
        ) from None
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def _system_environment() -> dict[str, str]:
    """This process's environment as the system's programs need it.

    The frozen app's bootloader (PyInstaller) points the library search path at the
    bundle, where the system's `lp` would load the bundle's libraries instead of its own;
    it keeps the value it found in *_ORIG, which is put back here.
    """
    environment = dict(os.environ)
    if getattr(sys, "frozen", False):
        for variable in ("LD_LIBRARY_PATH", "LIBPATH"):
            original = environment.pop(f"{variable}_ORIG", None)
            if original is None:
                environment.pop(variable, None)
            else:
                environment[variable] = original
    return environment


def _message(done: subprocess.CompletedProcess[str]) -> str:
    """The command's own complaint, on one line, without its "lp: " prefix."""
    text = " ".join((done.stderr or done.stdout).split())
    return re.sub(r"^(lp|lpstat): (Error - )?", "", text) or f"exit status {done.returncode}"


def _refusal(queue: str, message: str) -> str:
    """The words for a refusal from `lp` or `lpstat`, by what CUPS said."""
    lowered = message.lower()
    if "does not exist" in lowered or "invalid destination" in lowered:
        # CUPS says the same when its scheduler is not running at all.
        return (
            f"the printer {queue} is not known to this computer's printing service, or that "
            "service is not running; choose another printer, or ask your administrator"
        )
    if "not accepting jobs" in lowered:
        return (
            f"the printer {queue} is refusing new jobs; ask your administrator to let it "
            "accept them again (cupsaccept), or choose another printer"
        )
    if "scheduler is not running" in lowered or "unable to connect" in lowered:
        return (
            "this computer's printing service (CUPS) is not running; start it or ask your "
            "administrator, then print again"
        )
    return f"the printing service refused the job ({message}); check the printer, then try again"


def _description(lpstat_long: str) -> str:
    found = re.search(r"^\s*Description: (.*)$", lpstat_long, re.MULTILINE)
    return found.group(1).strip() if found else ""


def _why_stopped(lpstat_long: str) -> str:
    """Why a disabled queue is stopped: `cupsdisable`'s reason (CUPS says "Paused" when
    none was given) on the line under the state."""
    lines = lpstat_long.splitlines()
    reason = lines[1].strip() if len(lines) > 1 and lines[1].startswith("\t") else ""
    if reason.endswith(":") or reason.lower() in {"", "paused", "form mounted:"}:
        return "the printer is paused"
    return f"the printer is stopped ({reason.rstrip('.')})"

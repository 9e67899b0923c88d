"""The instructor's end of the classroom: starts itb-classroom (or finds it again), with timeouts.

Calls may come from several threads at once (the panel reads on one, commands on
another): each request carries an id and one reader thread hands every answer to the
call waiting for it. Nothing here waits without a deadline, and a classroom that has
gone is reported with its exit code, never as a hang. A classroom left running by a
console that died is found again through its announce file and reattached
(console/training/classroom_announce.py).
"""

from __future__ import annotations

import json
import os
import selectors
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from itb_console.console.training.classroom_announce import (
    AnnounceError,
    Announcement,
    read_announcements,
    remove_announcement,
)
from itb_console.console.training.classroom_protocol import VERSION

START_TIMEOUT_S = 20.0
ATTACH_TIMEOUT_S = 2.0  # a classroom that does not greet in this time is another console's
SHUTDOWN_WAIT_S = 10.0
TIMEOUTS_S = {"open": 60.0, "read": 5.0, "restart": 30.0}
COMMAND_TIMEOUT_S = 15.0  # every other op
MAX_ANSWER_BYTES = 32 * 1024 * 1024
MAX_GREETING_BYTES = 64 * 1024


class ClassroomError(RuntimeError):
    """The classroom refused a call, did not answer in time, or is not there."""


@dataclass(frozen=True)
class Reattached:
    """A classroom an earlier console left running, now served by this client."""

    announcement: Announcement
    skipped: tuple[str, ...]  # the other announce files, and why each was passed over


class ClassroomClient:
    """One control connection to an itb-classroom: one this client started, or reattached."""

    def __init__(self, *, linger_minutes: float = 60.0,
                 announce_folder: Path | None = None) -> None:
        """``announce_folder``: where classrooms started here announce themselves, and
        where :meth:`reattach` looks for one left running (None: neither)."""
        self.linger_minutes = linger_minutes
        self.announce_folder = announce_folder
        self.process: subprocess.Popen[bytes] | None = None  # only one this client started
        self.reattached: Announcement | None = None
        self._socket: socket.socket | None = None
        self._reader: threading.Thread | None = None
        self._start_lock = threading.Lock()  # one start or reattach at a time; close never waits
        self._state_lock = threading.Lock()  # process, socket and closed, swapped together
        self._send_lock = threading.Lock()
        self._answers: dict[int, dict[str, Any]] = {}
        self._arrived = threading.Condition()
        self._next_id = 0
        self._lost: str | None = None
        self._closed = False

    @property
    def started(self) -> bool:
        return self._socket is not None and self._lost is None

    def start(self) -> None:
        """Start the classroom process and greet it (once; again after it has gone)."""
        with self._start_lock:
            if self._closed:
                raise ClassroomError("the classroom has been closed")
            if self.started:
                return
            command = [sys.executable, "-m", "itb_console.console.training.classroom_server",
                       "--linger-minutes", str(self.linger_minutes)]
            if self.announce_folder is not None:
                command += ["--announce-folder", str(self.announce_folder),
                            "--console-pid", str(os.getpid())]
            process = subprocess.Popen(command, stdout=subprocess.PIPE,
                                       stdin=subprocess.DEVNULL, start_new_session=True)
            with self._state_lock:
                self.process, self.reattached = process, None
                closed = self._closed
            if closed:  # closed while the process was being made: close() did not see it
                _end_unstarted(process)
                raise ClassroomError("the classroom has been closed")
            first = self._first_line(process)  # close() kills a process still starting
            try:
                connection = _greet(first["control"], first["token"], START_TIMEOUT_S)
                self._adopt(connection)
            except (OSError, ClassroomError) as error:
                _end_unstarted(process)
                if self._closed:
                    raise ClassroomError("the classroom has been closed") from None
                raise ClassroomError(f"cannot talk to the classroom process ({error})") from None

    def reattach(self) -> Reattached | None:
        """Take over a classroom that a console which has gone left running, if there is one.

        Announce files whose classroom no longer listens are removed; one that listens
        but does not greet within ATTACH_TIMEOUT_S serves another console and is left
        alone; one started by this very process is not taken twice.
        """
        if self.announce_folder is None:
            return None
        with self._start_lock:
            if self._closed or self.started:
                return None
            skipped: list[str] = []
            for path, found in read_announcements(self.announce_folder):
                if isinstance(found, AnnounceError):
                    skipped.append(f"{path.name}: {found}; removed")
                    remove_announcement(path)
                    continue
                if found.console_pid == os.getpid():
                    skipped.append(f"{path.name}: started by this console")
                    continue
                try:
                    connection = _greet(found.control, found.token, ATTACH_TIMEOUT_S)
                except (ConnectionRefusedError, ClassroomError) as error:
                    skipped.append(f"{path.name}: {error}; removed")
                    remove_announcement(path)  # gone, or a port someone else reuses
                    continue
                except OSError as error:  # a timeout: it is serving another console
                    skipped.append(f"{path.name}: in use by another console ({error})")
                    continue
                with self._state_lock:
                    self.process, self.reattached = None, found
                self._adopt(connection)
                return Reattached(found, tuple(skipped))
            return None

    def _adopt(self, connection: socket.socket) -> None:
        """Make a greeted connection this client's own, with its reader thread."""
        with self._state_lock:
            if self._closed:
                connection.close()
                raise ClassroomError("the classroom has been closed")
            self._lost = None
            self._socket = connection
            self._reader = threading.Thread(target=self._read_answers, args=(connection,),
                                            name="classroom-answers", daemon=True)
        self._reader.start()

    def _first_line(self, process: subprocess.Popen[bytes]) -> dict[str, Any]:
        assert process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            ready = selector.select(START_TIMEOUT_S)
        line = process.stdout.readline() if ready else b""
        try:
            first = json.loads(line)
            if not isinstance(first.get("control"), str) or not isinstance(first.get("token"), str):
                raise ValueError(line)
            return first
        except ValueError:
            _end_unstarted(process)
            if self._closed:
                raise ClassroomError("the classroom has been closed") from None
            raise ClassroomError(
                f"the classroom process did not start within {START_TIMEOUT_S:g} s "
                f"(exit code {process.returncode}; its errors are on this console's "
                "standard error)") from None

    def call(self, op: str, timeout_s: float | None = None, **args: Any) -> Any:
        """Send one request and wait for its answer (ClassroomError if refused or late)."""
        limit_s = timeout_s if timeout_s is not None else TIMEOUTS_S.get(op, COMMAND_TIMEOUT_S)
        with self._send_lock:
            if self._socket is None or self._lost is not None:
                raise ClassroomError(self._lost or "the classroom is not started")
            self._next_id += 1
            request_id = self._next_id
            line = json.dumps({"id": request_id, "op": op, **args}).encode() + b"\n"
            try:
                self._socket.sendall(line)
            except OSError as error:
                raise ClassroomError(f"cannot reach the classroom ({error})") from None
        deadline = time.monotonic() + limit_s
        with self._arrived:
            while request_id not in self._answers:
                left = deadline - time.monotonic()
                if self._lost is not None:
                    raise ClassroomError(self._lost)
                if left <= 0:
                    raise ClassroomError(f"{op}: the classroom did not answer within "
                                         f"{limit_s:g} s")
                self._arrived.wait(left)
            reply = self._answers.pop(request_id)
        if not reply.get("ok"):
            raise ClassroomError(str(reply.get("error")))
        return reply.get("result")

    def _read_answers(self, connection: socket.socket) -> None:
        reader = connection.makefile("rb")
        try:
            while line := reader.readline(MAX_ANSWER_BYTES):
                reply = json.loads(line)
                with self._arrived:
                    if isinstance(reply.get("id"), int):
                        self._answers[reply["id"]] = reply
                    self._arrived.notify_all()
        except (OSError, ValueError):
            pass  # a broken connection or line ends the link: reported below
        with self._arrived:
            self._lost = self._why_gone()
            self._answers.clear()
            self._arrived.notify_all()

    def _why_gone(self) -> str:
        if self._closed:
            return "the classroom has been closed"
        if self.reattached is not None:
            return (f"the classroom (process {self.reattached.pid}, reattached) closed its "
                    "control connection; open stations again")
        code = None if self.process is None else self.process.poll()
        how = "is still running but stopped answering" if code is None else (
            f"ended (exit code {code})")
        return f"the classroom process {how}; its stations are gone, open them again"

    def close(self) -> None:
        """Shut the classroom down without waiting for it (a thread sees it end).

        A classroom still starting is killed (it has no stations yet), so a start under
        way fails at once instead of holding the caller until it is up.
        """
        with self._state_lock:
            self._closed = True
            connection, self._socket = self._socket, None
            process, reader = self.process, self._reader
        if connection is not None:
            with self._send_lock:
                try:
                    connection.sendall(b'{"id":0,"op":"shutdown"}\n')
                    connection.shutdown(socket.SHUT_WR)
                except OSError:
                    pass  # already gone: nothing to shut down
        with self._arrived:  # calls under way fail now, not when the stations have ended
            self._lost = "the classroom has been closed"
            self._arrived.notify_all()
        if connection is None:
            if process is not None:  # still starting: start() sees it end, and ends it
                process.kill()
            return
        threading.Thread(target=_reap, args=(process, connection, reader), daemon=True,
                         name="classroom-reaper").start()


def _greet(control: str, token: str, timeout_s: float) -> socket.socket:
    """A control connection to ``control`` that the classroom has greeted.

    OSError when nothing answers in time (a timeout) or nothing listens (refused);
    ClassroomError when what answers is not a classroom taking this token.
    """
    host, port = control.rsplit(":", 1)
    connection = socket.create_connection((host, int(port)), timeout=timeout_s)
    try:
        hello = {"id": 0, "op": "hello", "version": VERSION, "token": token}
        connection.sendall(json.dumps(hello).encode() + b"\n")
        said = b""
        while not said.endswith(b"\n") and len(said) < MAX_GREETING_BYTES:
            chunk = connection.recv(4096)  # one answer only: nothing else is asked yet
            if not chunk:
                break
            said += chunk
        try:
            reply = json.loads(said)
        except ValueError:
            raise ClassroomError(f"{control} did not answer as a classroom") from None
        if not isinstance(reply, dict) or not reply.get("ok"):
            error = reply.get("error") if isinstance(reply, dict) else reply
            raise ClassroomError(f"{control} refused the greeting ({error})")
        connection.settimeout(None)
        return connection
    except BaseException:
        connection.close()
        raise


def _end_unstarted(process: subprocess.Popen[bytes]) -> None:
    """End a classroom that was never greeted: it has no stations to end."""
    process.kill()
    process.wait(timeout=SHUTDOWN_WAIT_S)
    if process.stdout is not None:
        process.stdout.close()


def _reap(process: subprocess.Popen[bytes] | None, connection: socket.socket,
          reader: threading.Thread | None) -> None:
    """Wait for the classroom to end its stations and exit; kill it if it does not.

    A reattached classroom is not this process's child: its end is seen as the end of
    its control connection, which the reader thread reads to the last line.
    """
    if process is None:
        if reader is not None:
            reader.join(timeout=SHUTDOWN_WAIT_S)
        connection.close()
        return
    try:
        process.wait(timeout=SHUTDOWN_WAIT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    finally:
        connection.close()
        if process.stdout is not None:
            process.stdout.close()

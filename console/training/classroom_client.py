"""The instructor's end of the classroom: starts itb-classroom and calls it, with timeouts.

Calls may come from several threads at once (the panel reads on one, commands on
another): each request carries an id and one reader thread hands every answer to the
call waiting for it. Nothing here waits without a deadline, and a classroom that has
gone is reported with its exit code, never as a hang.
"""

from __future__ import annotations

import json
import selectors
import socket
import subprocess
import sys
import threading
import time
from typing import Any

from itb_console.console.training.classroom_protocol import VERSION

START_TIMEOUT_S = 20.0
SHUTDOWN_WAIT_S = 10.0
TIMEOUTS_S = {"open": 60.0, "read": 5.0, "restart": 30.0}
COMMAND_TIMEOUT_S = 15.0  # every other op
MAX_ANSWER_BYTES = 32 * 1024 * 1024


class ClassroomError(RuntimeError):
    """The classroom refused a call, did not answer in time, or is not there."""


class ClassroomClient:
    """One control connection to an itb-classroom process this client started."""

    def __init__(self, *, linger_minutes: float = 60.0) -> None:
        self.linger_minutes = linger_minutes
        self.process: subprocess.Popen[bytes] | None = None
        self._socket: socket.socket | None = None
        self._start_lock = threading.Lock()  # one start at a time; close never waits on it
        self._state_lock = threading.Lock()  # the process, the socket and closed, swapped together
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
            self._lost = None
            process = subprocess.Popen(
                [sys.executable, "-m", "itb_console.console.training.classroom_server",
                 "--linger-minutes", f"{self.linger_minutes:g}"],
                stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, start_new_session=True)
            with self._state_lock:
                self.process = process
                closed = self._closed
            if closed:  # closed while the process was being made: close() did not see it
                _reap(process, None, at_once=True)
                raise ClassroomError("the classroom has been closed")
            first = self._first_line(process)  # close() kills a process still starting
            host, port = first["control"].rsplit(":", 1)
            try:
                connection = socket.create_connection((host, int(port)),
                                                      timeout=START_TIMEOUT_S)
                connection.settimeout(None)
                with self._state_lock:
                    if self._closed:
                        connection.close()
                        raise ClassroomError("the classroom has been closed")
                    self._socket = connection
                threading.Thread(target=self._read_answers, args=(connection,),
                                 name="classroom-answers", daemon=True).start()
                self.call("hello", version=VERSION, token=first["token"])
            except (OSError, ClassroomError) as error:
                process.kill()
                process.wait(timeout=SHUTDOWN_WAIT_S)
                self._socket = None
                if self._closed:
                    raise ClassroomError("the classroom has been closed") from None
                raise ClassroomError(f"cannot talk to the classroom process ({error})") from None

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
            process.kill()
            process.wait(timeout=SHUTDOWN_WAIT_S)
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
        code = None if self.process is None else self.process.poll()
        how = "is still running but stopped answering" if code is None else (
            f"ended (exit code {code})")
        return f"the classroom process {how}; its stations are gone, open them again"

    def close(self) -> None:
        """Shut the classroom down without waiting for it (a thread reaps the process).

        A classroom still starting is killed (it has no stations yet), so a start under
        way fails at once instead of holding the caller until it is up.
        """
        with self._state_lock:
            self._closed = True
            connection, self._socket = self._socket, None
            process = self.process
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
        if process is not None:
            threading.Thread(target=_reap, args=(process, connection, connection is None),
                             daemon=True, name="classroom-reaper").start()


def _reap(process: subprocess.Popen[bytes], connection: socket.socket | None,
          at_once: bool = False) -> None:
    """Wait for the classroom to end its stations and exit; kill it if it does not.

    ``at_once``: it was never greeted (still starting), so it has nothing to end.
    """
    try:
        if at_once:
            process.kill()
        process.wait(timeout=SHUTDOWN_WAIT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    finally:
        if connection is not None:
            connection.close()
        if process.stdout is not None:
            process.stdout.close()


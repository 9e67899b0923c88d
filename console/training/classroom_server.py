"""itb-classroom: the instructor's stations, each in its own process, behind one control port.

The instructor panel starts this process and speaks docs/classroom.md to it over one
loopback connection. Each station is a child process serving its pump on its own TCP
port, so a station that crashes takes no other down, and the instructor's console can
crash without cutting a trainee off: the stations keep serving for ``--linger-minutes``.
The first line on standard output is the control address and the token a client must
give (a tester can script the classroom with it). With ``--announce-folder`` the same is
written to a file there while the classroom runs, so that a console restarted after a
crash can find it and reattach (console/training/classroom_announce.py).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import secrets
import signal
import socket
import sys
import threading
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from multiprocessing.context import ForkServerContext
from pathlib import Path
from typing import Any, BinaryIO

from itb_console.console import number_style as style
from itb_console.console.language import use_environment
from itb_console.console.training.classroom_announce import (
    Announcement,
    remove_announcement,
    write_announcement,
)
from itb_console.console.training.classroom_protocol import (
    MAX_REQUEST_BYTES,
    MAX_STATIONS,
    OPS,
    SERVER_NAME,
    VERSION,
    ProtocolError,
    Request,
    answer,
    parse_request,
)
from itb_console.console.training.scenario_runner import StationError, StationState
from itb_console.console.training.scenarios import (
    Scenario,
    ScenarioError,
    load_scenario_file,
    shipped_scenarios,
)
from itb_console.console.training.station_process import station_main
from itb_console.device.cli_args import ranged, tcp_port
from itb_console.device.key_file import KeyFileError, read_key_file

LOOPBACK = "127.0.0.1"
ALL_INTERFACES = "0.0.0.0"
STATION_START_S = 20.0
COMMAND_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 2.0
FIRST_CLIENT_S = 60.0


class StationHost:
    """The classroom's handle on one station process, and the row it last said."""

    def __init__(self, context: ForkServerContext, scenario: Scenario, name: str, *,
                 speed: float, bind: str, port: int = 0, key: bytes | None = None,
                 key_file: str = "") -> None:
        self.context, self.scenario, self.name = context, scenario, name
        self.speed, self.bind, self.port = speed, bind, port
        self.key, self.key_file = key, key_file  # kept: a restart serves the same key
        self.lock = threading.Lock()  # one command at a time on the pipe
        self.row: dict[str, Any] = {}
        self.problem = "starting"
        self.crashed = True  # not serving until wait_ready: nothing else uses the pipe
        self._seq = 0
        self._spawn()

    def _spawn(self) -> None:
        ours, theirs = self.context.Pipe()
        self.process = self.context.Process(
            target=station_main, name=self.name, daemon=True,
            args=(theirs, self.scenario, self.name, self.speed, self.bind, self.port,
                  self.key, self.key_file))
        self.process.start()
        theirs.close()
        self.conn = ours

    def wait_ready(self) -> None:
        """The station's URL, or a StationError saying why it did not come up."""
        try:
            ready = self.conn.poll(STATION_START_S)
            _, ok, said = self.conn.recv() if ready else (0, False, "")
        except (EOFError, OSError):
            ok, said = False, f"{self.name}: its process ended while starting"
        if not ok:
            self.stop()
            raise StationError(said or f"{self.name} did not start within "
                               f"{STATION_START_S:g} s")
        self.port = int(said.rsplit(":", 1)[1])
        self.crashed, self.problem = False, ""
        if self.ask("row", {}):
            self.finish(COMMAND_TIMEOUT_S)

    # ------------------------------------------------------------------ a command
    def ask(self, op: str, args: dict[str, Any], wait_s: float = COMMAND_TIMEOUT_S) -> bool:
        """Send a command (the lock is held until :meth:`finish`); False if it cannot go."""
        if not self.lock.acquire(timeout=wait_s):
            self.problem = f"busy for more than {style.seconds(wait_s)}"
            return False
        if self.crashed:
            self.lock.release()
            return False
        self._seq += 1
        try:
            self.conn.send((self._seq, op, args))
        except OSError:
            self._died()
            self.lock.release()
            return False
        return True

    def finish(self, timeout_s: float) -> str | None:
        """Take the answer to the command asked; the error text, or None when done."""
        try:
            deadline = time.monotonic() + timeout_s
            while True:
                left = deadline - time.monotonic()
                if left <= 0 or not self.conn.poll(left):
                    self.problem = f"not answering (waited {style.seconds(timeout_s)})"
                    return f"{self.name}: {self.problem}"
                seq, ok, said = self.conn.recv()
                if seq == self._seq:
                    break  # an older answer is one that timed out: dropped
            self.problem = ""
            if not ok:
                return str(said)
            self.row = said
            return None
        except (EOFError, OSError):
            self._died()
            return f"{self.name}: {self.problem}"
        finally:
            self.lock.release()

    def _died(self) -> None:
        self.process.join(timeout=1.0)
        code = self.process.exitcode
        how = (f"killed by signal {-code}" if code is not None and code < 0
               else f"exit code {code}" if code is not None else "its pipe broke")
        self.crashed = True
        self.problem = f"its process ended ({how}); restart it to serve again"

    def current_row(self) -> dict[str, Any]:
        if not self.crashed and self.process.exitcode is not None:
            self._died()
        row = dict(self.row, problem=self.problem)
        if self.crashed:
            row["state"] = StationState.CRASHED.value
        return row

    def restart(self) -> None:
        with self.lock:
            if self.process.exitcode is None and not self.crashed:
                raise StationError(f"{self.name} is {self.row.get('state')}; only a crashed "
                                   "station restarts")
            self.conn.close()
            self.crashed, self.problem = True, "restarting"
            self._spawn()
        self.wait_ready()

    def stop(self) -> None:
        """Close the pipe (the station stops serving) and wait briefly for the process."""
        self.conn.close()
        self.process.join(timeout=2.0)
        if self.process.exitcode is None:
            self.process.kill()
            self.process.join(timeout=2.0)


class Classroom:
    """The stations, opened together and commanded one, some or all at a time."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["itb_console.console.training.station_process"])
        self.context: ForkServerContext = context
        self.hosts: list[StationHost] = []
        self.lock = threading.Lock()  # guards the lists, not the stations
        self.opening: set[str] = set()  # seats of stations still starting
        self.shipped = {s.id: s for s in shipped_scenarios()}

    def _scenario(self, args: dict[str, Any]) -> Scenario:
        if "scenario" in args:
            found = self.shipped.get(args["scenario"])
            if found is None:
                raise StationError(f"open.scenario: {args['scenario']!r} is not a shipped "
                                   f"scenario; shipped: {', '.join(self.shipped)}")
            return found
        try:
            return load_scenario_file(Path(args["scenario_file"]))
        except ScenarioError as error:
            raise StationError(f"open.scenario_file: {error}") from None

    def open(self, args: dict[str, Any]) -> dict[str, Any]:
        scenario = self._scenario(args)
        key_file = args.get("key_file", "")
        key = _key(Path(key_file)) if key_file else None
        bind = ALL_INTERFACES if args.get("network") else LOOPBACK
        with self.lock:  # seats are taken here; the stations start outside the lock
            count, there = args["count"], len(self.hosts) + len(self.opening)
            if count > MAX_STATIONS - there:
                raise StationError(f"open.count: {count} would make more than {MAX_STATIONS} "
                                   f"stations ({there} open); allowed 1 to "
                                   f"{MAX_STATIONS - there}")
            taken = {h.name for h in self.hosts} | self.opening
            names = [n for n in (f"Station {i}" for i in range(1, MAX_STATIONS + 1))
                     if n not in taken][:count]  # seat numbers freed by Close are reused
            self.opening |= set(names)
        try:
            opened = [StationHost(self.context, scenario, name, speed=float(args["speed"]),
                                  bind=bind, key=key, key_file=key_file) for name in names]
            try:
                for host in opened:
                    host.wait_ready()
            except StationError:
                for host in opened:
                    host.stop()
                raise
            with self.lock:
                self.hosts += opened
        finally:
            with self.lock:
                self.opening -= set(names)
        return {"rows": [h.current_row() for h in opened], "problems": []}

    def _chosen(self, names: list[str]) -> list[StationHost]:
        with self.lock:
            hosts = list(self.hosts)
        if not names:
            return hosts
        known = {h.name: h for h in hosts}
        missing = [n for n in names if n not in known]
        if missing:
            raise StationError(f"stations: {', '.join(missing)} not open; open: "
                               f"{', '.join(known) or 'none'}")
        return [known[n] for n in names]

    def command(self, op: str, args: dict[str, Any]) -> dict[str, Any]:
        """Send ``op`` to the chosen stations at once, then gather their answers."""
        hosts = self._chosen(args.pop("stations", []))
        reading = op == "read"
        actions_of = args.pop("actions_of", None)
        timeout_s = READ_TIMEOUT_S if reading else COMMAND_TIMEOUT_S
        asked = []
        problems = []
        for host in hosts:
            station_args = {"actions": host.name == actions_of} if reading else args
            if host.ask("row" if reading else op, station_args, wait_s=timeout_s):
                asked.append(host)
            elif not reading:
                problems.append(f"{host.name}: "
                                + ("crashed; restart it first" if host.crashed else host.problem))
        for host in asked:
            error = host.finish(timeout_s)
            if error is not None:
                problems.append(error)
        return {"rows": [h.current_row() for h in hosts], "problems": problems}

    def restart(self, name: str) -> dict[str, Any]:
        (host,) = self._chosen([name])
        host.restart()
        return {"rows": [host.current_row()], "problems": []}

    def close_stations(self, names: list[str]) -> dict[str, Any]:
        """Close ended or crashed stations (all of them when none is named)."""
        chosen = self._chosen(names)
        closing = [h for h in chosen
                   if h.crashed or h.row.get("state") == StationState.ENDED.value]
        problems = [f"{h.name} is {h.row.get('state')}; end it first, then close it"
                    for h in chosen if h not in closing and names]
        with self.lock:
            self.hosts = [h for h in self.hosts if h not in closing]
            remaining = list(self.hosts)
        for host in closing:
            host.conn.close()
        for host in closing:
            host.stop()
        return {"rows": [h.current_row() for h in remaining], "problems": problems}

    def close(self) -> None:
        with self.lock:
            hosts, self.hosts = self.hosts, []
        for host in hosts:
            host.conn.close()  # every station sees EOF at once and stops serving
        for host in hosts:
            host.stop()


def _key(path: Path) -> bytes:
    """The stations' shared key, read once here; a bad file is refused before any opens."""
    try:
        return read_key_file(path)
    except KeyFileError as error:
        raise StationError(f"open.key_file: {error}") from None


class ControlServer:
    """One control connection at a time; each request runs on a worker, answered by id."""

    def __init__(self, classroom: Classroom, listener: socket.socket, token: str,
                 linger_s: float) -> None:
        self.classroom, self.listener, self.token = classroom, listener, token
        self.linger_s = linger_s
        self.workers = ThreadPoolExecutor(max_workers=4, thread_name_prefix="control")
        self.done = threading.Event()

    def serve(self) -> None:
        """Serve clients until one asks to shut down, or none comes for the linger time."""
        wait_s = FIRST_CLIENT_S
        while not self.done.is_set() and wait_s > 0:
            self.listener.settimeout(wait_s)
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                return
            with connection:
                self._serve_one(connection)
            wait_s = self.linger_s

    def _serve_one(self, connection: socket.socket) -> None:
        connection.settimeout(None)
        reader = connection.makefile("rb")
        write_lock = threading.Lock()

        def reply(line: bytes) -> None:
            with write_lock, contextlib.suppress(OSError):  # gone: the read loop sees it
                connection.sendall(line)

        greeted = False
        while not self.done.is_set():
            line = _read_line(reader)
            if line is None:
                return
            try:
                request = parse_request(line)
                if not greeted and request.op != "hello":
                    raise ProtocolError("hello first: {\"id\": 0, \"op\": \"hello\", "
                                        f"\"version\": {VERSION}, \"token\": ...}}")
            except ProtocolError as error:
                reply(answer(_id_of(line), error=str(error)))
                if not greeted:
                    return
                continue
            if request.op == "hello":
                problem = self._hello_problem(request)
                reply(answer(request.id, error=problem) if problem else answer(
                    request.id, {"server": SERVER_NAME, "version": VERSION,
                                 "max_stations": MAX_STATIONS, "ops": list(OPS)}))
                if problem:
                    return
                greeted = True
            elif request.op == "shutdown":
                self.classroom.close()
                self.done.set()
                reply(answer(request.id, {"stations_ended": True}))
            else:
                self.workers.submit(self._run, request, reply)

    def _hello_problem(self, request: Request) -> str | None:
        if request.args["version"] != VERSION:
            return (f"hello.version: {request.args['version']} is not spoken here; this "
                    f"classroom speaks version {VERSION}")
        if not secrets.compare_digest(request.args["token"], self.token):
            return "hello.token: wrong; give the token on the classroom's first output line"
        return None

    def _run(self, request: Request, reply) -> None:
        try:
            if request.op == "open":
                result = self.classroom.open(request.args)
            elif request.op == "restart":
                result = self.classroom.restart(request.args["station"])
            elif request.op == "close":
                result = self.classroom.close_stations(request.args.get("stations", []))
            else:
                result = self.classroom.command(request.op, dict(request.args))
            reply(answer(request.id, result))
        except StationError as error:
            reply(answer(request.id, error=str(error)))
        except Exception as error:  # a bug here must still answer, and not end the others
            traceback.print_exc()
            reply(answer(request.id, error=f"{request.op}: the classroom failed ({error!r}); "
                         "the other stations are not affected"))


def _read_line(reader: BinaryIO) -> bytes | None:
    """The next line (an over-long one is cut and its rest skipped), or None at EOF."""
    try:
        line = reader.readline(MAX_REQUEST_BYTES + 1)
        if len(line) > MAX_REQUEST_BYTES and not line.endswith(b"\n"):
            while (rest := reader.readline(MAX_REQUEST_BYTES)) and not rest.endswith(b"\n"):
                pass
        return line or None
    except OSError:
        return None


def _id_of(line: bytes) -> int | None:
    """The id of a request that did not parse, when one can be found, for the reply."""
    try:
        found = json.loads(line).get("id")
    except (ValueError, AttributeError, RecursionError):
        return None
    return found if isinstance(found, int) and not isinstance(found, bool) else None


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=SERVER_NAME, description="Host the instructor's training stations, each in "
        "its own process (training mock, not for clinical use). The instructor panel "
        "starts this itself; see docs/classroom.md.")
    parser.add_argument("--control-port", type=tcp_port, default=0,
                        help="control port (default 0: any free port, printed first)")
    parser.add_argument("--control-bind", default=LOOPBACK,
                        help="control address (default 127.0.0.1; the control link has "
                        "only a token, keep it on loopback)")
    parser.add_argument("--linger-minutes", default=60.0,
                        type=ranged(float, 0.0, 24 * 60.0, "minutes from 0 to 1440"),
                        help="keep the stations serving this long after the instructor's "
                        "console goes away without shutting down (default 60)")
    parser.add_argument("--announce-folder", type=Path, default=None,
                        help="while running, keep a file in this folder with the control "
                        "address and token, so that a restarted console finds the "
                        "classroom again (the instructor panel gives its own)")
    parser.add_argument("--console-pid", default=0,
                        type=ranged(int, 0, 2**31, "a process id (0: none)"),
                        help="the process id of the console that started this classroom "
                        "(written in the announce file; 0: started by hand)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    use_environment()  # scenario texts in the language of the console that started it
    args = parse_args(argv)
    try:
        listener = socket.create_server((args.control_bind, args.control_port))
    except OSError as error:
        print(f"{SERVER_NAME}: cannot listen on {args.control_bind}:{args.control_port} "
              f"({error.strerror or error})", file=sys.stderr)
        return 2
    for ending in (signal.SIGTERM, signal.SIGINT):
        signal.signal(ending, lambda *_: sys.exit(0))  # stations end cleanly (finally)
    token = secrets.token_hex(16)
    host, port = listener.getsockname()[:2]
    print(json.dumps({"server": SERVER_NAME, "version": VERSION, "control": f"{host}:{port}",
                      "token": token}), flush=True)
    announced = None
    if args.announce_folder is not None:
        try:
            announced = write_announcement(args.announce_folder, Announcement(
                control=f"{host}:{port}", token=token, pid=os.getpid(),
                console_pid=args.console_pid,
                started_at=datetime.now(UTC).isoformat(timespec="seconds")))
        except OSError as error:  # the classroom still serves; it cannot be found again
            print(f"{SERVER_NAME}: cannot write the announce file in {args.announce_folder} "
                  f"({error.strerror or error}); a restarted console will not find this "
                  "classroom", file=sys.stderr)
    classroom = Classroom()
    server = ControlServer(classroom, listener, token, args.linger_minutes * 60)
    try:
        server.serve()
    finally:
        if announced is not None:
            remove_announcement(announced)
        classroom.close()
        listener.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

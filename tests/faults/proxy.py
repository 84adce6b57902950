"""A TCP proxy on loopback that can misbehave on command, for fault tests.

    with FaultProxy(("127.0.0.1", 5432)) as proxy:
        url = ...proxy.port...          # point the app at the proxy
        proxy.hang()                    # connections stay open, nothing gets through
        proxy.pass_traffic()            # what was held back flows again, as a network would
        proxy.cut()                     # every connection reset, new ones reset at once
        proxy.delay(20)                 # 20 ms added each way

A hang is what a dropped network looks like from the app's side when something still
answers TCP: the app's kernel keeps its connection, keepalives are answered, and no byte
arrives. One thread runs a selector loop; the control calls run in that thread and return
once they have taken effect.
"""

import contextlib
import selectors
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType

_CHUNK = 65536
_BACKLOG = 1 << 20  # stop reading a side that has this much waiting to be sent on
_CONTROL_TIMEOUT = 10.0
_CONNECT_TIMEOUT = 2.0


def _reset(sock: socket.socket) -> None:
    """Close with a TCP reset (RST), as a failing network or a killed peer would."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


@dataclass
class _Pipe:
    """One direction of one connection."""

    source: socket.socket
    sink: socket.socket
    queued: deque[tuple[float, bytes]] = field(default_factory=deque)  # (when due, bytes)
    due: bytearray = field(default_factory=bytearray)  # due, not yet taken by the sink
    ended: bool = False  # the source sent EOF
    shut: bool = False  # the EOF has been passed on

    def backlog(self) -> int:
        return len(self.due) + sum(len(data) for _when, data in self.queued)


@dataclass
class _Link:
    client: socket.socket
    upstream: socket.socket
    up: _Pipe
    down: _Pipe

    def sockets(self) -> tuple[socket.socket, socket.socket]:
        return self.client, self.upstream


class FaultProxy:
    def __init__(self, target: tuple[str, int], host: str = "127.0.0.1") -> None:
        self.target = target
        self._listener = socket.create_server((host, 0))
        self._listener.setblocking(False)
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._wake_reader.setblocking(False)
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._listener, selectors.EVENT_READ, "accept")
        self._selector.register(self._wake_reader, selectors.EVENT_READ, "wake")
        self._links: list[_Link] = []
        self._mode = "pass"  # "pass", "hang" or "cut"
        self._delay = 0.0
        self._commands: deque[tuple[Callable[[], None], threading.Event]] = deque()
        self._lock = threading.Lock()
        self._stopping = False
        self._accepted = 0
        self._thread = threading.Thread(target=self._run, name="fault-proxy", daemon=True)
        self._thread.start()

    # -- control, from any thread ------------------------------------------------------

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._listener.getsockname()[:2]
        return str(host), int(port)

    @property
    def port(self) -> int:
        return self.address[1]

    @property
    def accepted(self) -> int:
        """How many connections the proxy has accepted so far."""
        return self._accepted

    def open_connections(self) -> int:
        counted: list[int] = []
        self._control(lambda: counted.append(len(self._links)))
        return counted[0]

    def pass_traffic(self) -> None:
        """Forward everything, without delay (held-back bytes go first)."""
        self._control(lambda: self._set("pass", 0.0))

    def delay(self, milliseconds: float) -> None:
        """Forward everything, each chunk `milliseconds` late, in each direction."""
        self._control(lambda: self._set("pass", milliseconds / 1000))

    def hang(self) -> None:
        """Keep every connection (and accept new ones) but forward no byte either way."""
        self._control(lambda: self._set("hang", self._delay))

    def cut(self) -> None:
        """Reset every connection; reset new ones as soon as they are accepted."""
        self._control(self._cut)

    def close(self) -> None:
        if not self._thread.is_alive():
            return
        self._control(self._stop)
        self._thread.join(timeout=_CONTROL_TIMEOUT)
        self._selector.close()
        self._wake_writer.close()
        self._wake_reader.close()

    def __enter__(self) -> "FaultProxy":
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _control(self, command: Callable[[], None]) -> None:
        done = threading.Event()
        with self._lock:
            self._commands.append((command, done))
        self._wake_writer.send(b"x")
        if not done.wait(_CONTROL_TIMEOUT):
            raise RuntimeError("the fault proxy's thread did not respond")

    # -- the loop's own thread ---------------------------------------------------------

    def _set(self, mode: str, delay: float) -> None:
        self._mode = mode
        self._delay = delay

    def _cut(self) -> None:
        self._mode = "cut"
        for link in list(self._links):
            self._drop(link)

    def _stop(self) -> None:
        self._stopping = True
        for link in list(self._links):
            self._drop(link)
        self._selector.unregister(self._listener)
        self._listener.close()

    def _run(self) -> None:
        while not self._stopping:
            for key, events in self._selector.select(self._timeout()):
                if key.data == "wake":
                    self._take_commands()
                elif key.data == "accept":
                    self._accept()
                else:
                    link, sock = key.data
                    if link in self._links:
                        self._serve(link, sock, events)
            if not self._stopping:
                self._forward()

    def _take_commands(self) -> None:
        with contextlib.suppress(BlockingIOError):
            self._wake_reader.recv(_CHUNK)
        while True:
            with self._lock:
                if not self._commands:
                    return
                command, done = self._commands.popleft()
            command()
            done.set()

    def _timeout(self) -> float | None:
        if self._mode != "pass":
            return None
        dues = [
            pipe.queued[0][0]
            for link in self._links
            for pipe in (link.up, link.down)
            if pipe.queued
        ]
        if not dues:
            return None
        return max(0.0, min(dues) - time.monotonic())

    def _accept(self) -> None:
        try:
            client, _address = self._listener.accept()
        except BlockingIOError:
            return
        self._accepted += 1
        if self._mode == "cut":
            _reset(client)
            return
        try:
            upstream = socket.create_connection(self.target, timeout=_CONNECT_TIMEOUT)
        except OSError:
            _reset(client)  # nothing listens there (a stopped server): as a refusal would
            return
        client.setblocking(False)
        upstream.setblocking(False)
        link = _Link(client, upstream, _Pipe(client, upstream), _Pipe(upstream, client))
        self._links.append(link)

    def _serve(self, link: _Link, sock: socket.socket, events: int) -> None:
        if events & selectors.EVENT_READ:
            pipe = link.up if sock is link.client else link.down
            try:
                data = sock.recv(_CHUNK)
            except BlockingIOError:
                data = None
            except OSError:
                self._drop(link)
                return
            if data == b"":
                pipe.ended = True
            elif data:
                pipe.queued.append((time.monotonic() + self._delay, data))
        if events & selectors.EVENT_WRITE and link in self._links:
            pipe = link.down if sock is link.client else link.up
            self._send(link, pipe)

    def _send(self, link: _Link, pipe: _Pipe) -> bool:
        """Send what is due; False when the link broke (and was dropped)."""
        if not pipe.due:
            return True
        try:
            sent = pipe.sink.send(pipe.due)
        except BlockingIOError:
            return True
        except OSError:
            self._drop(link)
            return False
        del pipe.due[:sent]
        return True

    def _forward(self) -> None:
        """Move due bytes on, pass EOFs on, and say what each socket waits for."""
        now = time.monotonic()
        for link in list(self._links):
            if self._mode == "pass":
                for pipe in (link.up, link.down):
                    while pipe.queued and pipe.queued[0][0] <= now:
                        pipe.due += pipe.queued.popleft()[1]
                    if not self._send(link, pipe):
                        break
                    if pipe.ended and not pipe.queued and not pipe.due and not pipe.shut:
                        with contextlib.suppress(OSError):
                            pipe.sink.shutdown(socket.SHUT_WR)
                        pipe.shut = True
                if link in self._links and link.up.shut and link.down.shut:
                    self._drop(link, gently=True)
            if link in self._links:
                self._watch(link)

    def _watch(self, link: _Link) -> None:
        for sock in link.sockets():
            outgoing = link.up if sock is link.client else link.down
            incoming = link.down if sock is link.client else link.up
            mask = 0
            if self._mode == "pass":
                if not outgoing.ended and outgoing.backlog() < _BACKLOG:
                    mask |= selectors.EVENT_READ
                if incoming.due:
                    mask |= selectors.EVENT_WRITE
            try:
                registered = self._selector.get_key(sock).events
            except KeyError:
                registered = 0
            if mask == registered:
                continue
            if not mask:
                self._selector.unregister(sock)
            elif not registered:
                self._selector.register(sock, mask, (link, sock))
            else:
                self._selector.modify(sock, mask, (link, sock))

    def _drop(self, link: _Link, *, gently: bool = False) -> None:
        self._links.remove(link)
        for sock in link.sockets():
            with contextlib.suppress(KeyError, ValueError):
                self._selector.unregister(sock)
            if gently:
                sock.close()
            else:
                _reset(sock)

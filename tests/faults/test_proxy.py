"""The fault proxy itself, in front of a small echo server on loopback."""

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from faults.proxy import FaultProxy

QUIET = 0.5
"""How long a test listens to be sure that nothing comes (a hang has no end to wait for)."""
PATIENCE = 10.0


class EchoServer:
    """Sends back whatever it receives; closes its side when the client has finished."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.received = bytearray()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def address(self) -> tuple[str, int]:
        host, port = self.listener.getsockname()[:2]
        return str(host), int(port)

    def _serve(self) -> None:
        while True:
            try:
                connection, _address = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._echo, args=(connection,), daemon=True).start()

    def _echo(self, connection: socket.socket) -> None:
        with connection:
            while True:
                try:
                    data = connection.recv(4096)
                except OSError:
                    return
                if not data:
                    return
                with self._lock:
                    self.received += data
                connection.sendall(data)

    def close(self) -> None:
        # A close alone leaves the port listening while the serving thread sits in accept()
        # (the kernel keeps the socket for it); shutting it down first wakes that accept
        # and stops the listening, so the port is really closed when this returns.
        with contextlib.suppress(OSError):  # not listening any more
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        self._thread.join(timeout=5)


@pytest.fixture
def echo() -> Iterator[EchoServer]:
    server = EchoServer()
    yield server
    server.close()


@pytest.fixture
def proxy(echo: EchoServer) -> Iterator[FaultProxy]:
    with FaultProxy(echo.address) as running:
        yield running


def client(proxy: FaultProxy) -> socket.socket:
    return socket.create_connection(proxy.address, timeout=PATIENCE)


def refused(proxy: FaultProxy) -> bool:
    """Whether a new connection is reset (while connecting, or at its first read)."""
    try:
        connection = client(proxy)
    except ConnectionResetError:
        return True
    with connection:
        try:
            return connection.recv(1) == b""
        except ConnectionResetError:
            return True


def receive(connection: socket.socket, size: int) -> bytes:
    data = bytearray()
    while len(data) < size:
        chunk = connection.recv(size - len(data))
        if not chunk:
            break
        data += chunk
    return bytes(data)


def nothing_arrives(connection: socket.socket) -> bool:
    connection.settimeout(QUIET)
    try:
        connection.recv(1)
    except TimeoutError:
        return True
    finally:
        connection.settimeout(PATIENCE)
    return False


def test_passes_bytes_both_ways(proxy: FaultProxy) -> None:
    with client(proxy) as connection:
        connection.sendall(b"hello")
        assert receive(connection, 5) == b"hello"
        payload = bytes(range(256)) * 4096  # 1 MiB: more than one chunk, more than a buffer
        sender = threading.Thread(target=connection.sendall, args=(payload,))
        sender.start()
        assert receive(connection, len(payload)) == payload
        sender.join()


def test_passes_the_end_of_a_connection_on(proxy: FaultProxy) -> None:
    with client(proxy) as connection:
        connection.sendall(b"bye")
        connection.shutdown(socket.SHUT_WR)
        assert receive(connection, 10) == b"bye"  # then EOF, once the echo server closed


def test_a_hang_keeps_connections_open_and_forwards_nothing_until_released(
    proxy: FaultProxy, echo: EchoServer
) -> None:
    with client(proxy) as before:
        before.sendall(b"a")
        assert receive(before, 1) == b"a"
        proxy.hang()
        before.sendall(b"held")
        assert nothing_arrives(before)
        with client(proxy) as during:  # a new connection is accepted, and gets nothing
            during.sendall(b"new")
            assert nothing_arrives(during)
            assert bytes(echo.received) == b"a", "bytes got through a hung proxy"
            proxy.pass_traffic()
            assert receive(before, 4) == b"held"
            assert receive(during, 3) == b"new"


def test_a_cut_resets_connections_and_refuses_new_ones_until_released(proxy: FaultProxy) -> None:
    with client(proxy) as before:
        before.sendall(b"a")
        assert receive(before, 1) == b"a"
        proxy.cut()
        with pytest.raises(ConnectionResetError):
            before.recv(1)
    assert proxy.open_connections() == 0
    assert refused(proxy)
    proxy.pass_traffic()
    with client(proxy) as after:
        after.sendall(b"c")
        assert receive(after, 1) == b"c"


def test_a_delay_holds_each_direction_back(proxy: FaultProxy) -> None:
    proxy.delay(150)
    with client(proxy) as connection:
        started = time.monotonic()
        connection.sendall(b"slow")
        assert receive(connection, 4) == b"slow"
        assert time.monotonic() - started >= 0.3  # 150 ms there, 150 ms back


def test_a_stopped_target_is_a_reset_connection(echo: EchoServer) -> None:
    address = echo.address
    echo.close()
    with FaultProxy(address) as proxy:
        assert refused(proxy)

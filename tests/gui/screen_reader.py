"""A screen reader's side of the AT-SPI bus, enough to read what the app tells it: the
accessibility bus's address from the session bus (org.a11y.Bus, started on demand by
at-spi2-core's launcher), the applications registered there, and each one's tree of
accessible objects with their roles and names.

Jeepney speaks D-Bus in plain Python; nothing here is Qt's, so what is read is what the
app sent over the bus, not what its widgets say in-process.
"""

import time
from dataclasses import dataclass

from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

ACCESSIBLE = "org.a11y.atspi.Accessible"
REGISTRY = "org.a11y.atspi.Registry"
ROOT = "/org/a11y/atspi/accessible/root"


LABELLED_BY = 2
"""AT-SPI's relation type: the object is labelled by the targets (AtspiRelationType)."""


@dataclass(frozen=True)
class Node:
    """An accessible object: its role, its name, the names of the labels it is labelled
    by (Qt on Linux names a combo box by its choice and gives its label as this relation,
    which is what Orca reads first), and its children."""

    role: str
    name: str
    labels: tuple[str, ...]
    children: tuple["Node", ...]

    def walk(self) -> list["Node"]:
        return [self, *(node for child in self.children for node in child.walk())]

    def find(self, role: str, name: str) -> "Node | None":
        """The first object of `role` called `name`, or labelled so."""
        return next(
            (n for n in self.walk() if n.role == role and name in (n.name, *n.labels)), None
        )


class ScreenReader:
    """Connected to the accessibility bus of the session bus at `session_address`."""

    def __init__(self, session_address: str) -> None:
        with open_dbus_connection(bus=session_address) as session:
            bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
            address = session.send_and_get_reply(new_method_call(bus, "GetAddress"), timeout=10)
        self._bus: DBusConnection = open_dbus_connection(bus=address.body[0])

    def close(self) -> None:
        self._bus.close()

    def _call(
        self,
        name: str,
        path: str,
        method: str,
        interface: str = ACCESSIBLE,
        signature: str | None = None,
        body: tuple[object, ...] = (),
    ) -> tuple[object, ...]:
        address = DBusAddress(path, bus_name=name, interface=interface)
        reply = self._bus.send_and_get_reply(
            new_method_call(address, method, signature, body), timeout=10
        )
        return tuple(reply.body)

    def applications(self, *, wait: float = 20.0) -> list[tuple[str, str]]:
        """(bus name, path) of each application on the bus, once there is one."""
        deadline = time.monotonic() + wait
        while True:
            (children,) = self._call(REGISTRY, ROOT, "GetChildren")
            assert isinstance(children, list)
            children = [tuple(child) for child in children]
            if children or time.monotonic() > deadline:
                return [(str(name), str(path)) for name, path in children]
            time.sleep(0.2)

    def _name(self, name: str, path: str) -> str:
        (variant,) = self._call(
            name,
            path,
            "Get",
            "org.freedesktop.DBus.Properties",
            "ss",
            (ACCESSIBLE, "Name"),
        )
        assert isinstance(variant, tuple)  # (signature, value)
        return str(variant[1])

    def tree(self, name: str, path: str, depth: int = 0) -> Node:
        """The accessible object at `path` and everything under it (30 levels at most)."""
        (role,) = self._call(name, path, "GetRoleName")
        label = self._name(name, path)
        (relations,) = self._call(name, path, "GetRelationSet")
        assert isinstance(relations, list)
        labels = tuple(
            self._name(str(target[0]), str(target[1]))
            for kind, targets in relations
            if kind == LABELLED_BY
            for target in targets
        )
        (children,) = self._call(name, path, "GetChildren") if depth < 30 else ([],)
        assert isinstance(children, list)
        return Node(
            str(role),
            label,
            labels,
            tuple(self.tree(str(n), str(p), depth + 1) for n, p in children),
        )

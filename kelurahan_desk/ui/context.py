"""What every page is built with: the store, the signed-in actor, the office."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from kelurahan_desk.services.actor import Actor
from kelurahan_desk.services.office import OfficeInfo
from kelurahan_desk.store.database import Store


@dataclass
class DeskContext:
    """Shared by the window and its pages; ``office`` is replaced when the admin edits it."""

    store: Store
    actor: Actor
    office: OfficeInfo

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.office.timezone)

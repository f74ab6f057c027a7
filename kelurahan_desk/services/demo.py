"""The demo office: Kelurahan Pohsangit Kidul (or another kelurahan of Kota Probolinggo, for
a second demo desk beside the first) with two counters and one account per role.

Seeded through the ordinary use cases, so the demo's audit chain is as real as any other.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.regions import load_regions, normalize_code
from kelurahan_desk.domain.roles import Role
from kelurahan_desk.services import accounts, office
from kelurahan_desk.services.accounts import NewAccount
from kelurahan_desk.services.demo_residents import KOTA_PROBOLINGGO
from kelurahan_desk.store.database import Store

DEMO_OFFICE = office.OfficeDraft(code="35.74.01.1007", timezone="Asia/Jakarta")
DEMO_COUNTERS = ("Loket 1", "Loket 2")
DEMO_HISTORY_WEEKS = 6
DEMO_RESIDENTS = 20_000


@dataclass(frozen=True)
class DemoLogin:
    username: str
    password: str
    full_name: str
    role: Role


# Listed in README.md; demo passwords are public by design, never use them for real data.
DEMO_LOGINS = (
    DemoLogin("admin", "admin-demo", "Admin Kelurahan", Role.ADMIN),
    DemoLogin("operator", "operator-demo", "Siti Rahmawati", Role.OPERATOR),
    DemoLogin("supervisor", "supervisor-demo", "Bambang Hartono", Role.SUPERVISOR),
    DemoLogin("inspektur", "inspektur-demo", "Dewi Lestari", Role.INSPECTOR),
)


def demo_office_problem(code: str) -> Message | None:
    """Why ``code`` cannot be a demo office (the demo's residents and cards are Kota
    Probolinggo's); ``None`` when it can."""
    try:
        dotted = normalize_code(code)
    except ValueError:
        dotted = ""
    region = load_regions().get(dotted) if dotted else None
    if region is None or region.level != "kelurahan" or not dotted.startswith(
            KOTA_PROBOLINGGO + "."):
        return QT_TRANSLATE_NOOP(
            "demo", "{code} bukan kode kelurahan di Kota Probolinggo (mis. 35.74.02.1002)."
        ).format(code=code.strip())
    return None


def seed_demo(store: Store, history_weeks: int = 0, residents: int = 0,
              office_code: str = DEMO_OFFICE.code) -> bool:
    """Fill an empty store with the demo office; ``False`` if it already has an office.

    ``history_weeks`` adds that many weeks of queue history so the reports are not empty
    (and a small history of KTP-el prints, blank stock and spoiled cards),
    ``residents`` a synthetic resident list for the lookups (the program's ``--demo`` asks
    for six weeks and 20,000 residents; tests mostly want neither).
    """
    if office.get_office(store) is not None:
        return False
    office.set_up_office(store, replace(DEMO_OFFICE, code=office_code))
    admin_login = DEMO_LOGINS[0]
    accounts.create_first_admin(
        store,
        NewAccount(admin_login.username, admin_login.full_name, Role.ADMIN, admin_login.password),
    )
    admin = accounts.sign_in(store, admin_login.username, admin_login.password)
    for name in DEMO_COUNTERS:
        office.add_counter(store, admin, name)
    for login in DEMO_LOGINS[1:]:
        accounts.create_account(
            store, admin, NewAccount(login.username, login.full_name, login.role, login.password)
        )
    accounts.sign_out(store, admin)
    from kelurahan_desk.services.queue_services import ensure_default_services

    ensure_default_services(store)
    if history_weeks:
        from kelurahan_desk.services.demo_history import seed_queue_history

        seed_queue_history(store, weeks=history_weeks)
        from kelurahan_desk.services.demo_cards import seed_demo_cards

        seed_demo_cards(store)
    if residents:
        from kelurahan_desk.services.demo_residents import seed_demo_residents

        seed_demo_residents(store, count=residents)  # the office's kelurahan first
    return True

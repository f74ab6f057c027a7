"""A believable KTP-el history for the demo office, made through the ordinary use cases.

One delivery of 200 blanks; about sixty print jobs in every status (some misprinted and
printed again, old cards handed in for damaged cards and data changes); about twenty-five
invalid cards from every source, most put away, some handed over to the Dispendukcapil;
and one confirmed destruction with witnesses from the kecamatan, Satpol PP and the
Inspektorat. Everything happens "now" (the audit chain and the outbox keep real time), the
dates a user types (delivery, request, hand-over and destruction days) lie in the past
weeks. The reconciliation adds up and every custody check passes, as in a real office.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from kelurahan_desk.domain.ktp_print import PrintReason, Recipient
from kelurahan_desk.domain.roles import Role
from kelurahan_desk.domain.spoiled_cards import BatchKind, CustodyState, Signatory, SpoilSource
from kelurahan_desk.services.actor import Actor
from kelurahan_desk.services.akta_requests import CENTRAL
from kelurahan_desk.services.blanko import BlankReceiptDraft, receive_blanks
from kelurahan_desk.services.card_batches import (
    HandOverDraft,
    batch_candidates,
    confirm_hand_over,
    prepare_hand_over,
)
from kelurahan_desk.services.card_destructions import (
    DestructionDraft,
    confirm_destruction,
    prepare_destruction,
)
from kelurahan_desk.services.ktp_print import (
    PrintJobDraft,
    cancel_print_job,
    create_print_job,
    hand_over_card,
    mark_failed,
    mark_printed,
    receive_old_card,
    requeue_job,
    start_printing,
)
from kelurahan_desk.services.spoiled_cards import (
    SpoiledCardDraft,
    SpoiledCardFilter,
    list_spoiled_cards,
    log_spoiled_card,
    store_cards,
)
from kelurahan_desk.services.stock_allocations import Allocation, store_allocations
from kelurahan_desk.store.card_tables import BlankReceipt
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Account, Counter, Office

JOBS = 60
BLANKS = 200
CABINET = "Lemari besi ruang Sekretaris Kelurahan"
_FIRST = ("Ahmad", "Siti", "Budi", "Sri", "Agus", "Dewi", "Eko", "Nur", "Hadi", "Rina",
          "Joko", "Wati", "Bambang", "Yuli", "Slamet", "Lilik", "Imam", "Endang", "Rudi",
          "Fitri")
_LAST = ("Santoso", "Wahyuni", "Prasetyo", "Lestari", "Hidayat", "Rahayu", "Susanto",
         "Kurniawati", "Saputra", "Handayani", "Firmansyah", "Maulida")


def _actor(store: Store, username: str) -> Actor:
    with store.read() as session:
        account = session.scalar(select(Account).where(Account.username == username))
        counter = session.scalar(select(Counter.id).order_by(Counter.number).limit(1))
        if account is None:
            raise RuntimeError(f"the demo office has no account {username!r}")
        return Actor(account.id, account.username, account.full_name, Role(account.role),
                     counter if account.role == Role.OPERATOR else None)


def _people(rng: random.Random, count: int, born_before: date) -> list[tuple[str, str]]:
    """(NIK, name) of made-up residents of Kota Probolinggo, NIKs valid and distinct."""
    people: dict[str, str] = {}
    while len(people) < count:
        female = rng.random() < 0.5
        birth = date(1950, 1, 1) + timedelta(days=rng.randrange((born_before - date(
            1950, 1, 1)).days))
        day = birth.day + (40 if female else 0)
        nik = (f"3574{rng.randint(1, 5):02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}"
               f"{rng.randint(1, 9999):04d}")
        first = rng.choice(_FIRST[1::2] if female else _FIRST[0::2])
        people.setdefault(nik, f"{first} {rng.choice(_LAST)}")
    return list(people.items())


def seed_demo_cards(store: Store, seed: int = 20251205) -> bool:
    """Fill the demo office's KTP-el pages; ``False`` if it has blank receipts already."""
    with store.read() as session:
        if session.scalar(select(BlankReceipt.id).limit(1)) is not None:
            return False
        office = session.get(Office, 1)
        if office is None:
            raise RuntimeError("the office is not set up")
        today = store.clock().astimezone(ZoneInfo(office.timezone)).date()
    rng = random.Random(seed)
    operator, supervisor = _actor(store, "operator"), _actor(store, "supervisor")
    year = today.year % 100
    receive_blanks(store, operator, BlankReceiptDraft(
        today - timedelta(days=42), f"470/812/425.111/{today.year}", BLANKS,
        f"BLK{year:02d}A0001-BLK{year:02d}A{BLANKS:04d}"))
    # A blank found scratched when the box was opened.
    log_spoiled_card(store, operator, SpoiledCardDraft(
        SpoilSource.DEFECTIVE_BLANK, "Permukaan blanko tergores sejak diterima",
        "tergores, chip utuh", serial=f"BLK{year:02d}A0200", storage_place=CABINET))

    reasons = ([PrintReason.NEW] * 30 + [PrintReason.DAMAGED] * 9 + [PrintReason.LOST] * 9
               + [PrintReason.DATA_CHANGE] * 12)
    rng.shuffle(reasons)
    # Where each job ends: most handed over, a few at each earlier step.
    endings = (["handed_over"] * 36 + ["printed"] * 7 + ["printing"] * 2 + ["queued"] * 8
               + ["cancelled"] * 4 + ["failed"] * 3)
    people = _people(rng, JOBS + 4, today - timedelta(days=17 * 365))
    for n, (reason, ending) in enumerate(zip(reasons, endings, strict=True)):
        nik, name = people[n]
        job = create_print_job(store, operator, PrintJobDraft(
            nik, reason, name, today - timedelta(days=35 - n * 35 // JOBS),
                biometrics_checked=True))
        if ending == "cancelled":
            cancel_print_job(store, operator, job.id, rng.choice((
                "Pemohon pindah domisili sebelum dicetak", "Data belum padan dengan SIAK",
                "Permohonan ganda")))
            continue
        if ending == "queued":
            continue
        start_printing(store, operator, job.id)
        if ending == "failed" or rng.random() < 0.06:
            mark_failed(store, operator, job.id, rng.choice((
                "Foto tercetak bergeser", "Chip tidak terbaca setelah dicetak",
                "Tinta pudar di bagian alamat")), "utuh", storage_place=CABINET)
            if ending == "failed":
                continue
            requeue_job(store, operator, job.id)
            start_printing(store, operator, job.id)
        if ending == "printing":
            continue
        mark_printed(store, operator, job.id)
        if ending != "handed_over":
            continue
        if reason in (PrintReason.DAMAGED, PrintReason.DATA_CHANGE):
            damaged = reason == PrintReason.DAMAGED
            receive_old_card(
                store, operator, job.id,
                rng.choice(("patah di sudut", "chip retak", "foto buram"))
                if damaged else "utuh",
                "KTP-el rusak, diganti baru" if damaged else rng.choice((
                    "Perubahan status perkawinan", "Pindah alamat dalam kota",
                    "Perubahan pekerjaan")),
                storage_place=CABINET if rng.random() < 0.7 else "")
        proxy = rng.random() < 0.15
        other_nik, other_name = people[JOBS + n % 4]
        hand_over_card(store, operator, job.id,
                       Recipient.PROXY if proxy else Recipient.RESIDENT, True,
                       other_name if proxy else "", other_nik if proxy else "")

    # Cards brought to the counter on their own.
    for n, (source, why, condition) in enumerate((
        (SpoilSource.FOUND_AFTER_LOSS, "Ditemukan warga setelah pemilik lapor hilang", "utuh"),
        (SpoilSource.FOUND_AFTER_LOSS, "Diserahkan Polsek Kademangan", "sedikit tergores"),
        (SpoilSource.FOUND_AFTER_LOSS, "Ditemukan di angkot, pemilik sudah cetak ulang",
         "utuh"),
        (SpoilSource.DAMAGED_RETURNED, "Terendam banjir", "melengkung, chip rusak"),
        (SpoilSource.OTHER, "KTP-el lama pemohon yang meninggal, diserahkan keluarga",
         "utuh"),
    )):
        nik, name = people[n]
        log_spoiled_card(store, operator, SpoiledCardDraft(
            source, why, condition, nik=nik, holder_name=name,
            serial=f"LAMA{rng.randint(10**7, 10**8 - 1)}",
            storage_place=CABINET if n % 2 == 0 else ""))

    # A hand-over to the Dispendukcapil two weeks ago, then a destruction witnessed by three.
    ready = batch_candidates(store, operator, BatchKind.HAND_OVER)
    batch = prepare_hand_over(store, operator, HandOverDraft(
        today - timedelta(days=14),
        Signatory("Dedi Kurniawan", "Pengelola Blanko KTP-el",
                  "Dispendukcapil Kota Probolinggo", "198507172010011004"),
        ready[:6], "Serah terima KTP-el invalid bulanan"))
    confirm_hand_over(store, supervisor, batch.id)
    # The rest of what was stored is burned here; the Dispendukcapil keeps its six.
    kept_here = set(ready[6:])
    burn = tuple(c for c in batch_candidates(store, operator, BatchKind.DESTRUCTION)
                 if c in kept_here)[:10]
    destruction = prepare_destruction(store, operator, DestructionDraft(
        f"470/27/425.111.1/{today.year}", today,  # the cards were logged today too
        f"Halaman belakang Kantor Kelurahan {office.name}",
        Signatory("Drs. Hadi Prasetyo", "Lurah", f"Kelurahan {office.name}",
                  "196804121990031005"),
        (Signatory("Rina Kusuma, S.Sos.", "Kasi Pemerintahan", "Kecamatan Kademangan",
                   "197903152005012003"),
         Signatory("Agus Salim", "Anggota Satpol PP", "Satpol PP Kota Probolinggo"),
         Signatory("Yuli Astuti, S.E.", "Auditor Pertama", "Inspektorat Kota Probolinggo",
                   "198201012008012011")),
        burn, note="Pemusnahan dengan cara dibakar sesuai SE Mendagri 470.13/11176/SJ",
        held_time=time(9, 0)))
    confirm_destruction(store, supervisor, destruction.id)
    # Put away what was only logged, except the two newest: they came in today.
    loose = [r.id for r in list_spoiled_cards(
        store, operator, SpoiledCardFilter(state=CustodyState.LOGGED), 0, 1000)][2:]
    if loose:
        store_cards(store, operator, loose, CABINET)
    # The next box, allocated by the centre two days ago (as a sync would bring it) and
    # not yet here: the Stok blanko tab shows it waiting to be received.
    allocated = datetime.combine(today - timedelta(days=2), time(9, 15), ZoneInfo(
        office.timezone))
    with store.write(CENTRAL, "system") as uow:
        store_allocations(uow, [
            Allocation(uuid.UUID(int=rng.getrandbits(128)), f"BLK{year:02d}B{n:04d}",
                       f"SJ-470/1093/425.111/{today.year}", allocated)
            for n in range(1, 101)])
    return True

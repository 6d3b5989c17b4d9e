"""A demo database for someone trying the app, and large registers for benchmarks.

Cases go through the same services as real ones (encrypted, audited); only their
lifecycle position is set directly, with the timeline events a real case would have.
Purged history is written in bulk as anonymous rows, which is all a purge leaves.
"""

from __future__ import annotations

import functools
import io
import random
import uuid
from datetime import date, datetime, time, timedelta

from PIL import Image, ImageDraw
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from inquiry_desk.domain import deadlines, suggested
from inquiry_desk.domain.enums import (
    CaseKind,
    CaseState,
    Channel,
    Jurisdiction,
    Language,
    Outcome,
    RepresentativeKind,
    RequestType,
    Role,
)
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.domain.refusals import RefusalCategory
from inquiry_desk.services import audit
from inquiry_desk.services.actors import SYSTEM, Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.creating import next_reference
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.views import NewAttachment, NewCase, encode_types
from inquiry_desk.services.demo.data_held import add_data_held
from inquiry_desk.services.demo.people import EU_PEOPLE, JP_ADDRESSES, JP_GIVEN, JP_SURNAMES
from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.models import Case, RefFragment, User, ref_fragments

# Login, the name colleagues know (English letters sign with it), role, and the name as
# Japanese letters write it with its reading.
DEMO_USERS = [
    ("staff", "Sato Yui", Role.STAFF, "佐藤 結衣", "サトウ ユイ", "Yui Sato"),
    ("manager", "Sugahara Shin", Role.MANAGER, "菅原 慎", "スガハラ シン", "Shin Sugahara"),
    ("admin", "Takada Ken", Role.ADMIN, "高田 健", "タカダ ケン", "Ken Takada"),
    ("kato", "Kato Ren", Role.STAFF, "加藤 蓮", "カトウ レン", "Ren Kato"),
]
DEMO_PASSWORD = "demo"

_FINISHED = [CaseState.RESPONDED, CaseState.REFUSED, CaseState.WITHDRAWN, CaseState.CLOSED]
_JP_TYPES = [
    RequestType.DISCLOSURE,
    RequestType.PURPOSE_OF_USE,
    RequestType.CORRECTION,
    RequestType.DELETION,
    RequestType.SUSPENSION_OF_USE,
    RequestType.ELIMINATION,
    RequestType.SUSPEND_THIRD_PARTY_PROVISION,
    RequestType.THIRD_PARTY_PROVISION_RECORDS,
]
_EU_TYPES = [
    RequestType.ACCESS,
    RequestType.ERASURE,
    RequestType.RECTIFICATION,
    RequestType.OBJECTION,
    RequestType.PORTABILITY,
    RequestType.RESTRICTION,
    RequestType.WITHDRAW_CONSENT,
]


def ensure_demo_users(app: App) -> dict[str, Actor]:
    app.set_meta("demo", "1")
    setup = Actor("demo-setup", "admin")
    with app.db.read() as session:
        existing = set(session.scalars(select(User.username)))
    for username, name, role, name_ja, name_kana, name_en in DEMO_USERS:
        if username not in existing:
            app.users.create(
                setup,
                username,
                name,
                role,
                DEMO_PASSWORD,
                name_ja=name_ja,
                name_kana=name_kana,
                name_en=name_en,
            )
    with app.db.read() as session:
        return {
            u.username: Actor(u.username, u.role, u.id, u.display_name, u.name_ja, u.name_en)
            for u in session.scalars(select(User))
        }


def _scan_png(label: str) -> bytes:
    img = Image.new("L", (420, 260), 250)
    draw = ImageDraw.Draw(img)
    draw.rectangle((8, 8, 411, 251), outline=60, width=3)
    draw.text((24, 24), label, fill=20)
    draw.text((24, 60), "(demo scan - not a real document)", fill=90)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _applicant(rng: random.Random, japanese: bool) -> tuple[PartyData, Jurisdiction, Language]:
    if japanese:
        (sur, sur_k), (giv, giv_k) = rng.choice(JP_SURNAMES), rng.choice(JP_GIVEN)
        postal, address = rng.choice(JP_ADDRESSES)
        n = rng.randint(1000, 9999)
        party = PartyData(
            name=f"{sur} {giv}",
            name_kana=f"{sur_k} {giv_k}",
            email=f"user{n}@example.jp",
            phone=f"090-{rng.randint(1000, 9999)}-{n}",
            postal_code=postal,
            address=address,
            country="JP",
            customer_number=f"C{rng.randint(10000, 99999)}",
        )
        return party, Jurisdiction.JP, Language.JA
    name, country, postal, address, phone = rng.choice(EU_PEOPLE)
    local = name.lower().replace(" ", ".").encode("ascii", "ignore").decode() or "customer"
    party = PartyData(
        name=name,
        email=f"{local}{rng.randint(1, 99)}@example.eu",
        phone=phone,
        postal_code=postal,
        address=address,
        country=country,
        customer_number=f"C{rng.randint(10000, 99999)}",
    )
    juris = Jurisdiction.UK if country == "GB" else Jurisdiction.EEA
    return party, juris, Language.EN


def fill_demo(
    app: App,
    cases: int = 40,
    purged: int = 12,
    *,
    seed: int = 2026,
    today: date | None = None,
    closed_lately: bool = True,
) -> list[str]:
    """Returns the references of the live cases created.

    ``closed_lately``: most finished cases were answered within the grace period, so the demo
    keeps them to explore; False answers them all weeks ago, so that they are due for purge
    (to show, or test, the erasure)."""
    rng = random.Random(seed)
    today = today or date.today()
    users = ensure_demo_users(app)
    workers = [users["staff"], users["kato"], users["manager"]]
    states = list(CaseState)
    states.remove(CaseState.PURGED)
    refs: list[str] = []
    held: list[tuple[str, PartyData, bool, list[RequestType]]] = []
    to_review = DEMO_NEEDS_REVIEW
    for i in range(cases):
        japanese = rng.random() < 0.55
        applicant, juris, lang = _applicant(rng, japanese)
        kind = rng.choices(list(CaseKind), weights=[70, 12, 12, 6])[0]
        pool = _JP_TYPES if japanese else _EU_TYPES
        types = rng.sample(pool, k=rng.choice([1, 1, 1, 2])) if kind is CaseKind.REQUEST else []
        channel = rng.choice([Channel.MAIL, Channel.FAX, Channel.EMAIL, Channel.EMAIL])
        # Every state is represented; old cases are more often finished.
        state = states[i % len(states)] if i < len(states) * 2 else rng.choice(states)
        age = rng.randint(40, 120) if state in _FINISHED else rng.randint(0, 35)
        if state in _FINISHED and closed_lately and i % 5:
            # Four in five finished cases came in lately and were answered within days, so that
            # the demo still holds them to explore after its first start purges the older ones
            # (the grace period runs from the answer). Chosen by position, not by the seeded
            # generator: the demo's other random choices stay as they were.
            age = 12 + age % 20
        received = today - timedelta(days=age)
        rep = None
        if rng.random() < 0.12:
            rep_party, _, _ = _applicant(rng, japanese)
            rep_party.representative_kind = rng.choice(list(RepresentativeKind))
            rep = rep_party
        attachments = []
        if channel is not Channel.EMAIL or rng.random() < 0.4:
            attachments.append(
                NewAttachment(
                    "scan-001.png",
                    "image/png",
                    _scan_png(f"Incoming {channel.label} letter"),
                    kind="document",
                    pages=1,
                )
            )
        if kind is CaseKind.REQUEST and rng.random() < 0.5:
            attachments.append(
                NewAttachment(
                    "id-copy.png",
                    "image/png",
                    _scan_png("ID copy (number masked)"),
                    kind="id_document",
                    pages=1,
                )
            )
        actor = rng.choice(workers)
        new = NewCase(
            received=received,
            channel=channel,
            kind=kind,
            request_types=types,
            jurisdiction=juris,
            language=lang,
            applicant=applicant,
            representative=rep,
            attachments=attachments,
            assignee_id=rng.choice(workers).user_id,
            note="Demo case: applicant phoned to confirm receipt." if rng.random() < 0.3 else "",
        )
        if to_review and state in _JUST_ARRIVED:
            # A few early cases stand for imports nobody has checked yet, so that the register's
            # "Needs review" filter shows something. Chosen by position, not by the generator.
            to_review -= 1
            new.suggested = _demo_guesses(channel, rep is not None)
        created = datetime.combine(received, time(9, 30)) + timedelta(minutes=i)
        ref = app.cases.create(
            actor,
            new,
            now=created,
            extra=functools.partial(_advance_hook, state=state, actor=actor, today=today, rng=rng),
        )
        refs.append(ref)
        if kind is CaseKind.REQUEST:
            held.append((ref, applicant, japanese, list(types)))
    add_data_held(app, users["staff"], held, seed)
    if purged:
        add_purged_history(app, purged, seed=seed, today=today)
    app.register.invalidate()
    return refs


# How many demo cases come as imports with suggestions still to confirm.
DEMO_NEEDS_REVIEW = 3
_JUST_ARRIVED = (CaseState.RECEIVED, CaseState.VERIFYING)


def _demo_guesses(channel: Channel, has_representative: bool) -> tuple[str, ...]:
    """What the importer would have guessed: from a fax or scan the applicant's details
    too; from an email (whose sender header names the writer) the kind, types and address."""
    guesses = ["kind", "request_types", "applicant.address"]
    if channel is not Channel.EMAIL:
        guesses += ["applicant.name", "applicant.phone"]
    if has_representative:
        guesses.append("representative.name")
    return suggested.ordered(guesses)


def _advance_hook(
    session: Session,
    case: Case,
    _cipher: CaseCipher,
    *,
    state: CaseState,
    actor: Actor,
    today: date,
    rng: random.Random,
) -> None:
    _advance(session, case, state, actor, today, rng)


def _advance(
    session: Session, case: Case, state: CaseState, actor: Actor, today: date, rng: random.Random
) -> None:
    steps: list[tuple[str, str]] = []
    if state is not CaseState.RECEIVED:
        if CaseKind(case.kind).needs_verification:
            steps.append(("verification_started", "Identity verification started"))
        if state in (CaseState.AWAITING_APPLICANT,):
            steps.append(("awaiting_applicant", "Request form sent; clock paused"))
        if state not in (CaseState.VERIFYING, CaseState.AWAITING_APPLICANT):
            steps.append(("work_started", "Work started"))
    if state is CaseState.AWAITING_APPROVAL:
        steps.append(("submitted", "Submitted for manager approval"))
    if state in _FINISHED:
        label = {
            CaseState.RESPONDED: "Response sent by post",
            CaseState.REFUSED: "Request refused",
            CaseState.WITHDRAWN: "Withdrawn by the applicant",
            CaseState.CLOSED: "Response sent; case closed",
        }[state]
        steps.append((state.value, label))
    at = datetime.combine(case.received, time(10, 0))
    for action, summary in steps:
        at += timedelta(days=rng.randint(1, 4))
        add_event(session, case, actor, action, summary, at=at)
    case.state = state.value
    if state in _FINISHED:
        closed = min(at, datetime.combine(today, time(12)))
        case.closed_at = closed
        case.outcome = {
            CaseState.REFUSED: Outcome.REFUSED.value,
            CaseState.WITHDRAWN: Outcome.WITHDRAWN.value,
        }.get(
            state,
            rng.choice([Outcome.DISCLOSED, Outcome.CORRECTED, Outcome.DELETED, Outcome.NO_DATA_HELD]).value,
        )
        case.deadline_met = case.due is None or closed.date() <= case.due
        if state is CaseState.REFUSED:
            case.refusal_category = _refusal_category(case.ref)
    if state is CaseState.AWAITING_APPLICANT:
        case.due = None if rng.random() < 0.5 else case.due  # paused: due date moves on resume
    case.updated_at = at


# How often each ground comes up in a year of refusals (for the demo's monthly report).
_REFUSAL_MIX = (
    (RefusalCategory.IDENTITY_NOT_VERIFIED, 5),
    (RefusalCategory.UNFOUNDED_OR_EXCESSIVE, 2),
    (RefusalCategory.HARM_TO_OTHERS, 2),
    (RefusalCategory.NOT_RETAINED_DATA, 2),
    (RefusalCategory.CONDITIONS_NOT_MET, 3),
    (RefusalCategory.BUSINESS_INTERFERENCE, 1),
    (RefusalCategory.FEE_NOT_PAID, 1),
)


def _refusal_category(ref: str) -> str:
    # Seeded by the reference, not the shared generator, so the rest of the demo stays as it was.
    categories = [c for c, _ in _REFUSAL_MIX]
    chosen: RefusalCategory = random.Random(ref).choices(categories, weights=[w for _, w in _REFUSAL_MIX])[0]
    return chosen.value


def add_purged_history(app: App, count: int, *, seed: int = 1, today: date | None = None) -> None:
    """Anonymous register rows such as years of purges leave behind, written in bulk."""
    rng = random.Random(seed)
    today = today or date.today()
    rows = []
    with app.db.write() as session:
        before = session.scalar(select(func.max(Case.id))) or 0
        for _ in range(count):
            received = today - timedelta(days=rng.randint(60, 365 * 6))
            japanese = rng.random() < 0.6
            juris = Jurisdiction.JP if japanese else rng.choice([Jurisdiction.EEA, Jurisdiction.UK])
            kind = rng.choices(list(CaseKind), weights=[70, 12, 12, 6])[0]
            types = rng.sample(_JP_TYPES if japanese else _EU_TYPES, k=1) if kind is CaseKind.REQUEST else []
            due = deadlines.due_date(received, juris)
            responded = received + timedelta(days=rng.randint(3, 40))
            closed = datetime.combine(responded, time(15))
            purged_at = closed + timedelta(days=30)
            rows.append(
                {
                    "uid": str(uuid.uuid4()),
                    "ref": next_reference(session, received.year),
                    "kind": kind.value,
                    "channel": rng.choice(list(Channel)[:3]).value,
                    "state": CaseState.PURGED.value,
                    "received": received,
                    "due": due,
                    "jurisdiction": juris.value,
                    "language": "ja" if japanese else "en",
                    "request_types": encode_types(types),
                    "assignee_id": None,
                    "outcome": rng.choice(
                        [
                            Outcome.DISCLOSED,
                            Outcome.DELETED,
                            Outcome.NO_DATA_HELD,
                            Outcome.ANSWERED,
                            Outcome.REFUSED,
                        ]
                    ).value,
                    "refusal_category": None,
                    "deadline_met": responded <= due,
                    "legal_hold": False,
                    "warnings": 0,
                    "created_at": datetime.combine(received, time(9)),
                    "updated_at": purged_at,
                    "closed_at": closed,
                    "purged_at": purged_at,
                }
            )
            if rows[-1]["outcome"] == Outcome.REFUSED.value:
                rows[-1]["refusal_category"] = _refusal_category(str(rows[-1]["ref"]))
            if len(rows) >= 5000:
                session.execute(insert(Case), rows)
                rows = []
        if rows:
            session.execute(insert(Case), rows)
        # The register's index of reference fragments, as CaseService does for each case.
        written = session.execute(select(Case.id, Case.ref).where(Case.id > before)).all()
        for start in range(0, len(written), 2000):
            session.execute(
                insert(RefFragment),
                [f for cid, ref in written[start : start + 2000] for f in ref_fragments(cid, ref)],
            )
        audit.record(session, SYSTEM, "demo.history", None, {"rows": count})

"""Installation-wide security settings: how long an idle window stays open."""

from __future__ import annotations

from inquiry_desk.domain.errors import ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.settings.lifecycle import read_raw, write_raw
from inquiry_desk.store.engine import Database

IDLE_KEY = "security.idle_minutes"
DEFAULT_IDLE_MINUTES = 10
# A lock sooner than a minute would interrupt typing; longer than a working morning
# defeats the purpose on a shared office PC.
MIN_IDLE, MAX_IDLE = 1, 240


def idle_minutes(db: Database) -> int:
    with db.read() as session:
        raw = read_raw(session, IDLE_KEY)
    try:
        value = int(raw) if raw is not None else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return min(max(value, MIN_IDLE), MAX_IDLE)


def set_idle_minutes(db: Database, actor: Actor, minutes: int) -> None:
    actor.require(Permission.CHANGE_SETTINGS)
    if not MIN_IDLE <= minutes <= MAX_IDLE:
        raise ValidationFailed(
            {
                "idle_minutes": translate("Settings", "Choose between {low} and {high} minutes.").format(
                    low=MIN_IDLE, high=MAX_IDLE
                )
            }
        )
    with db.write() as session:
        write_raw(session, IDLE_KEY, str(minutes))
        audit.record(session, actor, "settings.idle_minutes", None, {"minutes": minutes})

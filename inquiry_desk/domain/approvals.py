"""The manager's approval of what goes out: what is submitted, and what the manager decided."""

from __future__ import annotations

from enum import StrEnum


class ApprovalSubject(StrEnum):
    RESPONSE = "response"
    REFUSAL = "refusal"

    @property
    def label(self) -> str:
        return {"response": "Response", "refusal": "Refusal"}[self.value]

    @property
    def label_ja(self) -> str:
        return {"response": "回答", "refusal": "不開示の決定"}[self.value]


class ApprovalDecision(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    SENT_BACK = "sent_back"

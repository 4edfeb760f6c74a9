"""Where an approved payment is carried out. One interface, so that a gateway calling a
platform's API can be added beside the built-in manual one without touching the
payment services.

The manual gateway pays nothing itself: the agent makes the payment in the platform's
back office (or uploads the batch file, `payments-export`) and confirms it with the
platform's reference no. (`paid PAYMENT_ID --reference R`); the console records both
steps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from app.domain.errors import DomainError
from app.domain.payments import Payment, PaymentStatus


@dataclass(frozen=True)
class Receipt:
    """What a gateway answered: the payment's status after it (approved: waits for a
    confirmation; paid: the gateway paid it, with its reference) and details."""

    status: PaymentStatus
    reference: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


class PaymentGateway(Protocol):
    @property
    def name(self) -> str: ...

    def submit(self, payment: Payment) -> Receipt: ...


class ManualGateway:
    """The agent pays in the platform's back office, then confirms."""

    name = "manual"

    def submit(self, payment: Payment) -> Receipt:
        return Receipt(PaymentStatus.APPROVED, None,
                       {"gateway": self.name,
                        "waits_for": "the agent pays in the platform's back office and "
                                     "confirms with the reference no."})


GATEWAYS: dict[str, PaymentGateway] = {"manual": ManualGateway()}


class UnknownGateway(DomainError):
    def __init__(self, name: str) -> None:
        super().__init__(f"there is no payment gateway {name!r}; known: "
                         + ", ".join(sorted(GATEWAYS)))
        self.name = name


def gateway(name: str = "manual") -> PaymentGateway:
    try:
        return GATEWAYS[name]
    except KeyError:
        raise UnknownGateway(name) from None

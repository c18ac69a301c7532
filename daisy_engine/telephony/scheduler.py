"""The callback scheduler: places every due callback once, within the flow's rules.

A flow's `callbacks:` block says how many calls one number gets (`max_attempts`, counted since its
last settled record), when nobody is called (`quiet_hours` in `timezone`) and whether an unanswered
call is tried again (`retry_after` minutes). Dialing itself is a function given to the scheduler (the
CLI gives it LiveKit's), so this module never touches the network and tests drive it with a clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from daisy_engine.errors import DaisyError
from daisy_engine.flow.model import Callbacks
from daisy_engine.runtime.masking import masked_logger
from daisy_engine.store.callbacks import Callback, CallbackQueue
from daisy_engine.store.records import iso, utc_now
from daisy_engine.telephony.outcomes import Attempt, DialUnavailable

logger = masked_logger("daisy_engine.telephony")  # masked at INFO, whatever the handlers

CLAIM_LEASE = timedelta(minutes=15)
"""A claim older than this belongs to a scheduler that died while placing the call (a dial waits at
most its ringing time, two minutes): the callback is queued again."""

Dial = Callable[[Callback], Awaitable[Attempt]]
"""Places one call (LiveKit in production) and says how it ended. Raising counts as `failed`."""


def parse_time(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=ZoneInfo("UTC"))


def next_allowed(moment: datetime, policy: Callbacks) -> datetime:
    """`moment`, or the end of the quiet hours when it falls inside them (in the policy's zone)."""
    if policy.quiet_hours is None:
        return moment
    zone = ZoneInfo(policy.timezone)
    local = moment.astimezone(zone)
    start, end = (time.fromisoformat(part) for part in policy.quiet_hours)
    now = local.time().replace(tzinfo=None)
    if start == end:
        return moment
    if start < end:
        quiet, end_day = start <= now < end, local.date()
    else:  # the quiet hours span midnight: 21:00-08:00
        quiet = now >= start or now < end
        end_day = local.date() + timedelta(days=1) if now >= start else local.date()
    if not quiet:
        return moment
    return datetime.combine(end_day, end, tzinfo=zone).astimezone(moment.tzinfo)


@dataclass(frozen=True)
class Planned:
    """A queued callback and when it will be placed (its due time, moved past quiet hours)."""

    callback: Callback
    at: datetime
    quiet: bool  # moved by the quiet hours

    def due(self, now: datetime) -> bool:
        return self.at <= now


@dataclass(frozen=True)
class Placed:
    """What a scheduler run did with one callback: placed (with the attempt), given up or cancelled."""

    callback: Callback
    state: str
    attempt: Attempt | None = None
    note: str = ""


def record_attempt(
    queue: CallbackQueue,
    flow: str,
    policy: Callbacks | None,
    phone: str,
    attempt: Attempt,
    *,
    locale: str | None = None,
    callback_id: int | None = None,
    room: str | None = None,
    now: datetime | None = None,
) -> int | None:
    """Write one dial to the attempt log; when it went unanswered and the flow retries, queue the retry
    (unless the number is out of attempts). Returns the retry's callback id, if one was queued."""
    now = now or utc_now()
    queue.record_attempt(
        flow,
        phone,
        attempt.outcome,
        sip_status=attempt.sip_status,
        detail=attempt.detail,
        callback_id=callback_id,
        room=room,
        placed_at=iso(now),
    )
    if attempt.answered or policy is None or policy.retry_after is None:
        return None
    if queue.attempts_since_settled(flow, phone) >= policy.max_attempts:
        logger.info("%s: %s attempts reached; no retry", flow, policy.max_attempts)
        return None
    due = next_allowed(now + timedelta(minutes=policy.retry_after), policy)
    return queue.add(flow, phone, iso(due), "unanswered", locale=locale)


class CallbackScheduler:
    """Places the due callbacks of the flows in `policies` (flow name → its `callbacks:` block)."""

    def __init__(
        self,
        queue: CallbackQueue,
        policies: dict[str, Callbacks],
        dial: Dial,
        *,
        clock: Callable[[], datetime] = utc_now,
        worker: str | None = None,
    ) -> None:
        self.queue = queue
        self.policies = policies
        self.dial = dial
        self.clock = clock
        self.worker = worker or f"{socket.gethostname()}:{os.getpid()}:{id(self):x}"

    async def plan(self) -> list[Planned]:
        """Every waiting callback of the served flows with the time it will be placed, soonest first."""
        await asyncio.to_thread(self.queue.import_reschedules)
        await asyncio.to_thread(self.queue.release_stale, iso(utc_now() - CLAIM_LEASE))
        planned = []
        for callback in await asyncio.to_thread(self.queue.callbacks, ("pending",)):
            policy = self.policies.get(callback.flow)
            if policy is None:
                continue
            due = parse_time(callback.due_at)
            at = next_allowed(due, policy)
            planned.append(Planned(callback, at, at != due))
        return sorted(planned, key=lambda p: (p.at, p.callback.id))

    async def run_once(self) -> list[Placed]:
        """Place every callback due now, one after the other; returns what was done with each.
        Raises `DialUnavailable` (the callback stays queued) when the telephony service is down."""
        done = []
        for planned in await self.plan():
            if planned.due(self.clock()):
                result = await self._place(planned.callback)
                if result is not None:
                    done.append(result)
        return done

    async def run(self, *, interval: float = 30.0, stop: asyncio.Event | None = None) -> None:
        """Run until `stop` is set: a pass every `interval` seconds."""
        stop = stop or asyncio.Event()
        while not stop.is_set():
            try:
                await self.run_once()
            except DialUnavailable as exc:  # the phone service is down: nothing was dialed, try later
                logger.warning("callbacks wait: %s; trying again in %.0f s", exc, interval)
            except Exception:  # one bad pass (database locked for too long) must not stop the service
                logger.exception("callback pass failed; trying again in %.0f s", interval)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=interval)

    async def _place(self, callback: Callback) -> Placed | None:
        queue, policy = self.queue, self.policies[callback.flow]
        settled = await asyncio.to_thread(queue.settled_at, callback.flow, callback.phone)
        if settled is not None and settled >= callback.created_at:
            await asyncio.to_thread(queue.finish, callback.id, "cancelled", note="settled since it was queued")
            return Placed(callback, "cancelled", note="settled since it was queued")
        made = await asyncio.to_thread(queue.attempts_since_settled, callback.flow, callback.phone)
        if made >= policy.max_attempts:
            note = f"{made} of {policy.max_attempts} attempts made"
            await asyncio.to_thread(queue.finish, callback.id, "given_up", note=note)
            return Placed(callback, "given_up", note=note)
        if not await asyncio.to_thread(queue.claim, callback.id, self.worker):
            return None  # another scheduler has it
        try:
            attempt = await self.dial(callback)
        except DialUnavailable:
            # Nothing was dialed (the service is down): the callback stays queued and the pass stops,
            # without using up one of the number's attempts.
            await asyncio.to_thread(queue.release, callback.id, self.worker)
            raise
        except Exception as exc:  # the dialer failing is this attempt failing, not the scheduler
            if not isinstance(exc, DaisyError):  # not a refusal the dialer explains (a bug): keep its traceback
                logger.error("callback %s: the dialer failed unexpectedly", callback.id, exc_info=exc)
            attempt = Attempt("failed", detail=f"{type(exc).__name__}: {exc}")
        await asyncio.to_thread(
            record_attempt,
            queue,
            callback.flow,
            policy,
            callback.phone,
            attempt,
            locale=callback.locale,
            callback_id=callback.id,
            now=self.clock(),
        )
        await asyncio.to_thread(
            queue.finish, callback.id, "placed", outcome=attempt.outcome, note=attempt.detail or None
        )
        logger.info("callback %s (%s) placed: %s", callback.id, callback.flow, attempt.outcome)
        return Placed(callback, "placed", attempt)

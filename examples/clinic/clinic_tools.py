"""Tools for the clinic example flow: a tiny in-memory appointment book.

A real deployment would call the clinic's scheduling API here. The flow only sees what these functions
return (`results.<tool>` in templates and `when:` conditions), so swapping the book for an API changes
no line of clinic.yaml.

Try it in the console with the demo patient's phone number, +525512345678.
"""

from __future__ import annotations

import asyncio

# appointment id -> appointment. Times are 24 h HH:MM, days are English weekday names.
APPOINTMENTS: dict[str, dict] = {
    "A-1001": {
        "phone": "+525512345678",
        "first_name": "Lucía",
        "birth_year": 1987,
        "doctor": "Dra. Ramírez",
        "day": "tuesday",
        "time": "10:30",
        "status": "pending",
    },
}
# Free slots per weekday.
OPENINGS: dict[str, list[str]] = {
    "monday": ["09:00", "12:30", "17:00"],
    "tuesday": ["08:30", "16:00"],
    "wednesday": ["10:00", "11:30", "13:00", "18:00"],
    "thursday": [],
    "friday": ["09:30", "15:00"],
}


def lookup_appointment(phone: str) -> dict:
    """The caller's next pending appointment, found by phone number."""
    for appointment_id, appointment in APPOINTMENTS.items():
        if appointment["phone"] == phone and appointment["status"] == "pending":
            return {
                "found": True,
                "appointment_id": appointment_id,
                "first_name": appointment["first_name"],
                "birth_year": appointment["birth_year"],
                "doctor": appointment["doctor"],
                "day": appointment["day"],
                "time": appointment["time"],
            }
    return {"found": False}


def set_status(appointment_id: str, status: str) -> dict:
    """Mark an appointment confirmed or cancelled."""
    if status not in ("confirmed", "cancelled"):
        raise ValueError(f"unknown status {status!r}")
    appointment = APPOINTMENTS.get(appointment_id)
    if appointment is None:
        raise KeyError(f"no appointment {appointment_id!r}")
    appointment["status"] = status
    return {"appointment_id": appointment_id, "status": status}


async def move_appointment(appointment_id: str, day: str, time: str) -> dict:
    """Book the first free slot on `day` at or after `time`; `booked` is false when the day is full."""
    await asyncio.sleep(0)  # an API call in real life
    appointment = APPOINTMENTS.get(appointment_id)
    if appointment is None:
        raise KeyError(f"no appointment {appointment_id!r}")
    free = sorted(slot for slot in OPENINGS.get(day, []) if slot >= time)
    if not free:
        return {"booked": False, "day": day}
    OPENINGS[day].remove(free[0])
    appointment.update(day=day, time=free[0], status="confirmed")
    return {"booked": True, "day": day, "time": free[0]}

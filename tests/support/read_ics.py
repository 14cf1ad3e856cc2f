#!/usr/bin/python3
"""Reads an iCalendar file with the icalendar package (Debian's
python3-icalendar: a parser independent of libical) and prints what the
tests compare, one item a line:

    method: PUBLISH        name: X-WR-CALNAME      timezone: TZID (each)
    event: UID | START | END | SUMMARY | LOCATION | DTSTAMP
    description: the event's description, line ends written \\n

START and END are "2026-09-24 09:30 Europe/Brussels +0200" (local time, its
zone and offset) or "2026-10-13" for an all-day event.

    /usr/bin/python3 tests/support/read_ics.py FILE.ics
"""
import datetime
import sys

import icalendar

with open(sys.argv[1], "rb") as stream:
    calendar = icalendar.Calendar.from_ical(stream.read())


def when(value):
    moment = value.dt
    if isinstance(moment, datetime.datetime):
        return f"{moment:%Y-%m-%d %H:%M} {value.params.get('TZID')} {moment:%z}"
    return moment.isoformat()


print("method:", calendar.get("METHOD", ""))
print("name:", calendar.get("X-WR-CALNAME", ""))
for zone in calendar.walk("VTIMEZONE"):
    print("timezone:", zone["TZID"])
for event in calendar.walk("VEVENT"):
    print("event:", " | ".join([str(event["UID"]), when(event["DTSTART"]), when(event["DTEND"]),
                                str(event["SUMMARY"]), str(event.get("LOCATION", "")),
                                event["DTSTAMP"].dt.strftime("%Y%m%dT%H%M%SZ")]))
    print("description:", str(event.get("DESCRIPTION", "")).replace("\n", "\\n"))

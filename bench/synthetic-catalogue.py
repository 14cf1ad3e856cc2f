#!/usr/bin/env python3
"""A valid catalogue of N sessions for scaling runs, made from a real one.

    bench/synthetic-catalogue.py N [SOURCE] > /tmp/catalogue-N.xml

Every course of SOURCE (default xml/2026-2027.xml) serves as a pattern, but no
two generated courses are copies: each takes its rows from several patterns
(rotated), its title from two, a place, an operator, one to four days spread
over the edition's period, and its own code. About one course in five has two
sessions; one in seven has no sheet. The same N and SOURCE always give the same
file (a fixed seed), so runs can be compared.
"""
import copy
import datetime
import random
import sys
import xml.etree.ElementTree as ET


def main():
    if len(sys.argv) < 2 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.exit("usage : bench/synthetic-catalogue.py N [CATALOGUE] > FICHIER")
    count = int(sys.argv[1])
    source = sys.argv[2] if len(sys.argv) > 2 else "xml/2026-2027.xml"
    tree = ET.parse(source)
    root = tree.getroot()
    rng = random.Random(count)

    start = datetime.date.fromisoformat(root.get("start"))
    end = datetime.date.fromisoformat(root.get("end"))
    weekdays = [start + datetime.timedelta(days=d) for d in range((end - start).days + 1)]
    weekdays = [d for d in weekdays if d.weekday() < 5]

    sections = root.findall("section")
    courses = [course for section in sections for course in section.findall("course")]
    titles = [course.findtext("title") for course in courses]
    sheets = [course.find("sheet") for course in courses if course.find("sheet") is not None]
    places = [copy.deepcopy(course.find("session/place")) for course in courses]
    operators = [op.get("id") for op in root.find("operators")]

    for section in sections:
        for course in section.findall("course"):
            section.remove(course)

    made = 0
    number = 0
    while made < count:
        number += 1
        section = sections[number % len(sections)]
        course = ET.SubElement(section, "course", {"operator": rng.choice(operators)})
        if rng.random() < 0.5:
            course.set("open-to-schools", "true")
        first, second = rng.sample(titles, 2)
        words = second.split()
        title = ET.SubElement(course, "title")
        title.text = f"{first} — {' '.join(words[: max(2, len(words) // 2)])} ({number})"
        sessions = 2 if rng.random() < 0.2 and made + 2 <= count else 1
        for s in range(sessions):
            made += 1
            session = ET.SubElement(course, "session", {"code": f"S{made:05d}",
                                                         "start": "09:30", "end": "16:30"})
            days = sorted(rng.sample(weekdays, rng.randint(1, 4)))
            for day in days:
                ET.SubElement(session, "day", {"date": day.isoformat()})
            session.append(copy.deepcopy(rng.choice(places)))
        if rng.random() < 1 / 7:
            continue
        sheet = ET.SubElement(course, "sheet")
        patterns = rng.sample(sheets, min(3, len(sheets)))
        rows = [row for pattern in patterns for row in pattern.findall("row")]
        seen = set()
        for index, row in enumerate(rows):
            label = row.get("label")
            if label in seen or row.get("generate") or row.get("session"):
                continue
            if index % len(patterns) != number % len(patterns) and rng.random() < 0.6:
                continue
            seen.add(label)
            sheet.append(copy.deepcopy(row))
        ET.SubElement(sheet, "row", {"label": "Horaire", "generate": "hours"})
        ET.SubElement(sheet, "row", {"label": "Date et lieu", "generate": "dates-and-place"})

    ET.indent(tree, space="  ")
    sys.stdout.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    sys.stdout.write(ET.tostring(root, encoding="unicode"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

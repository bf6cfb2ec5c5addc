#!/usr/bin/python3
"""Writes a GNOME Planner project (.planner, its own XML format) of N tasks: phases of 20 tasks
under a summary task each, every task after the one before it, with a resource per phase.

Usage: planner_file.py OUT.planner [N=2000]
"""
import datetime
import sys
from xml.sax.saxutils import quoteattr

HEADER = """<?xml version="1.0"?>
<project name="bench-{count}" company="" manager="" phase="" project-start="{start}" \
mrproject-version="2" calendar="1">
  <properties/>
  <phases/>
  <calendars>
    <day-types>
      <day-type id="0" name="Working" description="A default working day"/>
      <day-type id="1" name="Nonworking" description="A default non working day"/>
      <day-type id="2" name="Use base" description="Use day from base calendar"/>
    </day-types>
    <calendar id="1" name="Default">
      <default-week mon="0" tue="0" wed="0" thu="0" fri="0" sat="1" sun="1"/>
      <overridden-day-types>
        <overridden-day-type id="0">
          <interval start="0800" end="1200"/>
          <interval start="1300" end="1700"/>
        </overridden-day-type>
      </overridden-day-types>
      <days/>
    </calendar>
  </calendars>
  <tasks>
"""


def stamp(day):
    return day.strftime("%Y%m%dT000000Z")


def main(path, count):
    start = datetime.date(2026, 1, 5)
    out = [HEADER.format(start=stamp(start), count=count)]
    next_id = 1
    per_phase = 20
    phases = (count + per_phase - 1) // per_phase
    day = start
    resources = []
    allocations = []
    for p in range(phases):
        phase_id = next_id
        next_id += 1
        tasks = min(per_phase, count - p * per_phase)
        phase_end = day + datetime.timedelta(days=tasks)
        out.append(f'    <task id="{phase_id}" name={quoteattr(f"Mission {p + 1:04d}")} note="" '
                   f'work="{tasks * 28800}" start="{stamp(day)}" end="{stamp(phase_end)}" '
                   f'work-start="{stamp(day)}" percent-complete="0" priority="0" type="normal" '
                   f'scheduling="fixed-work">\n')
        previous = None
        for t in range(tasks):
            task_id = next_id
            next_id += 1
            begin = day + datetime.timedelta(days=t)
            end = begin + datetime.timedelta(days=1)
            name = f"Consultation {p + 1:04d}.{t + 1:02d} with police and civil society"
            out.append(f'      <task id="{task_id}" name={quoteattr(name)} note="" work="28800" '
                       f'start="{stamp(begin)}" end="{stamp(end)}" work-start="{stamp(begin)}" '
                       f'percent-complete="{(t * 5) % 100}" priority="0" type="normal" '
                       f'scheduling="fixed-work">\n')
            if previous is not None:
                out.append(f'        <predecessors>\n          <predecessor id="1" '
                           f'predecessor-id="{previous}" type="FS"/>\n        </predecessors>\n')
            out.append('      </task>\n')
            allocations.append(f'    <allocation task-id="{task_id}" resource-id="{p + 1}" '
                               f'units="100"/>\n')
            previous = task_id
        out.append('    </task>\n')
        resources.append(f'    <resource id="{p + 1}" name={quoteattr(f"Trainer {p + 1:04d}")} '
                         f'short-name="" type="1" units="0" email="" note="" std-rate="0"/>\n')
        day = phase_end
    out.append('  </tasks>\n  <resource-groups/>\n  <resources>\n')
    out.extend(resources)
    out.append('  </resources>\n  <allocations>\n')
    out.extend(allocations)
    out.append('  </allocations>\n</project>\n')
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2000)

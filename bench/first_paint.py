#!/usr/bin/python3
"""Time to first paint, read from the X server, for this app and for its peers.

Starts each program under an X display with a window manager (Xvfb and openbox: see
bench/first_paint.sh), and measures from the moment the process is started to the first
damage (X DAMAGE extension) of a top-level window after its title names what it should show:
the file it opened, or the program's own name for a start with no file. The app's own clock is
not consulted. Runs alternate between programs (a b c a b c ...) so that a change in the
machine's load touches all alike; prints every run as a JSON line, then the medians and their
ratios against the reference program.

After the paint each program is left SETTLE seconds (default 2; NAME:SETTLE sets it), then asked
to close as a window manager asks (WM_DELETE_WINDOW), and killed only if it has not gone 10 s
later: this app records a clean close only once its checks after the open have ended, and the
next run should open the file as a planner's next session does.

Usage: first_paint.py RUNS REFERENCE NAME[:SETTLE]=TITLE_WORD=COMMAND ...
  e.g. first_paint.py 5 planner-empty 'planner-empty=Planner=planner' \\
       'ours-1x=portfolio-1x=build-bench/app/intervention-planner --database x.sqlite'
Needs python3-xlib (Debian) and DISPLAY set.
"""
import json
import os
import shlex
import signal
import statistics
import subprocess
import sys
import time

from Xlib import X, display
from Xlib.ext import damage
from Xlib.protocol import event as xevent

TIMEOUT_S = 60.0


def window_title(d, window):
    for name in ("_NET_WM_NAME", "WM_NAME"):
        atom = d.intern_atom(name)
        try:
            prop = window.get_full_property(atom, X.AnyPropertyType)
        except Exception:  # the window went away
            return ""
        if prop and prop.value:
            value = prop.value
            return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return ""


def close_politely(d, windows, process):
    protocols = d.intern_atom("WM_PROTOCOLS")
    delete = d.intern_atom("WM_DELETE_WINDOW")
    for window in windows:
        try:
            message = xevent.ClientMessage(window=window, client_type=protocols,
                                           data=(32, [delete, X.CurrentTime, 0, 0, 0]))
            window.send_event(message, event_mask=X.NoEventMask)
        except Exception:
            pass
    d.flush()
    try:
        process.wait(timeout=10)
        return
    except subprocess.TimeoutExpired:
        pass
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break  # gone meanwhile
        try:
            process.wait(timeout=5)
            return
        except subprocess.TimeoutExpired:
            continue
    process.wait()


def measure(command, title_word, settle):
    """Milliseconds from the start of `command` to the first damage of a window of it after its
    title holds `title_word`; None when it did not come within the timeout."""
    d = display.Display()
    # A window that cannot be tracked (an input-only one) answers BadMatch: not ours to report.
    d.set_error_handler(lambda *args: None)
    if not d.has_extension("DAMAGE"):
        sys.exit("the X server has no DAMAGE extension")
    d.damage_query_version()
    root = d.screen().root
    root.change_attributes(event_mask=X.SubstructureNotifyMask)
    d.sync()
    watched = {}  # window id -> {"window", "titled"}
    start = time.monotonic()
    process = subprocess.Popen(shlex.split(command), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    result = None

    def watch(window):
        if window.id in watched:
            return
        try:
            window.change_attributes(event_mask=X.PropertyChangeMask | X.StructureNotifyMask)
            window.damage_create(damage.DamageReportNonEmpty)
        except Exception:
            return
        watched[window.id] = {"window": window, "titled": title_word in window_title(d, window)}

    try:
        while result is None and time.monotonic() - start < TIMEOUT_S:
            if not d.pending_events():
                time.sleep(0.001)
                continue
            e = d.next_event()
            if e.type == X.CreateNotify:
                watch(e.window)
            elif e.type == X.ReparentNotify or e.type == X.MapNotify:
                watch(e.window)
            elif e.type == X.PropertyNotify and e.window.id in watched:
                entry = watched[e.window.id]
                if not entry["titled"] and title_word in window_title(d, e.window):
                    entry["titled"] = True
            elif e.type == d.extension_event.DamageNotify:
                entry = watched.get(e.drawable.id)
                if entry is None:
                    continue
                d.damage_subtract(e.damage)  # acknowledged: the next drawing reports again
                if entry["titled"]:  # events come in order: the title came before this drawing
                    result = (time.monotonic() - start) * 1000.0
    finally:
        if result is not None:
            time.sleep(settle)
        titled = [entry["window"] for entry in watched.values()
                  if entry["titled"] or title_word in window_title(d, entry["window"])]
        close_politely(d, titled, process)
        d.close()
    return result


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    runs = int(argv[1])
    reference = argv[2]
    programs = []
    for spec in argv[3:]:
        name, title_word, command = spec.split("=", 2)
        name, _, settle = name.partition(":")
        programs.append((name, title_word, command, float(settle or 2)))
    times = {name: [] for name, _, _, _ in programs}
    for run in range(1, runs + 1):
        for name, title_word, command, settle in programs:
            ms = measure(command, title_word, settle)
            print(json.dumps({"program": name, "run": run,
                              "first_paint_ms": None if ms is None else round(ms)}), flush=True)
            if ms is not None:
                times[name].append(ms)
            time.sleep(1.0)  # let the last one's files close
    medians = {name: statistics.median(t) for name, t in times.items() if t}
    print("| program | runs | median first paint (ms) | ratio to %s |" % reference)
    print("| --- | ---: | ---: | ---: |")
    for name, _, _, _ in programs:
        if name not in medians:
            print(f"| {name} | 0 | no paint within {TIMEOUT_S:g} s | |")
            continue
        ratio = medians[name] / medians[reference] if reference in medians else float("nan")
        print(f"| {name} | {len(times[name])} | {medians[name]:.0f} | {ratio:.2f} |")
    print(json.dumps({"medians_ms": {k: round(v) for k, v in medians.items()},
                      "ratios": {k: round(v / medians[reference], 2)
                                 for k, v in medians.items() if reference in medians}}))


if __name__ == "__main__":
    main(sys.argv)

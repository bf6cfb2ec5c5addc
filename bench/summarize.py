#!/usr/bin/env python3
"""Medians of startup_bench runs per size, and the growth exponent between sizes.

Reads the JSON lines bench/run.sh wrote (each with "scale" and "run"); prints a Markdown table
and one JSON object. The exponent k between two sizes is log(b/a) / log(size_b/size_a): 0 means
the figure does not grow with the data, 1 that it grows as the data does.
"""
import json
import math
import statistics
import sys

FIGURES = [
    "open_database_ms", "process_start_to_first_paint_ms", "stakeholder_page_ms",
    "stakeholder_search_ready_ms", "first_search_keystroke_ms", "slowest_search_keystroke_ms",
    "clear_search_ms", "slowest_sort_ms", "sorted_search_keystroke_ms", "risks_page_ms",
    "risks_search_ready_ms",
    "portfolio_dashboard_ms", "mission_dashboard_ms", "checks_after_open_done_ms",
    "first_paint_peak_rss_kib", "peak_rss_kib",
]


def main(path):
    runs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    scales = sorted({r["scale"] for r in runs})
    medians = {
        s: {f: statistics.median(r[f] for r in runs if r["scale"] == s and f in r)
            for f in FIGURES if any(f in r for r in runs if r["scale"] == s)}
        for s in scales
    }
    header = ["figure"] + [f"{s:g}x" for s in scales] + [
        f"k {a:g}x→{b:g}x" for a, b in zip(scales, scales[1:])]
    print("| " + " | ".join(header) + " |")
    print("| --- " + "| ---: " * (len(header) - 1) + "|")
    exponents = {}
    for f in FIGURES:
        values = [medians[s].get(f) for s in scales]
        if any(v is None for v in values):
            continue
        ks = []
        for (a, va), (b, vb) in zip(zip(scales, values), zip(scales[1:], values[1:])):
            k = math.log(max(vb, 1) / max(va, 1)) / math.log(b / a)
            ks.append(round(k, 2))
        exponents[f] = ks
        print("| " + " | ".join([f] + [f"{v:g}" for v in values] + [f"{k:.2f}" for k in ks])
              + " |")
    print(json.dumps({"medians": {f"{s:g}x": medians[s] for s in scales},
                      "growth_exponents": exponents}))


if __name__ == "__main__":
    main(sys.argv[1])

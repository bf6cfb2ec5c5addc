#!/usr/bin/env python3
"""Applies translations/fr.py to the .ts files after `cmake --build build --target update_translations`.

Usage: scripts/fill-translations.py   (from the project root). Prints what is still missing.
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root / "translations"))
import fr  # noqa: E402

def fill(ts_path, table, by_context):
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().findall("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            source = message.find("source").text
            translation = message.find("translation")
            value = by_context.get((name, source), table.get(source))
            if value is None:
                if translation.get("type") == "unfinished":
                    missing.append(f"{name}: {source}")
                continue
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing

missing = fill(root / "translations/intervention-planner_fr.ts", fr.FR, fr.FR_CONTEXT)
# English: its own text, except where plural forms differ.
english = {}
for context in ET.parse(root / "translations/intervention-planner_en.ts").getroot().findall("context"):
    for message in context.findall("message"):
        source = message.find("source").text
        english[source] = fr.EN.get(source, source)
missing += fill(root / "translations/intervention-planner_en.ts", english, {})
for line in missing:
    print("missing:", line)
sys.exit(1 if missing else 0)

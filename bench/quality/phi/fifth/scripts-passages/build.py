"""Combine hand-written passages, shuffle with a fixed seed, number, write JSONL."""
import json, random, os, glob, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "public-health-passages.jsonl")
items = []
for path in sorted(glob.glob(os.path.join(HERE, "src_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    patient = bool(getattr(mod, "PATIENT"))
    for title, source, section, text in mod.ITEMS:
        items.append({"title": title, "text": " ".join(text.split()), "source": source,
                      "section": section, "patient": patient})
random.Random(20261207).shuffle(items)
with open(OUT, "w", encoding="utf-8") as f:
    for i, it in enumerate(items, 1):
        rec = {"id": "ph5-%03d" % i, "title": it["title"], "text": it["text"],
               "source": it["source"], "section": it["section"], "patient": it["patient"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(items), "passages;", sum(i["patient"] for i in items), "patient:true")

#!/usr/bin/python3
"""Loads a Triage export with the tool its format is made for and prints what that tool
read, one sample a line: SPLIT<TAB>FILE NAME<TAB>LABEL (SPLIT is "-" without splits),
sorted. Exits 1 with the reason when the tool refuses the export or it breaks a rule of
its format. Run by tst_exportconsumers with Debian's /usr/bin/python3.

usage: check_export.py FORMAT EXPORT_DIR
"""
import json
import os
import sys
import urllib.parse
import xml.etree.ElementTree as ElementTree


class Refused(Exception):
    pass


def require(condition, why):
    if not condition:
        raise Refused(why)


def manifest(root):
    with open(os.path.join(root, "triage-export.json"), encoding="utf-8") as f:
        m = json.load(f)
    for key in ("project", "dataset_version", "digest", "export_format", "images", "counts",
                "classes", "command"):
        require(key in m, "triage-export.json has no '%s'" % key)
    return m


def splits_of(m):
    return [s for s, n in m["counts"].get("splits", {}).items() if n > 0] or [None]


def resolve(root, path):
    full = path if os.path.isabs(path) else os.path.join(root, path)
    require(os.path.isfile(full), "%s names %s, which is not a file" % (root, path))
    return full


def image_folder_samples(folder, split):
    import torchvision.datasets
    dataset = torchvision.datasets.ImageFolder(folder)
    image, _ = dataset[0]  # PIL decodes a file
    require(image.size[0] > 0, "an image of %s has no pixels" % folder)
    return [(split, os.path.basename(path), dataset.classes[index])
            for path, index in dataset.samples]


def load_imagefolder(root, m):
    samples = []
    for split in splits_of(m):
        samples += image_folder_samples(os.path.join(root, split) if split else root, split)
    return samples


def load_yolo(root, m):
    with open(os.path.join(root, "classes.txt"), encoding="utf-8") as f:
        names = f.read().splitlines()
    require(names == m["classes"], "classes.txt is not the project's classes in order")
    present = splits_of(m)
    require("train" in present and "val" in present, "YOLO needs train/ and val/")
    samples = []
    for split in present:
        samples += image_folder_samples(os.path.join(root, split), split)
    return samples


def load_csv(root, m):
    import pandas
    table = pandas.read_csv(os.path.join(root, "labels.csv"), keep_default_na=False)
    for column in ("path", "label", "source", "confidence"):
        require(column in table.columns, "labels.csv has no '%s' column" % column)
    require(table["confidence"].dtype.kind == "f" or table["confidence"].dtype.kind == "i",
            "confidence is not numeric")
    samples = []
    for row in table.itertuples():
        resolve(root, row.path)
        split = getattr(row, "split", None) if "split" in table.columns else None
        samples.append((split, os.path.basename(row.path), row.label))
    return samples


def load_jsonl(root, m):
    samples = []
    with open(os.path.join(root, "labels.jsonl"), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            item = json.loads(line)
            for key in ("item_id", "file", "original_path", "label", "class_index", "source",
                        "confidence", "annotator", "decision_id", "model_version",
                        "labelled_at"):
                require(key in item, "labels.jsonl line %d has no '%s'" % (number, key))
            require(m["classes"][item["class_index"]] == item["label"],
                    "line %d: class_index does not name its label" % number)
            require((item["source"] == "auto") == (item["model_version"] is not None),
                    "line %d: an automatic label names its model version, no other" % number)
            resolve(root, item["file"])
            samples.append((item.get("split"), os.path.basename(item["file"]), item["label"]))
    return samples


def check_coco(root, path):
    with open(path, encoding="utf-8") as f:
        coco = json.load(f)
    for key in ("info", "licenses", "images", "annotations", "categories"):
        require(key in coco, "%s has no '%s'" % (path, key))
    require(isinstance(coco["licenses"], list), "licenses is not a list")
    categories = {}
    for c in coco["categories"]:
        require(isinstance(c["id"], int) and c["id"] >= 1, "category ids start at 1")
        require(c["id"] not in categories, "category id %d twice" % c["id"])
        categories[c["id"]] = c["name"]
    require(sorted(categories) == list(range(1, len(categories) + 1)),
            "category ids are not 1..K")
    images = {}
    for image in coco["images"]:
        for key in ("id", "file_name", "width", "height"):
            require(key in image, "an image has no '%s'" % key)
        require(isinstance(image["id"], int), "image ids are integers")
        require(image["id"] not in images, "image id %d twice" % image["id"])
        require(image["width"] > 0 and image["height"] > 0, "image %d has no size" % image["id"])
        resolve(root, image["file_name"])
        images[image["id"]] = image
    annotated = {}
    seen = set()
    for a in coco["annotations"]:
        for key in ("id", "image_id", "category_id"):
            require(key in a, "an annotation has no '%s'" % key)
        require(a["id"] not in seen, "annotation id %d twice" % a["id"])
        seen.add(a["id"])
        require(a["image_id"] in images, "annotation %d names no image" % a["id"])
        require(a["category_id"] in categories, "annotation %d names no category" % a["id"])
        require(a["image_id"] not in annotated, "image %d has two labels" % a["image_id"])
        annotated[a["image_id"]] = categories[a["category_id"]]
    require(len(annotated) == len(images), "an image has no label")
    return [(os.path.basename(images[i]["file_name"]), label) for i, label in annotated.items()]


def load_coco(root, m):
    samples = []
    for split in splits_of(m):
        name = "annotations_%s.json" % split if split else "annotations.json"
        samples += [(split, f, label) for f, label in check_coco(root, os.path.join(root, name))]
    return samples


def load_hf(root, m):
    samples = []
    for split in splits_of(m):
        folder = os.path.join(root, split) if split else root
        listed = set()
        with open(os.path.join(folder, "metadata.jsonl"), encoding="utf-8") as f:
            for line in f:
                item = json.loads(line)
                require("file_name" in item and "label" in item,
                        "metadata.jsonl needs file_name and label")
                require("/" not in item["file_name"], "file_name leaves its folder")
                resolve(folder, item["file_name"])
                listed.add(item["file_name"])
                samples.append((split, item["file_name"], item["label"]))
        images = {n for n in os.listdir(folder) if n.endswith((".png", ".jpg", ".jpeg"))}
        require(images == listed, "%s holds images metadata.jsonl does not list" % folder)
    return samples


def load_labelstudio(root, m):
    config = ElementTree.parse(os.path.join(root, "label_config.xml")).getroot()
    choices = [c.get("value") for c in config.iter("Choice")]
    require(choices == m["classes"], "label_config.xml's choices are not the classes")
    with open(os.path.join(root, "tasks.json"), encoding="utf-8") as f:
        tasks = json.load(f)
    require(isinstance(tasks, list), "tasks.json is not a list of tasks")
    document_root = "/" if m["images"] == "reference" else root
    samples = []
    for task in tasks:
        url = task["data"]["image"]
        prefix = "/data/local-files/?d="
        require(url.startswith(prefix), "an image is not served from local files: " + url)
        path = urllib.parse.unquote(url[len(prefix):])
        resolve(document_root, path)
        results = task.get("annotations", []) + task.get("predictions", [])
        require(len(results) == 1, "a task carries one label")
        if "predictions" in task:
            require(0 <= task["predictions"][0]["score"] <= 1, "a prediction's score is 0..1")
        value = results[0]["result"][0]
        require(value["from_name"] == "label" and value["to_name"] == "image",
                "a result does not fit label_config.xml")
        label = value["value"]["choices"][0]
        require(label in choices, "a label is not a choice: " + label)
        samples.append((task["data"].get("split"), os.path.basename(path), label))
    return samples


LOADERS = {"imagefolder": load_imagefolder, "yolo": load_yolo, "csv": load_csv,
           "jsonl": load_jsonl, "coco": load_coco, "hf": load_hf,
           "labelstudio": load_labelstudio}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in LOADERS:
        sys.exit("usage: check_export.py %s EXPORT_DIR" % "|".join(LOADERS))
    root = sys.argv[2]
    try:
        m = manifest(root)
        require(m["export_format"] == sys.argv[1], "the manifest names another format")
        samples = LOADERS[sys.argv[1]](root, m)
        require(len(samples) == m["counts"]["items"],
                "read %d samples, the manifest says %d" % (len(samples), m["counts"]["items"]))
    except (Refused, KeyError, ValueError, OSError, RuntimeError) as e:
        print("check_export: %s: %s" % (sys.argv[1], e), file=sys.stderr)
        sys.exit(1)
    for split, name, label in sorted((s or "-", n, l) for s, n, l in samples):
        print("%s\t%s\t%s" % (split, name, label))


if __name__ == "__main__":
    main()

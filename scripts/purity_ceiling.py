#!/usr/bin/env python3
"""How far purer groups alone could take an analysed inventory against trusted labels.

Reads the groups of the last `consolidate analyze` and a label stored among the apps'
attributes (GSA's Category), and prints co-grouped pair precision and adjusted Rand index for:
the groups as they are; every group but the largest split by label (each part keeps only apps
of one label: a perfect rule against wrong joins elsewhere); and every group split by label.
No rule that only splits groups can beat the last two rows: past them only grouping more of
each label's apps together (recall) raises the index.

Usage: purity_ceiling.py DATABASE LABEL   (needs scikit-learn: the peer's venv, see bench-analyze.sh)
"""
import sqlite3
import sys

from sklearn.metrics import adjusted_rand_score
from sklearn.metrics.cluster import pair_confusion_matrix

database, label = sys.argv[1:3]
rows = sqlite3.connect(database).execute(
    "SELECT a.id, json_extract(a.attributes, '$.' || ?), m.group_id FROM apps a "
    "LEFT JOIN group_members m ON m.app_id = a.id WHERE coalesce(json_extract(a.attributes, '$.' || ?), '') <> ''",
    (label, label)).fetchall()
largest = max((g for _, _, g in rows if g is not None), key=lambda g: sum(1 for r in rows if r[2] == g), default=None)
truth = [t for _, t, _ in rows]


def figures(name, group_of):
    pairs = pair_confusion_matrix(truth, [group_of(app, t, g) for app, t, g in rows])
    precision = pairs[1, 1] / max(1, pairs[1, 1] + pairs[0, 1])
    print(f"{name:<40} pair P {precision:.3f}  ARI {adjusted_rand_score(truth, [group_of(*r) for r in rows]):.3f}")


alone = lambda app: f"alone:{app}"
figures("groups as they are", lambda app, t, g: alone(app) if g is None else str(g))
figures("all but the largest group split by label",
        lambda app, t, g: alone(app) if g is None else (str(g) if g == largest else f"{g}:{t}"))
figures("every group split by label", lambda app, t, g: alone(app) if g is None else f"{g}:{t}")

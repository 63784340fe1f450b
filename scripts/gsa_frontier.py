#!/usr/bin/env python3
"""Two checks of what a text rule can still win on a catalogue with trusted labels (GSA's Category).

1. Versions and editions: pairs of apps whose names are equal once version numbers, "x", "v7",
   edition words and bracketed notes are removed ("7-Zip 16.x", "7-Zip 18.x"), how many the last
   `consolidate analyze` put in one group, and how many of them share the label.
2. A plain baseline: TF-IDF of names (digits removed) and descriptions (unigrams, or unigrams and
   bigrams), weighted like `consolidate`'s name and description (0.30 and 0.40), average linkage
   over all pairs cut at LIFT times the mean pairwise similarity; pair precision, recall and ARI per
   LIFT. It shows where any grouping of these texts trades precision for ARI.

Usage: gsa_frontier.py DATABASE CSV LABEL   (needs scikit-learn and scipy: the peer's venv, see bench-analyze.sh)
e.g.   gsa_frontier.py gsa.sqlite data/registers/gsa-it-standards-2021.csv Category
"""
import collections
import csv
import re
import sqlite3
import sys

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import hstack
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics import adjusted_rand_score
from sklearn.metrics.cluster import pair_confusion_matrix
from sklearn.preprocessing import normalize

database, source, label = sys.argv[1:4]
EDITIONS = r"\b(pro|professional|enterprise|standard|express|community|premium|lt|edition|sp|desktop|x64|x86|cc|suite)\b"


def product(name):
    name = re.sub(r"\(.*?\)", " ", name.lower())
    name = re.sub(r"\b(v|version|r|ver)?\s*\d[\w.]*\b|\bx\b", " ", name)
    return " ".join(re.findall(r"[a-z]+", re.sub(EDITIONS, " ", name)))


rows = sqlite3.connect(database).execute(
    "SELECT a.name, json_extract(a.attributes, '$.' || ?), m.group_id FROM apps a "
    "LEFT JOIN group_members m ON m.app_id = a.id", (label,)).fetchall()
by_product = collections.defaultdict(list)
for index, (name, truth, group) in enumerate(rows):
    by_product[product(name)].append((truth, group if group is not None else f"alone{index}"))
pairs = together = same_label = 0
for members in by_product.values():
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            pairs += 1
            together += members[i][1] == members[j][1]
            same_label += members[i][0] == members[j][0]
print(f"same product, other version or edition: {pairs} pairs, {together} in one group, {same_label} with one {label}")

apps = list(csv.DictReader(open(source, newline="", encoding="utf-8")))
name_column, description_column = list(apps[0].keys())[:2]
words = lambda text: [w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 1 and w not in ENGLISH_STOP_WORDS]
labelled = [i for i, app in enumerate(apps) if app[label]]
truth = [apps[i][label] for i in labelled]
for ngrams in (1, 2):
    tfidf = lambda n: TfidfVectorizer(tokenizer=words, lowercase=False, sublinear_tf=True, token_pattern=None, ngram_range=(1, n))
    names = tfidf(1).fit_transform([re.sub(r"\d", "", app[name_column]) for app in apps])
    descriptions = tfidf(ngrams).fit_transform([app[description_column] for app in apps])
    vectors = normalize(hstack([names * np.sqrt(0.3), descriptions * np.sqrt(0.4)]).tocsr())
    similarity = (vectors @ vectors.T).toarray()
    n = len(apps)
    background = (similarity.sum() - np.trace(similarity)) / (n * (n - 1))
    distance = np.clip(1 - similarity, 0, None)
    np.fill_diagonal(distance, 0)
    tree = linkage(squareform(distance, checks=False), "average")
    for lift in (6, 8, 10, 12, 16):
        groups = fcluster(tree, 1 - lift * background, "distance")
        predicted = [groups[i] for i in labelled]
        confusion = pair_confusion_matrix(truth, predicted)
        precision = confusion[1, 1] / (confusion[1, 1] + confusion[0, 1])
        recall = confusion[1, 1] / (confusion[1, 1] + confusion[1, 0])
        print(f"descriptions up to {ngrams}-grams, lift {lift:>2}: pair P {precision:.3f} R {recall:.3f} "
              f"ARI {adjusted_rand_score(truth, predicted):.3f}")

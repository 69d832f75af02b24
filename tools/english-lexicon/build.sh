#!/bin/sh
# Builds data/lexicons/english-pos.tsv.gz (the tagger's English word-class lexicon) from WordNet 3.0.
# Needs the Debian package wordnet-base (apt-get install -y wordnet-base), which puts the database in /usr/share/wordnet.
# Run from the repository root: tools/english-lexicon/build.sh [wordnet-dir]
set -e
WN=${1:-/usr/share/wordnet}
dotnet run --project src/Annalist.Cli -c Release -- dict wordnet "$WN" --out data/lexicons/english-pos.tsv.gz

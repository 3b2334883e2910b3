#!/bin/sh
# score.sh - the real development set (tests/real/README.md) held to its
# floors: each half's entity and relation F1 and precision must not fall
# below what it scored when the floors were last raised (score.py FLOORS).
# The texts are not in the project: the 新闻联播 items come from
# ../shared/corpus, the other genres from $PG_REAL_GENRES; without them the
# test skips with a message.  TAP output.
set -u
: "${PG:?}" "${PG_SRCDIR:?}"
exec "${PYTHON3:-python3}" "$PG_SRCDIR/tests/real/score.py" --pg "$PG" \
  --floors --tap

# docblock.sh - doc_block NAME: the body of the ```sh block after
# "<!-- test:NAME -->" in docs/databases.md ($DOC), so that tests run the
# documented commands letter for letter.  Sourced, not run.
DOC=${DOC:-$PG_SRCDIR/docs/databases.md}
doc_block() {
  awk -v tag="<!-- test:$1 -->" '
    $0 == tag { found = 1; next }
    found && !inside && /^```/ { inside = 1; next }
    inside && /^```/ { exit }
    inside { print }' "$DOC"
}

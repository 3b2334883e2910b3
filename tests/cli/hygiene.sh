#!/bin/sh
# hygiene.sh - issue 13's command-line fixes: help per subcommand,
# --doc-date checked, query/stats/remove never create a store, -O never
# takes a format name for a file name.  TAP.
. "$PG_SRCDIR/tests/cli/tap.sh"

for cmd in extract query load remove stats formats report; do
  "$PG" help "$cmd" > "$T/h1" 2> "$T/err"
  t_is "$?" 0 "help $cmd: exit 0"
  t_is "$(head -1 "$T/h1" | cut -d ' ' -f 1-3)" "Usage: policygraph $cmd" \
    "help $cmd: its usage first"
  "$PG" "$cmd" --help > "$T/h2" 2> "$T/err"
  t_ok "$(cmp -s "$T/h1" "$T/h2"; echo $?)" "$cmd --help = help $cmd"
  t_is "$(grep -c '^Usage: \|^       policygraph' "$T/h1")" 1 \
    "help $cmd: no other subcommand's usage"
done
grep -q -e '--bind NAME=VALUE' "$T/h1" || "$PG" help query | grep -q -e '--bind'
t_ok $? "help query: --bind"
"$PG" help query | grep -q '^query options:'
t_ok $? "help query: its options"
"$PG" help frobnicate > /dev/null 2> "$T/err"
t_is "$?" 2 "help of an unknown subcommand: exit 2"

for d in 2024 2024-02 2024-02-29 2000-02-29; do
  "$PG" extract -q -o ntriples --doc-date "$d" "$ARTICLE" > /dev/null 2>&1
  t_is "$?" 0 "--doc-date $d accepted"
done
for d in 2023-02-29 1900-02-29 2024-13 2024-00 2024-04-31 2024-1-1 24 \
         2024/01/01 "2024-01-01x" ""; do
  "$PG" extract -q -o ntriples --doc-date "$d" "$ARTICLE" > "$T/out" 2> "$T/err"
  t_is "$?" 2 "--doc-date '$d' refused"
  t_ok "$(grep -q 'must be a date' "$T/err"; echo $?)" "--doc-date '$d': says why"
done

for cmd in stats "query --store" "remove x --store"; do
  rm -f "$T/none.db"
  # shellcheck disable=SC2086
  case $cmd in
    stats) "$PG" stats --store "$T/none.db" > /dev/null 2> "$T/err" ;;
    query*) "$PG" query --store "sqlite:$T/none.db" 'ASK {}' > /dev/null 2> "$T/err" ;;
    remove*) "$PG" remove --store "$T/none.db" doc > /dev/null 2> "$T/err" ;;
  esac
  t_is "$?" 1 "${cmd%% *} on a missing store: exit 1"
  t_ok "$([ ! -e "$T/none.db" ]; echo $?)" "${cmd%% *}: no store created"
  t_ok "$(grep -q 'no such store' "$T/err"; echo $?)" "${cmd%% *}: says so"
done

(cd "$T" && "$PG" extract --output turtle "$ARTICLE" > out 2> err)
t_is "$?" 2 "--output turtle: usage error"
t_ok "$([ ! -e "$T/turtle" ]; echo $?)" "--output turtle: no file 'turtle'"
t_ok "$(grep -q 'use -o turtle' "$T/err"; echo $?)" "--output turtle: says -o"
(cd "$T" && "$PG" extract -q -O ./turtle "$ARTICLE" 2> err)
t_ok "$([ -s "$T/turtle" ]; echo $?)" "-O ./turtle writes that file"
# Latin-script names are not tagged @zh (CEO, Alibaba, ChatGPT: @en).
"$PG" extract -q -o nquads "$PG_SRCDIR/tests/articles/enterprise-news.txt" > "$T/en.nq"
t_is "$(grep -c '"[A-Za-z][A-Za-z0-9 .-]*"@zh' "$T/en.nq")" 0 \
  "no Latin-script literal tagged @zh"
t_ok "$(grep -q '"CEO"@en' "$T/en.nq"; echo $?)" "a Latin-script title is @en"
t_done

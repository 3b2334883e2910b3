#!/bin/sh
# xpath.sh - --body-xpath and --title-xpath choose the article body and
# title of an XML export whose element names the built-in rules do not
# know: the side bar outside the body is not extracted, the title comes
# from the named element, and an XPath that matches nothing or does not
# parse is an error naming the file, with exit 1 and no output.  TAP.
. "$PG_SRCDIR/tests/cli/tap.sh"
cd "$T" || exit 1
cat >export.xml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<export><meta><headline>国务院发布通知</headline></meta>
<sidebar><p>华为发布新款手机。</p></sidebar>
<content><para>2024年5月，国务院印发《关于推进人工智能发展的意见》。</para>
<para>国家发展和改革委员会在北京召开会议。</para></content></export>
XML
# Literal strings as N-Triples writes them (UTF-8).
huawei='华为'
title='"国务院发布通知"@zh'

"$PG" extract -q -o ntriples --body-xpath //content --title-xpath //headline \
  export.xml >body.nt 2>body.err
t_is "$?:$(cat body.err)" "0:" "--body-xpath: exit 0, no message"
t_is "$(grep -c "$huawei" body.nt)" 0 "--body-xpath: the side bar is not extracted"
t_is "$(grep -c 'rdf-syntax-ns#type> <https://w3id.org/policygraph/ns#Initiative>' body.nt)" 1 \
  "--body-xpath: the work in the body is found"
t_is "$(grep -c "dc/terms/title> $title" body.nt)" 1 "--title-xpath: the document title"
grep -q 'isString> "2024' body.nt
t_ok $? "--body-xpath: nif:isString starts at the body's text"

"$PG" extract -q -o ntriples export.xml >all.nt 2>/dev/null
t_ok $? "without the options: the export is still read"

"$PG" extract -o ntriples -O out.nt --body-xpath //nothing export.xml \
  >/dev/null 2>none.err
t_is "$?" 1 "an XPath matching nothing: exit 1"
t_is "$(cat none.err)" \
  "policygraph: Error - export.xml - body XPath '//nothing' matches nothing" \
  "an XPath matching nothing: the message names the file and the XPath"
test ! -e out.nt
t_ok $? "an XPath matching nothing: no output file"
"$PG" extract -o ntriples --body-xpath '//[' export.xml >/dev/null 2>bad.err
t_is "$?" 1 "an XPath that does not parse: exit 1"
grep -q "export.xml" bad.err
t_ok $? "an XPath that does not parse: the message names the file"
t_done

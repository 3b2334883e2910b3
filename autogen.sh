#!/bin/sh
# autogen.sh - generate configure and Makefile.in from a git checkout.
set -e
cd "$(dirname "$0")"
autoreconf -fi
# The TAP driver ships with automake but is not installed by --add-missing.
cp -f "$(automake --print-libdir)/tap-driver.sh" build-aux/tap-driver.sh

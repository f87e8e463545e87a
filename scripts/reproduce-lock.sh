#!/bin/bash
# Issue 10, finding 2: freezes a `styr serve` (SIGSTOP) for 17 s on an empty data directory,
# starts a second one on the same directory, thaws the first, and reports what each did.
#   scripts/reproduce-lock.sh [checkout, default .]
cd "${1:-.}"
D=$(mktemp -d /tmp/styr-lock-repro-XXXX)
DATA_DIR=$D STYR_DEMO=0 PORT=4701 HOST=127.0.0.1 DATABASE_URL= STYR_WEB_ROOT=$D/no-web node bin/styr.mjs serve > $D/owner.log 2>&1 &
OWNER=$!
until grep -q "Styr kör på" $D/owner.log; do sleep 0.5; done
kill -STOP $OWNER; sleep 17
DATA_DIR=$D STYR_DEMO=0 PORT=4702 HOST=127.0.0.1 DATABASE_URL= STYR_WEB_ROOT=$D/no-web node bin/styr.mjs serve > $D/second.log 2>&1 &
SECOND=$!
for i in $(seq 1 120); do grep -q "Styr kör på\|används" $D/second.log && break; kill -0 $SECOND 2>/dev/null || break; sleep 0.5; done
kill -CONT $OWNER; sleep 8
echo "second: $(head -c 300 $D/second.log | tr '\n' ' ')"
echo "second answers: $(curl -s -m 5 http://127.0.0.1:4702/api/health)"
if kill -0 $OWNER 2>/dev/null; then echo "owner alive, answers: $(curl -s -m 5 http://127.0.0.1:4701/api/health)"; else wait $OWNER; echo "owner died, exit $?"; fi
echo "owner log tail: $(tail -c 600 $D/owner.log | tr '\n' ' ')"
kill $OWNER $SECOND 2>/dev/null; sleep 2; kill -9 $OWNER $SECOND 2>/dev/null; rm -rf $D

# Starts a throwaway PostgreSQL 15 server for the store tests and exports SITREP_TEST_POSTGRES
# (an Npgsql connection string). Sourced by .ci/run under `set -euo pipefail`.
#
# - The server lives in a fresh temporary folder (data, socket, log), listens only on 127.0.0.1 on a
#   free port, and is stopped (and the folder removed) when the sourcing shell exits.
# - PostgreSQL refuses to run as root: as root, the folder is given to the `postgres` user (or
#   `nobody`) and every server command runs as that user through runuser.
# - Already set SITREP_TEST_POSTGRES? Then nothing is started: the tests use that server.

if [ -n "${SITREP_TEST_POSTGRES:-}" ]; then
  echo "postgres: using the server in SITREP_TEST_POSTGRES"
  return 0
fi

SITREP_PG_BIN=/usr/lib/postgresql/15/bin
if [ ! -x "$SITREP_PG_BIN/initdb" ]; then
  echo "postgres: installing postgresql-15"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
  else
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
  fi
fi

SITREP_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-pg.XXXXXX")
SITREP_PG_RUN=()
if [ "$(id -u)" -eq 0 ]; then
  if id postgres >/dev/null 2>&1; then SITREP_PG_USER=postgres; else SITREP_PG_USER=nobody; fi
  chown "$SITREP_PG_USER" "$SITREP_PG_DIR"
  SITREP_PG_RUN=(runuser -u "$SITREP_PG_USER" --)
fi
chmod 700 "$SITREP_PG_DIR"

# A free port: let the kernel pick one, fall back to probing a random range.
SITREP_PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || true)
if [ -z "$SITREP_PG_PORT" ]; then
  for SITREP_PG_PORT in $(shuf -i 20000-60000 -n 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$SITREP_PG_PORT") 2>/dev/null || break
  done
fi

SITREP_PG_PASSWORD="sitrep-$RANDOM$RANDOM"
"${SITREP_PG_RUN[@]}" bash -c "umask 077; printf '%s\n' '$SITREP_PG_PASSWORD' > '$SITREP_PG_DIR/pwfile'; mkdir '$SITREP_PG_DIR/sock'"
"${SITREP_PG_RUN[@]}" "$SITREP_PG_BIN/initdb" -D "$SITREP_PG_DIR/data" -U sitrep --pwfile="$SITREP_PG_DIR/pwfile" \
  --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$SITREP_PG_DIR/initdb.log" 2>&1 \
  || { cat "$SITREP_PG_DIR/initdb.log"; return 1; }

_sitrep_pg_stop() {
  "${SITREP_PG_RUN[@]}" "$SITREP_PG_BIN/pg_ctl" stop -D "$SITREP_PG_DIR/data" -m immediate >/dev/null 2>&1 || true
  rm -rf "$SITREP_PG_DIR"
}
# Chain onto any EXIT trap an earlier setup file set.
SITREP_PG_PREVIOUS_TRAP=$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")
trap "_sitrep_pg_stop; ${SITREP_PG_PREVIOUS_TRAP}" EXIT

# fsync off: a test server's data need not survive a power cut, and the tests run much faster.
"${SITREP_PG_RUN[@]}" "$SITREP_PG_BIN/pg_ctl" start -w -t 60 -D "$SITREP_PG_DIR/data" -l "$SITREP_PG_DIR/server.log" \
  -o "-c listen_addresses=127.0.0.1 -p $SITREP_PG_PORT -k $SITREP_PG_DIR/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  >/dev/null || { cat "$SITREP_PG_DIR/server.log"; return 1; }

PGPASSWORD="$SITREP_PG_PASSWORD" "$SITREP_PG_BIN/createdb" -h 127.0.0.1 -p "$SITREP_PG_PORT" -U sitrep sitrep_test

export SITREP_TEST_POSTGRES="Host=127.0.0.1;Port=$SITREP_PG_PORT;Username=sitrep;Password=$SITREP_PG_PASSWORD;Database=sitrep_test"
echo "postgres: server on 127.0.0.1:$SITREP_PG_PORT (data in $SITREP_PG_DIR), database sitrep_test"

# Sourced by .ci/run: a throwaway PostgreSQL server for the repository tests.
# Installs the Debian package when the server binaries are missing, creates a cluster in a
# temporary folder, starts it on a free port on 127.0.0.1 as an unprivileged user (postgres
# refuses to run as root), creates the database dyad_test, exports DYAD_TEST_PG for the
# tests, and stops the server and removes the folder when the calling shell exits.
# Safe to call twice in one shell (the second call keeps the running server), on a machine
# where the package is already installed, and beside a system cluster (it uses its own port).

pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ] && [ -x "$d/postgres" ]; then
      echo "$d"
      return 0
    fi
  done
  return 1
}

start_test_postgres() {
  local bin user port dir
  if [ -n "${DYAD_PG_STOP:-}" ] && [ -n "${DYAD_TEST_PG:-}" ]; then
    echo "ci: PostgreSQL already started (DYAD_TEST_PG)" >&2
    return 0
  fi
  if ! bin=$(pg_bin); then
    echo "ci: installing PostgreSQL (Debian package postgresql)" >&2
    local sudo=
    [ "$(id -u)" = 0 ] || sudo="sudo -n"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
    bin=$(pg_bin)
  fi
  user=$(id -un)
  if [ "$(id -u)" = 0 ]; then
    user=postgres
    id -u "$user" >/dev/null 2>&1 || useradd --system --no-create-home "$user"
  fi
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  dir=$(mktemp -d /tmp/dyad-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$user" = "$(id -un)" ] || chown "$user" "$dir"
  as_pg() { if [ "$user" = "$(id -un)" ]; then "$@"; else runuser -u "$user" -- "$@"; fi; }
  as_pg "$bin/initdb" -D "$dir/data" -U dyad --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >&2 \
    || { cat "$dir/server.log" >&2; return 1; }
  DYAD_PG_STOP="$bin/pg_ctl -D $dir/data -m fast -w stop"
  DYAD_PG_USER=$user
  DYAD_PG_DIR=$dir
  trap stop_test_postgres EXIT
  as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U dyad -d postgres -qc 'CREATE DATABASE dyad_test' >&2
  export DYAD_TEST_PG="jdbc:postgresql://127.0.0.1:$port/dyad_test?user=dyad"
  echo "ci: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (DYAD_TEST_PG)" >&2
}

stop_test_postgres() {
  if [ -n "${DYAD_PG_STOP:-}" ]; then
    if [ "$DYAD_PG_USER" = "$(id -un)" ]; then $DYAD_PG_STOP >/dev/null 2>&1 || true
    else runuser -u "$DYAD_PG_USER" -- $DYAD_PG_STOP >/dev/null 2>&1 || true; fi
    rm -rf "$DYAD_PG_DIR"
    DYAD_PG_STOP=
  fi
}

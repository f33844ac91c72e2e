#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server, so integration tests and the
# benchmark can use a real PostgreSQL without touching any server already on the machine.
#   scripts/with-postgres.sh <command...>
# The command gets DATABASE_URL (database "trappan") and TEST_DATABASE_URL (the maintenance
# database "postgres", for tests that create a database per file). The server listens on
# 127.0.0.1 only, port PGPORT_TRAPPAN (default 54329, or the next free one).
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 <command...>" >&2
  exit 2
fi

find_bindir() {
  # Newest major version first: Debian installs each under its own versioned directory.
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

if ! bindir=$(find_bindir); then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "with-postgres: PostgreSQL is not installed; installing Debian's postgresql package …" >&2
    apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
    bindir=$(find_bindir)
  else
    echo "with-postgres: no initdb found under /usr/lib/postgresql/*/bin." >&2
    echo "Install PostgreSQL server binaries first, e.g.: sudo apt-get install -y postgresql" >&2
    exit 1
  fi
fi

# initdb and postgres refuse to run as root, so as root they run as the postgres user.
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  as_pg=(runuser -u postgres --)
fi

port=${PGPORT_TRAPPAN:-54329}
# Something already answering on the port (e.g. another run) would take our connections.
for _ in $(seq 1 20); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
  port=$((port + 1))
done

tmp=$(mktemp -d -t trappan-pg.XXXXXX)
[ ${#as_pg[@]} -eq 0 ] || chown postgres: "$tmp"

cleanup() {
  "${as_pg[@]}" "$bindir/pg_ctl" stop -D "$tmp/data" -m fast >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
# Trapping the signals makes bash run the EXIT trap (and stop the server) after Ctrl-C or kill.
trap 'exit 130' INT
trap 'exit 143' TERM

# UTF8 with the C.UTF-8 locale mirrors the embedded PGlite database the app uses by default:
# code-point order for sorting, and Unicode case folding, so "BESTÄLLARGRUPP" and
# "Beställargrupp" are the same name to a case-insensitive comparison (plain C folds only ASCII).
"${as_pg[@]}" "$bindir/initdb" -D "$tmp/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 \
  || { cat "$tmp/initdb.log" >&2; exit 1; }

# Durability is pointless for a server that is deleted afterwards; skipping fsync speeds tests.
if ! "${as_pg[@]}" "$bindir/pg_ctl" start -D "$tmp/data" -w -t 60 -l "$tmp/server.log" \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null; then
  cat "$tmp/server.log" >&2
  exit 1
fi
"${as_pg[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres trappan

export DATABASE_URL="postgresql://postgres@127.0.0.1:$port/trappan"
export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$port/postgres"
# The server's data folder (its postmaster.pid names the server's process): drills pause it.
export TRAPPAN_PG_DATA="$tmp/data"
echo "with-postgres: PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

status=0
"$@" || status=$?
exit "$status"

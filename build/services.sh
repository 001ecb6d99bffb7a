#!/usr/bin/env bash
# PostgreSQL and RabbitMQ on loopback for the scale-out mode and its tests: installs them with
# apt when missing, starts them as root without systemd, and stops what it started by pid.
#
#   build/services.sh start [--fast]   # --fast: no fsync, for throwaway test databases only
#   build/services.sh stop
#   build/services.sh env              # prints the settings a host needs to use them
#
# The pids of what this script started are kept in artifacts/services/; a service that was
# already running is used as it is and never stopped here.
set -euo pipefail
cd "$(dirname "$0")/.."

state="$(pwd)/artifacts/services"
mkdir -p "$state"
pg_user=federation
pg_password=federation

require_root() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "build/services.sh installs and starts system services: run it as root" >&2
    exit 1
  fi
}

install_missing() {
  local missing=()
  command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
  command -v rabbitmq-server >/dev/null 2>&1 || missing+=(rabbitmq-server)
  [ ${#missing[@]} -eq 0 ] && return
  apt-get update -qq >/dev/null
  # apt's policy-rc.d refuses to start services in a container; they are started below instead.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

pg_cluster() {
  # The first cluster apt created, e.g. "15 main".
  pg_lsclusters --no-header | awk 'NR==1 { print $1, $2 }'
}

start_postgres() {
  local fast=$1 version name
  read -r version name <<<"$(pg_cluster)"
  if [ -z "${version:-}" ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    name=main
    pg_createcluster "$version" "$name" >/dev/null
  fi
  local data="/var/lib/postgresql/$version/$name"
  if pg_lsclusters --no-header | awk -v v="$version" -v n="$name" '$1==v && $2==n { print $4 }' | grep -q online; then
    echo "PostgreSQL $version/$name is already running; using it as it is"
  else
    local options="-c max_connections=400 -c listen_addresses=127.0.0.1"
    [ "$fast" = yes ] && options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    pg_ctlcluster "$version" "$name" start -- -o "$options" >/dev/null
    head -1 "$data/postmaster.pid" >"$state/postgres.pid"
    echo "PostgreSQL $version/$name started (pid $(cat "$state/postgres.pid"))"
  fi
  su postgres -c "psql -q -v ON_ERROR_STOP=1" >/dev/null <<SQL
SET client_min_messages = warning;
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$pg_user') THEN
    CREATE ROLE $pg_user LOGIN CREATEDB PASSWORD '$pg_password';
  END IF;
  -- DROP DATABASE … WITH (FORCE) in the tests ends sessions, autovacuum's included.
  GRANT pg_signal_backend TO $pg_user;
END \$\$;
SQL
  su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '$pg_user'\"" | grep -q 1 \
    || su postgres -c "createdb -O $pg_user $pg_user"
}

start_rabbitmq() {
  if rabbitmqctl -q status >/dev/null 2>&1; then
    echo "RabbitMQ is already running; using it as it is"
    return
  fi
  rabbitmq-server -detached >/dev/null 2>&1
  # await_startup fails while the node is still booting, so it is retried.
  for _ in $(seq 1 60); do
    if rabbitmqctl -q await_startup >/dev/null 2>&1; then
      # The Erlang VM's own pid: -detached forks, so $! would name a process already gone.
      rabbitmqctl -q eval 'list_to_integer(os:getpid()).' >"$state/rabbitmq.pid"
      echo "RabbitMQ started (pid $(cat "$state/rabbitmq.pid"))"
      return
    fi
    sleep 1
  done
  echo "RabbitMQ did not start within 60 s" >&2
  exit 1
}

stop_by_pid() {
  local name=$1 signal=$2 file="$state/$1.pid"
  [ -f "$file" ] || return 0
  local pid
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill "-$signal" "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    echo "$name (pid $pid) stopped"
  fi
  rm -f "$file"
}

print_env() {
  echo "Store__Provider=Postgres"
  echo "Store__Postgres=Host=127.0.0.1;Username=$pg_user;Password=$pg_password;Database=$pg_user"
  echo "Messaging__Transport=RabbitMq"
  echo "Messaging__RabbitMq__Host=rabbitmq://127.0.0.1/"
}

case "${1:-}" in
  start)
    require_root
    install_missing
    start_postgres "$([ "${2:-}" = --fast ] && echo yes || echo no)"
    start_rabbitmq
    ;;
  stop)
    # SIGINT is PostgreSQL's fast shutdown: it does not wait for clients to disconnect.
    stop_by_pid postgres INT
    if [ -f "$state/rabbitmq.pid" ]; then
      stop_by_pid rabbitmq TERM
      # RabbitMQ's start also started Erlang's port mapper; it goes with the broker it served.
      epmd -kill >/dev/null 2>&1 || true
    fi
    ;;
  env) print_env ;;
  *)
    echo "usage: build/services.sh start [--fast] | stop | env" >&2
    exit 2
    ;;
esac

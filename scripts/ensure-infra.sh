#!/usr/bin/env bash
# Makes sure PostgreSQL, RabbitMQ and Redis answer on 127.0.0.1, starting any that is down
# with the same commands this machine kind boots them with.
set -euo pipefail

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && exec 3>&- ; }

wait_port() {
  local name=$1 port=$2
  for _ in $(seq 1 120); do port_open "$port" && return 0; sleep 0.5; done
  echo "ensure-infra: $name did not come up on port $port" >&2
  return 1
}

if ! port_open 5432; then
  echo "ensure-infra: starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
fi
wait_port PostgreSQL 5432

if ! port_open 5672; then
  echo "ensure-infra: starting RabbitMQ"
  if rabbitmqctl -q status >/dev/null 2>&1; then rabbitmqctl -q start_app; else rabbitmq-server -detached; fi
fi
wait_port RabbitMQ 5672

if ! port_open 6379; then
  echo "ensure-infra: starting Redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
fi
wait_port Redis 6379
echo "ensure-infra: PostgreSQL, RabbitMQ and Redis are up"

#!/bin/sh
# /usr/local/sbin/miaopu-ops — runs a command in /opt/miaopu as the miaopu-ops user with the
# table owner's environment from /etc/miaopu/owner.env (readable by root only), e.g.
#   sudo miaopu-ops npm run db:migrate
#   sudo miaopu-ops npm run db:backup
#   sudo miaopu-ops npm run db:restore -- /var/backups/miaopu/miaopu-miaopu-20261122T023000Z.dump
set -eu
set -a
. /etc/miaopu/owner.env
set +a
cd /opt/miaopu
exec runuser -u miaopu-ops -- "$@"

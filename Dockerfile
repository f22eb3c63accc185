# syntax=docker/dockerfile:1.7
#
# One image for every Platter service. The whole monorepo is built once; SERVICE picks which
# app the container runs (node dist/apps/$SERVICE/src/main.js). The same image also runs the
# one-shot database provisioning (node tools/db/provision.js) and migrations (... main.js migrate).
#
#   docker build --build-arg SERVICE=ordering -t platter/ordering .
#   docker run -e SERVICE=catalog platter/ordering      # SERVICE can also be overridden at run time
#
# Build stages: deps (npm install) -> build (npm run build) -> prod-deps (npm prune --omit=dev) -> runtime.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV CI=true \
    NX_DAEMON=false \
    NX_NO_CLOUD=true
COPY package.json package-lock.json ./
# npm install rather than npm ci: the lock file leaves out other platforms' optional binaries
# (npm 11), which npm ci then reports as out of sync. The lock still pins every version.
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm install --no-audit --no-fund

# ---------------------------------------------------------------------------------------------
FROM deps AS build
COPY . .
RUN npm run build

# ---------------------------------------------------------------------------------------------
# Dev dependencies (swc, jest, nx, eslint, typescript...) are pruned away before the runtime
# stage copies node_modules, so they never reach a layer of the final image.
FROM build AS prod-deps
RUN npm prune --omit=dev --no-audit --no-fund

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime

# tini reaps zombies and forwards SIGTERM to node (Kubernetes does not add an init process).
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*

ARG SERVICE=""
ENV SERVICE=${SERVICE} \
    NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps

WORKDIR /app
COPY --from=prod-deps --chown=root:root /app/package.json /app/package-lock.json ./
COPY --from=prod-deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --from=build --chown=root:root /app/tools ./tools

# Fail the build early when SERVICE names an app that does not exist.
RUN if [ -n "$SERVICE" ] && [ ! -f "dist/apps/$SERVICE/src/main.js" ]; then \
      echo "SERVICE=$SERVICE: dist/apps/$SERVICE/src/main.js was not built" >&2; exit 1; \
    fi

# Where catalog and dispatch keep KYC documents by default in a container: a volume mounts here, and a new
# named volume copies this directory's owner, so the unprivileged user can write to it.
RUN mkdir -p /var/lib/platter/documents && chown 1000:1000 /var/lib/platter/documents

# Files stay owned by root and read-only for the app; the process runs as the image's
# unprivileged "node" user, by numeric id so Kubernetes runAsNonRoot can verify it.
USER 1000:1000

# The gateway listens on GATEWAY_PORT/PORT, the other services on PORT (both set by compose/k8s).
HEALTHCHECK --interval=15s --timeout=3s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || process.env.GATEWAY_PORT || 3000) + '/health/live', { signal: AbortSignal.timeout(2500) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["sh", "-c", "exec node dist/apps/${SERVICE}/src/main.js"]

# syntax=docker/dockerfile:1
# Parcours: one image for every instance. Build: docker build -t parcours .
# Type-checks, bundles the server (apps/server/build.mjs: our TypeScript in one file, npm packages
# external), runs it with plain node and serves the web app built in the first stage.

ARG NODE_IMAGE=node:20-bookworm-slim

# 1. Everything needed to build: all dependencies, a C++ toolchain for better-sqlite3.
FROM ${NODE_IMAGE} AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*
RUN npm install -g pnpm@12
WORKDIR /app
# Manifests first: the dependency layers stay cached while only sources change.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY packages/journey/package.json packages/journey/
COPY packages/api/package.json packages/api/
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm typecheck \
 && pnpm --filter @parcours/web build \
 && pnpm --filter @parcours/server build

# 2. Production dependencies of the server and of what it imports (@parcours/journey) only; the
#    bundle (apps/server/dist) holds the code of both, npm packages load from node_modules.
FROM build AS prod-deps
RUN rm -rf node_modules packages/*/node_modules apps/*/node_modules \
 && pnpm install --frozen-lockfile --prod --filter "@parcours/server..."

# 3. The runtime: no compiler, no dev dependencies, not root.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=8080 \
    HOST=0.0.0.0 \
    DATA_DIR=/data
WORKDIR /app
# Fonts embedded in PDF exports: DejaVu (text, accents) and Symbola (emoji).
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-symbola \
 && rm -rf /var/lib/apt/lists/*
COPY --from=prod-deps --chown=node:node /app/package.json /app/pnpm-workspace.yaml ./
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=prod-deps --chown=node:node /app/apps/server ./apps/server
COPY --from=build --chown=node:node /app/apps/web/dist ./apps/web/dist
# SQLite (the default when DATABASE_URL is unset) writes here: mount a volume on it.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
WORKDIR /app/apps/server
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop) stores every pending update, says goodbye to every client, then exits.
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]

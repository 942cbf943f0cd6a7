# syntax=docker/dockerfile:1
# The shop's image: one image for the servers, the job workers and the migration step (compose.yaml
# runs it three ways). Stages: prune the workspace to what the server and the two SPAs need, install
# and build that, then keep the server's production dependencies and the built files only, run as
# a non-root user. docs/operations.md explains the deploy. `pnpm deploy:check`
# (tooling/deploy-check) runs what the last stage runs, the same way, without a container engine.

ARG NODE_IMAGE=node:20.19-bookworm-slim

FROM ${NODE_IMAGE} AS base
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH CI=1 TURBO_TELEMETRY_DISABLED=1
RUN npm install --global pnpm@10.34.9 turbo@2.11.11 && npm cache clean --force

# Only the packages the server and both SPAs are built from, so a change elsewhere (the CLI, the
# bench) does not invalidate the layers below.
FROM base AS pruned
WORKDIR /repo
COPY . .
RUN turbo prune @petshop/server @petshop/storefront @petshop/admin --docker

FROM base AS build
WORKDIR /repo
# Manifests first: the install layer is reused until a dependency changes.
COPY --from=pruned /repo/out/json/ ./
RUN --mount=type=cache,id=pnpm,target=/pnpm/store pnpm install --frozen-lockfile
COPY --from=pruned /repo/out/full/ ./
# turbo prune keeps packages, not the root's shared compiler settings, which the builds extend.
COPY --from=pruned /repo/tsconfig.json ./
RUN turbo run build --filter=@petshop/server --filter=@petshop/storefront --filter=@petshop/admin
# The server with its production dependencies alone; our own packages are already in its bundle.
RUN --mount=type=cache,id=pnpm,target=/pnpm/store \
    pnpm --filter @petshop/server deploy --legacy --prod /app \
 && cp -r apps/storefront/dist /app/storefront \
 && cp -r apps/admin/dist /app/admin

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    STOREFRONT_DIST=/app/storefront \
    ADMIN_DIST=/app/admin \
    MEDIA_DIR=/data/media
WORKDIR /app
COPY --from=build --chown=node:node /app ./
RUN mkdir -p /data/media && chown node:node /data/media
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/main.js"]

# syntax=docker/dockerfile:1
# Holdline as a container (docs/deploy.md). Multi-stage: compile with the dev dependencies, then run the
# compiled dist/ with production dependencies only (no tsx, no pino-pretty), as the unprivileged `node`.

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/build.mjs scripts/build.mjs
COPY src src
COPY adapters adapters
COPY drizzle drizzle
RUN npm run build

FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    LOG_FORMAT=json \
    DATA_DIR=/data \
    OPS_PORT=9464 \
    OPS_HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=deps /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY package.json ./
COPY bin bin
# The embedded database (when DATABASE_URL is empty) and its development pepper live in /data.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# 3000: Slack HTTP mode (/slack/events); 9464: /healthz, /readyz, /metrics.
EXPOSE 3000 9464
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.OPS_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Holdline stops cleanly within 10 s of SIGTERM (docs/deploy.md); node is PID 1 and handles it itself.
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]

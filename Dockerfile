# Điểm cầu server image: built from package-lock.json with npm ci, runs as the unprivileged `node`
# user. On an intranet, point npm at the internal mirror:
#   docker build --build-arg npm_config_registry=https://npm.example.internal/ -t diemcau .
# Run: docker run -e DATABASE_URL=… -e JWT_SECRET=… -p 4000:4000 diemcau   (see compose.yaml)

FROM node:24-bookworm-slim AS build
# better-sqlite3 is compiled from source: no prebuilt binary can be downloaded on an intranet.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
ARG npm_config_registry
WORKDIR /app
# The manifests first, so that the dependency layer is reused while only the code changes.
COPY package.json package-lock.json .npmrc ./
COPY client-sdk/package.json client-sdk/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATABASE_URL=sqlite:/data/diemcau.sqlite
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The SQLite file lives in a volume the `node` user can write; with MySQL/MariaDB it stays empty.
RUN mkdir /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is PID 1's command: SIGTERM from `docker stop` reaches the server, which closes its
# sockets with 1001 and exits.
CMD ["node", "dist/server/main.js"]

# E2B sandbox template `smartapiforge-node20-express`: Node.js 20 with the pinned dependency set every
# generated Express project uses (the same package-lock.json the local dependency cache installs),
# already installed in the sandbox's home, so a project written there runs its tests with no network.
# Build: e2b template create smartapiforge-node20-express -d e2b.Dockerfile (from this folder).
FROM node:20-bookworm-slim
WORKDIR /home/user
COPY package.json package-lock.json prepare.mjs ./
RUN npm ci --no-audit --no-fund --ignore-scripts=false \
  && node prepare.mjs \
  && rm prepare.mjs \
  && chown -R 1000:1000 /home/user

# E2B sandbox template `smartapiforge-python-fastapi`: Debian trixie's python3 with the same packages
# the local runtime image is debootstrapped with (see ../../../scaffolders/src/runtime-image/), so
# generated FastAPI projects test and run exactly as they do in the bubblewrap sandbox.
# Build: e2b template create smartapiforge-python-fastapi -d e2b.Dockerfile (from this folder).
FROM debian:trixie-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends \
    python3-fastapi python3-pydantic python3-sqlalchemy python3-sqlalchemy-ext python3-psycopg2 python3-asyncpg python3-jwt \
    python3-cryptography python3-cffi-backend python3-pytest python3-httpx python3-uvicorn \
    python3-bcrypt python3-jsonschema python3-uvloop python3-httptools \
    ca-certificates \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /home/user

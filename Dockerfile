# Santun's API and pages in one image: CPU only, the embedded default model trained at build.
# Not built or run in the development sandbox (no Docker there); see README "Deployment".
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 santun
WORKDIR /app

# CPU torch first: a bare torch requirement would pull a multi-GB CUDA build.
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu

# Dependencies before the code, so a code change does not reinstall them.
COPY pyproject.toml README.md ./
COPY models/ models/
COPY service/ service/
COPY training/ training/
COPY data/ data/
RUN rm -rf models/artifacts \
    && pip install -e . \
    && santun train \
    && chown -R santun:santun /app/models/artifacts

USER santun
ENV SANTUN_MODEL=/app/models/artifacts/default
EXPOSE 8000
# Probes for an orchestrator: /healthz (alive) and /readyz (model loaded).
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2)"
# SIGTERM drains requests in flight for SANTUN_GRACEFUL_TIMEOUT seconds, then stops.
STOPSIGNAL SIGTERM
CMD ["santun", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]

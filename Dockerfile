# Santun's API and pages in one image: CPU only, the embedded default model trained at build.
# See README "Deployment" for how it was built and run here, where Docker Hub and PyTorch's
# index are out of reach (both sources are build arguments for that reason).
ARG PYTHON_IMAGE=python:3.11-slim
FROM ${PYTHON_IMAGE}

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 santun
WORKDIR /app

# CPU torch first: a bare torch requirement would pull a multi-GB CUDA build. A mirror or a
# folder of wheels can stand in: --build-arg TORCH_SOURCE="--find-links http://host/wheels/".
ARG TORCH_SOURCE="--index-url https://download.pytorch.org/whl/cpu"
RUN pip install torch==2.13.0 ${TORCH_SOURCE}

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

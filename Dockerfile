# Parley: the bot with its packaged embedding model and an index of corpus/ built into the image.
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PARLEY_DATA=/app/data \
    PARLEY_CORPUS=/app/corpus

WORKDIR /app

# CPU-only torch first: the default wheel from PyPI pulls in gigabytes of CUDA.
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu

COPY pyproject.toml README.md ./
COPY index ./index
COPY bot ./bot
RUN pip install .

COPY corpus ./corpus
RUN useradd --create-home --uid 10001 parley \
    && parley build --quiet \
    && chown -R parley /app/data

USER parley
CMD ["parley", "bot"]

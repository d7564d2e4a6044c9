"""Service settings, read once from ``SANTUN_*`` environment variables and validated at start."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from models.checker import MAX_CHARS


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SANTUN_", extra="ignore")

    model: Path | None = Field(default=None, description="Model folder; default: embedded.")
    exercises: Path | None = Field(
        default=None, description="Practice exercises (JSONL or CSV); default: shipped.")
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    max_chars: int = Field(default=MAX_CHARS, ge=1, le=100_000)
    max_batch: int = Field(default=100, ge=1, le=10_000)
    max_body_bytes: int = Field(default=2_000_000, ge=1_000)
    log_level: str = "info"

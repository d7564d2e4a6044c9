"""Service settings, read once from ``SANTUN_*`` environment variables and validated at start."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from models.checker import MAX_CHARS

MIN_API_KEY_CHARS = 16


def _split_commas(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


class Settings(BaseSettings):
    # Hidden input: a rejected API key must not be echoed into start-up logs.
    model_config = SettingsConfigDict(env_prefix="SANTUN_", extra="ignore",
                                      hide_input_in_errors=True)

    model: Path | None = Field(default=None, description="Model folder; default: embedded.")
    exercises: Path | None = Field(
        default=None, description="Practice exercises (JSONL or CSV); default: shipped.")
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    max_chars: int = Field(default=MAX_CHARS, ge=1, le=100_000)
    max_batch: int = Field(default=100, ge=1, le=10_000)
    max_body_bytes: int = Field(default=2_000_000, ge=1_000)
    log_level: Literal["debug", "info", "warning", "error", "critical"] = "info"
    # NoDecode: the variables are comma-separated lists, not JSON.
    api_keys: Annotated[tuple[SecretStr, ...], NoDecode] = Field(
        default=(), description="Accepted API keys, comma-separated; empty: no keys needed.")
    rate_limit: int = Field(
        default=0, ge=0, le=1_000_000,
        description="Requests per minute per API key (per client IP without keys), per worker; "
                    "0: off.")
    cors_origins: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(), description="Origins allowed to call the API from a browser; empty: none.")
    workers: int = Field(default=1, ge=1, le=64, description="Worker processes of `serve`.")
    check_threads: int = Field(
        default=1, ge=0, le=64,
        description="Single checks and rewrites a worker runs at once (the rest wait their "
                    "turn); 0: as many as the shared thread pool allows.")
    graceful_timeout: int = Field(
        default=10, ge=0, le=600,
        description="Seconds `serve` waits for requests in flight when asked to stop.")

    @field_validator("log_level", mode="before")
    @classmethod
    def _lower_level(cls, value: object) -> object:
        return value.lower() if isinstance(value, str) else value

    @field_validator("api_keys", "cors_origins", mode="before")
    @classmethod
    def _comma_list(cls, value: object) -> object:
        return _split_commas(value)

    @field_validator("api_keys")
    @classmethod
    def _long_enough(cls, keys: tuple[SecretStr, ...]) -> tuple[SecretStr, ...]:
        for number, key in enumerate(keys, start=1):
            if len(key.get_secret_value()) < MIN_API_KEY_CHARS:
                raise ValueError(f"API key #{number} is shorter than {MIN_API_KEY_CHARS} "
                                 "characters; use a long random key")
            if not key.get_secret_value().isprintable():
                raise ValueError(f"API key #{number} has unprintable characters")
        return keys

    @field_validator("cors_origins")
    @classmethod
    def _origins(cls, origins: tuple[str, ...]) -> tuple[str, ...]:
        for origin in origins:
            if origin != "*" and not origin.startswith(("http://", "https://")):
                raise ValueError(f"CORS origin {origin!r} must start with http:// or https://")
        return origins

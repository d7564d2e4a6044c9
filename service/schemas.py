"""HTTP request and response bodies of the v1 API (results reuse ``models.result``)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from models.checker import MAX_CHARS
from models.result import CheckResult, Register

MAX_BATCH = 100


class _Request(BaseModel):
    # ``register_`` is "register" on the wire (see models.result).
    model_config = ConfigDict(extra="forbid", validate_by_name=False, validate_by_alias=True,
                              serialize_by_alias=True)


class CheckOptions(_Request):
    threshold: float | None = Field(default=None, ge=0.0, le=1.0,
                                    description="Override the model's decision threshold.")
    rewrite: bool = Field(default=True, description="Include a suggestion for harsh replies.")
    register_: Register | None = Field(
        default=None, alias="register",
        description="Register of the suggestion (formal or chat); default: the draft's.")


class CheckRequest(CheckOptions):
    text: str = Field(min_length=1, max_length=MAX_CHARS, description="The draft reply.",
                      examples=["BACA DULU PENGUMUMANNYA!!!"])


class BatchItem(_Request):
    id: str | int | None = Field(default=None, description="Echoed back with the result.")
    text: str = Field(description=f"The draft reply; empty or over {MAX_CHARS} characters gives "
                                  "an error for this item only.")


class BatchRequest(CheckOptions):
    items: list[BatchItem] = Field(min_length=1, max_length=MAX_BATCH)


class RewriteRequest(_Request):
    text: str = Field(min_length=1, max_length=MAX_CHARS)
    register_: Register | None = Field(default=None, alias="register")
    threshold: float | None = Field(default=None, ge=0.0, le=1.0)


class ErrorBody(BaseModel):
    code: str = Field(examples=["empty_text"])
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


class BatchResultItem(CheckResult):
    id: str | int | None = None


class BatchErrorItem(BaseModel):
    id: str | int | None = None
    error: ErrorBody


class BatchResponse(BaseModel):
    results: list[BatchResultItem | BatchErrorItem]


class AspectInfo(BaseModel):
    name: str
    description: str
    threshold: float


class InfoResponse(BaseModel):
    name: str
    version: str
    kind: str
    labels: list[str]
    threshold: float
    aspects: list[AspectInfo]
    limits: dict[str, int]

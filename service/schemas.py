"""HTTP request and response bodies of the v1 API (results reuse ``models.result``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from models.checker import MAX_CHARS
from models.result import CheckResult, Register
from models.taxonomy import DOMAINS

MAX_BATCH = 100
# A reply needs one character that is not whitespace (else 422 empty_text). Documented only:
# models.checker.validate_text enforces it, with a plainer message than a pattern error.
_NOT_BLANK = {"pattern": r"\S"}


class _Request(BaseModel):
    # ``register_`` is "register" on the wire (see models.result). Strict: JSON types as the
    # document states them, never coerced (lax mode read ``"threshold": false`` as 0, which
    # flags every reply, and ``"rewrite": "yes"`` as true).
    model_config = ConfigDict(extra="forbid", strict=True, validate_by_name=False,
                              validate_by_alias=True, serialize_by_alias=True)


class CheckOptions(_Request):
    threshold: float | None = Field(default=None, ge=0.0, le=1.0,
                                    description="Override the model's decision threshold.")
    rewrite: bool = Field(default=True, description="Include a suggestion for harsh replies.")
    register_: Register | None = Field(
        default=None, alias="register",
        description="Register of the suggestion (formal or chat); default: the draft's.")


class CheckRequest(CheckOptions):
    text: str = Field(min_length=1, max_length=MAX_CHARS, json_schema_extra=_NOT_BLANK,
                      description="The draft reply.",
                      examples=["BACA DULU PENGUMUMANNYA!!!"])


class BatchItem(_Request):
    id: str | int | None = Field(default=None, description="Echoed back with the result.")
    text: str = Field(description=f"The draft reply; empty or over {MAX_CHARS} characters gives "
                                  "an error for this item only.")


class BatchRequest(CheckOptions):
    items: list[BatchItem] = Field(min_length=1, max_length=MAX_BATCH)


class RewriteRequest(_Request):
    text: str = Field(min_length=1, max_length=MAX_CHARS, json_schema_extra=_NOT_BLANK)
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


# ---- Bimtek practice exercises ---------------------------------------------------------

MAX_EXERCISE_FILE_CHARS = 1_000_000


class Exercise(BaseModel):
    """One practice item: a harsh draft to improve, the complaint it answers, facts to keep."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str = Field(min_length=1, max_length=80, pattern=r"^[\w.-]+$",
                    examples=["lat-kependudukan-01"])
    domain: str = Field(description="One of the twelve service domains.",
                        examples=["kependudukan"])
    context: str = Field(min_length=1, max_length=2000, description="The citizen's complaint.")
    draft: str = Field(min_length=1, max_length=MAX_CHARS, description="A harsh officer reply.")
    keep: list[str] = Field(default_factory=list, max_length=20,
                            description="Facts of the draft a better reply must still contain, "
                                        "each an exact substring of the draft.")
    hint: str = Field(min_length=1, max_length=1000, description="Advice for the trainee.")

    @field_validator("domain")
    @classmethod
    def _known_domain(cls, value: str) -> str:
        if value not in DOMAINS:
            raise ValueError(f"domain “{value}” tidak dikenal; pilih salah satu: "
                             + ", ".join(DOMAINS))
        return value

    @field_validator("keep")
    @classmethod
    def _facts_in_draft(cls, value: list[str], info: ValidationInfo) -> list[str]:
        draft = info.data.get("draft")
        for index, fact in enumerate(value, start=1):
            if not fact.strip():
                raise ValueError(f"fakta ke-{index} kosong")
            if draft is not None and fact not in draft:
                raise ValueError(f"fakta “{fact}” tidak ada persis di draft")
        return value


class ExerciseProblem(BaseModel):
    line: int = Field(ge=1, description="Line of the file where the bad exercise starts.")
    field: str | None = Field(default=None, description="The field at fault, if one is.")
    message: str = Field(description="What is wrong, in Indonesian.")


class ExerciseSet(BaseModel):
    name: str = Field(description="Where the set came from (a file name).")
    exercises: list[Exercise]
    errors: list[ExerciseProblem] = Field(
        description="Lines that were left out; the other exercises are still usable.")


class ExerciseFileRequest(_Request):
    name: str = Field(default="unggahan", min_length=1, max_length=200,
                      description="The uploaded file's name, echoed back.")
    format: Literal["jsonl", "csv"]
    content: str = Field(min_length=1, max_length=MAX_EXERCISE_FILE_CHARS)

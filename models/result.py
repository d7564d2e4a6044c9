"""The v1 result contract: the same typed objects from Python, the CLI and HTTP."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Label = Literal["nada_tinggi", "ok"]
Register = Literal["formal", "chat"]


class _Frozen(BaseModel):
    # "register" is a contract field but also a method every pydantic class inherits from
    # ABCMeta, so it lives in Python as ``register_`` and in JSON as "register".
    model_config = ConfigDict(frozen=True, serialize_by_alias=True, validate_by_name=True,
                              validate_by_alias=True)


class AspectScore(_Frozen):
    name: str = Field(description="One of the seven aspects.", examples=["membentak"])
    score: float = Field(ge=0.0, le=1.0)


class Span(_Frozen):
    start: int = Field(ge=0, description="Code-point offset into the input text.")
    end: int = Field(ge=0, description="Code-point offset one past the span.")
    text: str = Field(description="Equals input[start:end].")
    aspect: str
    reason: str = Field(description="Why this phrase sounds harsh, in Indonesian.")


class Tip(_Frozen):
    code: str = Field(examples=["tanpa_salam"])
    message: str


class Edit(_Frozen):
    start: int = Field(ge=0, description="Code-point offset into the draft.")
    end: int = Field(ge=0)
    old: str
    new: str
    reason: str


class Suggestion(_Frozen):
    text: str
    label: Label
    score: float = Field(ge=0.0, le=1.0)
    edits: list[Edit]
    register_: Register = Field(alias="register")
    passes: bool = Field(description="True when the detector reads the suggestion as ok.")
    notes: list[str] = Field(default_factory=list, description="What could not be softened.")


class ModelInfo(_Frozen):
    name: str
    version: str


class CheckResult(_Frozen):
    label: Label
    score: float = Field(ge=0.0, le=1.0, description="Probability of nada_tinggi.")
    threshold: float = Field(ge=0.0, le=1.0)
    aspects: list[AspectScore]
    spans: list[Span]
    tips: list[Tip]
    suggestion: Suggestion | None
    model: ModelInfo

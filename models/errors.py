"""Domain errors of the tone model; each carries a stable code the doors map to a status."""

from __future__ import annotations


class SantunError(Exception):
    code = "santun_error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class InvalidTextError(SantunError):
    code = "invalid_text"


class EmptyTextError(InvalidTextError):
    code = "empty_text"


class TextTooLongError(InvalidTextError):
    code = "text_too_long"


class ModelNotFoundError(SantunError):
    code = "model_not_found"


class ModelCorruptError(SantunError):
    code = "model_corrupt"

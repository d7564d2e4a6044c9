"""Santun's tone model: normalisation, lexicons, detectors, explanations and rewrites."""

from models.checker import ToneChecker
from models.errors import SantunError
from models.result import CheckResult, Suggestion

__all__ = ["CheckResult", "SantunError", "Suggestion", "ToneChecker"]

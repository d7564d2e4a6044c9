"""Schemathesis reads the committed OpenAPI document and sends the real app requests generated
from it, valid and invalid: none may get a 5xx, and every answer must fit the document."""

from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from service.app import create_app
from service.settings import Settings
from tests.service.test_openapi import COMMITTED

KEY = "fuzz-key-0123456789abcdef"

# Our contract answers an over-long batch with 413 batch_too_large, which schemathesis does not
# count among the statuses that reject invalid data.
CONFIG = SchemathesisConfig.from_dict({"checks": {"negative_data_rejection": {
    "expected-statuses": [400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 428, 429]}}})

schema = schemathesis.openapi.from_path(COMMITTED, config=CONFIG)
# Called in-process, with API keys on, so that schemathesis also sees the gate refuse requests
# without one. The app is made here, where schemathesis needs it, and gets the session's
# checker below (its lifespan keeps a checker that is already there).
schema.app = create_app(Settings(api_keys=(KEY,)))


# Python's str.strip() also counts these as whitespace, JSON Schema's \S (the document's
# pattern for a reply's text) does not: a text of them alone is blank to the server (422
# empty_text) though the pattern lets it through.
_PYTHON_ONLY_SPACES = "\x1c\x1d\x1e\x1f\x85"


@schema.hook("filter_body")
def _not_blank_to_python_only(context, body) -> bool:
    text = body.get("text") if isinstance(body, dict) else None
    return not (isinstance(text, str) and not text.strip()
                and any(char in _PYTHON_ONLY_SPACES for char in text))


@pytest.fixture(scope="module", autouse=True)
def _model(checker):
    schema.app.state.checker = checker


# Bounded and repeatable by default: 20 generated requests per operation, the same ones every
# run (about 10 s for all nine). SANTUN_FUZZ_EXAMPLES=400 sends more, from fresh random seeds.
EXAMPLES = int(os.environ.get("SANTUN_FUZZ_EXAMPLES", "0"))


@schema.parametrize()
@settings(max_examples=EXAMPLES or 20, derandomize=not EXAMPLES, deadline=None,
          suppress_health_check=list(HealthCheck))
def test_generated_requests_get_no_server_error_and_fit_the_document(case):
    case.call_and_validate(base_url="http://testserver", headers={"X-API-Key": KEY})

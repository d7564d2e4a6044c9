"""The committed OpenAPI document is the app's, and it shows an example of everything."""

import json
from pathlib import Path

from service.app import _VALIDATION_CODES
from service.openapi import ERRORS, document, dumps

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
REGENERATE = "python -m service.openapi > docs/openapi.json"


def test_committed_document_matches_the_app():
    assert COMMITTED.read_text(encoding="utf-8") == dumps(document()), (
        f"the API changed; regenerate with `{REGENERATE}` and review the diff")


def _examples(schema: dict) -> dict[str, set[str]]:
    """Error code -> the statuses under which some route shows it."""
    found: dict[str, set[str]] = {}
    for operations in schema["paths"].values():
        for operation in operations.values():
            for status, response in operation["responses"].items():
                for media in response.get("content", {}).values():
                    for example in media.get("examples", {}).values():
                        error = example["value"].get("error") if isinstance(
                            example["value"], dict) else None
                        if error:
                            found.setdefault(error["code"], set()).add(status)
    return found


def test_every_error_code_has_an_example_under_its_status():
    from models import errors

    domain = {cls.code for cls in vars(errors).values()
              if isinstance(cls, type) and issubclass(cls, errors.SantunError)}
    codes = {code for _, code in _VALIDATION_CODES.values()} | (domain - {"santun_error"})
    found = _examples(json.loads(COMMITTED.read_text(encoding="utf-8")))
    assert codes <= set(ERRORS)
    for code, (status, _message) in ERRORS.items():
        assert str(status) in found.get(code, set()), code


def test_every_route_has_examples():
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            ok = operation["responses"]["200"]["content"]
            assert any("example" in m or "examples" in m for m in ok.values()), (method, path)
            if method == "post":
                assert operation["requestBody"]["content"]["application/json"]["examples"]


def test_request_examples_are_answered(model_dir):
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    with TestClient(create_app(Settings(model=model_dir))) as client:
        for path, operations in schema["paths"].items():
            for method, operation in operations.items():
                if method == "get":
                    assert client.get(path).status_code == 200, path
                    continue
                examples = operation["requestBody"]["content"]["application/json"]["examples"]
                for name, example in examples.items():
                    response = client.post(path, json=example["value"])
                    assert response.status_code == 200, (path, name, response.text)


def test_response_examples_fit_the_response_models():
    from models.result import CheckResult, Suggestion
    from service.openapi import OK_EXAMPLES
    from service.schemas import BatchResponse, ExerciseSet, InfoResponse

    models = {"check": CheckResult, "batch": BatchResponse, "rewrite": Suggestion,
              "info": InfoResponse, "exercises": ExerciseSet}
    for name, model in models.items():
        for example in OK_EXAMPLES[name].values():
            model.model_validate(example["value"])

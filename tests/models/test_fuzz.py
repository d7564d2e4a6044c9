"""Any text a caller can send gets an answer whose offsets stay inside that text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.errors import SantunError

ODD = st.sampled_from(["\x00", "\u200b", "\u200e", "\u202e", "\ufeff", "😀", "🙄", "!!!", "?!",
                       "KTP-el", "BACA", "<script>alert(1)</script>", "\n", "\r\n", "\r",
                       "ق", "中", "Ⅻ"])
TEXTS = st.lists(st.one_of(st.text(max_size=40), ODD), max_size=30).map("".join)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=TEXTS)
def test_check_never_breaks_and_spans_stay_inside(checker, text):
    try:
        result = checker.check(text)
    except SantunError:
        return  # empty, too long or not valid Unicode: a clear domain error
    assert 0.0 <= result.score <= 1.0
    for span in result.spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
    if result.suggestion is not None:
        rebuilt, cursor = [], 0
        for edit in result.suggestion.edits:
            assert cursor <= edit.start and text[edit.start : edit.end] == edit.old
            rebuilt.append(text[cursor : edit.start] + edit.new)
            cursor = edit.end
        rebuilt.append(text[cursor:])
        assert "".join(rebuilt) == result.suggestion.text

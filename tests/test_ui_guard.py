"""The dialog guard itself: every dialog in ui/dialogs.py is covered and fails loudly."""

from __future__ import annotations

import pytest

from briefing.ui import dialogs
from tests.ui_support import *

pytest.importorskip("pytestqt")


def test_every_dialog_is_replaced_by_the_guard(no_real_dialogs) -> None:
    names = dialog_names()
    assert {
        "ask_open_article",
        "ask_open_brief",
        "ask_save_path",
        "ask_export_path",
        "confirm_discard",
        "confirm_recover",
        "show_error",
    } <= set(names)
    for name in names:
        with pytest.raises(pytest.fail.Exception, match=name):
            getattr(dialogs, name)(None)
    assert no_real_dialogs == names

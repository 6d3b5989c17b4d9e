"""The screenshot command renders every main screen offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.ui.screenshots import save_screenshots


@pytest.mark.demo
def test_screenshots_are_written(qtbot: object, app: App, staff: Actor, tmp_path: Path) -> None:
    paths = save_screenshots(app, staff, tmp_path / "shots")
    assert [p.name for p in paths] == [
        "register.png",
        "register-no-match.png",
        "case.png",
        "case-identity.png",
        "case-post.png",
        "case-edit.png",
        "case-merge.png",
        "case-review.png",
        "case-data.png",
        "dashboard.png",
        "settings.png",
        *(f"settings-{n}.png" for n in range(2, 7)),  # every page of the settings window
        "import-results.png",
        "intake.png",
        "sign-in.png",
        "locked.png",
    ]
    for path in paths:
        image = QImage(str(path))
        # The merge dialog is a short question; every other shot is a whole screen or form.
        assert image.width() > 300 and image.height() > (150 if path.name == "case-merge.png" else 200)

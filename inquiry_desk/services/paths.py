"""Where the data folder is: --data-dir, then INQUIRY_DESK_HOME, then the platform's data dir."""

from __future__ import annotations

import os
from pathlib import Path

ENV_HOME = "INQUIRY_DESK_HOME"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs  # only when no folder is given: `--help` and most scripts never need it

    return Path(platformdirs.user_data_dir("InquiryDesk", "ZenGroup"))

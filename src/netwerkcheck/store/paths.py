"""Where saved checks live, and keeping those folders private.

The data folder is platformdirs' user data dir (XDG_DATA_HOME on Linux), or the
folder named by NETWERKCHECK_DATA_DIR. Folders are 0700 and files 0600 whatever
the umask, and wrong modes are repaired at every start (XDG asks for 0700 too).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "netwerkcheck"
ENV_DATA_DIR = "NETWERKCHECK_DATA_DIR"
DIR_MODE = 0o700
FILE_MODE = 0o600
CHECKS = "checks"
LOCK_NAME = "netwerkcheck.lock"

# chmod means little on Windows; permissions there come from the profile folder's ACL.
POSIX = os.name == "posix"


def data_dir() -> Path:
    """The folder for all saved data (not created here)."""
    override = os.environ.get(ENV_DATA_DIR, "").strip()
    if override:
        return Path(override).expanduser()
    return user_data_path(APP_NAME, appauthor=False)


def checks_dir(root: Path) -> Path:
    return root / CHECKS


def lock_path(root: Path) -> Path:
    return root / LOCK_NAME


VAULT_DIR = "counsellor"
VAULT_HEADER = "vault.json"


def vault_header(root: Path) -> Path:
    """The counsellor vault's header (store/vault.py): if it exists, a passphrase was
    set on this computer. Here so the first screen can ask without loading the store."""
    return root / VAULT_DIR / VAULT_HEADER


def make_private_dir(path: Path) -> None:
    """Create `path` and any missing parents with mode 0700 (not left to the umask)."""
    missing: list[Path] = []
    here = path
    while not here.exists():
        missing.append(here)
        if here.parent == here:
            break
        here = here.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            pass
        if POSIX:
            os.chmod(folder, DIR_MODE)


def repair_permissions(root: Path) -> list[Path]:
    """Set folders under (and including) root to 0700 and files to 0600.

    Returns the paths whose mode was changed, so the person can be told. Symbolic
    links are left alone (never followed), and so is anything we cannot change.
    """
    if not POSIX or not root.is_dir():
        return []
    repaired: list[Path] = []

    def fix(path: Path, want: int) -> None:
        try:
            st = path.lstat()
            if stat.S_ISLNK(st.st_mode):
                return
            if stat.S_IMODE(st.st_mode) != want:
                os.chmod(path, want)
                repaired.append(path)
        except OSError:
            pass

    fix(root, DIR_MODE)
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames:
            fix(Path(dirpath, name), DIR_MODE)
        for name in filenames:
            fix(Path(dirpath, name), FILE_MODE)
    return repaired

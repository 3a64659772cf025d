"""The renders folder: where a render's files live, its sidecar, publishing and the cache.

This module does not import manim (``embed``, ``gallery`` and ``solve`` start without it).
A renders folder ``root`` holds:

* ``root/N/``: the published render N, every file its sidecar ``N/N.json`` lists;
* ``root/.staging/``: renders in progress (``N.<pid>.<token>/``) and folders swapped out;
* ``root/.locks/N.lock``: the lock a render of N holds (``fcntl.flock``), so that two
  renders of one name run one after the other instead of interleaving their files.

Publishing is one rename: the new folder is complete (sidecar included) in ``.staging``
before it replaces ``root/N`` with ``renameat2(RENAME_EXCHANGE)``, which swaps the two
folders atomically; the old folder is deleted only after the swap.  Where the kernel or the
file system cannot exchange, the old folder is renamed aside first and renamed back if the
second rename fails; a process killed between the two leaves ``root/N`` missing and the old
folder aside, and ``recover`` (run under the lock before every render) renames it back.  At
every moment ``root/N`` is entirely the old render or entirely the new one.

Sidecars and everything in the folder are untrusted input: a sidecar is read into a typed
``Sidecar`` only when it passes the schema check, every path it names must stay inside its
render's folder, and a file is trusted as cached only when its size and sha256 are the ones
the sidecar recorded.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import hashlib
import json
import math
import os
import re
import shutil
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import numpy as np

STAGING = ".staging"
LOCKS = ".locks"
#: A render's name: its folder's name and its files' stem.
NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")  # used with fullmatch: no trailing newline
#: Names the renders folder keeps for other things (``normviz slides`` writes ``slides/``).
RESERVED_NAMES = ("slides", "explore")
LANGS = ("en", "zh")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
#: The files every render has (a sidecar without them is not a render's).
REQUIRED_FILES = ("poster", "srt", "vtt")
_CHUNK = 1 << 20
#: renameat2's flag (linux/fs.h) and the "current directory" file descriptor.
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class OutputError(ValueError):
    """A renders folder that cannot be used as asked; the message is one line."""


class SidecarError(ValueError):
    """A sidecar that does not pass the schema check; the message is one line."""


def check_name(name: object, field: str = "name") -> str:
    """``name`` when it is a render name (``[a-z0-9][a-z0-9_-]*``, at most 64 characters)."""
    if not isinstance(name, str) or not NAME.fullmatch(name):
        raise ValueError(f"{field} must match [a-z0-9][a-z0-9_-]* (at most 64 characters), "
                         f"got {name!r}"[:300])
    if name in RESERVED_NAMES:
        raise ValueError(f"{field} must not be {name!r} (the renders folder keeps "
                         f"{', '.join(RESERVED_NAMES)} for other outputs)")
    return name


def inside(folder: Path, relative: object) -> Path:
    """``folder / relative`` when it stays inside ``folder`` (no ``..``, no absolute path,
    no link that leads out); otherwise a ``SidecarError``."""
    if not isinstance(relative, str) or not relative or "\\" in relative or "\0" in relative:
        raise SidecarError(f"file path {relative!r} is not a relative path")
    parts = PurePosixPath(relative)
    if parts.is_absolute() or ".." in parts.parts or "." in relative.split("/"):
        raise SidecarError(f"file path {relative!r} leaves the render's folder")
    path = folder / parts
    if not path.resolve().is_relative_to(folder.resolve()):
        raise SidecarError(f"file path {relative!r} leads out of the render's folder")
    return path


def check_folders(root: Path, names: list[str] | tuple[str, ...] = ()) -> None:
    """One-line error when ``root``, its ``.staging`` / ``.locks`` or ``root/N`` for a name
    in ``names`` exist but are not folders (a file, or a link, where a folder must be)."""
    if str(root) in ("", "."):
        raise OutputError("--out must name a folder (for the current folder write ./renders)")
    try:
        _check_folders(root, names)
    except OSError as error:
        raise OutputError(f"--out {one_line(root, 80)} cannot be used: {error.strerror}") from None


def _check_folders(root: Path, names: list[str] | tuple[str, ...]) -> None:
    if root.is_symlink() and not root.exists():
        raise OutputError(f"--out {root} is a link to nothing: choose a folder")
    if root.exists() and not root.is_dir():
        raise OutputError(f"--out {root} is a file, not a folder: choose a folder")
    existing = next((parent for parent in (root, *root.parents) if parent.exists()), None)
    if existing is not None and not existing.is_dir():
        raise OutputError(f"--out {root} cannot be made: {existing} is a file, not a folder")
    for path, purpose in ((root / STAGING, "renders in progress"),
                          (root / LOCKS, "the render locks"),
                          *((root / name, f"the render {name}") for name in names)):
        if path.is_symlink() or (path.exists() and not path.is_dir()):
            kind = "a link" if path.is_symlink() else "a file"
            raise OutputError(f"{path} is {kind}, not a folder: normviz keeps {purpose} there; "
                              "move it away (normviz does not delete what it did not write)")
    for name in names:
        lock = root / LOCKS / f"{name}.lock"
        if lock.is_symlink() or (lock.exists() and not lock.is_file()):
            raise OutputError(f"{lock} is not a plain file: normviz locks the render {name} "
                              "with it; move it away")


@dataclass(frozen=True)
class FileRecord:
    """Size in bytes and sha256 of one published file, as its sidecar recorded them."""

    size: int
    sha256: str


def record_of(path: Path) -> FileRecord:
    """The size and sha256 of ``path`` as it is now."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return FileRecord(path.stat().st_size, digest.hexdigest())


@dataclass(frozen=True)
class Sidecar:
    """A render's sidecar ``N/N.json``: what it shows and which files hold it.

    ``files`` maps a kind (``mp4``, ``poster``, ``section:...``) to a path relative to the
    render's folder; ``records`` holds each of those paths' size and sha256.  ``data`` is
    the whole JSON object (spec, numbers on screen, beats, video, versions), checked.
    """

    data: dict

    @property
    def name(self) -> str:
        return self.data["spec"]["name"]

    @property
    def spec(self) -> dict:
        return self.data["spec"]

    @property
    def lang(self) -> str:
        return self.data["spec"]["lang"]

    @property
    def scene(self) -> str:
        return self.data["spec"]["scene"]

    @property
    def claim(self) -> str:
        return self.data["claim"]

    @property
    def content_hash(self) -> str:
        return self.data["content_hash"]

    @property
    def files(self) -> dict[str, str]:
        return self.data["files"]

    @property
    def records(self) -> dict[str, FileRecord]:
        return {path: FileRecord(**record) for path, record in self.data["records"].items()}

    @property
    def video(self) -> dict:
        return self.data["video"]

    @property
    def duration(self) -> float:
        return self.data["duration"]

    @property
    def beats(self) -> list[dict]:
        return self.data["beats"]

    @property
    def shown(self) -> dict:
        return self.data["shown"]

    @property
    def render_seconds(self) -> float:
        return self.data["render_seconds"]

    def paths(self, root: Path) -> list[Path]:
        """Every file the sidecar lists, inside ``root/N/``, the sidecar itself last."""
        folder = root / self.name
        return [inside(folder, relative) for relative in self.files.values()] + [
            sidecar_path(root, self.name)]

    def to_json(self) -> str:
        return json.dumps(self.data, indent=1, ensure_ascii=False, default=plain)

    @classmethod
    def checked(cls, data: object, folder: str | None = None) -> Sidecar:
        """The sidecar when ``data`` passes the schema (and names ``folder``, when given)."""
        _check_schema(data, folder)
        return cls(data)  # type: ignore[arg-type]


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SidecarError(message)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_schema(data: object, folder: str | None) -> None:
    """Every field a reader uses, with its type and range; one line naming the first bad one."""
    _require(isinstance(data, dict), "not a JSON object")
    assert isinstance(data, dict)
    missing = [key for key in _SCHEMA if key not in data]
    _require(not missing, f"field {missing[0]!r} is missing" if missing else "")
    for key, check in _SCHEMA.items():
        _require(check(data[key]), f"field {key!r} is not {_SCHEMA_WORDS[key]}")
    spec = data["spec"]
    check_name_ok = isinstance(spec["name"], str) and NAME.fullmatch(spec["name"]) is not None
    _require(check_name_ok, f"spec.name {spec['name']!r} is not a render name")
    _require(folder is None or spec["name"] == folder,
             f"spec.name {spec['name']!r} is not its folder's name {folder!r}")
    _require(spec["lang"] in LANGS, f"spec.lang must be one of {', '.join(LANGS)}, "
                                    f"got {spec['lang']!r}")
    _require(isinstance(spec["scene"], str), "spec.scene is not text")
    records = data["records"]
    missing_kinds = [kind for kind in REQUIRED_FILES if kind not in data["files"]]
    _require(not missing_kinds, f"files has no {missing_kinds[0]!r}" if missing_kinds else "")
    for relative in data["files"].values():
        inside(Path("/render"), relative)  # raises SidecarError when it escapes
        _require(relative in records, f"file {relative!r} has no size and hash in records")
    video = data["video"]
    for key in ("width", "height"):
        value = video.get(key)
        _require(isinstance(value, int) and not isinstance(value, bool) and 0 < value <= 16384,
                 f"video.{key} is not a pixel count")


def _text_map(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str)
                                           for k, v in value.items())


def _record_map(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(record, dict) and set(record) == {"size", "sha256"}
        and isinstance(record["size"], int) and not isinstance(record["size"], bool)
        and record["size"] >= 0 and isinstance(record["sha256"], str)
        and _SHA256.match(record["sha256"]) is not None
        for record in value.values())


def _beats(value: object) -> bool:
    return isinstance(value, list) and all(
        isinstance(beat, dict) and isinstance(beat.get("name"), str)
        and isinstance(beat.get("subtitle"), str) for beat in value)


_SCHEMA = {
    "spec": lambda v: isinstance(v, dict) and {"name", "scene", "lang"} <= set(v),
    "claim": lambda v: isinstance(v, str),
    "content_hash": lambda v: isinstance(v, str) and _SHA256.match(v) is not None,
    "files": _text_map,
    "records": _record_map,
    "video": lambda v: isinstance(v, dict),
    "duration": lambda v: _is_number(v) and v >= 0,
    "beats": _beats,
    "shown": lambda v: isinstance(v, dict),
    "render_seconds": lambda v: _is_number(v) and v >= 0,
}
_SCHEMA_WORDS = {
    "spec": "an object with name, scene and lang", "claim": "text",
    "content_hash": "a sha256 in hex", "files": "an object of kind: path",
    "records": "an object of path: {size, sha256}", "video": "an object",
    "duration": "a number of seconds >= 0", "beats": "a list of {name, subtitle}",
    "shown": "an object", "render_seconds": "a number of seconds >= 0",
}


def sidecar_path(root: Path, name: str) -> Path:
    return root / name / f"{name}.json"


def replace_text(target: Path, content: str) -> None:
    """Write ``content`` to ``target`` by one rename: a uniquely named file beside it is
    written, then renamed over it, so a reader sees the old file or the whole new one and a
    failure leaves ``target`` as it was (the staged file is removed either way)."""
    staged = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}"
    try:
        staged.write_text(content, encoding="utf-8")
        os.replace(staged, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()


def one_line(message: object, limit: int = 300) -> str:
    """``message`` as one line of at most ``limit`` characters (line breaks escaped)."""
    line = str(message).replace("\r", "\\r").replace("\n", "\\n").replace("\t", " ")
    return line if len(line) <= limit else line[:limit - 1] + "…"


def warn(message: str) -> None:
    """One line on stderr, for input normviz skips rather than stops on."""
    sys.stderr.write(f"normviz: warning: {one_line(message)}\n")


def load_sidecar(root: Path, name: str) -> Sidecar:
    """The sidecar of render ``name``; ``SidecarError`` with the reason when it is missing,
    unreadable or fails the schema."""
    path = sidecar_path(root, name)
    if (root / name).is_symlink() or path.is_symlink():
        raise SidecarError("it is reached through a link; normviz follows no links in the "
                           "renders folder")
    if not path.exists():
        raise SidecarError("missing")
    if not path.is_file():
        raise SidecarError("not a plain file")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        raise SidecarError("not valid JSON") from None
    except RecursionError:
        raise SidecarError("nested too deep") from None
    except UnicodeDecodeError:
        raise SidecarError("not UTF-8 text") from None
    except ValueError as error:  # e.g. an integer of more than 4300 digits
        raise SidecarError(f"not readable JSON ({str(error)[:80]})") from None
    except OSError as error:
        raise SidecarError(f"cannot read ({error.strerror})") from None
    return Sidecar.checked(data, name)


def read_sidecar(root: Path, name: str, *, quiet: bool = False) -> Sidecar | None:
    """The sidecar of render ``name``; None when there is none, or when it is unreadable or
    fails the schema (then, unless ``quiet``, a one-line warning names the file)."""
    path = sidecar_path(root, name)
    if not path.exists() and not path.is_symlink():
        return None
    try:
        return load_sidecar(root, name)
    except SidecarError as error:
        if not quiet:
            warn(f"skipping {sidecar_path(root, name)}: {error}")
        return None


def read_all(root: Path, *, quiet: bool = False) -> list[Sidecar]:
    """The sidecar of every render in ``root`` that passes the check, sorted by name."""
    if not root.is_dir():
        return []
    found = []
    for folder in sorted(root.iterdir()):
        if folder.name.startswith(".") or folder.is_symlink() or not folder.is_dir():
            continue
        sidecar = read_sidecar(root, folder.name, quiet=quiet)
        if sidecar is not None:
            found.append(sidecar)
    return found


def verified(root: Path, name: str, content_hash: str,
             kinds: tuple[str, ...] = ()) -> Sidecar | None:
    """The sidecar of ``name`` when it was made from ``content_hash``, lists every file of
    the ``kinds`` asked for, and every file it lists is a plain file inside the folder with
    the size and sha256 it recorded."""
    sidecar = read_sidecar(root, name, quiet=True)
    if sidecar is None or sidecar.content_hash != content_hash:
        return None
    if any(kind not in sidecar.files for kind in kinds):
        return None
    folder = root / name
    records = sidecar.records
    try:
        for relative in sidecar.files.values():
            path = inside(folder, relative)
            if path.is_symlink() or not path.is_file():
                return None
            expected = records[relative]
            if path.stat().st_size != expected.size or record_of(path) != expected:
                return None
    except (OSError, SidecarError):
        return None
    return sidecar


@contextlib.contextmanager
def name_lock(root: Path, name: str) -> Iterator[None]:
    """Hold ``root/.locks/<name>.lock`` (an exclusive ``flock``) for the block."""
    locks = root / LOCKS
    locks.mkdir(parents=True, exist_ok=True)
    path = locks / f"{check_name(name)}.lock"
    try:
        handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as error:
        raise OutputError(f"{path} cannot be used as a lock ({error.strerror}): move it "
                          "away") from None
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)


def new_staging(root: Path, name: str) -> Path:
    """A fresh folder ``root/.staging/<name>.<pid>.<token>/`` for one render in progress."""
    folder = root / STAGING / f"{check_name(name)}.{os.getpid()}.{uuid.uuid4().hex[:8]}"
    folder.mkdir(parents=True)
    return folder


def remove_abandoned_staging(root: Path, name: str) -> None:
    """Put back an old folder a killed swap left aside, then remove the staging folders of
    ``name`` whose process is gone (killed, crashed).  Call it holding ``name_lock``."""
    recover(root, name)
    for folder in (root / STAGING).glob(f"{name}.*.*"):
        pid = folder.name.split(".")[-2]
        if pid.isdigit() and not _process_alive(int(pid)) and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)


def tidy(root: Path, name: str) -> None:
    """``remove_abandoned_staging`` under the lock of ``name``, when there is anything of
    ``name`` in the staging folder (a render that finds its result cached still tidies)."""
    if any((root / STAGING).glob(f"{name}.*.*")):
        with name_lock(root, name):
            remove_abandoned_staging(root, name)


def recover(root: Path, name: str) -> None:
    """When ``root/N`` is missing but a swap left the old folder aside, rename it back."""
    target = root / name
    if target.exists() or target.is_symlink():
        return
    aside = sorted((path for path in (root / STAGING).glob(f"{name}.old.*.*")
                    if path.is_dir() and not path.is_symlink()),
                   key=lambda path: path.lstat().st_mtime)
    if aside:
        os.rename(aside[-1], target)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def publish(staged: Path, root: Path, data: dict) -> Sidecar:
    """Swap the finished folder ``staged`` in as ``root/<name>/`` in one rename.

    ``staged`` holds every file ``data["files"]`` lists; their sizes and hashes are
    recorded, the sidecar is written into ``staged``, then the folder replaces the old one.
    """
    name = data["spec"]["name"]
    data = {**data, "records": {relative: vars(record_of(inside(staged, relative)))
                                for relative in data["files"].values()}}
    sidecar = Sidecar.checked(json.loads(json.dumps(data, default=plain)), name)
    staged_sidecar = staged / f"{name}.json"
    staged_sidecar.write_text(sidecar.to_json(), encoding="utf-8")
    with staged_sidecar.open("rb") as handle:
        os.fsync(handle.fileno())
    swap_in(staged, root / name)
    return sidecar


def swap_in(new: Path, target: Path) -> None:
    """Make ``target`` the folder ``new`` with one rename; the old ``target`` is deleted
    only after the swap succeeded.  A ``target`` that is a link or a file (put there since
    the folders were checked) is left alone: a one-line error, nothing swapped."""
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise OutputError(f"{target} is a link or a file, not a render folder: move it away "
                          "(normviz does not delete what it did not write)")
    if not target.exists():
        os.rename(new, target)
        return
    if exchange(new, target):
        shutil.rmtree(new)  # now the old folder
        return
    aside = target.parent / STAGING / f"{target.name}.old.{os.getpid()}.{uuid.uuid4().hex[:8]}"
    os.rename(target, aside)
    try:
        os.rename(new, target)
    except BaseException:
        os.rename(aside, target)
        raise
    shutil.rmtree(aside)


def exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2(RENAME_EXCHANGE)``); False where the
    system cannot, and nothing has changed then."""
    renameat2 = getattr(_LIBC, "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second),
                 _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))


_LIBC = ctypes.CDLL(None, use_errno=True)


def plain(value: object) -> object:
    """JSON fallback for numpy scalars and arrays in the numbers on screen."""
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(f"not JSON-serialisable: {type(value).__name__}")

"""Safe output: files and folders written atomically, under a lock, never over the user's files.

Every envindicators command that writes files (``report --out DIR``, ``parse --out F``,
``assess --out F``, ``audit --out F``, and a future ``extract --out DIR``) goes through this
module, which guarantees:

* **Nothing of yours is lost.**  Each folder written into gets a manifest,
  ``.envindicators-manifest.json``, listing the files envindicators wrote there with their
  SHA-256.  A file is envindicators' only while it is listed *and* unchanged; anything else
  — a file you put there, one of ours you edited, a symbolic link — is never overwritten or
  deleted.  A name envindicators wants that is taken by such a file is an error.
* **Symbolic links are not followed** out of the output: a ``figures`` folder or a
  ``report.md`` that is a link (to another folder or file) is an error, not a path to write
  through.  The output path you give may itself be a link: that is your choice.
* **Atomic output.**  Files are written into a staging folder (for a folder job) or a
  temporary file (for a file) in the same folder, flushed to disk, then moved into place
  with :func:`os.replace`; a folder job moves its main file (``report.md``) last and only
  then removes its own files that the new run no longer produces, so a reader sees the
  previous output or the new one, never one whose links point to missing files.  An
  interrupted run (an error, Ctrl-C, a kill) leaves the previous output as it was, or no
  output; the signals SIGINT and SIGTERM are held back during the few renames of the commit.
  Left-over staging folders of a killed run are removed by the next run.
* **One writer at a time.**  A job holds a lock file (``.envindicators.lock`` in an output
  folder, ``.<name>.envindicators.lock`` next to an output file) with an OS lock
  (``flock``/``msvcrt.locking``, released by the OS if the process dies); a second run on
  the same output fails at once with :class:`OutputBusyError`.  Updates of a manifest are
  serialised by a second, short-held lock, so jobs writing different files of one folder
  run side by side.

:class:`OutputFolder` writes a folder of files (a report); :func:`output_file` writes one
file.  Both raise :class:`OutputError` with a message naming the path and what to do.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath
from types import FrameType
from typing import IO, Any

from envindicators.errors import EnvIndicatorsError

__all__ = [
    "LOCK_NAME",
    "MANIFEST_NAME",
    "OutputBusyError",
    "OutputError",
    "OutputFolder",
    "output_file",
]

#: The manifest of the files envindicators wrote in a folder.
MANIFEST_NAME = ".envindicators-manifest.json"
#: Lock file of a folder job.
LOCK_NAME = ".envindicators.lock"
_MANIFEST_LOCK = ".envindicators-manifest.lock"
_STAGING_PREFIX = ".envindicators-staging-"
_STAGING_MARK = ".envindicators-staging"
_FORMAT = 1


class OutputError(EnvIndicatorsError):
    """The output cannot be written where asked without risking files that are not ours.

    Parameters
    ----------
    message : str
        The message.
    cli_message : str, optional
        The same message with the command-line spelling of the option it names
        (``--force`` instead of ``force=True``); kept as the attribute ``cli_message``.
    """

    def __init__(self, message: str, *, cli_message: str | None = None) -> None:
        super().__init__(message)
        self.cli_message = cli_message or message


# the constructor is OutputError's, whose docstring documents its parameters
class OutputBusyError(OutputError):  # numpydoc ignore=PR01
    """Another envindicators run is writing the same output."""


# ---------------------------------------------------------------------------------------
# Locks
# ---------------------------------------------------------------------------------------
def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class _Lock:
    """An exclusive lock on a lock file (removed on release)."""

    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        self.what = what
        self.fd: int | None = None

    def acquire(self, timeout: float = 0.0) -> _Lock:
        deadline = time.monotonic() + timeout
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        while True:
            try:
                fd = os.open(self.path, flags, 0o644)
            except OSError as exc:
                if self.path.is_symlink():
                    raise OutputError(
                        f"{self.path} is a symbolic link; envindicators does not follow links "
                        "in its output: remove it"
                    ) from None
                raise OutputError(
                    f"{self.path}: cannot create the lock file ({exc.strerror})"
                ) from None
            if _try_lock(fd):
                try:
                    same = os.fstat(fd).st_ino == os.stat(self.path, follow_symlinks=False).st_ino
                except FileNotFoundError:
                    same = False
                if same or os.name == "nt":
                    os.ftruncate(fd, 0)
                    os.write(fd, f"{os.getpid()}\n".encode())
                    self.fd = fd
                    return self
                os.close(fd)  # the previous holder removed the file: lock the new one
                continue
            holder = _read_pid(fd)
            os.close(fd)
            if time.monotonic() >= deadline:
                by = f" (process {holder})" if holder else ""
                raise OutputBusyError(
                    f"another envindicators run{by} is writing {self.what}; wait for it to "
                    f"finish (lock file {self.path})"
                )
            time.sleep(0.02)

    def release(self) -> None:
        if self.fd is None:
            return
        with contextlib.suppress(OSError):
            if os.name != "nt":
                os.unlink(self.path)
        os.close(self.fd)
        self.fd = None
        if os.name == "nt":  # pragma: no cover
            with contextlib.suppress(OSError):
                os.unlink(self.path)


def _read_pid(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 32).decode("ascii", "replace").strip()
    except OSError:  # pragma: no cover
        return ""


# ---------------------------------------------------------------------------------------
# Manifest
# ---------------------------------------------------------------------------------------
def _umask() -> int:
    """The process's umask (read without changing it where the OS allows)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # pragma: no cover - not Linux
    os.umask(mask)  # pragma: no cover
    return mask  # pragma: no cover


def _public(fd: int) -> None:
    """Give a temporary file the permissions of a file created normally (not 0600)."""
    if os.name != "nt":
        os.fchmod(fd, 0o666 & ~_umask())


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class _Manifest:
    """The manifest of one folder: ``files`` (relative POSIX path → entry) and ``dirs``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / MANIFEST_NAME
        self.files: dict[str, dict[str, Any]] = {}
        self.dirs: dict[str, str] = {}

    def load(self) -> _Manifest:
        if self.path.is_symlink():
            raise OutputError(
                f"{self.path} is a symbolic link; envindicators does not follow links in its "
                "output: remove it"
            )
        if not self.path.is_file():
            return self
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            files = data["files"]
            dirs = data.get("dirs", {})
        except (ValueError, KeyError, TypeError, OSError):
            raise OutputError(
                f"{self.path} is not an envindicators manifest (damaged?): move it away; "
                "files it listed are then treated as yours and left alone"
            ) from None
        self.files = {str(k): dict(v) for k, v in files.items()}
        self.dirs = {str(k): str(v) for k, v in dirs.items()}
        return self

    def save(self) -> None:
        data = {"format": _FORMAT, "written_by": "envindicators", "files": self.files,
                "dirs": self.dirs}  # fmt: skip
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        if not self.files and not self.dirs:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            return
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f"{MANIFEST_NAME}.", suffix=".tmp")
        _public(fd)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def owns(self, rel: str) -> bool:
        """Whether ``rel`` is a regular file written by envindicators and unchanged since.

        Parameters
        ----------
        rel : str
            Relative POSIX path in the folder.

        Returns
        -------
        bool
            True when the manifest lists it with its current hash.
        """
        entry = self.files.get(rel)
        path = self.folder / rel
        if entry is None or path.is_symlink() or not path.is_file():
            return False
        hashes = entry.get("sha256", [])
        hashes = [hashes] if isinstance(hashes, str) else list(hashes)
        return _sha256(path) in hashes

    def record(self, rel: str, digest: str, job: str, *, keep_old: bool) -> None:
        old = self.files.get(rel, {}).get("sha256", [])
        old = [old] if isinstance(old, str) else list(old)
        hashes = [*old, digest] if keep_old else [digest]
        self.files[rel] = {"sha256": list(dict.fromkeys(hashes)), "job": job}


@contextlib.contextmanager
def _manifest(folder: Path) -> Iterator[_Manifest]:
    """The folder's manifest, read and written under its (briefly held) lock."""
    lock = _Lock(folder / _MANIFEST_LOCK, f"the manifest of {folder}").acquire(timeout=30.0)
    try:
        yield _Manifest(folder).load()
    finally:
        lock.release()


# ---------------------------------------------------------------------------------------
# Signals
# ---------------------------------------------------------------------------------------
@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT/SIGTERM back for the duration (main thread only), then deliver them."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        caught.append(signum)

    names = [s for s in ("SIGINT", "SIGTERM") if hasattr(signal, s)]
    previous = {}
    for name in names:
        sig = getattr(signal, name)
        previous[sig] = signal.signal(sig, hold)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for sig in dict.fromkeys(caught):
            signal.raise_signal(sig)


# ---------------------------------------------------------------------------------------
# Paths
# ---------------------------------------------------------------------------------------
def _rel(path: str) -> str:
    p = PurePosixPath(path)
    if p.is_absolute() or ".." in p.parts or not p.parts:
        raise ValueError(f"output paths are relative and stay inside the folder: {path!r}")
    return str(p)


def _check_inside(root: Path, rel: str) -> None:
    """Every existing component of ``root/rel`` below ``root`` is a real folder/file."""
    parts = PurePosixPath(rel).parts
    here = root
    for i, part in enumerate(parts):
        here = here / part
        if here.is_symlink():
            target = os.readlink(here)
            raise OutputError(
                f"{here} is a symbolic link (to {target}); envindicators does not write "
                "through links out of its output folder: remove the link or choose another "
                "folder"
            )
        if i < len(parts) - 1 and here.exists() and not here.is_dir():
            raise OutputError(f"{here} is in the way: it should be a folder")


def _is_bookkeeping(name: str) -> bool:
    return (
        name in (MANIFEST_NAME, LOCK_NAME, _MANIFEST_LOCK)
        or name.startswith((_STAGING_PREFIX, f"{MANIFEST_NAME}."))
        or name.endswith(".envindicators.lock")
    )


# ---------------------------------------------------------------------------------------
# A folder of files
# ---------------------------------------------------------------------------------------
class OutputFolder:
    """Write a folder of files (a report) atomically; see the module docstring.

    Use as a context manager; write every file under :meth:`path`, then call
    :meth:`commit`.  Leaving the block without a commit (an error, an interrupt) discards
    the staged files and leaves the folder as it was.

    Parameters
    ----------
    root : str or os.PathLike[str]
        The output folder (created with its parents if missing).
    job : str
        Name of the job (``"report"``): the files of a previous run of the same job that
        this run does not write again are removed at the commit, if unchanged.
    primary : str
        The file moved into place last (``"report.md"``).
    force : bool
        Write into a folder that holds other files (never overwriting them).
    legacy : callable or None
        ``legacy(root)`` → relative paths of a previous run written before manifests
        existed (taken as this job's files), or ``None``.
    expect : iterable of str
        Paths this job will write (``"figures/"`` for a folder of them), checked for
        symbolic links and, for files, for files that are not envindicators' as soon as
        the folder is opened — before the work, not after it.
    option : str
        The name of the ``force`` option in messages (``"force=True"``).
    cli_option : str, default '--force'
        The command line's name of the ``force`` option, in messages.
    """

    def __init__(
        self,
        root: str | os.PathLike[str],
        *,
        job: str,
        primary: str,
        force: bool = False,
        legacy: Callable[[Path], list[str] | None] | None = None,
        expect: Iterable[str] = (),
        option: str = "force=True",
        cli_option: str = "--force",
    ) -> None:
        self.root = Path(root)
        self.job = job
        self.primary = _rel(primary)
        self.force = force
        self.legacy = legacy
        self.expect = [self.primary, *expect]
        self.option = option
        self.cli_option = cli_option
        self.staging: Path | None = None
        self.previous: set[str] = set()
        self._owned: set[str] = set()
        self.notes: list[str] = []
        self._lock: _Lock | None = None
        self._created = False
        self._committed = False

    # -- set-up ------------------------------------------------------------------------
    def __enter__(self) -> OutputFolder:
        try:
            self._open()
        except BaseException:
            self._close()
            raise
        return self

    def _open(self) -> None:
        root = self.root
        if root.exists() and not root.is_dir():
            raise OutputError(f"{root} exists and is not a folder")
        if not root.exists():
            if root.is_symlink():
                raise OutputError(f"{root} is a broken symbolic link")
            root.mkdir(parents=True)
            self._created = True
        self._lock = _Lock(root / LOCK_NAME, f"into {root}").acquire()
        self._remove_stale_staging()
        with _manifest(root) as m:
            mine = {r for r, e in m.files.items() if e.get("job") == self.job and m.owns(r)}
        legacy = self.legacy(root) if self.legacy and not mine else None
        self.previous = mine | set(legacy or ())
        others = self._other_entries()
        if others and not self.previous and not self.force:
            shown = ", ".join(sorted(others)[:3]) + (" …" if len(others) > 3 else "")

            def message(opt: str) -> str:
                return (
                    f"{root} is not empty ({shown}) and holds no previous {self.job}; choose "
                    f"another folder, or use {opt} to write into it (files that are not "
                    "envindicators' are never overwritten)"
                )

            raise OutputError(message(self.option), cli_message=message(self.cli_option))
        with _manifest(root) as m:
            self._owned = {r for r in m.files if m.owns(r)} | self.previous
            for rel in self.expect:
                _check_inside(root, _rel(rel))
                dest = root / rel
                taken = not rel.endswith("/") and dest.exists() and not m.owns(_rel(rel))
                if taken and rel not in self.previous:  # a legacy file is ours
                    raise OutputError(
                        f"{dest} exists and was not written by envindicators (or was "
                        "changed since): move it away or choose another folder; it is "
                        "not overwritten"
                    )
        self.staging = Path(tempfile.mkdtemp(dir=root, prefix=_STAGING_PREFIX))
        (self.staging / _STAGING_MARK).write_text(f"{os.getpid()}\n", encoding="ascii")

    def _other_entries(self) -> set[str]:
        """Top-level entries of the folder that are neither bookkeeping nor this job's."""
        ours_top = {PurePosixPath(r).parts[0] for r in self.previous}
        return {
            e.name
            for e in self.root.iterdir()
            if not _is_bookkeeping(e.name) and e.name not in ours_top
        }

    def _remove_stale_staging(self) -> None:
        """Staging folders of killed runs (we hold the folder's lock: nobody else's)."""
        for entry in self.root.iterdir():
            if (
                entry.name.startswith(_STAGING_PREFIX)
                and not entry.is_symlink()
                and entry.is_dir()
                and (entry / _STAGING_MARK).is_file()
            ):
                shutil.rmtree(entry, ignore_errors=True)

    # -- writing -----------------------------------------------------------------------
    def path(self, rel: str) -> Path:
        """Where to write the file ``rel`` (a relative POSIX path) during this run.

        Parameters
        ----------
        rel : str
            Relative POSIX path of the file in the output folder.

        Returns
        -------
        Path
            The staging path to write to.
        """
        if self.staging is None:
            raise RuntimeError("OutputFolder is not open")
        rel = _rel(rel)
        _check_inside(self.root, rel)  # said now, before the work, not at the commit
        dest = self.root / rel
        if (dest.exists() or dest.is_symlink()) and rel not in self._owned:
            raise OutputError(
                f"{dest} exists and was not written by envindicators (or was changed "
                "since): move it away or choose another folder; it is not overwritten"
            )
        p = self.staging / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def write_text(self, rel: str, text: str) -> Path:
        """Write a text file (UTF-8) of this run; returns its final path.

        Parameters
        ----------
        rel : str
            Relative POSIX path of the file in the output folder.
        text : str
            The text.

        Returns
        -------
        Path
            The path the file will have once committed.
        """
        self.path(rel).write_text(text, encoding="utf-8")
        return self.root / rel

    def final(self, rel: str) -> Path:
        """The path ``rel`` will have once committed.

        Parameters
        ----------
        rel : str
            Relative POSIX path of the file in the output folder.

        Returns
        -------
        Path
            The final path.
        """
        return self.root / _rel(rel)

    # -- commit ------------------------------------------------------------------------
    def _staged(self) -> list[str]:
        assert self.staging is not None
        files = []
        for dirpath, _dirs, names in os.walk(self.staging):
            for name in names:
                full = Path(dirpath) / name
                rel = full.relative_to(self.staging).as_posix()
                if rel != _STAGING_MARK:
                    files.append(rel)
        return sorted(files)

    def commit(self) -> list[Path]:
        """Move the staged files into place; remove this job's files no longer written.

        Returns
        -------
        list of pathlib.Path
            The files written.

        Raises
        ------
        OutputError
            A file to write would replace something that is not envindicators' own
            (checked for every file before anything is moved).
        """
        assert self.staging is not None
        root = self.root
        new = self._staged()
        if self.primary not in new:
            raise RuntimeError(f"the primary file {self.primary} was not written")
        with _manifest(root) as m:
            for rel in new:
                _check_inside(root, rel)
                dest = root / rel
                if dest.exists() or dest.is_symlink():
                    if dest.is_dir():
                        raise OutputError(f"{dest} is a folder in the way of a file to write")
                    legacy = rel in self.previous and rel not in m.files
                    if not (m.owns(rel) or legacy):
                        raise OutputError(
                            f"{dest} exists and was not written by envindicators (or was "
                            "changed since): move it away or choose another folder; it is "
                            "not overwritten"
                        )
            stale = sorted(r for r in self.previous - set(new) if m.owns(r) or r not in m.files)
            digests = {rel: _sha256(self.staging / rel) for rel in new}
            for rel in new:  # first: the new names are ours even if a crash follows
                m.record(rel, digests[rel], self.job, keep_old=True)
            created: list[str] = []
            for rel in new:
                for parent in list(PurePosixPath(rel).parents)[:-1][::-1]:
                    p = root / parent
                    if not p.exists():
                        created.append(str(parent))
                        m.dirs[str(parent)] = self.job
            m.save()
            with _signals_held():
                for folder in created:
                    (root / folder).mkdir(exist_ok=True)
                for rel in [*(r for r in new if r != self.primary), self.primary]:
                    os.replace(self.staging / rel, root / rel)
                for rel in stale:
                    path = root / rel
                    if path.is_symlink() or not path.is_file():
                        continue
                    if rel in m.files and not m.owns(rel):
                        self.notes.append(f"{path} was changed since it was written: kept")
                        continue
                    path.unlink()
                    m.files.pop(rel, None)
                for rel in new:
                    m.record(rel, digests[rel], self.job, keep_old=False)
                self._remove_empty_dirs(m)
                m.save()
        self._committed = True
        return [root / rel for rel in new]

    def _remove_empty_dirs(self, m: _Manifest) -> None:
        """Folders this job created that hold nothing any more."""
        for rel in sorted((d for d, job in m.dirs.items() if job == self.job), reverse=True):
            path = self.root / rel
            if path.is_symlink() or not path.is_dir():
                m.dirs.pop(rel, None)
                continue
            if not any(path.iterdir()):
                path.rmdir()
                m.dirs.pop(rel, None)

    # -- tear-down ---------------------------------------------------------------------
    def __exit__(self, *exc: object) -> None:
        self._close()

    def _close(self) -> None:
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if self._created and not self._committed:
            with contextlib.suppress(OSError):
                self.root.rmdir()  # only if empty: nothing of anyone's is removed


# ---------------------------------------------------------------------------------------
# One file
# ---------------------------------------------------------------------------------------
@contextlib.contextmanager
def output_file(
    path: str | os.PathLike[str],
    *,
    job: str,
    binary: bool = False,
    encoding: str = "utf-8",
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Write the file ``path`` atomically, never over a file that is not envindicators'.

    Yields an open temporary file in the same folder; when the block ends without error
    it replaces ``path`` (and is recorded in the folder's manifest).  On an error or an
    interrupt the temporary file is removed and ``path`` is untouched.

    Parameters
    ----------
    path : str or os.PathLike[str]
        The file.  Its folder must exist; the file may exist only if envindicators wrote
        it (and it has not changed since).
    job : str
        The command writing it (``"parse"``), recorded in the manifest.
    binary : bool, default False
        Yield a binary file instead of a text file.
    encoding : str, default 'utf-8'
        Encoding of the text file.
    newline : str, optional
        Newline translation of the text file, as for :func:`open`.

    Yields
    ------
    IO
        The open temporary file.

    Raises
    ------
    OutputError
        The folder is missing, ``path`` is a folder or a symbolic link, or a file that is
        not envindicators'.
    OutputBusyError
        Another envindicators run is writing ``path``.
    """
    target = Path(path)
    folder = target.parent
    rel = target.name
    if not folder.is_dir():
        raise OutputError(f"{target}: no such folder {folder}")
    if target.is_symlink():
        raise OutputError(
            f"{target} is a symbolic link; envindicators does not write through links: "
            "remove it or choose another name"
        )
    if target.is_dir():
        raise OutputError(f"{target} is a folder")
    lock = _Lock(folder / f".{rel}.envindicators.lock", str(target)).acquire()
    tmp: str | None = None
    try:

        def check(m: _Manifest) -> None:
            if (target.exists() or target.is_symlink()) and not m.owns(rel):
                raise OutputError(
                    f"{target} exists and was not written by envindicators (or was changed "
                    "since): delete it first or choose another name; it is not overwritten"
                )

        with _manifest(folder) as m:
            check(m)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{rel}.", suffix=".tmp")
        _public(fd)
        mode = "wb" if binary else "w"
        kwargs: dict[str, Any] = {} if binary else {"encoding": encoding, "newline": newline}
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        digest = _sha256(Path(tmp))
        with _manifest(folder) as m:
            check(m)
            m.record(rel, digest, job, keep_old=True)
            m.save()
            with _signals_held():
                os.replace(tmp, target)
                tmp = None
                m.record(rel, digest, job, keep_old=False)
                m.save()
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        lock.release()

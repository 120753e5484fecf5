"""Zip bombs for the hostile-input tests, built in a fraction of the time.

A bomb member is a little XML around hundreds of megabytes of spaces. Deflating the spaces was
what made a bomb slow to build (1.3 s of CPU per gigabyte, six bombs a run). After a full flush
the compressor starts afresh, so every megabyte of spaces deflates to the same bytes: they are
deflated once and repeated. The member is still a real deflate stream with its true size and
CRC, which zipfile computes over every byte written, as before.
"""

from __future__ import annotations

import zipfile
import zlib

MEGABYTE = 1024 * 1024
_SPACES = b" " * MEGABYTE


class _RepeatedChunks:
    """Wraps zipfile's compressor: a megabyte chunk written again is not deflated again."""

    def __init__(self, inner: zlib._Compress) -> None:
        self._inner = inner
        self._last: tuple[bytes, bytes] | None = None

    def compress(self, data: bytes) -> bytes:
        if len(data) < MEGABYTE:
            return self._inner.compress(data)
        if self._last is not None and self._last[0] is data:
            return self._last[1]
        lead = self._inner.flush(zlib.Z_FULL_FLUSH)  # what came before stays out of the chunk's bytes
        deflated = self._inner.compress(data) + self._inner.flush(zlib.Z_FULL_FLUSH)
        self._last = (data, deflated)
        return lead + deflated

    def flush(self, mode: int = zlib.Z_FINISH) -> bytes:
        return self._inner.flush(mode)


def write_spaced_member(target: zipfile.ZipFile, name: str, head: bytes, tail: bytes, megabytes: int) -> None:
    """Write ``name`` into ``target`` (opened with ZIP_DEFLATED) as ``head``, ``megabytes`` MB of
    spaces, then ``tail``: a small member that inflates to a huge one."""
    with target.open(name, "w", force_zip64=True) as handle:
        inner = getattr(handle, "_compressor", None)  # zipfile's private part: without it, the slow way
        if inner is not None:
            handle._compressor = _RepeatedChunks(inner)  # type: ignore[attr-defined]
        handle.write(head)
        for _ in range(megabytes):
            handle.write(_SPACES)
        handle.write(tail)

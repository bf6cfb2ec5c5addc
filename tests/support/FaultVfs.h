#pragma once

// A fault-injecting SQLite VFS for the tests. Installed as the default VFS it wraps the real one
// and passes every call through, except those a test arms to fail: the next fsync, or every write
// once a budget of bytes is spent (a full disk). Qt's QSQLITE driver opens through the default
// VFS, so the application's own connections meet the faults.
namespace FaultVfs {

void install(); // idempotent; makes the wrapper the default VFS
void reset(); // nothing fails

// The next `count` fsyncs of the main database or its -wal fail with SQLITE_IOERR_FSYNC.
void failSyncs(int count);
// Writes fail with SQLITE_FULL once `bytes` more bytes have been written (negative: never).
void failWritesAfter(long long bytes);

int syncFailuresLeft();

} // namespace FaultVfs

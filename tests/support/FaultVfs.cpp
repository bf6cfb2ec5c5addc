#include "FaultVfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace {

sqlite3_vfs *s_real = nullptr;
sqlite3_vfs s_vfs {};
std::atomic<int> s_failSyncs {0};
std::atomic<long long> s_writeBudget {-1};

struct File
{
    sqlite3_file base;
    sqlite3_file *real; // follows this struct in the same allocation
};

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->real;
}

int xClose(sqlite3_file *f)
{
    return real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
}
int xRead(sqlite3_file *f, void *b, int n, sqlite3_int64 o)
{
    return real(f)->pMethods->xRead(real(f), b, n, o);
}
int xWrite(sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
    long long budget = s_writeBudget.load();
    if (budget >= 0) {
        if (budget < n)
            return SQLITE_FULL;
        s_writeBudget = budget - n;
    }
    return real(f)->pMethods->xWrite(real(f), b, n, o);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 s)
{
    return real(f)->pMethods->xTruncate(real(f), s);
}
int xSync(sqlite3_file *f, int flags)
{
    int left = s_failSyncs.load();
    while (left > 0) {
        if (s_failSyncs.compare_exchange_weak(left, left - 1))
            return SQLITE_IOERR_FSYNC;
    }
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *s)
{
    return real(f)->pMethods->xFileSize(real(f), s);
}
int xLock(sqlite3_file *f, int l)
{
    return real(f)->pMethods->xLock(real(f), l);
}
int xUnlock(sqlite3_file *f, int l)
{
    return real(f)->pMethods->xUnlock(real(f), l);
}
int xCheckReservedLock(sqlite3_file *f, int *r)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), r);
}
int xFileControl(sqlite3_file *f, int op, void *a)
{
    return real(f)->pMethods->xFileControl(real(f), op, a);
}
int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file *f, int i, int s, int e, void volatile **p)
{
    return real(f)->pMethods->xShmMap(real(f), i, s, e, p);
}
int xShmLock(sqlite3_file *f, int o, int n, int fl)
{
    return real(f)->pMethods->xShmLock(real(f), o, n, fl);
}
void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int d)
{
    return real(f)->pMethods->xShmUnmap(real(f), d);
}
int xFetch(sqlite3_file *f, sqlite3_int64 o, int n, void **p)
{
    return real(f)->pMethods->xFetch(real(f), o, n, p);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p)
{
    return real(f)->pMethods->xUnfetch(real(f), o, p);
}

// Version 3 methods, for files whose real methods are version 3 (unix files are); the wrapper
// falls back to a version 1 table for files that lack shared memory and memory mapping.
const sqlite3_io_methods s_methods3 = {3,
                                       xClose,
                                       xRead,
                                       xWrite,
                                       xTruncate,
                                       xSync,
                                       xFileSize,
                                       xLock,
                                       xUnlock,
                                       xCheckReservedLock,
                                       xFileControl,
                                       xSectorSize,
                                       xDeviceCharacteristics,
                                       xShmMap,
                                       xShmLock,
                                       xShmBarrier,
                                       xShmUnmap,
                                       xFetch,
                                       xUnfetch};
const sqlite3_io_methods s_methods1 = [] {
    sqlite3_io_methods methods = s_methods3;
    methods.iVersion = 1;
    methods.xShmMap = nullptr;
    methods.xShmLock = nullptr;
    methods.xShmBarrier = nullptr;
    methods.xShmUnmap = nullptr;
    methods.xFetch = nullptr;
    methods.xUnfetch = nullptr;
    return methods;
}();

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    File *wrapper = reinterpret_cast<File *>(file);
    wrapper->real = reinterpret_cast<sqlite3_file *>(wrapper + 1);
    std::memset(wrapper->real, 0, size_t(s_real->szOsFile));
    const int rc = s_real->xOpen(s_real, name, wrapper->real, flags, outFlags);
    if (rc != SQLITE_OK || !wrapper->real->pMethods) {
        file->pMethods = nullptr;
        return rc;
    }
    file->pMethods = wrapper->real->pMethods->iVersion >= 3 ? &s_methods3 : &s_methods1;
    return rc;
}

} // namespace

void FaultVfs::install()
{
    if (s_real)
        return;
    s_real = sqlite3_vfs_find(nullptr);
    s_vfs = *s_real;
    s_vfs.zName = "ip-faults";
    s_vfs.szOsFile = int(sizeof(File)) + s_real->szOsFile;
    s_vfs.xOpen = xOpen;
    sqlite3_vfs_register(&s_vfs, 1);
}

void FaultVfs::reset()
{
    s_failSyncs = 0;
    s_writeBudget = -1;
}

void FaultVfs::failSyncs(int count)
{
    s_failSyncs = count;
}

void FaultVfs::failWritesAfter(long long bytes)
{
    s_writeBudget = bytes;
}

int FaultVfs::syncFailuresLeft()
{
    return s_failSyncs.load();
}

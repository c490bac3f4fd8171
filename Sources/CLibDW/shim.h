/* The system libraries PyInspect reads ELF, DWARF and zip archives with: elfutils' libelf and
 * libdw (Debian: libdw-dev, libelf-dev; zlib1g-dev comes with them) and glibc's backtrace(). */
#ifndef SWPY_CLIBDW_SHIM_H
#define SWPY_CLIBDW_SHIM_H
#include <libelf.h>
#include <gelf.h>
#include <elfutils/libdw.h>
#include <elfutils/libdwfl.h>
#include <dwarf.h>
#include <zlib.h>
#include <execinfo.h>
#include <signal.h>
#include <ucontext.h>
#include <stddef.h>
/* glibc declares this only under _GNU_SOURCE. */
extern void *memmem(const void *haystack, size_t haystacklen, const void *needle, size_t needlelen);
#endif

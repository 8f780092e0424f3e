/*
 * glog.h - one log call for the portable layers (gui/, wm/).
 *
 * GLOG(fmt, ...) writes one line: to the serial log (klog, which adds the
 * timestamp and newline) in the kernel, to stderr on the host. Use it for
 * what a user or developer must see - a malformed font or image - never
 * per frame or per pixel.
 */
#pragma once

#ifdef PHANTOM_KERNEL
#include "kernel/klog.h"
#define GLOG(...) klog(__VA_ARGS__)
#else
#include <stdio.h>
#define GLOG(fmt, ...) fprintf(stderr, fmt "\n", ##__VA_ARGS__)
#endif

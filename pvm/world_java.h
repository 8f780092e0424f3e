/*
 * world_java.h - Java apps in the persistent world (world_java_kern.c):
 * apps.tar's directories holding a class that extends phantom/gui/App,
 * converted into the world (with the Java runtime from jrt.tar, once per
 * world) when first launched.
 */
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include "pvm/array.h"
#include "pvm/vm.h"

/* Is apps.tar's file `file` ("todo/Todo.class", data, len) the app class
 * of a Java app (it extends phantom/gui/App)? Then true, its directory
 * (the app's name) in dir and its class name (the title) in cls. */
bool world_java_app_class(const char *file, const void *data, size_t len, char *dir, size_t dn,
                          char *cls, size_t cn);
/* The app class of Java app dir: true and its name in cls, or false. */
bool world_java_find(const char *dir, char *cls, size_t n);
/* The function that runs Java app dir (class cls): `new cls().run()`;
 * the gui module, the runtime and the app's classes are put into vm
 * first where they are not yet (the gui module's initialisers appended to
 * inits). PV_NULL, the reason logged, if they cannot be. On the VM's
 * thread, with the world lock. */
pv_value world_java_load(pv_vm *vm, const char *dir, const char *cls, pv_array *inits);

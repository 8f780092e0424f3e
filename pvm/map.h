/*
 * map.h - insertion-ordered hash maps (map.c; layout: object.h's pv_map)
 * and the equality and hash of values they key on.
 */
#pragma once
#include <stdbool.h>
#include <stdint.h>
#include "pvm/object.h"
#include "pvm/vm.h"

pv_map *pv_map_new(pv_vm *vm);
bool pv_map_get(pv_map *m, pv_value k, pv_value *out);
void pv_map_put(pv_vm *vm, pv_map *m, pv_value k, pv_value v);
bool pv_map_remove(pv_vm *vm, pv_map *m, pv_value k);
pv_value pv_map_cget(pv_map *m, const char *key);
/* A new Array of m's keys (values: of its values) in insertion order;
 * NULL when out of memory. */
pv_array *pv_map_items(pv_vm *vm, pv_map *m, int values);
bool pv_equal(pv_value a, pv_value b);
uint32_t pv_hash(pv_value v);

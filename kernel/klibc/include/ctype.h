/*
 * ctype.h - character classes for the "C" locale (ASCII only).
 *
 * Arguments are an unsigned char value or EOF, as in ISO C; anything
 * outside 0..127 belongs to no class.
 */
#pragma once

int isalnum(int c);
int isalpha(int c);
int iscntrl(int c);
int isdigit(int c);
int isgraph(int c);
int islower(int c);
int isprint(int c);
int ispunct(int c);
int isspace(int c);
int isupper(int c);
int isxdigit(int c);
int tolower(int c);
int toupper(int c);

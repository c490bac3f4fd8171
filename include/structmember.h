/* The member-type codes (T_INT, READONLY...) live in swallow/typeobject.h, which Python.h
 * includes; this header exists because extensions include it by this name. */
#ifndef SWALLOW_STRUCTMEMBER_H
#define SWALLOW_STRUCTMEMBER_H
#include "Python.h"
#endif

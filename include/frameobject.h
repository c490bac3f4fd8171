/* Frame objects: what Cython includes to add C frames to tracebacks. The declarations live in
 * Python.h (swallow/api.h). */
#ifndef SWALLOW_FRAMEOBJECT_H
#define SWALLOW_FRAMEOBJECT_H
#include "Python.h"
#endif

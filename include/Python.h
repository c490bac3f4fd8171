/* Swallow's C-API umbrella header: the CPython 3.11 API with CPython 3.11's layouts.
 * Extensions may be compiled against it (source compatibility) or against CPython's own
 * headers (binary compatibility); both produce modules that load into Swallow. */
#ifndef SWALLOW_PYTHON_H
#define SWALLOW_PYTHON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <assert.h>
#include <math.h>
#include <wchar.h>

#include "swallow/pyport.h"
#include "swallow/object.h"
#include "swallow/objects.h"
#include "swallow/module.h"
#include "swallow/pystate.h"
#include "swallow/typeobject.h"
#include "swallow/api.h"
#include "swallow/api_runtime.h"
#include "swallow/moretypes.h"
#include "swallow/api.gen.h"

#endif

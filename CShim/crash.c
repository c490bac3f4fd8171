/* Crash diagnostics: the C-API function the bridge is executing, named in crash reports.
 *
 * The bridge stores the function's name (a string literal) here on entry to a C-API
 * function, and restores the previous value on return; NULL when no C-API call is in
 * progress. Swallow's crash handler (Sources/PyInspect/CrashReporter.swift) finds it by name
 * with dlsym and prints it when it is not NULL. Declaration for C users:
 *     extern const char *volatile swpy_current_api;
 */
__attribute__((visibility("default"), used))
const char *volatile swpy_current_api = 0;

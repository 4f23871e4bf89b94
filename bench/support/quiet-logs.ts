// The bench's processes log warnings and errors only, so that their output is the figures. Imported
// first by each bench entry point: ES modules evaluate their imports before their own body, and
// lib/logger.ts reads LOG_LEVEL once, when something first imports it (bench/run.ts's in-process
// parts do at import time; a setting in the entry point's body came too late for them).
process.env.LOG_LEVEL ??= "warn";

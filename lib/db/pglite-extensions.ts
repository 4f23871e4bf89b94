// The PostgreSQL extensions every PGlite instance loads (the app's, the CLI's, the tests'
// template): the migrations create them (pg_trgm: the board's substring search indexes).
import { pgliteModules } from "./pglite-modules";

export const pgliteExtensions = () => ({ pg_trgm: pgliteModules().pgTrgm.pg_trgm });

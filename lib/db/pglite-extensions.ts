// The PostgreSQL extensions every PGlite instance loads (the app's, the CLI's, the tests'
// template): the migrations create them (pg_trgm: the board's substring search indexes).
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export const PGLITE_EXTENSIONS = { pg_trgm };

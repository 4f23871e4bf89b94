// GET /api/v1/openapi.json: the OpenAPI 3.1 description of the public API, generated from the
// schemas the route handlers parse with (lib/openapi). Public like any API reference: it
// holds no data, and tools (Swagger UI, client generators) fetch it without a key.
import { openApiDocument } from "@/lib/openapi/document";

export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}

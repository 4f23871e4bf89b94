// GET /api/v1/pipelines/:id/automation: the pipeline's automation as one JSON document (also
// the export format). PUT the same document back to import it: needs automation.edit and the
// current version (stale → 409); unknown ids or types → 400 with the path (DESIGN.md).
import { z } from "zod";
import { apiRoute } from "@/lib/api/api-route";
import { readAutomationDocument, writeAutomationDocument } from "@/lib/pipelines/automation-document";

type Params = { id: string };

export const GET = apiRoute<Params>({ permission: "automation.view" }, ({ params }) =>
  readAutomationDocument(params.id),
);

// The document is validated by writeAutomationDocument (shape, then every id it names).
export const PUT = apiRoute<Params, z.ZodUnknown>(
  { permission: "automation.edit", body: z.unknown() },
  ({ user, body, params }) => writeAutomationDocument({ id: user.id, name: user.name }, params.id, body),
);

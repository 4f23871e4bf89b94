// GET /api/v1/pipelines/:id/automation: the pipeline's automation as one JSON document (also
// the export format). PUT the same document back to import it: needs automation.edit and the
// current version (stale → 409); unknown ids or types → 400 with the path (DESIGN.md).
import { apiRoute } from "@/lib/api/api-route";
import { readAutomationDocument, writeAutomationDocument } from "@/lib/automate/automation-document";
import { ZAutomationDocument } from "@/lib/automate/automation-document-schema";

type Params = { id: string };

// An agent's document leaves out where webhooks point (lib/webhooks/visibility.ts).
export const GET = apiRoute<Params>({ permission: "automation.view" }, ({ user, params }) =>
  readAutomationDocument(params.id, user),
);

// The shape is parsed here; writeAutomationDocument then checks every id it names.
export const PUT = apiRoute<Params, typeof ZAutomationDocument>(
  { permission: "automation.edit", body: ZAutomationDocument },
  ({ user, body, params }) => writeAutomationDocument(user, params.id, body),
);

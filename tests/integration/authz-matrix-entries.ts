// The authorization matrix, written out by hand (not read from lib/auth/policy.ts, so a policy
// change that widens an action shows up here): who gets past authorization for every server
// action and every /api/v1 handler. authz-matrix.test.ts fails for any export without a row.
// "everyone": every signed-in role; "admins": account and super admins (agents 403);
// "signed": the events endpoint, which takes no API key, only the shared-secret signature;
// "public": no key at all (the OpenAPI document, which holds no data).
export type Audience = "everyone" | "admins" | "signed" | "public";

const ADMINS = "admins" as const;
const EVERYONE = "everyone" as const;

/** Server actions, by file (a "use server" module under app/ or lib/, from the repository root) and export name. */
export const ACTION_MATRIX: Record<string, Record<string, Audience>> = {
  "lib/automate/create-workflow-action.ts": { createWorkflowAction: ADMINS },
  "lib/automate/test-automation-action.ts": { testAutomationAction: EVERYONE },
  "lib/automate/workflow-editor-actions.ts": {
    updateWorkflowSettingsAction: ADMINS,
    addWorkflowActionAction: ADMINS,
    updateWorkflowActionAction: ADMINS,
    deleteWorkflowActionAction: ADMINS,
    undoWorkflowDeleteAction: ADMINS,
    restoreRevisionAction: ADMINS,
    unenrollTicketAction: ADMINS,
    getRevisionAction: EVERYONE,
  },
  "lib/auth/actions.ts": { changeOwnPasswordAction: EVERYONE },
  "lib/workflows/action-types/webhook/actions.ts": { rotateWebhookSecretAction: ADMINS },
  "lib/contacts/actions.ts": { updateContactAction: EVERYONE },
  "lib/composer/actions.ts": { sendContactEmailAction: EVERYONE, sendTicketEmailAction: EVERYONE },
  "lib/users/actions.ts": {
    createUserAction: ADMINS,
    changeUserRoleAction: ADMINS,
    setUserActiveAction: ADMINS,
  },
  "lib/teams/actions.ts": {
    createTeamAction: ADMINS,
    renameTeamAction: ADMINS,
    deleteTeamAction: ADMINS,
    addTeamMemberAction: ADMINS,
    removeTeamMemberAction: ADMINS,
  },
  "lib/pipelines/rules-actions.ts": {
    savePipelineRulesAction: ADMINS,
  },
  "lib/pipelines/actions.ts": {
    createPipelineAction: ADMINS,
    renamePipelineAction: ADMINS,
    deletePipelineAction: ADMINS,
    addStatusAction: ADMINS,
    renameStatusAction: ADMINS,
    setStatusStateAction: ADMINS,
    reorderStatusesAction: ADMINS,
    deleteStatusAction: ADMINS,
  },
  "lib/automate/time-settings-actions.ts": {
    saveSlaAction: ADMINS,
    setReopenWindowAction: ADMINS,
  },
  "lib/automate/settings-actions.ts": {
    setCloseDateAutomationAction: ADMINS,
    setEmailTriggerAction: ADMINS,
    exportAutomationAction: ADMINS,
    importAutomationAction: ADMINS,
  },
  "lib/automate/status-action-actions.ts": {
    addStatusActionAction: ADMINS,
    updateStatusActionAction: ADMINS,
    deleteStatusActionAction: ADMINS,
    undoStatusActionDeleteAction: ADMINS,
    saveEmailTemplateAction: ADMINS,
    loadStatusActionOptionsAction: EVERYONE,
    listActionCommentsAction: EVERYONE,
    addActionCommentAction: EVERYONE,
    deleteActionCommentAction: EVERYONE,
  },
  "lib/channels/actions.ts": { updateChannelAction: ADMINS },
  "lib/mailboxes/actions.ts": {
    saveMailboxAction: ADMINS,
    testMailboxConnectionAction: ADMINS,
    disconnectMailboxAction: ADMINS,
    importExistingMailAction: ADMINS,
  },
  "lib/sla/account-actions.ts": { updateAccountAction: ADMINS },
  "lib/templates/actions.ts": {
    createEmailAction: ADMINS,
    saveEmailAction: ADMINS,
    duplicateEmailAction: ADMINS,
    deleteEmailAction: ADMINS,
    previewEmailAction: EVERYONE,
  },
  "lib/sla/business-hours-actions.ts": { updateBusinessHoursAction: ADMINS },
  "lib/api-keys/actions.ts": { createApiKeyAction: ADMINS, revokeApiKeyAction: ADMINS },
  "lib/jobs/actions.ts": { retryJobAction: ADMINS },
  "lib/tickets/actions.ts": {
    moveTicketAction: EVERYONE,
    createTicketAction: EVERYONE,
    updateTicketPropertiesAction: EVERYONE,
  },
  "lib/tickets/task-actions.ts": { addTaskAction: EVERYONE, setTaskDoneAction: EVERYONE },
};

/** Route handlers, by file under app/api/v1 and HTTP method. */
export const ROUTE_MATRIX: Record<string, Record<string, Audience>> = {
  "pipelines/route.ts": { GET: EVERYONE },
  "pipelines/[id]/automation/route.ts": { GET: EVERYONE, PUT: ADMINS },
  "channels/route.ts": { GET: EVERYONE },
  "events/route.ts": { POST: "signed" },
  "outbox/route.ts": { GET: ADMINS },
  "tickets/route.ts": { GET: EVERYONE },
  "tickets/[id]/route.ts": { GET: EVERYONE, PATCH: EVERYONE },
  "tickets/[id]/timeline/route.ts": { GET: EVERYONE },
  "tickets/[id]/dry-run/route.ts": { POST: EVERYONE },
  "business-hours/route.ts": { GET: EVERYONE, PUT: ADMINS },
  "openapi.json/route.ts": { GET: "public" },
};

export type Role = "ANONYMOUS" | "AGENT" | "ACCOUNT_ADMIN" | "SUPER_ADMIN";
export const ROLES: readonly Role[] = ["ANONYMOUS", "AGENT", "ACCOUNT_ADMIN", "SUPER_ADMIN"];

/** What a caller in `role` must get from an entry: refused (401/403) or past authorization. */
export function expectedFor(audience: Audience, role: Role): 401 | 403 | "past authorization" {
  if (audience === "public") return "past authorization";
  if (role === "ANONYMOUS" || audience === "signed") return 401;
  if (audience === "admins" && role === "AGENT") return 403;
  return "past authorization";
}

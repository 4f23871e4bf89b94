import { describe, expect, it } from "vitest";
import { statusActionEffects } from "./status-actions";
import { DEFAULT_EXCLUSION_FILTER } from "./enrollment-filters";
import { aPipeline, aTicket, aWorkflow, CLOSED, NEW } from "./test-fixtures";
import type { StatusWorkflowSnapshot, TicketSource } from "./types";

const withWorkflows = (...statusWorkflows: StatusWorkflowSnapshot[]) => aPipeline({ statusWorkflows });
const enrolments = (source: TicketSource, workflow = aWorkflow()) =>
  statusActionEffects(aTicket({ source }), withWorkflows(workflow), CLOSED.id, 1);
const base = {
  workflowId: "wf-closed",
  workflowName: "Closed actions",
  trigger: "STATUS_ENTERED",
  statusId: CLOSED.id,
} as const;

describe("status actions: enrolment on reaching a status (SPEC §5)", () => {
  it("enrols the ticket in the workflow of the status it reached, at the given depth", () => {
    expect(statusActionEffects(aTicket(), withWorkflows(aWorkflow()), CLOSED.id, 3)).toEqual([
      { type: "enroll", ...base, depth: 3 },
    ]);
  });

  it("enrols in nothing for a status without workflows", () => {
    expect(statusActionEffects(aTicket(), withWorkflows(aWorkflow()), NEW.id, 1)).toEqual([]);
  });

  it("enrols in every workflow listening to that status", () => {
    const second = aWorkflow({ workflowId: "wf-2", name: "Survey" });
    const effects = statusActionEffects(aTicket(), withWorkflows(aWorkflow(), second), CLOSED.id, 1);
    expect(effects.map((e) => e.type === "enroll" && e.workflowId)).toEqual(["wf-closed", "wf-2"]);
  });

  it("skips a workflow that is turned off", () => {
    expect(enrolments("EMAIL", aWorkflow({ enabled: false }))).toEqual([
      { type: "skip_enrollment", ...base, reason: "workflow_disabled" },
    ]);
  });

  it("skips a workflow with no actions", () => {
    expect(enrolments("EMAIL", aWorkflow({ hasActions: false }))).toEqual([
      { type: "skip_enrollment", ...base, reason: "no_actions" },
    ]);
  });

  for (const source of ["CHAT", "MESSENGER"] as const) {
    it(`leaves ${source} tickets out through the default filter "Source is none of Chat, Facebook Messenger"`, () => {
      expect(enrolments(source)).toEqual([{ type: "skip_enrollment", ...base, reason: "filters_not_matched" }]);
    });

    it(`enrols ${source} tickets in addition to the others when a group "Source is ${source}" is added`, () => {
      const optedIn = aWorkflow({
        enrollmentFilterGroups: [[DEFAULT_EXCLUSION_FILTER], [{ property: "source", operator: "is", value: source }]],
      });
      expect(enrolments(source, optedIn)).toMatchObject([{ type: "enroll" }]);
      expect(enrolments("EMAIL", optedIn)).toMatchObject([{ type: "enroll" }]);
    });

    it(`enrols ${source} tickets once the default filter is removed`, () => {
      expect(enrolments(source, aWorkflow({ enrollmentFilterGroups: [] }))).toMatchObject([{ type: "enroll" }]);
    });

    it(`"source is not EMAIL" in the default group does not let ${source} in`, () => {
      const loose = aWorkflow({
        enrollmentFilterGroups: [
          [DEFAULT_EXCLUSION_FILTER, { property: "source", operator: "is_not", value: "EMAIL" }],
        ],
      });
      expect(enrolments(source, loose)).toMatchObject([{ reason: "filters_not_matched" }]);
    });
  }

  for (const source of ["EMAIL", "FORM", "WHATSAPP", "PHONE", "API", "MANUAL"] as const) {
    it(`runs for ${source} tickets with the default filter`, () => {
      expect(enrolments(source)).toMatchObject([{ type: "enroll" }]);
    });
  }

  it("applies the filters: a chat-only workflow leaves email tickets out", () => {
    const chatOnly = aWorkflow({ enrollmentFilterGroups: [[{ property: "source", operator: "is", value: "CHAT" }]] });
    expect(enrolments("EMAIL", chatOnly)).toMatchObject([{ reason: "filters_not_matched" }]);
  });

  it("applies property filters such as priority", () => {
    const urgentOnly = aWorkflow({
      enrollmentFilterGroups: [[DEFAULT_EXCLUSION_FILTER, { property: "priority", operator: "is", value: "URGENT" }]],
    });
    expect(enrolments("EMAIL", urgentOnly)).toMatchObject([{ reason: "filters_not_matched" }]);
    const ticket = aTicket({ priority: "URGENT" });
    expect(statusActionEffects(ticket, withWorkflows(urgentOnly), CLOSED.id, 1)).toMatchObject([{ type: "enroll" }]);
  });

  it("enrols only once when re-enrollment is off", () => {
    const once = aWorkflow({ reenrollment: false });
    const ticket = aTicket({ enrolledWorkflowIds: ["wf-closed"] });
    expect(statusActionEffects(ticket, withWorkflows(once), CLOSED.id, 1)).toEqual([
      { type: "skip_enrollment", ...base, reason: "already_enrolled" },
    ]);
    expect(statusActionEffects(aTicket(), withWorkflows(once), CLOSED.id, 1)).toMatchObject([{ type: "enroll" }]);
  });

  it("enrols again when re-enrollment is on", () => {
    const ticket = aTicket({ enrolledWorkflowIds: ["wf-closed"] });
    expect(statusActionEffects(ticket, withWorkflows(aWorkflow()), CLOSED.id, 1)).toMatchObject([{ type: "enroll" }]);
  });
});

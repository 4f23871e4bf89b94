// Every operation of the public API (DESIGN.md "Public HTTP API"), one list per area.
import { ZEvent } from "@/lib/events/schemas";
import { ZAutomationDocument } from "@/lib/automate/automation-document-schema";
import { ZDryRunBody } from "@/lib/automate/dry-run-schema";
import { ZUpdateTicket } from "@/lib/tickets/schemas";
import { ZBusinessHours } from "@/lib/business-hours/schemas";
import { BUSINESS_HOURS_OPERATIONS } from "./business-hours";
import { CHANNEL_OPERATIONS, ZChannel } from "./channels";
import { ZApiError } from "./errors";
import { EVENT_OPERATIONS, ZEventResult } from "./events";
import type { ApiOperation } from "./operation";
import { OUTBOX_OPERATIONS, ZOutboxEmail } from "./outbox";
import { PIPELINE_OPERATIONS, ZPipeline } from "./pipelines";
import { TICKET_OPERATIONS, ZDryRunResult, ZTicket, ZTimelineEntry } from "./tickets";

export const API_OPERATIONS: readonly ApiOperation[] = [
  ...EVENT_OPERATIONS,
  ...PIPELINE_OPERATIONS,
  ...CHANNEL_OPERATIONS,
  ...TICKET_OPERATIONS,
  ...OUTBOX_OPERATIONS,
  ...BUSINESS_HOURS_OPERATIONS,
];

/** Schemas shown once under components.schemas and referenced ($ref) wherever they are used. */
export const NAMED_SCHEMAS = {
  Error: ZApiError,
  Event: ZEvent,
  EventResult: ZEventResult,
  Pipeline: ZPipeline,
  Channel: ZChannel,
  AutomationDocument: ZAutomationDocument,
  Ticket: ZTicket,
  TicketUpdate: ZUpdateTicket,
  TimelineEntry: ZTimelineEntry,
  DryRunRequest: ZDryRunBody,
  DryRunResult: ZDryRunResult,
  OutboxEmail: ZOutboxEmail,
  BusinessHours: ZBusinessHours,
};

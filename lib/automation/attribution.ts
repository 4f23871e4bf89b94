// Who or what a change is credited to on the timeline: a person, an event, a rule.
import type { Cause } from "./happenings";

export interface Attribution {
  actorUserId: string | null;
  eventId: string | null;
  /** The rule behind the move or change these effects belong to, if any. */
  ruleName: string | null;
  depth: number;
}

export function attributionOf(cause: Cause, ruleName: string | null, depth: number): Attribution {
  switch (cause.kind) {
    case "user":
    case "api":
      return { actorUserId: cause.userId, eventId: null, ruleName, depth };
    case "rule":
      return { actorUserId: null, eventId: cause.eventId ?? null, ruleName, depth };
    case "event":
      return { actorUserId: null, eventId: cause.eventId, ruleName, depth };
  }
}

import { z } from "zod";

/** The id of a user, team, status or branch inside an action's settings. */
export const ZId = z.string().min(1).max(100);

// Zod issues as the field issues every error carries (path + message). Free of server imports:
// forms use it on the client with the same schemas the server parses with.
import type { z } from "zod";
import type { FieldIssue } from "@/lib/errors";

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === "symbol" ? String(part) : part)),
    message: issue.message,
    code: issue.code,
  }));
}

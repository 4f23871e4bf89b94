"use client";
// Enrolled tickets (issue 6 §5): where each ticket is in the chain and when its next step runs;
// "Unenroll" ends the enrolment and cancels its pending step.
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { useAccountTimeZone } from "@/components/ui/account-time-zone";
import { ZonedTime } from "@/components/ui/zoned-time";
import type { EnrollmentRow } from "@/lib/workflows/editor/enrollments";
import { useWorkflowMutations } from "./use-workflow-editor";

export function EnrollmentsTable({ enrollments, editable }: { enrollments: EnrollmentRow[]; editable: boolean }) {
  const { unenroll } = useWorkflowMutations();
  const timeZone = useAccountTimeZone();
  if (enrollments.length === 0)
    return <p className="text-sm text-muted-foreground">No ticket is enrolled right now.</p>;
  return (
    <Table aria-label="Enrolled tickets">
      <THead>
        <TR>
          <TH>Ticket</TH>
          <TH>Current action</TH>
          <TH>Next run</TH>
          <TH className="hidden sm:table-cell">Enrolled</TH>
          <TH>
            <span className="sr-only">Unenroll</span>
          </TH>
        </TR>
      </THead>
      <TBody>
        {enrollments.map((e) => (
          <TR key={e.id} data-testid="enrollment-row">
            <TD>
              <Link href={`/tickets/${e.ticket.id}`} className="text-primary underline-offset-2 hover:underline">
                {e.ticket.subject}
              </Link>
            </TD>
            <TD>{e.currentAction}</TD>
            <TD>{e.nextRunAt ? <ZonedTime date={new Date(e.nextRunAt)} timeZone={timeZone} /> : "Now"}</TD>
            <TD className="hidden sm:table-cell">
              <ZonedTime date={new Date(e.createdAt)} timeZone={timeZone} />
            </TD>
            <TD className="text-right">
              {editable ? (
                <Button
                  variant="outline"
                  size="sm"
                  disabled={unenroll.isPending}
                  onClick={() => unenroll.mutate({ enrollmentId: e.id })}
                  aria-label={`Unenroll ${e.ticket.subject}`}
                >
                  Unenroll
                </Button>
              ) : null}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

import Link from "next/link";
import type { AutomatedEmailRow } from "@/lib/templates/queries";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { EmailKindBadges } from "./email-kind-badges";
import { EmailUses } from "./email-uses";
import { emailEditorHref } from "@/lib/templates/email-href";

/** Settings > Automated emails: every email by name (a link to its editor), its kind and its uses. */
export function EmailsTable({ emails, addon }: { emails: AutomatedEmailRow[]; addon: boolean }) {
  return (
    <Table aria-label="Automated emails" data-testid="emails-table">
      <THead>
        <TR>
          <TH>Name</TH>
          <TH className="hidden md:table-cell">Subject</TH>
          <TH>Used by</TH>
        </TR>
      </THead>
      <TBody>
        {emails.map((email) => (
          <TR key={email.id} data-testid="email-row">
            <TD className="align-top">
              <Link
                href={emailEditorHref(email.id)}
                className="font-medium text-foreground underline-offset-4 hover:underline"
              >
                {email.name}
              </Link>
              <div className="mt-1">
                <EmailKindBadges builtIn={email.builtIn} transactional={email.transactional} addon={addon} />
              </div>
              <p className="mt-1 break-words text-xs text-muted-foreground md:hidden">{email.subject}</p>
            </TD>
            <TD className="hidden break-words align-top text-muted-foreground md:table-cell">{email.subject}</TD>
            <TD className="align-top text-sm">
              <EmailUses uses={email.uses} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

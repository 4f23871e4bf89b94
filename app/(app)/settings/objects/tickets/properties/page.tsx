import { requirePageUser } from "@/lib/auth/page-guard";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

// The ticket properties of SPEC §1 (built in, not editable).
const PROPERTIES = [
  ["Ticket name", "Single-line text"],
  ["Ticket description", "Multi-line text"],
  ["Pipeline", "Pipeline"],
  ["Ticket status", "Pipeline status"],
  ["Priority", "Low, Medium, High, Urgent"],
  ["Source", "Email, Chat, Form, Messenger, WhatsApp, Phone, API, Manual"],
  ["Ticket owner", "User"],
  ["Contact", "Contact"],
  ["Create date", "Date and time"],
  ["Close date", "Date"],
  ["Last status change", "Date and time"],
  ["Time to close", "Duration"],
] as const;

export default async function PropertiesPage() {
  await requirePageUser();
  return (
    <Table aria-label="Ticket properties">
      <THead>
        <TR>
          <TH>Property</TH>
          <TH>Type</TH>
        </TR>
      </THead>
      <TBody>
        {PROPERTIES.map(([name, type]) => (
          <TR key={name}>
            <TD className="font-medium">{name}</TD>
            <TD>{type}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

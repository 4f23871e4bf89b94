import type { ApiKeySummary } from "@/lib/api-keys/list-api-keys";
import type { ActionResult } from "@/lib/actions/action-result";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { ZonedTime } from "@/components/ui/zoned-time";
import { RevokeApiKeyButton, type RevokeResult } from "./revoke-api-key-button";
import { apiKeyRowId } from "./row-id";

interface ApiKeysTableProps {
  keys: ApiKeySummary[];
  timeZone: string;
  currentUserId: string;
  revokeAction: (input: { id: string }) => Promise<ActionResult<RevokeResult>>;
}

/** The account's keys. On narrow screens the owner and dates move under the name instead of into columns. */
export function ApiKeysTable({ keys, timeZone, currentUserId, revokeAction }: ApiKeysTableProps) {
  if (keys.length === 0) {
    return (
      <p
        className="rounded-lg border border-dashed px-4 py-8 text-center text-sm text-muted-foreground"
        data-testid="api-keys-empty"
      >
        No API keys yet. Create one to let another system call the Ticketflow API.
      </p>
    );
  }
  const when = (date: Date | null, empty: string) =>
    date ? <ZonedTime date={date} timeZone={timeZone} /> : <span className="text-muted-foreground">{empty}</span>;
  const ownerName = (key: ApiKeySummary) =>
    key.owner.id === currentUserId ? `${key.owner.name} (you)` : key.owner.name;

  return (
    <Table aria-label="API keys" data-testid="api-keys-table">
      <THead>
        <TR>
          <TH>Name</TH>
          <TH className="hidden md:table-cell">Owner</TH>
          <TH className="hidden md:table-cell">Created</TH>
          <TH className="hidden md:table-cell">Last used</TH>
          <TH>Status</TH>
          <TH>
            <span className="sr-only">Actions</span>
          </TH>
        </TR>
      </THead>
      <TBody>
        {keys.map((key) => (
          <TR
            key={key.id}
            id={apiKeyRowId(key.id)}
            tabIndex={-1}
            data-testid="api-key-row"
            className={key.revokedAt ? "text-muted-foreground" : undefined}
          >
            <TD>
              <div className="font-medium text-foreground">{key.name}</div>
              <code className="font-mono text-xs text-muted-foreground" aria-label={`Key starts with ${key.prefix}`}>
                {key.prefix}…
              </code>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-xs text-muted-foreground md:hidden">
                <dt>Owner</dt>
                <dd>{ownerName(key)}</dd>
                <dt>Created</dt>
                <dd>{when(key.createdAt, "—")}</dd>
                <dt>Last used</dt>
                <dd>{when(key.lastUsedAt, "Never")}</dd>
              </dl>
            </TD>
            <TD className="hidden md:table-cell">
              <div>{ownerName(key)}</div>
              <div className="text-xs text-muted-foreground">{key.owner.email}</div>
            </TD>
            <TD className="hidden whitespace-nowrap md:table-cell">{when(key.createdAt, "—")}</TD>
            <TD className="hidden whitespace-nowrap md:table-cell">{when(key.lastUsedAt, "Never")}</TD>
            <TD>
              {key.revokedAt ? (
                <div className="grid gap-0.5">
                  <Badge variant="destructive">Revoked</Badge>
                  <span className="whitespace-nowrap text-xs">{when(key.revokedAt, "")}</span>
                </div>
              ) : (
                <Badge variant="success">Active</Badge>
              )}
            </TD>
            <TD className="text-right">
              {key.revokedAt ? null : <RevokeApiKeyButton id={key.id} name={key.name} revokeAction={revokeAction} />}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

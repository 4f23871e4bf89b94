import Link from "next/link";
import { ChevronRight } from "lucide-react";
import type { AutomateView } from "@/lib/automate/automate-view";
import { CHANNEL_TYPE_LABEL } from "@/lib/channels/schemas";
import { automateTabPath } from "@/lib/channels/back-link";
import { Badge } from "@/components/ui/badge";

/** SPEC §2: the channels creating tickets in this pipeline; each opens its own settings. */
export function ConnectedChannels({
  pipelineId,
  channels,
}: {
  pipelineId: string;
  channels: AutomateView["channels"];
}) {
  // The channel's page leads back here, not to the channel list.
  const from = `?from=${encodeURIComponent(automateTabPath(pipelineId))}`;
  return (
    <div className="rounded-md border" data-testid="connected-channels">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b px-4 py-3">
        <div>
          <h3 className="text-sm font-semibold">Connected channels</h3>
          <p className="text-sm text-muted-foreground">
            New conversations on these channels create tickets in this pipeline.
          </p>
        </div>
        <Link href="/settings/channels" className="text-sm font-medium text-primary underline-offset-2 hover:underline">
          Manage channels
        </Link>
      </div>
      {channels.length === 0 ? (
        <p className="px-4 py-3 text-sm text-muted-foreground">No channel creates tickets in this pipeline.</p>
      ) : (
        <ul className="divide-y">
          {channels.map((c) => (
            <li
              key={c.id}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5 text-sm hover:bg-muted/50"
            >
              <Link
                href={`/settings/channels/${c.id}${from}`}
                className="font-medium text-primary underline-offset-2 hover:underline"
              >
                {c.name}
              </Link>
              <Badge variant="outline">{CHANNEL_TYPE_LABEL[c.type]}</Badge>
              <span className="flex items-center gap-1 text-muted-foreground sm:ml-auto">
                <ChevronRight aria-hidden className="size-3.5" /> Creates tickets in {c.status?.label ?? "—"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

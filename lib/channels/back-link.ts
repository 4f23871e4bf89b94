// Where a channel's page leads back to: the Automate tab it was opened from (`?from=`), else the
// channel list. Only an Automate tab's own path is followed, never an address from outside.
const AUTOMATE_PATH = /^\/settings\/objects\/tickets\/pipelines\/[\w-]{1,100}\/automate$/;

export const automateTabPath = (pipelineId: string) => `/settings/objects/tickets/pipelines/${pipelineId}/automate`;

export function channelBackLink(from: string | string[] | undefined): { href: string; label: string } {
  if (typeof from === "string" && AUTOMATE_PATH.test(from)) return { href: from, label: "Automate" };
  return { href: "/settings/channels", label: "Channels" };
}

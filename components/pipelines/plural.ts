/** "1 ticket", "3 tickets". */
export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** "3 tickets and 1 channel", "2 tickets", "" when nothing. */
export function usageText({ tickets, channels }: { tickets: number; channels: number }): string {
  return [tickets ? plural(tickets, "ticket") : "", channels ? plural(channels, "channel") : ""]
    .filter(Boolean)
    .join(" and ");
}

/** "1 ticket uses …", "2 tickets use …", "1 ticket and 1 channel use …". */
export function usageSentence(usage: { tickets: number; channels: number }, rest: string): string {
  return `${usageText(usage)} ${usage.tickets + usage.channels === 1 ? "uses" : "use"} ${rest}`;
}

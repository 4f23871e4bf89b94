/** "1 ticket", "3 tickets". */
export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** "3 tickets and 1 channel", "2 tickets", "" when nothing. */
export function usageText({ tickets, channels }: { tickets: number; channels: number }): string {
  return [tickets ? plural(tickets, "ticket") : "", channels ? plural(channels, "channel") : ""].filter(Boolean).join(" and ");
}

// A card's age in a few characters ("5m", "3h", "2d", "6w", "4mo"), like a board shows it.
const UNITS: [string, number][] = [
  ["m", 60],
  ["h", 24],
  ["d", 7],
  ["w", 4.35],
  ["mo", 12],
  ["y", Infinity],
];

export function cardAge(createdAt: string, now: Date = new Date()): string {
  let amount = Math.max(0, (now.getTime() - new Date(createdAt).getTime()) / 60_000);
  if (amount < 1) return "now";
  for (const [unit, size] of UNITS) {
    if (amount < size) return `${Math.floor(amount)}${unit}`;
    amount /= size;
  }
  return "";
}

// A ticket's priorities and their labels, free of zod: bubbles and badges name a priority without
// the board's schemas (issue 15 item 8: first-load JS).
export const PRIORITIES = ["LOW", "MEDIUM", "HIGH", "URGENT"] as const;
export type TPriority = (typeof PRIORITIES)[number];
export const PRIORITY_LABEL: Record<TPriority, string> = {
  LOW: "Low",
  MEDIUM: "Medium",
  HIGH: "High",
  URGENT: "Urgent",
};

// Attachments as the records list them: what a user needs to pick one (never its bytes).
export const attachmentSelect = { id: true, filename: true, contentType: true, size: true, inline: true } as const;

export interface AttachmentView {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  inline: boolean;
}

/** "512 B", "64.5 kB", "9.8 MB" (decimal units, as file managers show them). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const [unit, divisor] = bytes < 1_000_000 ? (["kilobyte", 1000] as const) : (["megabyte", 1_000_000] as const);
  return new Intl.NumberFormat("en", { style: "unit", unit, maximumFractionDigits: 1 }).format(bytes / divisor);
}

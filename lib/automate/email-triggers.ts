// The two email triggers of the Automate tab (SPEC §4) and their labels, free of zod: the tab's
// rows and the History drawer read them without the schemas (issue 15 item 8: first-load JS).
export const EMAIL_TRIGGERS = ["emailSentTrigger", "customerReplyTrigger"] as const;
export type EmailTriggerKey = (typeof EMAIL_TRIGGERS)[number];

export const EMAIL_TRIGGER_LABEL: Record<EmailTriggerKey, string> = {
  emailSentTrigger: "An email is sent to a customer",
  customerReplyTrigger: "A customer replies to an email",
};

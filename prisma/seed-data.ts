// The demo account's fixed content: pipelines, channels, templates, contacts.
export const DEMO_USERS = [
  { email: "superadmin@example.com", name: "Sam Super", role: "SUPER_ADMIN" },
  { email: "admin@example.com", name: "Avery Admin", role: "ACCOUNT_ADMIN" },
  { email: "agent@example.com", name: "Alex Agent", role: "AGENT" },
] as const;

export const EXTRA_AGENTS = [
  { email: "jordan@example.com", name: "Jordan Lee" },
  { email: "priya@example.com", name: "Priya Shah" },
] as const;

export const PIPELINES = [
  {
    name: "Support Pipeline",
    statuses: [
      { label: "New", state: "OPEN" },
      { label: "Waiting on contact", state: "OPEN" },
      { label: "Waiting on us", state: "OPEN" },
      { label: "Closed", state: "CLOSED" },
    ],
  },
  {
    name: "Billing & Refunds",
    statuses: [
      { label: "Received", state: "OPEN" },
      { label: "Investigating", state: "OPEN" },
      { label: "Refund issued", state: "CLOSED" },
      { label: "Declined", state: "CLOSED" },
    ],
  },
] as const;

// A contact without a name is greeted "Hi there,"; the account's name is the signature as it is
// (the demo account is "Acme Support", so no " Support" is added after it).
const GREETING = "{{#if contact.name}}Hi {{contact.name}},{{else}}Hi there,{{/if}}\n\n";

export const TEMPLATES = [
  {
    key: "ticket_received",
    name: "Ticket received",
    subject: "We received your request: {{ticket.subject}}",
    body:
      GREETING +
      "Thanks for reaching out. Your ticket #{{ticket.id}} is with our team " +
      "and we will get back to you soon.\n\n— {{account.name}}",
    transactional: true,
  },
  {
    key: "ticket_closed",
    name: "Ticket closed",
    subject: "Your request has been resolved: {{ticket.subject}}",
    body:
      GREETING +
      "We have closed ticket #{{ticket.id}}. If anything is still not right, " +
      "just reply to this email and we will reopen it.\n\n— {{account.name}}",
    transactional: true,
  },
  {
    key: null,
    name: "How did we do? (survey)",
    subject: "How did we do with {{ticket.subject}}?",
    body: GREETING + "Tell us how we did — it takes one click.\n\n— {{account.name}}",
    transactional: false,
  },
] as const;

const FIRST = [
  "Maria",
  "Chen",
  "Fatima",
  "Lucas",
  "Olga",
  "Kwame",
  "Sofia",
  "Ravi",
  "Emma",
  "Diego",
  "Aiko",
  "Noah",
  "Leila",
  "Tom",
  "Ines",
  "Jonas",
  "Grace",
  "Omar",
  "Hana",
  "Pedro",
  "Zoe",
  "Ivan",
];
const LAST = [
  "Garcia",
  "Wei",
  "Khan",
  "Martin",
  "Ivanova",
  "Mensah",
  "Rossi",
  "Patel",
  "Brown",
  "Lopez",
  "Tanaka",
  "Smith",
  "Haddad",
  "Clark",
  "Silva",
  "Berg",
  "Kim",
  "Farouk",
  "Sato",
  "Costa",
  "Novak",
  "Petrov",
];

export const CONTACTS = FIRST.map((first, i) => ({
  name: `${first} ${LAST[i]}`,
  email: `${first.toLowerCase()}.${LAST[i]!.toLowerCase()}@customer.example`,
  marketingContact: i % 3 === 0,
}));

export const SUBJECTS = [
  "Cannot log in after password reset",
  "Invoice shows the wrong VAT number",
  "Export to CSV times out",
  "Refund for duplicate charge",
  "Two-factor codes not arriving",
  "How do I add a team member?",
  "App crashes when uploading a photo",
  "Change billing email",
  "Webhook deliveries failing",
  "Request for a data processing agreement",
  "Dashboard is blank in Safari",
  "Cancel my subscription",
  "Order arrived damaged",
  "API rate limit questions",
  "Wrong time zone in reports",
];

import { MissingPage } from "@/components/shell/missing-page";

export default function ContactNotFound() {
  return (
    <MissingPage title="Contact not found" href="/contacts" linkLabel="Go to contacts">
      This contact may have been deleted, or the link is wrong.
    </MissingPage>
  );
}

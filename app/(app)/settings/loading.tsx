import { PageSkeleton } from "@/components/shell/page-skeleton";

// Inside the settings layout: the settings navigation stays while a settings page loads. (A missing
// channel, automated email or pipeline now answers 200 with its not-found page, as it streams behind
// this skeleton; the record routes keep their 404 because no loading state sits above their checks.)
export default function SettingsLoading() {
  return <PageSkeleton label="Loading the settings page…" />;
}

"use client";
// Every page's error boundary (inside the root layout, so the navigation
// stays): a database outage reads as "temporarily unavailable", with a retry.
import { ErrorPanel } from "./_components/error-panel";

export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} />;
}

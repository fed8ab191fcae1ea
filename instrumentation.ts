// Next calls register() once when a server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkDatabaseAtStartup } = await import("@/lib/db/startup-check");
    await checkDatabaseAtStartup();
    // Not awaited: the server takes requests meanwhile; a failure here is the first request's to report.
    const { warmDefaultPage } = await import("@/lib/db/warm-up");
    void warmDefaultPage().catch(() => undefined);
  }
}

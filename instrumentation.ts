// Next calls register() once when a server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkDatabaseAtStartup } = await import("@/lib/db/startup-check");
    await checkDatabaseAtStartup();
  }
}

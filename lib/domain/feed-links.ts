// Where the change feed lives, for <link rel="alternate"> in page heads and links on pages.

/** The whole catalogue's change feed. */
export const CHANGE_FEED_LINK = { url: "/feed.xml", title: "Open or closed? — catalogue changes" };

/** One model's change feed, and its changes as JSON. */
export function modelFeedLinks(slug: string, name: string) {
  const model = encodeURIComponent(slug);
  return { atom: { url: `/feed.xml?model=${model}`, title: `Changes to ${name}` }, json: `/api/changes?model=${model}` };
}

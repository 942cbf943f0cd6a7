/**
 * A page's place while its code arrives: the same quiet line the pages show while their data
 * loads, so the frame around it stays put. The code is fetched alongside users.me, or on hover,
 * so this is seldom seen for long.
 */
export function PagePending() {
  return (
    <p role="status" className="text-sm text-muted">
      Loading…
    </p>
  );
}

/**
 * Says when the browser does not let the coach read a built-in system. Firefox
 * lets a user (or an agency) withhold or withdraw a site's access after
 * install; then the coach is silent on those pages, so the popup says so and
 * offers to ask again.
 */
export interface SiteWithoutAccess {
  label: string;
  origins: string[];
}

export function SiteAccess({ missing, onAllow }: { missing: SiteWithoutAccess[]; onAllow(): void }) {
  if (!missing.length) return null;
  return (
    <div class="access" role="alert">
      <p>
        Case Note Coach is not allowed to read {missing.map((s) => s.label).join(', ')}, so it cannot check notes or track contacts there.
      </p>
      <button type="button" onClick={onAllow}>
        Allow access
      </button>
    </div>
  );
}

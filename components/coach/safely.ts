/**
 * Every way into the coach (a key, a click, a timer, a late answer) runs through this: a failure
 * of ours is logged and the page goes on with no warnings, never a broken page or a lost note.
 */
export function safely(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    console.warn('[Case Note Coach]', error);
  }
}

import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Wiring proof for the foundation; the caseload database and badge arrive with issue 4.
});

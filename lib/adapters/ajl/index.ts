export { looksLikeAjl, readAjl } from './reader';
export { ajlSelectors, expectedMatches } from './selectors';

export { looksLikeVos, readVos } from './reader';
export { vosSelectors, expectedMatches } from './selectors';

export { fetchResults, queryUrl, search, suggest } from './client.js';
export { MAX_HITS_PER_PAGE, readSearchResults, readSuggestions, type CanvasSizes, type SearchHit, type SearchResults } from './results.js';

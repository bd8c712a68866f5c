// Owns finding the page's elements: each by its id, as index.html gives them.

/** The element of index.html with this id. */
export const $ = (id) => document.getElementById(id);

// Owns one paged list from the API (tokens, security log, people): page, pager, latest-load guard,
// empty state, and the search box that filters it.
// Its rows are made by the row renderer it is given. A page number changes only once its page has
// loaded, and only the latest load may draw: a slow answer to an earlier click or keystroke can't
// overwrite a newer one.
import { firstError, handled, sentence } from './api.js';
import { $ } from './dom.js';

const PAGE_SIZE = 20;

/**
 * A list of what {@code path} answers, a page at a time.
 *
 * @param options.api the client's call
 * @param options.path where the list is, e.g. api/audit_events
 * @param options.query the filter's part of the address ('&name=value...'), read at each load
 * @param options.rowOf the row renderer: a <tr> for one result
 * @param options.ids the ids of the list's elements: body, table, message, pager, pageInfo,
 *     previous, next, and empty (the ids of its empty states)
 * @param options.whyEmpty which empty state (an element) fits the filter; the first by default
 */
export function pagedList({ api, path, query, rowOf, ids, whyEmpty = () => $(ids.empty[0]) }) {
  const element = (name) => $(ids[name]);
  let page = 1;
  let latestLoad = 0;

  /** Loads page {@code wanted} (the current one by default); true once it is on screen. */
  async function load(wanted = page) {
    const current = ++latestLoad;
    const result = await api('GET', path + '?page=' + wanted + '&page_size=' + PAGE_SIZE + query());
    if (current !== latestLoad) {
      return false;
    }
    if (result.status !== 200) {
      element('message').textContent = sentence(firstError(result).detail);
      return false;
    }
    const list = result.data;
    if (list.results.length === 0 && wanted > 1) {
      return load(wanted - 1); // the last page emptied, by a deletion here or elsewhere
    }
    page = wanted;
    element('message').textContent = ''; // what an earlier failed load said no longer holds
    draw(list);
    return true;
  }

  function draw(list) {
    element('body').replaceChildren(...list.results.map((result) => rowOf(result)));
    element('table').hidden = list.count === 0;
    const why = whyEmpty();
    ids.empty.forEach((id) => { $(id).hidden = list.count !== 0 || $(id) !== why; });
    element('pager').hidden = list.total_pages <= 1;
    element('pageInfo').textContent = 'Page ' + page + ' of ' + list.total_pages;
    element('previous').disabled = list.links.previous === null;
    element('next').disabled = list.links.next === null;
  }

  element('previous').addEventListener('click', handled(() => load(page - 1)));
  element('next').addEventListener('click', handled(() => load(page + 1)));

  return { load };
}

/**
 * Runs {@code onSearch(text)} with the trimmed text of the search box {@code id} once typing
 * pauses, so that each keystroke doesn't cost a call.
 */
export function searchBox(id, onSearch) {
  let timer = null;
  $(id).addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(handled(() => onSearch($(id).value.trim())), 300);
  });
}

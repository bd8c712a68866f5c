// Owns downloads: a list of the API as one file - every page of it, asked for as that file's type -
// saved by the browser from an object URL (a blob:, which no directive of the page's CSP governs).

/** The most a page of the API holds. */
const PAGE_SIZE = 100;

/** Has the browser save {@code blob} as {@code name}, as if a link to it had been followed. */
export function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000); // long after the browser has read it
}

/**
 * Saves the whole list at {@code path}, filtered by {@code query} ('&name=value...'), as the file
 * {@code name} of media type {@code type} whose first line is a header, said once. The client
 * {@code client} calls ({@code call}) and fetches files ({@code file}). Answers {status, data}:
 * 200 once saved, otherwise the failed call's.
 */
export async function downloadList({ client, path, query, type, name }) {
  const counted = await client.call('GET', path + '?page=1&page_size=1' + query);
  if (counted.status !== 200) {
    return counted;
  }
  const pages = Math.max(1, Math.ceil(counted.data.count / PAGE_SIZE));
  const parts = [];
  for (let page = 1; page <= pages; page += 1) {
    const result = await client.file(path + '?page=' + page + '&page_size=' + PAGE_SIZE + query, type);
    if (result.status !== 200) {
      return result;
    }
    const text = await result.data.text();
    parts.push(page === 1 ? text : text.slice(text.indexOf('\n') + 1)); // its header said once
  }
  save(new Blob(parts, { type }), name);
  return { status: 200, data: null };
}

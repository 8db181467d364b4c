/**
 * <tp-search>: enhances the search form on /zoeken/ with results from pagefind. pagefind.js (and
 * its WebAssembly and index) loads only when the visitor uses search: on focus of the search
 * field, on typing, or when the page is opened with a query (?q=…) from the header's search box.
 * Results are built with DOM methods, never innerHTML, and the live region announces the count.
 */
import { isolateText } from '../lib/bidi.ts';
import {
  parseRegisterIndexes,
  planSearch,
  SEARCH_INDEX_PATHS,
  SEARCH_OPTIONS,
  type RegisterIndexName,
  type SearchIndexName,
  type SearchPageTexts,
  type SearchPlan,
} from '../lib/search-options.ts';
import { fillText } from '../lib/text-template.ts';

interface PagefindSubResult {
  url: string;
  title: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

interface PagefindSearchResponse {
  results: PagefindResult[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<PagefindSearchResponse | null>;
}

/** Results shown per step; "Meer resultaten tonen" adds the next step. */
const PAGE_SIZE = 10;
/** Wait this long after the last keystroke before searching. */
const TYPING_DELAY_MS = 200;
/** At most this many sections of a page under its result. */
const MAX_SUB_RESULTS = 3;

/** Copies pagefind's excerpt (text with <mark>) into `target` as text nodes and <mark> elements only. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body
    .firstElementChild;
  for (const node of Array.from(parsed?.childNodes ?? [])) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(document.createTextNode(node.textContent ?? ''));
    }
  }
}

class TpSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private readonly indexes = new Map<string, Promise<Pagefind>>();
  /** The register indexes this site has: the page says which (a register without entries has none). */
  private registerIndexes: RegisterIndexName[] = [];
  /** The page's own words, in its language: the dictionary's, written by SearchForm.astro. Results stay Dutch. */
  private text!: SearchPageTexts;
  private results: PagefindResult[] = [];
  private shown = 0;
  private sequence = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    const more = this.querySelector<HTMLButtonElement>('[data-search-more]');
    if (!form || !input || !status || !list || !more) return;
    Object.assign(this, { input, status, list, more });
    this.registerIndexes = parseRegisterIndexes(this.dataset['registerIndexes']);
    this.text = JSON.parse(this.dataset['texts'] ?? '{}') as SearchPageTexts;

    const params = new URLSearchParams(window.location.search);
    input.value = params.get('q') ?? '';
    for (const select of this.selects()) {
      const value = params.get(select.name);
      if (value !== null && Array.from(select.options).some((o) => o.value === value))
        select.value = value;
    }

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
    });
    input.addEventListener(
      'focus',
      () => void this.load(this.plan(this.filters()).indexes).catch(() => undefined),
      { once: true },
    );
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.run(), TYPING_DELAY_MS);
    });
    for (const select of this.selects()) select.addEventListener('change', () => void this.run());
    more.addEventListener('click', () => void this.showMore(this.sequence, true));

    if (this.hasQuery()) void this.run();
  }

  private selects(): HTMLSelectElement[] {
    return Array.from(this.querySelectorAll<HTMLSelectElement>('select[data-filter]'));
  }

  private filters(): Record<string, string> {
    const filters: Record<string, string> = {};
    for (const select of this.selects())
      if (select.value !== '') filters[select.name] = select.value;
    return filters;
  }

  private plan(filters: Record<string, string>): SearchPlan {
    return planSearch(filters, this.registerIndexes);
  }

  private hasQuery(): boolean {
    return this.input.value.trim() !== '' || Object.keys(this.filters()).length > 0;
  }

  /**
   * Loads the indexes a search needs once, from this site only: a register's index only when the
   * filters ask for its entries (planSearch, src/lib/search-options.ts). Several indexes are
   * merged into the first; each combination is a module instance of its own (the address's
   * query), so merging never changes the answer of a search in one index.
   */
  private load(names: readonly SearchIndexName[]): Promise<Pagefind> {
    const [first, ...merged] = names;
    if (first === undefined) return Promise.reject(new Error('no index to load'));
    const key = names.join('+');
    let index = this.indexes.get(key);
    if (index === undefined) {
      index = (async () => {
        const url = new URL(`${SEARCH_INDEX_PATHS[first]}pagefind.js`, document.baseURI);
        if (merged.length > 0) url.search = `?merge=${merged.join('+')}`;
        const pagefind = (await import(/* @vite-ignore */ url.href)) as Pagefind;
        await pagefind.options(SEARCH_OPTIONS);
        await pagefind.init();
        for (const name of merged)
          await pagefind.mergeIndex(new URL(SEARCH_INDEX_PATHS[name], document.baseURI).href);
        return pagefind;
      })();
      this.indexes.set(key, index);
    }
    return index;
  }

  /** Keeps the address in step with the form, so a search can be shared and survives reloading. */
  private updateAddress(term: string, filters: Record<string, string>): void {
    const params = new URLSearchParams();
    if (term !== '') params.set('q', term);
    for (const [key, value] of Object.entries(filters)) params.set(key, value);
    const query = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  }

  private async run(): Promise<void> {
    clearTimeout(this.timer);
    const sequence = ++this.sequence;
    const term = this.input.value.trim();
    const filters = this.filters();
    this.updateAddress(term, filters);
    if (!this.hasQuery()) {
      this.results = [];
      this.list.replaceChildren();
      this.more.hidden = true;
      this.status.textContent = '';
      return;
    }
    let response: PagefindSearchResponse | null;
    const plan = this.plan(filters);
    try {
      // Filters no register's entries can match together (a gift that is a side position): no results.
      response =
        plan.indexes.length === 0
          ? { results: [] }
          : await (
              await this.load(plan.indexes)
            ).search(term === '' ? null : term, { filters: plan.filters });
    } catch (error) {
      console.error(error);
      this.status.textContent = this.text.unavailable;
      return;
    }
    // A newer search started while this one ran: its results win.
    if (response === null || sequence !== this.sequence) return;
    this.results = response.results;
    this.shown = 0;
    await this.showMore(sequence, false, true);
    if (sequence !== this.sequence) return;
    const count = this.results.length;
    const text = this.text;
    const about =
      term === ''
        ? text.withFilters
        : `${fillText(text.forTerm, { term: isolateText(term) })}${Object.keys(filters).length > 0 ? ` ${text.withFilters}` : ''}`;
    this.status.textContent =
      count === 0
        ? fillText(text.none, { about })
        : fillText(count === 1 ? text.countOne : text.countOther, { count, about });
  }

  /** Shows the next PAGE_SIZE results; when `focusFirst`, moves focus to the first new one. */
  private async showMore(sequence: number, focusFirst: boolean, replace = false): Promise<void> {
    const next = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (sequence !== this.sequence) return;
    const items = data.map((item) => this.renderResult(item));
    if (replace) this.list.replaceChildren(...items);
    else this.list.append(...items);
    this.shown += next.length;
    this.more.hidden = this.shown >= this.results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  private renderResult(data: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'tp-search__result';
    const type = data.meta['soort'] ?? this.text.page;

    const heading = document.createElement('h2');
    heading.className = 'tp-search__title';
    const link = document.createElement('a');
    link.href = data.url;
    const hiddenType = document.createElement('span');
    hiddenType.className = 'tp-search__visually-hidden';
    hiddenType.textContent = `${type}: `;
    link.append(hiddenType, data.meta['title'] ?? data.url);
    heading.append(link);

    const meta = document.createElement('p');
    meta.className = 'tp-search__meta';
    const tag = document.createElement('span');
    tag.className = 'tp-tag tp-search__type';
    tag.setAttribute('aria-hidden', 'true');
    tag.textContent = type;
    meta.append(tag);
    if (data.meta['context']) meta.append(` ${data.meta['context']}`);

    const excerpt = document.createElement('p');
    excerpt.className = 'tp-search__excerpt';
    appendExcerpt(excerpt, data.excerpt);

    item.append(heading, meta, excerpt);
    const sections = data.sub_results
      .filter((sub) => sub.url !== data.url && sub.url.includes('#'))
      .slice(0, MAX_SUB_RESULTS);
    if (sections.length > 0) {
      const list = document.createElement('ul');
      list.className = 'tp-search__sections';
      list.setAttribute(
        'aria-label',
        fillText(this.text.foundOn, { title: data.meta['title'] ?? '' }),
      );
      for (const sub of sections) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = sub.url;
        a.textContent = sub.title;
        li.append(a);
        list.append(li);
      }
      item.append(list);
    }
    return item;
  }
}

if (!customElements.get('tp-search')) customElements.define('tp-search', TpSearch);

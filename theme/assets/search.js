// Search over Pagefind's index, loaded only on /search/. Every value from the index is written with
// textContent, never as HTML, so indexed text cannot become markup.
const form = document.querySelector("[data-search]");
if (form) {
  const input = form.querySelector("input[type=search]");
  const filterBox = form.querySelector("[data-search-filters]");
  const results = document.querySelector("[data-search-results]");
  const count = results.querySelector("[data-search-count]");
  const list = results.querySelector("[data-search-list]");
  const more = results.querySelector("[data-search-more]");
  const pageSize = 20;
  let current = [];
  let shown = 0;
  let generation = 0;

  const pagefind = await import(form.dataset.bundle + "pagefind.js");
  await pagefind.init();
  renderFilters(await pagefind.filters());

  // The query and the chosen filters live in the address, so a search can be reloaded, shared and gone back to.
  // Typing replaces the address; ticking a filter adds a step to the history, which back undoes.
  let timer;
  form.addEventListener("input", (event) => {
    clearTimeout(timer);
    const step = event.target.type === "checkbox";
    timer = setTimeout(() => run(step ? "push" : "replace"), step ? 0 : 200);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run("push");
  });
  window.addEventListener("popstate", () => {
    readAddress();
    run(null);
  });
  more.addEventListener("click", showMore);

  // Shown only once it works, so nobody types into a form that is not listening yet.
  form.hidden = false;
  document.querySelector("[data-search-fallback]").hidden = true;
  readAddress();
  if (input.value.trim() || Object.keys(selectedFilters()).length > 0) {
    await run(null);
  }

  /** Puts the address's query and filters into the form; a filter value the index does not know is left out. */
  function readAddress() {
    const params = new URLSearchParams(location.search);
    input.value = params.get("q") ?? "";
    for (const box of filterBox.querySelectorAll("input[type=checkbox]")) {
      box.checked = params.getAll(box.name).includes(box.value);
    }
  }

  /** The address of the search in the form: ?q=housing&country=Spain&type=Commitment. */
  function addressOf(term, filters) {
    const params = new URLSearchParams();
    if (term) params.set("q", term);
    for (const [name, chosen] of Object.entries(filters)) {
      for (const value of chosen.any) params.append(name, value);
    }
    const query = params.toString();
    return location.pathname + (query ? "?" + query : "") + location.hash;
  }

  function remember(how, term, filters) {
    const address = addressOf(term, filters);
    if (!how || address === location.pathname + location.search + location.hash) return;
    if (how === "push") history.pushState(null, "", address);
    else history.replaceState(null, "", address);
  }

  function selectedFilters() {
    const filters = {};
    for (const box of filterBox.querySelectorAll("input[type=checkbox]:checked")) {
      (filters[box.name] ??= { any: [] }).any.push(box.value);
    }
    return filters;
  }

  /** Runs the search in the form; <how> is "push" or "replace" to record it in the address, or null when it came from there. */
  async function run(how) {
    const mine = ++generation;
    const term = input.value.trim();
    const filters = selectedFilters();
    remember(how, term, filters);
    if (!term && Object.keys(filters).length === 0) {
      results.hidden = true;
      renderFilters(await pagefind.filters());
      return;
    }
    const search = await pagefind.search(term || null, { filters });
    if (mine !== generation) return;
    current = search.results;
    shown = 0;
    list.replaceChildren();
    results.hidden = false;
    count.textContent = countText(current.length);
    updateCounts(search.filters);
    await showMore();
  }

  async function showMore() {
    const next = current.slice(shown, shown + pageSize);
    shown += next.length;
    const items = await Promise.all(next.map((result) => result.data()));
    for (const data of items) list.append(resultItem(data));
    more.hidden = shown >= current.length;
  }

  function resultItem(data) {
    const item = document.createElement("li");
    item.className = "result";
    item.dataset.result = "";
    const tags = document.createElement("p");
    tags.className = "result-tags";
    tags.append(badge("result-type", data.meta.type));
    // A commitment's headline is its verdict, as on its card; the declared status stays on its page.
    if (data.meta.verdict && /^[a-z-]+$/.test(data.meta.verdict_key ?? "")) {
      tags.append(" ", badge("verdict-badge verdict-" + data.meta.verdict_key, data.meta.verdict));
    }
    const title = document.createElement("h3");
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    title.append(link);
    const excerpt = document.createElement("p");
    excerpt.className = "result-excerpt";
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(tags, title, excerpt);
    return item;
  }

  function badge(className, text) {
    const span = document.createElement("span");
    span.className = className;
    span.textContent = text ?? "";
    return span;
  }

  // The excerpt marks matches with <mark>. Parse it inertly and keep only text and marks.
  function excerptNodes(excerpt) {
    const parsed = new DOMParser().parseFromString(excerpt ?? "", "text/html");
    return [...parsed.body.childNodes].map((node) => {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        return mark;
      }
      return document.createTextNode(node.textContent);
    });
  }

  function renderFilters(filters) {
    const checked = new Set([...filterBox.querySelectorAll("input:checked")].map((box) => box.name + "\u0000" + box.value));
    filterBox.querySelectorAll("[data-filter]").forEach((group) => group.remove());
    for (const [name, values] of Object.entries(filters).sort()) {
      const group = document.createElement("fieldset");
      group.dataset.filter = name;
      const legend = document.createElement("legend");
      legend.textContent = filterBox.dataset["label" + name[0].toUpperCase() + name.slice(1)] ?? name;
      group.append(legend);
      for (const [value, total] of Object.entries(values).sort((a, b) => a[0].localeCompare(b[0]))) {
        const label = document.createElement("label");
        const box = document.createElement("input");
        box.type = "checkbox";
        box.name = name;
        box.value = value;
        box.checked = checked.has(name + "\u0000" + value);
        const text = document.createElement("span");
        text.textContent = value + " ";
        const number = document.createElement("span");
        number.className = "count";
        number.dataset.count = "";
        number.textContent = "(" + total + ")";
        label.append(box, text, number);
        group.append(label);
      }
      filterBox.append(group);
    }
  }

  // An option that would give no result is hidden (unless chosen, so it can be unchosen), and so is a group left empty.
  function updateCounts(filters) {
    for (const box of filterBox.querySelectorAll("input[type=checkbox]")) {
      const total = filters?.[box.name]?.[box.value] ?? 0;
      const label = box.closest("label");
      label.querySelector("[data-count]").textContent = "(" + total + ")";
      label.hidden = total === 0 && !box.checked;
    }
    for (const group of filterBox.querySelectorAll("[data-filter]")) {
      group.hidden = !group.querySelector("label:not([hidden])");
    }
  }

  function countText(total) {
    const template = total === 0 ? form.dataset.resultsNone : total === 1 ? form.dataset.resultsOne : form.dataset.resultsMany;
    return template.replace("{0}", String(total));
  }
}

// Starts Wagtail's admin widgets from data instead of inline scripts (see portal/admin_scripts.py).
//
// The admin's Content-Security-Policy forbids inline scripts. Where Wagtail would write
// <script>new ImageChooser("id", {...})</script>, the portal writes
// <div hidden data-refit-init="ImageChooser" data-refit-id="id" data-refit-options="{...}">.
// This file runs each such initialiser once, as soon as the element is in the document: while
// the page is parsed (so before Stimulus starts, as the inline script would have) and whenever
// Wagtail inserts HTML later (a new inline-panel form, a modal). Only the initialisers below can
// be named: the data chooses among them, it never supplies code.
(() => {
  const construct = (name) => (id, options) => new window[name](id, options);
  const call = (name) => (id, options) => window[name](id, options);
  const INITIALISERS = {
    Chooser: construct("Chooser"),
    PageChooser: construct("PageChooser"),
    ImageChooser: construct("ImageChooser"),
    DocumentChooser: construct("DocumentChooser"),
    SnippetChooser: construct("SnippetChooser"),
    createTaskChooser: (id) => window.createTaskChooser(id),
    initDateChooser: call("initDateChooser"),
    initTimeChooser: call("initTimeChooser"),
    initDateTimeChooser: call("initDateTimeChooser"),
    InlinePanel: (id, options) => new window.InlinePanel(options),
    MultipleChooserPanel: (id, options) => new window.MultipleChooserPanel(options),
  };
  const SELECTOR = "[data-refit-init]";
  const started = new WeakSet();

  function start(element) {
    if (started.has(element)) return;
    started.add(element);
    const { refitInit: name, refitId: id, refitOptions: options } = element.dataset;
    try {
      if (!Object.hasOwn(INITIALISERS, name)) throw new Error(`Onbekende initialisatie: ${name}`);
      INITIALISERS[name](id, options ? JSON.parse(options) : {});
    } catch (error) {
      // One broken widget must not stop the others; the error still reaches the console.
      window.reportError(error);
    }
  }

  function startWithin(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (node.matches(SELECTOR)) start(node);
    node.querySelectorAll(SELECTOR).forEach(start);
  }

  // Elements inside a <template> (Wagtail's empty inline-panel form) are not in the document
  // and are skipped until Wagtail copies them in with a real prefix.
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(startWithin);
  }).observe(document.documentElement, { childList: true, subtree: true });
  startWithin(document.documentElement);
})();

// Injected by scripts/screenshot-report.sh into a copy of a rendered report (the report itself
// has no scripts). Writes its findings into a pre element (id report-check): text overflowing its box,
// and, in the Indonesian report, English UI words outside names taken from the inventory.
(function () {
  const problems = [];
  const main = document.querySelector('main');
  const right = main.getBoundingClientRect().right;
  const describe = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') +
    ' "' + (el.textContent || '').trim().slice(0, 60) + '"';
  for (const el of main.querySelectorAll('*')) {
    if (el.closest('svg')) continue;
    if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && getComputedStyle(el).display !== 'inline') {
      problems.push('overflow: ' + describe(el) + ' ' + el.scrollWidth + ' > ' + el.clientWidth);
    }
    if (el.getBoundingClientRect().right > right + 1) problems.push('outside the page: ' + describe(el));
  }
  for (const svg of main.querySelectorAll('svg')) {
    const box = svg.viewBox.baseVal;
    for (const text of svg.querySelectorAll('text')) {
      const b = text.getBBox();
      if (b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5) problems.push('chart label cut: ' + describe(text));
    }
  }
  if (document.documentElement.lang === 'id') {
    const words = ['the', 'and', 'of', 'with', 'apps', 'app', 'saving', 'savings', 'cost', 'costs', 'wave', 'waves', 'province',
      'provinces', 'agency', 'agencies', 'decision', 'decisions', 'summary', 'report', 'users', 'unknown', 'annual', 'year',
      'years', 'moves', 'moving', 'platforms', 'module', 'modules', 'evidence', 'applied', 'overridden', 'needs', 'check',
      'schedule', 'owner', 'legal', 'total', 'region', 'range', 'built', 'retain', 'retire', 'migrate', 'weak', 'match',
      'executive', 'appendix', 'prepared', 'from', 'each', 'what', 'how'];
    const copy = main.cloneNode(true);
    for (const el of copy.querySelectorAll('[translate="no"], [lang="en"]')) el.remove();
    const found = new Set();
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      for (const word of walker.currentNode.data.toLowerCase().split(/[^a-z\-]+/)) if (words.includes(word)) found.add(word);
    }
    if (found.size) problems.push('English words in the Indonesian report: ' + [...found].join(', '));
  }
  const out = document.createElement('pre');
  out.id = 'report-check';
  out.textContent = problems.length ? problems.join('\n') : 'OK';
  document.body.appendChild(out);
})();

/*
 * tagungsband: the search page. Reads the index the build wrote (suchindex.js, loaded before this script as
 * window.tagungsbandSuchindex) and answers the query in the form, with filters, without any server.
 * Words are folded with exactly the rules of de.tagungsband.search.WordFolding; stemming was done at build
 * time, so a query word is looked up in the index's table of word forms. All text shown comes from the
 * page (data attributes), none from this file.
 */
(function () {
  'use strict';

  var WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
  var MARKS = /\p{M}+/gu;
  var FILTERS = { jahr: 'y', veranstaltung: 'e', thema: 'tp', art: 'k', person: 'p' };
  var SNIPPET = 240;

  function fold(word) {
    var plain = word.toLowerCase().normalize('NFD').replace(MARKS, '').replace(/ß/g, 'ss');
    var out = '';
    for (var i = 0; i < plain.length; i++) {
      var c = plain.charAt(i);
      if (c === 'e' && i > 0 && dropsFollowingE(plain, i - 1)) {
        continue;
      }
      out += c;
    }
    return out;
  }

  function dropsFollowingE(word, i) {
    var c = word.charAt(i);
    if (c === 'a' || c === 'o') {
      return true;
    }
    return c === 'u' && (i === 0 || 'aeiouyq'.indexOf(word.charAt(i - 1)) < 0);
  }

  function words(text) {
    return text.match(WORD) || [];
  }

  function Search(index) {
    this.index = index;
    this.stems = Object.keys(index.terms).sort();
    this.forms = Object.keys(index.forms).sort();
    this.stop = new Set(index.stop);
  }

  /** The first position in a sorted array whose entry is not less than the key. */
  function lowerBound(sorted, key) {
    var lo = 0, hi = sorted.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  }

  function withPrefix(sorted, prefix, each) {
    for (var i = lowerBound(sorted, prefix); i < sorted.length && sorted[i].lastIndexOf(prefix, 0) === 0; i++) {
      each(sorted[i]);
    }
  }

  Search.prototype.stemOf = function (folded) {
    return this.index.forms[folded] || folded;
  };

  Search.prototype.indexable = function (folded) {
    return (/^\d+$/.test(folded) || folded.length > 1) && !this.stop.has(folded);
  };

  /** The stems a folded query word stands for, each with a factor: 1 for the word itself, 0.5 for the rest. */
  Search.prototype.candidates = function (folded) {
    var self = this, found = new Map();
    var exact = this.index.forms[folded] || (this.index.terms[folded] ? folded : null);
    if (exact) {
      found.set(exact, 1);
    }
    if (folded.length >= 3) {
      withPrefix(this.stems, folded, function (stem) { if (!found.has(stem)) { found.set(stem, 0.5); } });
      withPrefix(this.forms, folded, function (form) {
        var stem = self.index.forms[form];
        if (!found.has(stem)) { found.set(stem, 0.5); }
      });
    }
    for (var n = folded.length - 1; found.size === 0 && n >= 4; n--) {
      if (this.index.terms[folded.slice(0, n)]) {
        found.set(folded.slice(0, n), 0.5);
      }
    }
    return found;
  };

  Search.prototype.run = function (query, filters) {
    var self = this, docs = this.index.docs, total = docs.length;
    var matched = new Set(), scores = null;
    words(query).map(fold).filter(function (w) { return self.indexable(w); }).forEach(function (word) {
      var wordScores = new Map();
      self.candidates(word).forEach(function (factor, stem) {
        matched.add(stem);
        var postings = self.index.terms[stem];
        var idf = Math.log(1 + total / (postings.length / 2));
        for (var i = 0; i < postings.length; i += 2) {
          var score = factor * postings[i + 1] * idf;
          wordScores.set(postings[i], Math.max(wordScores.get(postings[i]) || 0, score));
        }
      });
      if (scores === null) {
        scores = wordScores;
      } else {
        var both = new Map();
        scores.forEach(function (score, doc) {
          if (wordScores.has(doc)) { both.set(doc, score + wordScores.get(doc)); }
        });
        scores = both;
      }
    });
    var hits = [];
    if (scores === null) {
      if (!Object.keys(filters).length) {
        return { hits: [], matched: matched, asked: false };
      }
      docs.forEach(function (doc, i) { hits.push({ doc: i, score: 0 }); });
    } else {
      scores.forEach(function (score, doc) { hits.push({ doc: doc, score: score }); });
    }
    hits = hits.filter(function (hit) { return passes(docs[hit.doc], filters); });
    hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return { hits: hits, matched: matched, asked: true };
  };

  function passes(doc, filters) {
    return Object.keys(filters).every(function (name) {
      var value = doc[FILTERS[name]], wanted = filters[name];
      return Array.isArray(value) ? value.indexOf(wanted) >= 0 : String(value) === wanted;
    });
  }

  /** A piece of the text around the first matching word, the matching words in <mark>. */
  Search.prototype.snippet = function (text, matched) {
    var self = this, tokens = [], m, first = -1;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      var hit = matched.has(self.stemOf(fold(m[0])));
      tokens.push({ start: m.index, end: m.index + m[0].length, hit: hit });
      if (hit && first < 0) { first = m.index; }
    }
    var start = first < 0 ? 0 : Math.max(0, first - 80);
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < first ? space + 1 : start;
    }
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) {
      var cut = text.lastIndexOf(' ', end);
      end = cut > start ? cut : end;
    }
    var fragment = document.createDocumentFragment(), at = start;
    if (start > 0) { fragment.appendChild(document.createTextNode('… ')); }
    tokens.forEach(function (t) {
      if (!t.hit || t.start < start || t.end > end) { return; }
      fragment.appendChild(document.createTextNode(text.slice(at, t.start)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(t.start, t.end);
      fragment.appendChild(mark);
      at = t.end;
    });
    fragment.appendChild(document.createTextNode(text.slice(at, end)));
    if (end < text.length) { fragment.appendChild(document.createTextNode(' …')); }
    return fragment;
  };

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function say(template, count, query) {
    return template.replace('{0}', String(count)).replace('{1}', query);
  }

  function show(search, form, results) {
    var data = new FormData(form), filters = {};
    var query = String(data.get('q') || '').trim();
    Object.keys(FILTERS).forEach(function (name) {
      var value = String(data.get(name) || '');
      if (value) { filters[name] = value; }
    });
    var outcome = search.run(query, filters);
    var status = results.querySelector('.search-status');
    var list = results.querySelector('.search-results');
    var texts = results.dataset;
    list.textContent = '';
    if (!outcome.asked) {
      status.textContent = query ? say(texts.queryNone, 0, query) : texts.empty;
      return;
    }
    var count = outcome.hits.length;
    var prefix = query ? 'query' : 'filter';
    status.textContent = say(texts[prefix + (count === 0 ? 'None' : count === 1 ? 'One' : 'Many')], count, query);
    outcome.hits.forEach(function (hit) {
      var doc = search.index.docs[hit.doc];
      var item = element('li', 'search-result');
      var heading = element('h2');
      var link = element('a', null, doc.t);
      link.href = texts.root + doc.u + 'index.html';
      heading.appendChild(link);
      item.appendChild(heading);
      var meta = element('p', 'meta');
      meta.appendChild(element('span', 'kind', search.index.kinds[doc.k]));
      meta.appendChild(document.createTextNode(' · ' + search.index.events[doc.e] + ' (' + doc.y + ')'));
      item.appendChild(meta);
      if (doc.x) {
        var snippet = element('p', 'snippet');
        snippet.appendChild(search.snippet(doc.x, outcome.matched));
        item.appendChild(snippet);
      }
      list.appendChild(item);
    });
  }

  function start() {
    var form = document.getElementById('suchformular');
    var results = document.getElementById('suchergebnisse');
    if (!form || !results) { return; }
    var index = window.tagungsbandSuchindex;
    if (!index) {
      results.querySelector('.search-status').textContent = results.dataset.unavailable;
      return;
    }
    var search = new Search(index);
    var params = new URLSearchParams(window.location.search);
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && params.has(field.name)) { field.value = params.get(field.name); }
    });
    if (Object.keys(FILTERS).some(function (name) { return params.get(name); })) {
      form.querySelector('details').open = true;
    }
    document.getElementById('ohne-javascript').hidden = true;
    results.hidden = false;
    var update = function () { show(search, form, results); };
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      update();
      try {
        var url = new URL(window.location.href);
        url.search = new URLSearchParams(new FormData(form)).toString();
        window.history.replaceState(null, '', url.href);
      } catch (e) {
        // some browsers refuse to change the address of a page opened from disk; the results are shown anyway
      }
    });
    form.addEventListener('change', update);
    var typing;
    form.elements.q.addEventListener('input', function () {
      window.clearTimeout(typing);
      typing = window.setTimeout(update, 250);
    });
    update();
  }

  window.tagungsbandSuche = { fold: fold, words: words, Search: Search };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());

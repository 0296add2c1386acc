/*
 * tagungsband: the search page. Answers the query in the form, with filters, without any server, from the
 * index the build wrote in small scripts below suche/index/ (see de.tagungsband.search.SearchIndexScript):
 * start.js first, then only the word shards, filter lists and documents a query needs.
 * Words are folded with exactly the rules of de.tagungsband.search.WordFolding; stemming was done at build
 * time, so a query word is looked up in its shard's table of word forms. Results come 20 at a time.
 * All text shown comes from the page (data attributes), none from this file.
 */
(function () {
  'use strict';

  var WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
  var MARKS = /\p{M}+/gu;
  var FILTERS = ['jahr', 'veranstaltung', 'thema', 'art', 'person'];
  var SNIPPET = 240;
  var PAGE = 20;

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

  /**
   * Loads the index's scripts on demand: each file calls window.tagungsbandSuchindex(name, data), and a script
   * element (not fetch, which browsers refuse for files on disk) brings it in. Each file is loaded once.
   */
  function Loader(folder) {
    var arrived = {};
    var pending = {};
    window.tagungsbandSuchindex = function (name, data) { arrived[name] = data; };
    this.load = function (name) {
      if (!pending[name]) {
        pending[name] = new Promise(function (resolve, reject) {
          var script = document.createElement('script');
          script.src = folder + name + '.js';
          script.onload = function () {
            if (Object.prototype.hasOwnProperty.call(arrived, name)) { resolve(arrived[name]); } else { reject(new Error(name)); }
          };
          script.onerror = function () { reject(new Error(name)); };
          document.head.appendChild(script);
        });
      }
      return pending[name];
    };
  }

  /** A shard key or filter value as part of a file name, as de.tagungsband.search.SearchIndexScript.fileKey. */
  function fileKey(key) {
    var out = '';
    for (var c of key) {
      out += /^[a-z0-9-]$/.test(c) ? c : '_' + c.codePointAt(0).toString(16) + '_';
    }
    return out;
  }

  /** A property the index data has itself (a query word such as "constructor" is no key of every object). */
  function own(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
  }

  function startsWith(text, prefix) {
    return text.lastIndexOf(prefix, 0) === 0;
  }

  function Search(start, loader) {
    this.start = start;
    this.loader = loader;
    this.total = start.docs;
    this.shards = new Set(start.shards);
    this.split = new Set(start.split);
    this.stop = new Set(start.stop);
  }

  /** As SearchIndexScript.shardKey: the first letters, one more for each split key the word begins with. */
  Search.prototype.key = function (word) {
    var letters = Array.from(word), take = Math.min(this.start.keyLength, letters.length);
    var key = letters.slice(0, take).join('');
    while (take < letters.length && this.split.has(key)) {
      take++;
      key = letters.slice(0, take).join('');
    }
    return key;
  };

  /** The shard that holds a word's stems and forms: {terms, forms}, empty when the archive has none. */
  Search.prototype.shard = function (key) {
    if (!this.shards.has(key)) {
      return Promise.resolve({ terms: {}, forms: {} });
    }
    return this.loader.load('w-' + fileKey(key));
  };

  /** The keys of every shard that can hold a word beginning with the prefix. */
  Search.prototype.prefixKeys = function (prefix) {
    var key = this.key(prefix);
    if (key !== prefix) {
      return [key];
    }
    return this.start.shards.filter(function (k) { return startsWith(k, prefix); });
  };

  Search.prototype.indexable = function (folded) {
    return (/^\d+$/.test(folded) || folded.length > 1) && !this.stop.has(folded);
  };

  /**
   * The stems a folded query word stands for, each with a factor: 1 for the word itself, 0.5 for words that
   * begin with it and for the longest stem it begins with (at least four letters) when nothing else is found.
   */
  Search.prototype.candidates = function (folded) {
    var self = this;
    var homeKey = this.key(folded);
    var keys = [homeKey];
    if (folded.length >= 3) {
      keys = keys.concat(this.prefixKeys(folded));
    }
    for (var n = folded.length - 1; n >= 4; n--) {
      keys.push(this.key(folded.slice(0, n)));
    }
    keys = Array.from(new Set(keys));
    return Promise.all(keys.map(function (k) { return self.shard(k); })).then(function (loaded) {
      var shards = new Map();
      keys.forEach(function (k, i) { shards.set(k, loaded[i]); });
      var found = new Map();
      var home = shards.get(homeKey);
      var exact = own(home.forms, folded) || (own(home.terms, folded) ? folded : null);
      if (exact) {
        found.set(exact, 1);
      }
      if (folded.length >= 3) {
        self.prefixKeys(folded).forEach(function (k) {
          var shard = shards.get(k);
          Object.keys(shard.terms).sort().forEach(function (stem) {
            if (startsWith(stem, folded) && !found.has(stem)) { found.set(stem, 0.5); }
          });
          Object.keys(shard.forms).sort().forEach(function (form) {
            var stem = shard.forms[form];
            if (startsWith(form, folded) && !found.has(stem)) { found.set(stem, 0.5); }
          });
        });
      }
      for (var n = folded.length - 1; found.size === 0 && n >= 4; n--) {
        var shorter = folded.slice(0, n);
        if (own(shards.get(self.key(shorter)).terms, shorter)) {
          found.set(shorter, 0.5);
        }
      }
      return found;
    });
  };

  /** The posting list of a stem as (document, weight) pairs, and the word forms its shard maps to it. */
  Search.prototype.postings = function (stem) {
    return this.shard(this.key(stem)).then(function (shard) {
      var gaps = own(shard.terms, stem) || [], pairs = [], doc = 0;
      for (var i = 0; i < gaps.length; i += 2) {
        doc += gaps[i];
        pairs.push(doc, gaps[i + 1]);
      }
      var forms = Object.keys(shard.forms).filter(function (form) { return shard.forms[form] === stem; });
      return { pairs: pairs, forms: forms };
    });
  };

  /** The documents with a filter value; none when the archive has no such file. */
  Search.prototype.filtered = function (name, value) {
    return this.loader.load('f/' + name + '-' + fileKey(value)).then(function (gaps) {
      var docs = new Set(), doc = 0;
      gaps.forEach(function (gap) { doc += gap; docs.add(doc); });
      return docs;
    }, function () { return new Set(); });
  };

  Search.prototype.wordScores = function (word, matched) {
    var self = this;
    return this.candidates(word).then(function (candidates) {
      var stems = Array.from(candidates.keys());
      return Promise.all(stems.map(function (stem) { return self.postings(stem); })).then(function (lists) {
        var scores = new Map();
        stems.forEach(function (stem, s) {
          var factor = candidates.get(stem), pairs = lists[s].pairs;
          matched.add(stem);
          lists[s].forms.forEach(function (form) { matched.add(form); });
          var idf = Math.log(1 + self.total / (pairs.length / 2));
          for (var i = 0; i < pairs.length; i += 2) {
            var score = factor * pairs[i + 1] * idf;
            scores.set(pairs[i], Math.max(scores.get(pairs[i]) || 0, score));
          }
        });
        return scores;
      });
    });
  };

  /**
   * The hits for a query and filters, best first: {hits: [{doc, score}], matched: folded words and stems to
   * mark, asked: whether there was anything to search for}.
   */
  Search.prototype.run = function (query, filters) {
    var self = this, matched = new Set();
    var queryWords = words(query).map(fold).filter(function (w) { return self.indexable(w); });
    var names = Object.keys(filters);
    if (!queryWords.length && !names.length) {
      return Promise.resolve({ hits: [], matched: matched, asked: false });
    }
    var scoring = Promise.all(queryWords.map(function (w) { return self.wordScores(w, matched); }));
    var filtering = Promise.all(names.map(function (name) { return self.filtered(name, filters[name]); }));
    return Promise.all([scoring, filtering]).then(function (both) {
      var perWord = both[0], allowed = both[1];
      var scores = null;
      perWord.forEach(function (wordScores) {
        if (scores === null) {
          scores = wordScores;
        } else {
          var common = new Map();
          scores.forEach(function (score, doc) {
            if (wordScores.has(doc)) { common.set(doc, score + wordScores.get(doc)); }
          });
          scores = common;
        }
      });
      var hits = [];
      if (scores === null) {
        allowed[0].forEach(function (doc) { hits.push({ doc: doc, score: 0 }); });
      } else {
        scores.forEach(function (score, doc) { hits.push({ doc: doc, score: score }); });
      }
      hits = hits.filter(function (hit) { return allowed.every(function (docs) { return docs.has(hit.doc); }); });
      hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      return { hits: hits, matched: matched, asked: true };
    });
  };

  Search.prototype.document = function (doc) {
    return this.loader.load('d/' + doc);
  };

  /** A piece of the text around the first matching word, the matching words in <mark>. */
  Search.prototype.snippet = function (text, matched) {
    var tokens = [], m, first = -1;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      var folded = fold(m[0]);
      var hit = matched.has(folded);
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

  /** Adds the next page of hits to the list, each with its document loaded; returns the first new item. */
  function showMore(search, outcome, results, isCurrent) {
    var list = results.querySelector('.search-results');
    var more = results.querySelector('.search-show-more');
    var texts = results.dataset;
    var from = list.children.length;
    var page = outcome.hits.slice(from, from + PAGE);
    return Promise.all(page.map(function (hit) { return search.document(hit.doc); })).then(function (docs) {
      if (!isCurrent()) { return null; }
      var first = null;
      docs.forEach(function (doc) {
        var item = element('li', 'search-result');
        var heading = element('h2');
        var link = element('a', null, doc.title);
        link.href = texts.root + doc.url + 'index.html';
        heading.appendChild(link);
        item.appendChild(heading);
        var meta = element('p', 'meta');
        meta.appendChild(element('span', 'kind', search.start.kinds[doc.kind]));
        meta.appendChild(document.createTextNode(' · ' + doc.event + ' (' + doc.year + ')'));
        item.appendChild(meta);
        if (doc.text) {
          var snippet = element('p', 'snippet');
          snippet.appendChild(search.snippet(doc.text, outcome.matched));
          item.appendChild(snippet);
        }
        list.appendChild(item);
        first = first || link;
      });
      more.hidden = list.children.length >= outcome.hits.length;
      return first;
    });
  }

  function show(search, form, results, isCurrent) {
    var data = new FormData(form), filters = {};
    var query = String(data.get('q') || '').trim();
    FILTERS.forEach(function (name) {
      var value = String(data.get(name) || '');
      if (value) { filters[name] = value; }
    });
    return search.run(query, filters).then(function (outcome) {
      if (!isCurrent()) { return null; }
      var status = results.querySelector('.search-status');
      var list = results.querySelector('.search-results');
      var texts = results.dataset;
      list.textContent = '';
      results.querySelector('.search-show-more').hidden = true;
      if (!outcome.asked) {
        status.textContent = query ? say(texts.queryNone, 0, query) : texts.empty;
        return null;
      }
      var count = outcome.hits.length;
      var prefix = query ? 'query' : 'filter';
      status.textContent = say(texts[prefix + (count === 0 ? 'None' : count === 1 ? 'One' : 'Many')], count, query);
      return outcome;
    });
  }

  function start() {
    var form = document.getElementById('suchformular');
    var results = document.getElementById('suchergebnisse');
    if (!form || !results) { return; }
    var status = results.querySelector('.search-status');
    var loader = new Loader(results.dataset.index.replace(/start\.js$/, ''));
    results.setAttribute('aria-busy', 'true');
    loader.load('start').then(function (index) {
      begin(new Search(index, loader), form, results);
    }, function () {
      document.getElementById('ohne-javascript').hidden = true;
      results.hidden = false;
      status.textContent = results.dataset.unavailable;
      results.setAttribute('aria-busy', 'false');
    });
  }

  function begin(search, form, results) {
    var params = new URLSearchParams(window.location.search);
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && params.has(field.name)) { field.value = params.get(field.name); }
    });
    if (FILTERS.some(function (name) { return params.get(name); })) {
      form.querySelector('details').open = true;
    }
    document.getElementById('ohne-javascript').hidden = true;
    results.hidden = false;
    var latest = 0, outcome = null;
    // aria-busy while the index files a query needs are loading: screen readers wait, tests too
    var update = function () {
      var asked = ++latest;
      var isCurrent = function () { return asked === latest; };
      results.setAttribute('aria-busy', 'true');
      show(search, form, results, isCurrent).then(function (shown) {
        outcome = shown;
        return shown && showMore(search, shown, results, isCurrent);
      }).catch(function () {
        if (isCurrent()) { results.querySelector('.search-status').textContent = results.dataset.unavailable; }
      }).then(function () {
        if (isCurrent()) { results.setAttribute('aria-busy', 'false'); }
      });
    };
    results.querySelector('.search-show-more').addEventListener('click', function () {
      var asked = latest;
      if (!outcome) { return; }
      results.setAttribute('aria-busy', 'true');
      showMore(search, outcome, results, function () { return asked === latest; }).then(function (first) {
        if (first) { first.focus(); }
      }).catch(function () {
        results.querySelector('.search-status').textContent = results.dataset.unavailable;
      }).then(function () {
        if (asked === latest) { results.setAttribute('aria-busy', 'false'); }
      });
    });
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

  window.tagungsbandSuche = { fold: fold, words: words, fileKey: fileKey, Search: Search, Loader: Loader };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());

/*
 * PST BPS: the Camunda 7 webapps (Tasklist, Cockpit, Admin, Welcome) in Bahasa Indonesia.
 *
 * Loaded by every app's scripts/config.js as a custom script ('../pst/pst-webapps'), i.e. as an ES
 * module imported after the app's AngularJS modules are defined and before the app is bootstrapped.
 *
 * 1. Language: the webapps pick the browser's first language if it is in `availableLocales`, else
 *    `fallbackLocale` (angular-translate's determinePreferredLanguage; nothing is kept in
 *    localStorage). Our users get Indonesian whatever the browser says; English stays selectable
 *    with the switch in the footer, and the choice is kept in localStorage (STORAGE_KEY).
 * 2. Server messages: "Cannot submit task form <id>: <message>" and the like are shown as the
 *    server's own message (our listeners refuse in Indonesian), without the engine's English prefix.
 * 3. Tasklist only: the validation messages and the few words of Camunda Forms (form-js, which has
 *    no translation hook in 7.24) are replaced by Indonesian ones inside the form container.
 * 4. The signed-in user's unit in the header; in Cockpit, readers (not camunda-admin) are not offered the
 *    buttons that change the engine (it refuses them): the body gets the class pst-read-only. Anyone not in
 *    camunda-admin gets pst-not-admin: Welcome does not offer to change their name and e-mail.
 */

export const STORAGE_KEY = 'pst.webapps.locale';
export const LOCALES = ['id', 'en'];
const DEFAULT_LOCALE = 'id';

export function chosenLocale() {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return LOCALES.includes(stored) ? stored : DEFAULT_LOCALE;
  } catch (e) {
    return DEFAULT_LOCALE;
  }
}

const locale = chosenLocale();
const appName = document.querySelector('base').getAttribute('app-name');
document.documentElement.setAttribute('lang', locale);

// ---- 1. the language ---------------------------------------------------------------------------

// cam.<app>.custom is bootstrapped after the app's own modules, so this config block runs after the
// app's determinePreferredLanguage(...) and has the last word.
const customModule = window.angular.module('cam.' + appName + '.custom');
customModule.config(['$translateProvider', function ($translateProvider) {
  $translateProvider.preferredLanguage(locale);
  // one language loaded, so the date locale (moment) is the chosen one too
  $translateProvider.fallbackLanguage(locale);
}]);

function addLanguageSwitch() {
  if (document.getElementById('pst-language-switch')) {
    return;
  }
  const nav = document.createElement('nav');
  nav.id = 'pst-language-switch';
  nav.className = 'pst-language-switch';
  nav.setAttribute('aria-label', locale === 'id' ? 'Bahasa' : 'Language');
  [['id', 'Bahasa Indonesia'], ['en', 'English']].forEach(function (entry, index) {
    if (index > 0) {
      nav.appendChild(document.createTextNode(' | '));
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.lang = entry[0];
    button.setAttribute('data-locale', entry[0]);
    button.textContent = entry[1];
    if (entry[0] === locale) {
      button.className = 'active';
      button.setAttribute('aria-current', 'true');
    }
    button.addEventListener('click', function () {
      if (entry[0] !== locale) {
        window.localStorage.setItem(STORAGE_KEY, entry[0]);
        window.location.reload();
      }
    });
    nav.appendChild(button);
  });
  document.body.appendChild(nav);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', addLanguageSwitch);
} else {
  addLanguageSwitch();
}

// ---- 2. server messages --------------------------------------------------------------------------

// The engine's REST API wraps a refused form submission as "<prefix> <id>: <message>".
const SERVER_PREFIXES = [
  [/^Cannot submit task form [^\s:]+(: ?|$)/, 'Formulir tugas tidak dapat dikirim.'],
  [/^Cannot complete task [^\s:]+(: ?|$)/, 'Tugas tidak dapat diselesaikan.'],
  [/^Cannot resolve task [^\s:]+(: ?|$)/, 'Tugas tidak dapat diselesaikan.'],
  [/^Cannot instantiate process definition [^\s:]+(: ?|$)/, 'Proses tidak dapat dimulai.']
];

// A task listener's exception reaches the client wrapped once more by the engine.
const TASK_LISTENER_WRAPPER =
  /^ENGINE-03051 There was an exception while invoking the TaskListener\. Message: '(?:Exception while invoking TaskListener: )?([\s\S]*)'$/;

export function serverMessage(message) {
  if (typeof message !== 'string') {
    return message;
  }
  for (const [prefix, generic] of SERVER_PREFIXES) {
    if (prefix.test(message)) {
      const rest = message.replace(prefix, '').trim().replace(TASK_LISTENER_WRAPPER, '$1');
      if (!rest) {
        return locale === 'id' ? generic : message;
      }
      return rest;
    }
  }
  return message;
}

/**
 * A notification's status as Camunda's template shows it before ": message": without its own closing "." or ":"
 * (a translation such as "Proses tidak dapat dimulai." read "Proses tidak dapat dimulai. : ..."). The space the
 * template leaves before its colon is taken out in pst-webapps.css.
 */
export function statusBeforeMessage(status, message) {
  if (typeof status !== 'string' || !message) {
    return status;
  }
  return status.replace(/\s*[.:]\s*$/, '');
}

customModule.config(['$provide', function ($provide) {
  $provide.decorator('Notifications', ['$delegate', function (notifications) {
    const addError = notifications.addError;
    const addMessage = notifications.addMessage;
    notifications.addError = function (notification) {
      if (notification && typeof notification === 'object') {
        notification.message = serverMessage(notification.message);
        notification.status = statusBeforeMessage(notification.status, notification.message);
      }
      return addError.apply(this, arguments);
    };
    notifications.addMessage = function (notification) {
      if (notification && typeof notification === 'object') {
        notification.status = statusBeforeMessage(notification.status, notification.message);
      }
      return addMessage.apply(this, arguments);
    };
    return notifications;
  }]);
}]);

// ---- 3. Camunda Forms (form-js) in Tasklist ------------------------------------------------------

// Every text form-js 1.x (as bundled in Tasklist 7.24) renders in a task form: exact texts, and
// patterns for the messages that carry a value.
const FORM_TEXTS = {
  'Field is required.': 'Kolom ini wajib diisi.',
  'Field must be a valid email.': 'Isi dengan alamat e-mail yang valid.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Isi dengan nomor telepon internasional yang valid (contoh: +6281234567890).',
  'Value is not a number.': 'Isi dengan angka.',
  'Value is expected to be an integer.': 'Isi dengan bilangan bulat.',
  'Select': 'Pilih',
  'Search': 'Cari',
  'No results': 'Tidak ada hasil',
  'All values selected': 'Semua pilihan sudah dipilih',
  'Remove tag': 'Hapus',
  'Nothing to show.': 'Tidak ada data.',
  'Previous page': 'Halaman sebelumnya',
  'Next page': 'Halaman berikutnya',
  'Add new': 'Tambah',
  'Collapse': 'Ringkas',
  'Increment': 'Tambah satu',
  'Decrement': 'Kurangi satu',
  'Date': 'Tanggal',
  'Time': 'Waktu',
  'Browse': 'Pilih berkas',
  'No files selected': 'Belum ada berkas dipilih',
  'Clear content': 'Kosongkan',
  'Download': 'Unduh',
  'Submit': 'Kirim',
  'Reset': 'Atur ulang',
  "External content couldn't be loaded.": 'Konten luar tidak dapat dimuat.'
};

const FORM_PATTERNS = [
  [/^Field must have minimum length of (.+)\.$/, 'Isi paling sedikit $1 karakter.'],
  [/^Field must have maximum length of (.+)\.$/, 'Isi paling banyak $1 karakter.'],
  [/^Field must have minimum value of (.+)\.$/, 'Nilai paling kecil $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'Nilai paling besar $1.'],
  [/^Field must match pattern (.+)\.$/, 'Isian tidak sesuai dengan format yang diminta.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'Isi paling banyak $1 angka di belakang koma.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    'Pilih nilai yang valid; dua nilai terdekat yang valid adalah $1 dan $2.'],
  [/^Expand all \((\d+)\)$/, 'Tampilkan semua ($1)'],
  [/^Remove list item (\d+)$/, 'Hapus butir $1'],
  [/^Remove (.+)$/, 'Hapus $1'],
  [/^Click to sort by (.+) ascending$/, 'Urutkan menurut $1 (naik)'],
  [/^Click to sort by (.+) descending$/, 'Urutkan menurut $1 (turun)']
];

export function formText(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  let translated = Object.prototype.hasOwnProperty.call(FORM_TEXTS, trimmed) ? FORM_TEXTS[trimmed] : null;
  if (translated === null) {
    for (const [pattern, replacement] of FORM_PATTERNS) {
      if (pattern.test(trimmed)) {
        translated = trimmed.replace(pattern, replacement);
        break;
      }
    }
  }
  return translated === null ? null : text.replace(trimmed, translated);
}

const FORM_ATTRIBUTES = ['aria-label', 'title', 'placeholder'];

function translateOne(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const translated = formText(node.data);
    if (translated !== null && translated !== node.data) {
      node.data = translated;
    }
  } else if (node.nodeType === Node.ELEMENT_NODE) {
    FORM_ATTRIBUTES.forEach(function (name) {
      const value = node.getAttribute(name);
      const translated = value && formText(value);
      if (translated && translated !== value) {
        node.setAttribute(name, translated);
      }
    });
  }
}

// Labels, descriptions and option texts come from our forms (already Indonesian); only form-js's
// own texts match the tables above.
function translateFormNode(node) {
  translateOne(node);
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let current = walker.nextNode();
  while (current) {
    translateOne(current);
    current = walker.nextNode();
  }
}

const watchedForms = new WeakSet();

function watchForm(container) {
  if (watchedForms.has(container)) {
    return;
  }
  watchedForms.add(container);
  translateFormNode(container);
  new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      if (mutation.type === 'characterData' || mutation.type === 'attributes') {
        translateOne(mutation.target);
      } else {
        mutation.addedNodes.forEach(translateFormNode);
      }
    });
  }).observe(container, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: FORM_ATTRIBUTES
  });
}

function watchForForms() {
  const findForms = function (root) {
    if (root.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    if (root.classList.contains('fjs-container')) {
      watchForm(root);
    }
    root.querySelectorAll('.fjs-container').forEach(watchForm);
  };
  findForms(document.body);
  // form containers come and go as tasks are opened; only their appearance is watched here
  new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      mutation.addedNodes.forEach(findForms);
    });
  }).observe(document.body, {childList: true, subtree: true});
}

if (appName === 'tasklist' && locale === 'id') {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', watchForForms);
  } else {
    watchForForms();
  }
}

// ---- 4. the signed-in user's unit in the header -------------------------------------------------

// The webapps' configuration names the deployment's default unit for everybody; staff of another unit read
// their own unit's name (national readers: "BPS Nasional"), from GET /api/saya once they are signed in.
let unitName = null;
let links = [];
let lastAsked = 0;

function signedIn() {
  return !!document.querySelector('.navbar-brand') && !document.querySelector("input[ng-model='username']");
}

/** Our pages for this user (the treasurer: the day's reconciliation), next to the brand, once. */
function showLinks() {
  const brand = document.querySelector('.navbar-brand');
  if (!brand || links.length === 0 || document.getElementById('pst-header-links')) {
    return;
  }
  const box = document.createElement('span');
  box.id = 'pst-header-links';
  box.style.cssText = 'display:inline-block;margin:14px 0 0 16px;font-size:14px';
  links.forEach(function (link) {
    const a = document.createElement('a');
    a.href = link.href;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = locale === 'en' && link.labelEn ? link.labelEn : link.label;
    a.style.cssText = 'margin-right:12px';
    box.appendChild(a);
  });
  brand.insertAdjacentElement('afterend', box);
}

function showUnit() {
  showLinks();
  if (!unitName) {
    return;
  }
  document.querySelectorAll('.navbar-brand .brand-name').forEach(function (brand) {
    const text = brand.textContent;
    const dot = text.indexOf('\u00b7');
    if (dot < 0) {
      return;
    }
    const wanted = 'PST ' + (unitName === 'Nasional' ? 'BPS Nasional' : unitName) + ' ' + text.substring(dot);
    if (text !== wanted) {
      brand.textContent = wanted;
    }
  });
}

// Readers (supervisors, auditors: anyone not in camunda-admin) cannot change the engine: it refuses their deletes,
// suspensions, retries and variable edits. Cockpit would still offer those buttons; with the class pst-read-only on
// the body, pst-webapps.css hides them (and the variables table's "Actions" column).
let asked = false;

function markReadOnly(readOnly) {
  // Cockpit only: Tasklist's own buttons (claim, complete) are the officers' work
  document.body.classList.toggle('pst-read-only', appName === 'cockpit' && readOnly === true);
  // every app: a user's name and e-mail are the administrators' (the receipt prints the treasurer's name; the engine
  // API refuses anyone else's profile change), so Welcome's "Ubah profil" is not offered; the password stays theirs
  document.body.classList.toggle('pst-not-admin', readOnly === true);
}

function askUnit() {
  translateActionsHeading();
  if (!signedIn()) {
    // signed out (or another user about to sign in): ask again after the next login
    unitName = null;
    asked = false;
    markReadOnly(false);
    links = [];
    const shown = document.getElementById('pst-header-links');
    if (shown) {
      shown.remove();
    }
    return;
  }
  if (asked || Date.now() - lastAsked < 5000) {
    showUnit();
    return;
  }
  lastAsked = Date.now();
  fetch('/api/saya', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (me) {
      asked = !!me;
      unitName = me && me.unitName ? me.unitName : null;
      markReadOnly(me ? me.readOnly : false);
      links = me && Array.isArray(me.links) ? me.links : [];
      showUnit();
    })
    .catch(function () { /* the header keeps the configured name */ });
}

// Cockpit's variables table heads its buttons' column with a fixed English "Actions" (not a translation key)
function translateActionsHeading() {
  if (chosenLocale() !== 'id') {
    return;
  }
  document.querySelectorAll('[cam-widget-variables-table] thead td.actions').forEach(function (cell) {
    if (cell.textContent.trim() === 'Actions') {
      cell.textContent = 'Tindakan';
    }
  });
}

function watchHeader() {
  askUnit();
  new MutationObserver(askUnit).observe(document.body, {childList: true, subtree: true});
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', watchHeader);
} else {
  watchHeader();
}

// a custom script may export plugins; this one has none
export default [];

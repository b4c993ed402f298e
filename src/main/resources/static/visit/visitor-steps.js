/*
 * One visitor step, rendered from its own Camunda Form (the one Tasklist shows an officer) with the
 * form viewer of /vendor/pst-forms, and completed by the visitor. Used by the portal and by the visitor
 * screen at the counter. The step's URL answers GET with {taskId, name, schema, variables} and POST
 * {variables} with {message} (200) or {message} (400/409: shown above the form; what was typed stays).
 */
(function () {
  'use strict';

  var CHECK_FIELDS = 'Periksa kembali isian yang ditandai.';
  var NOT_SENT = 'Isian belum dapat dikirim karena koneksi terputus. Isian Anda masih ada; coba kirim lagi.';

  /**
   * The viewer (/vendor/pst-forms) says its validation messages in Indonesian (the officers' Tasklist words); a
   * page in English (options.language 'en') shows them in English. A message not listed here stays as it is.
   */
  var ENGLISH_MESSAGES = [
    [/^Kolom ini wajib diisi\.$/, function () { return 'This field is required.'; }],
    [/^Isian tidak sesuai dengan format yang diminta\.$/, function () { return 'This does not match the required format.'; }],
    [/^Nilai paling kecil (.+)\.$/, function (m) { return 'The smallest value allowed is ' + m[1] + '.'; }],
    [/^Nilai paling besar (.+)\.$/, function (m) { return 'The largest value allowed is ' + m[1] + '.'; }],
    [/^Isi paling sedikit (.+) karakter\.$/, function (m) { return 'Enter at least ' + m[1] + ' characters.'; }],
    [/^Isi paling banyak (.+) karakter\.$/, function (m) { return 'Enter at most ' + m[1] + ' characters.'; }],
    [/^Isi dengan nomor telepon internasional yang valid/, function () {
      return 'Enter a valid international phone number (for example +6281234567890).';
    }],
    [/^Isi dengan alamat e-mail yang valid\.$/, function () { return 'Enter a valid e-mail address.'; }],
    [/^Isi dengan angka\.$/, function () { return 'Enter a number.'; }],
    [/^Isi dengan bilangan bulat\.$/, function () { return 'Enter a whole number.'; }],
    [/^Isi paling banyak (\d+) angka di belakang koma\.$/, function (m) {
      return 'Enter at most ' + m[1] + ' decimal places.';
    }],
    [/^Pilih nilai yang valid; dua nilai terdekat yang valid adalah (.+) dan (.+)\.$/, function (m) {
      return 'Choose a valid value; the two nearest valid values are ' + m[1] + ' and ' + m[2] + '.';
    }],
    [/^Isian ini belum benar\.$/, function () { return 'This entry is not valid.'; }]
  ];

  function english(message) {
    for (var i = 0; i < ENGLISH_MESSAGES.length; i++) {
      var m = ENGLISH_MESSAGES[i][0].exec(message);
      if (m) {
        return ENGLISH_MESSAGES[i][1](m);
      }
    }
    return message;
  }

  /** The rendered form's validation messages in English (the viewer's validator, wrapped once more). */
  function speakEnglish(rendered) {
    var validator = rendered && rendered.form && rendered.form.get('validator');
    if (!validator) {
      return;
    }
    ['validateField', 'validateFieldInstance'].forEach(function (method) {
      var original = validator[method];
      if (typeof original === 'function') {
        validator[method] = function () {
          var errors = original.apply(this, arguments);
          return Array.isArray(errors) ? errors.map(english) : errors;
        };
      }
    });
  }

  /*
   * What the visitor typed in a step survives a reload of the page (an upload in the portal reloads it, and a
   * visitor with four documents to upload lost the abstract and the "agree" four times): the form's own fields are
   * kept in the tab's session storage while typed, given back when the step is shown again, and forgotten once the
   * step is sent.
   */
  var DISPLAY_ONLY = ['text', 'html', 'image', 'spacer', 'separator', 'table', 'button', 'iframe', 'documentPreview'];

  function fieldKeys(components, keys) {
    (components || []).forEach(function (c) {
      if (c.path) {
        keys.push(String(c.path).split('.')[0]);
        return;
      }
      if (c.key && DISPLAY_ONLY.indexOf(c.type) < 0) {
        keys.push(String(c.key).split('.')[0]);
      }
      if (c.components) {
        fieldKeys(c.components, keys);
      }
    });
    return keys;
  }

  function drafts() {
    try {
      return window.sessionStorage;
    } catch (blocked) {
      return null;
    }
  }

  function withDraft(schema, variables, key) {
    var store = drafts();
    var raw = store && store.getItem(key);
    if (!raw) {
      return variables;
    }
    var draft;
    try {
      draft = JSON.parse(raw);
    } catch (broken) {
      return variables;
    }
    var merged = Object.assign({}, variables);
    fieldKeys(schema && schema.components, []).forEach(function (k) {
      if (draft && Object.prototype.hasOwnProperty.call(draft, k)) {
        merged[k] = draft[k];
      }
    });
    return merged;
  }

  function keepDraft(rendered, schema, key) {
    var store = drafts();
    if (!store || !rendered || !rendered.form || typeof rendered.form.on !== 'function') {
      return;
    }
    var keys = fieldKeys(schema && schema.components, []);
    rendered.form.on('changed', function (event) {
      var data = (event && event.data) || {};
      var draft = {};
      keys.forEach(function (k) {
        if (data[k] !== undefined) {
          draft[k] = data[k];
        }
      });
      try {
        store.setItem(key, JSON.stringify(draft));
      } catch (full) { /* nothing kept: the form still works */ }
    });
  }

  function forgetDraft(key) {
    var store = drafts();
    try {
      if (store) {
        store.removeItem(key);
      }
    } catch (blocked) { /* nothing to forget */ }
  }

  function readJson(response) {
    return response.json().catch(function () { return {}; });
  }

  /**
   * Renders the step into `section`, which holds `.step-error`, `.step-form` and `button.step-submit`.
   * options: url (the step's JSON), onDone(message) after a successful completion, texts (optional: the page's
   * own words for checkFields, notSent, done, notSubmitted, cannotOpen, offline; Indonesian by default), language
   * (optional: 'en' shows the viewer's validation messages in English).
   * Resolves to the rendered form (null when the step could not be opened).
   */
  function mount(section, options) {
    var errorBox = section.querySelector('.step-error');
    var container = section.querySelector('.step-form');
    var button = section.querySelector('.step-submit');
    var form = null;
    var texts = options.texts || {};
    var draftKey = 'pst-step-draft:' + options.url;
    function say(key, fallback) {
      return texts[key] || fallback;
    }

    function showError(message, scrollTo) {
      errorBox.textContent = message;
      errorBox.hidden = false;
      (scrollTo || errorBox).scrollIntoView({ block: scrollTo ? 'center' : 'nearest' });
    }

    function hideError() {
      errorBox.hidden = true;
      errorBox.textContent = '';
    }

    // documents open beside the form, so nothing typed is lost
    container.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a[href]');
      if (link) {
        link.target = '_blank';
        link.rel = 'noopener';
      }
    });

    button.addEventListener('click', function () {
      if (!form || button.disabled) {
        return;
      }
      hideError();
      var result = form.submit();
      if (Object.keys(result.errors || {}).length > 0) {
        // the message above the form, and the first field in error in view
        showError(say('checkFields', CHECK_FIELDS), container.querySelector('.fjs-has-errors'));
        return;
      }
      button.disabled = true;
      section.setAttribute('aria-busy', 'true');
      fetch(options.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ variables: result.data }),
        cache: 'no-store'
      }).then(function (response) {
        return readJson(response).then(function (body) {
          section.removeAttribute('aria-busy');
          if (response.ok) {
            forgetDraft(draftKey);
            options.onDone(body.message || say('done', 'Terima kasih.'));
          } else {
            button.disabled = false;
            showError(body.message || say('notSubmitted', 'Isian belum dapat dikirim. Coba lagi atau mintalah bantuan petugas PST.'));
          }
        });
      }).catch(function () {
        section.removeAttribute('aria-busy');
        button.disabled = false;
        showError(say('notSent', NOT_SENT));
      });
    });

    return fetch(options.url, { headers: { 'Accept': 'application/json' }, cache: 'no-store' })
      .then(function (response) {
        return readJson(response).then(function (body) {
          if (!response.ok) {
            showError(body.message || say('cannotOpen', 'Langkah ini tidak dapat dibuka. Muat ulang halaman.'));
            button.hidden = true;
            return null;
          }
          var initial = withDraft(body.schema, body.variables, draftKey);
          return PstForms.render(container, body.schema, initial).then(function (rendered) {
            keepDraft(rendered, body.schema, draftKey);
            if (options.language === 'en') {
              speakEnglish(rendered);
            }
            form = rendered;
            button.disabled = false;
            section.classList.add('step-ready');
            return rendered;
          });
        });
      })
      .catch(function () {
        showError(say('offline', 'Langkah ini tidak dapat dibuka karena koneksi terputus. Muat ulang halaman.'));
        button.hidden = true;
        return null;
      });
  }

  window.PstVisitorSteps = { mount: mount };
})();

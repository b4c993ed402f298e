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

  function readJson(response) {
    return response.json().catch(function () { return {}; });
  }

  /**
   * Renders the step into `section`, which holds `.step-error`, `.step-form` and `button.step-submit`.
   * options: url (the step's JSON), onDone(message) after a successful completion, texts (optional: the page's
   * own words for checkFields, notSent, done, notSubmitted, cannotOpen, offline; Indonesian by default).
   * Resolves to the rendered form (null when the step could not be opened).
   */
  function mount(section, options) {
    var errorBox = section.querySelector('.step-error');
    var container = section.querySelector('.step-form');
    var button = section.querySelector('.step-submit');
    var form = null;
    var texts = options.texts || {};
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
          return PstForms.render(container, body.schema, body.variables).then(function (rendered) {
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

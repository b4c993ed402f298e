/*
 * The Camunda Form viewer for the visitor's screens (portal and the visitor screen at the counter):
 * form-js 1.8.7, the version the Camunda 7.24 Tasklist bundles, so a visitor step renders as the
 * officer sees it in Tasklist. Everything the viewer can say to a visitor is Indonesian: validation
 * messages are translated here, fixed labels at build time (build.mjs), dates through flatpickr's
 * Indonesian locale. Exposed as the global PstForms.
 */
import { Form, schemaVersion } from '@bpmn-io/form-js-viewer';
import flatpickr from 'flatpickr';
import { Indonesian } from 'flatpickr/dist/l10n/id.js';

import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-viewer/dist/assets/flatpickr/light.css';

flatpickr.localize(Indonesian);

/**
 * form-js's validation messages (1.8.x) and their Indonesian wording, the same words the officers'
 * Tasklist shows (META-INF/resources/webjars/camunda/app/pst/pst-webapps.js).
 */
const MESSAGES = [
  [/^Field is required\.$/, () => 'Kolom ini wajib diisi.'],
  [/^Field must match pattern (.+)\.$/, () => 'Isian tidak sesuai dengan format yang diminta.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Nilai paling kecil ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Nilai paling besar ${m[1]}.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Isi paling sedikit ${m[1]} karakter.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Isi paling banyak ${m[1]} karakter.`],
  [/^Field must be a valid\s+international phone number\..*$/,
    () => 'Isi dengan nomor telepon internasional yang valid (contoh: +6281234567890).'],
  [/^Field must be a valid email\.$/, () => 'Isi dengan alamat e-mail yang valid.'],
  [/^Value is not a number\.$/, () => 'Isi dengan angka.'],
  [/^Value is expected to be an integer\.$/, () => 'Isi dengan bilangan bulat.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `Isi paling banyak ${m[1]} angka di belakang koma.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `Pilih nilai yang valid; dua nilai terdekat yang valid adalah ${m[1]} dan ${m[2]}.`]
];

/** The Indonesian wording of one form-js validation message; a message we do not know gets a generic one. */
export function translate(message) {
  for (const [pattern, wording] of MESSAGES) {
    const m = pattern.exec(message);
    if (m) {
      return wording(m);
    }
  }
  return 'Isian ini belum benar.';
}

function translateAll(errors) {
  return Array.isArray(errors) ? errors.map(translate) : errors;
}

/** Wraps the form's validator so that every message it produces is Indonesian. */
function indonesianValidator(form) {
  const validator = form.get('validator');
  for (const method of ['validateField', 'validateFieldInstance']) {
    const original = validator[method];
    if (typeof original === 'function') {
      validator[method] = function (...args) {
        return translateAll(original.apply(this, args));
      };
    }
  }
}

/**
 * Renders a Camunda Form in the container with the given variables.
 *
 * @returns {Promise<{submit: function(): {data: Object, errors: Object}, reset: function(), destroy: function(),
 *   form: Form}>} submit() validates (errors by field id, Indonesian) and returns the data the form submits
 */
export async function render(container, schema, data) {
  const form = new Form({ container });
  indonesianValidator(form);
  await form.importSchema(schema, data || {});
  return {
    form,
    submit: () => form.submit(),
    reset: () => form.reset(),
    destroy: () => form.destroy()
  };
}

export { schemaVersion, Form };

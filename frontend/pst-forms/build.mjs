// Builds the visitor's form viewer into the application's static resources (committed, so that the
// Maven build never needs npm):  npm ci && npm run build
//
// Output: src/main/resources/static/vendor/pst-forms/pst-forms.js (global PstForms) and pst-forms.css,
// minified, plus THIRD-PARTY.txt with the licences of what is bundled.
import * as esbuild from 'esbuild';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../src/main/resources/static/vendor/pst-forms');

// The viewer's fixed English labels a visitor could meet, in Indonesian (the words the officers'
// Tasklist uses, see META-INF/resources/webjars/camunda/app/pst/pst-webapps.js). Each must be found exactly
// once or more in the viewer's source: a form-js upgrade that changes them fails the build here
// instead of showing English. The bpmn.io watermark (and its lightbox) is left as its licence demands.
const LABELS = [
  ["'Nothing to show.'", "'Tidak ada data.'"],
  ['children: "Nothing to show."', 'children: "Tidak ada data."'],
  ['currentPage + 1, " of ", chunkedData.length', 'currentPage + 1, " dari ", chunkedData.length'],
  ['"aria-label": "Previous page"', '"aria-label": "Halaman sebelumnya"'],
  ['"aria-label": "Next page"', '"aria-label": "Halaman berikutnya"'],
  ['`Click to sort by ${label} descending`', '`Urutkan menurut ${label} (turun)`'],
  ["'Click to remove sorting'", "'Hapus urutan'"],
  ['`Click to sort by ${label} ascending`', '`Urutkan menurut ${label} (naik)`'],
  ["placeholder: 'Search'", "placeholder: 'Cari'"],
  ["valueLabel || 'Select'", "valueLabel || 'Pilih'"],
  ["emptyListMessage = 'No results'", "emptyListMessage = 'Tidak ada hasil'"],
  ["'No results' : 'All values selected'", "'Tidak ada hasil' : 'Semua pilihan sudah dipilih'"],
  ["'Add new'", "'Tambah'"],
  ['`Expand all (${values.length})`', '`Tampilkan semua (${values.length})`'],
  ["'Collapse'", "'Ringkas'"],
  ['`Remove list item ${itemIndex + 1}`', '`Hapus butir ${itemIndex + 1}`'],
  ['"aria-label": "Increment"', '"aria-label": "Tambah satu"'],
  ['"aria-label": "Decrement"', '"aria-label": "Kurangi satu"'],
  ['text: "No content to show."', 'text: "Tidak ada konten."'],
  ['alt: "This is an image placeholder"', 'alt: "Gambar"']
];

const indonesianLabels = {
  name: 'indonesian-labels',
  setup(build) {
    build.onLoad({ filter: /form-js-viewer[\\/]dist[\\/]index\.es\.js$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      for (const [english, indonesian] of LABELS) {
        if (!source.includes(english)) {
          throw new Error(`form-js label not found (form-js changed?): ${english}`);
        }
        source = source.split(english).join(indonesian);
      }
      return { contents: source, loader: 'js' };
    });
  }
};

await mkdir(out, { recursive: true });
const result = await esbuild.build({
  entryPoints: { 'pst-forms': path.join(here, 'src/index.js') },
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'PstForms',
  target: ['es2020'],
  outdir: out,
  legalComments: 'none',
  metafile: true,
  plugins: [indonesianLabels],
  logLevel: 'info'
});

// The licences of every bundled package, beside the bundle (legal comments are not kept inline).
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const file = input.replaceAll('\\', '/');
  const m = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(file);
  if (m && !packages.has(m[1])) {
    const dir = path.resolve(here, m[1]);
    const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
    let text = '';
    for (const name of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE']) {
      try {
        text = await readFile(path.join(dir, name), 'utf8');
        break;
      } catch {
        // try the next name
      }
    }
    packages.set(m[1], `${pkg.name} ${pkg.version} (${pkg.license || 'see licence'})\n\n${text.trim()}\n`);
  }
}
const notices = [...packages.keys()].sort().map((k) => packages.get(k)).join('\n' + '-'.repeat(72) + '\n\n');
await writeFile(path.join(out, 'THIRD-PARTY.txt'),
  'Packages bundled in pst-forms.js and pst-forms.css (built by frontend/pst-forms/build.mjs)\n\n' + notices);

/*
 * PST BPS: Tasklist configuration. This file replaces the webjar's scripts/config.js (same classpath
 * path, our classes come first). Indonesian is the default language; English stays selectable in the
 * footer (see ../../pst/pst-webapps.js).
 */
export default {
  app: {
    name: 'Tasklist',
    vendor: 'PST BPS Kabupaten Tana Tidung ·'
  },
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'id'
  },
  customScripts: ['../pst/pst-webapps', '../pst/pst-tasklist'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'mengklaim tugas yang sedang dipilih'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'memindahkan fokus ke filter pertama dalam daftar'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'memindahkan fokus ke tugas pertama dalam daftar'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'memindahkan fokus ke kolom isian pertama pada formulir tugas'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'membuka dialog untuk memulai proses'
    }
  }
};

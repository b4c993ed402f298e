/*
 * PST BPS: Cockpit configuration. This file replaces the webjar's scripts/config.js (same classpath
 * path, our classes come first). Indonesian is the default language; English stays selectable in the
 * footer (see ../../pst/pst-webapps.js).
 */
export default {
  app: {
    name: 'Cockpit',
    vendor: 'PST BPS Kabupaten Tana Tidung ·'
  },
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'id'
  },
  customScripts: ['../pst/pst-webapps']
};

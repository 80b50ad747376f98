// The French strings every page may show, in one chunk (i18n/index.ts loads it): the main namespace and the
// phone view's, which the board's room controls and big screen use too.

export { default as translation } from './fr.json';
export { default as phone } from './phone.fr.json';

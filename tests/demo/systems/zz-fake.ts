/**
 * The demo of the test-only system (tests/systems/zz-fake/): served only by a demo server started
 * with a registry that lists it (tests/systems/registry.test.tsx), never by the product's.
 */
import { esc } from '../html';
import { send, type DemoSystem } from '../http';

const PEOPLE = [{ id: 'ZZ-77', name: 'Quill, Ada' }];

export const demo: DemoSystem = {
  index: '<li><a href="/zedland/person?id=ZZ-77">Zedland Cases</a> (test-only system)</li>',
  start: () => async (_req, res, url) => {
    if (url.pathname !== '/zedland/person') return false;
    const person = PEOPLE.find((p) => p.id === url.searchParams.get('id'));
    if (!person) return send(res, 404, '<html><body>No such person.</body></html>');
    return send(
      res,
      200,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="application-name" content="Zedland Cases"><title>Zedland Cases</title></head>
<body><h1 id="zz-person" data-id="${esc(person.id)}">${esc(person.name)}</h1><textarea id="zz-note"></textarea></body></html>`,
    );
  },
};

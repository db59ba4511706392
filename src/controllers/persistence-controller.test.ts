import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { PersistenceController, emptyState, parseRecord, stateOf, type CheckState } from './persistence-controller.js';
import { captureConsole } from '../test-utils/helpers.js';

const PREFIX = 'souverain:test-persistence:';
let counter = 0;
const newKey = () => `${PREFIX}${Date.now()}-${counter++}`;

function clearTestKeys(): void {
  for (const area of [localStorage, sessionStorage]) {
    for (let i = area.length - 1; i >= 0; i--) {
      const key = area.key(i);
      if (key?.startsWith(PREFIX)) area.removeItem(key);
    }
  }
}

/** A controller on a minimal host, connected, recording what it is told by other tabs and peers. */
function make(): { controller: PersistenceController; external: (CheckState | undefined)[] } {
  const external: (CheckState | undefined)[] = [];
  const host = {
    localName: 'sov-test',
    addController() {},
    removeController() {},
    requestUpdate() {},
    updateComplete: Promise.resolve(true),
  } as unknown as ReactiveControllerHost & HTMLElement;
  const controller = new PersistenceController(host, { onExternalChange: (items) => external.push(items && { ...items }) });
  controller.hostConnected();
  return { controller, external };
}

const connected: PersistenceController[] = [];
function tracked() {
  const made = make();
  connected.push(made.controller);
  return made;
}

function storageEvent(key: string | null, newValue: string | null, storageArea: Storage = localStorage): void {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea, url: location.href }));
}

function backups(key: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i)!;
    if (k.startsWith(`${key}:backup:`)) found.push(k);
  }
  return found;
}

describe('PersistenceController', () => {
  beforeEach(clearTestKeys);
  afterEach(() => {
    connected.splice(0).forEach((c) => c.hostDisconnected());
    clearTestKeys();
  });

  describe('parseRecord', () => {
    it('accepts a version-1 record and returns its items', () => {
      const result = parseRecord('{"v":1,"items":{"a":true,"b":false},"updated":1}');
      expect(result.ok).to.equal(true);
      expect(result.ok && { ...result.items }).to.deep.equal({ a: true, b: false });
    });

    it('names why a value cannot be used', () => {
      const reason = (raw: string) => {
        const result = parseRecord(raw);
        return result.ok ? 'ok' : result.reason;
      };
      expect(reason('{nope')).to.contain('not valid JSON');
      expect(reason('null')).to.contain('not a checklist record');
      expect(reason('[1]')).to.contain('not a checklist record');
      expect(reason('"text"')).to.contain('not a checklist record');
      expect(reason('{"v":0,"items":{}}')).to.contain('not a checklist record');
      expect(reason('{"v":1}')).to.contain('not a checklist record');
      expect(reason('{"v":1,"items":[true]}')).to.contain('not a checklist record');
      expect(reason('{"v":1,"items":{"a":"yes"}}')).to.contain('not a checklist record');
      expect(reason('{"v":2,"items":{"a":true}}')).to.contain('newer version (v2)');
    });

    it('never reads inherited properties as states', () => {
      const result = parseRecord('{"v":1,"items":{"a":true}}');
      const items = result.ok ? result.items : emptyState();
      expect(stateOf(items, 'constructor')).to.equal(undefined);
      expect(stateOf(items, 'toString')).to.equal(undefined);
      expect(stateOf(items, 'a')).to.equal(true);
      expect(stateOf(undefined, 'a')).to.equal(undefined);
    });
  });

  describe('reading and writing', () => {
    it('writes a versioned record and reads it back', () => {
      const key = newKey();
      const { controller } = tracked();
      expect(controller.open('local', key)).to.equal(undefined);
      controller.save({ a: true, b: false });
      const record = JSON.parse(localStorage.getItem(key)!);
      expect(record.v).to.equal(1);
      expect(record.items).to.deep.equal({ a: true, b: false });
      expect(record.updated).to.be.a('number');
      const other = tracked().controller;
      expect({ ...other.open('local', key) }).to.deep.equal({ a: true, b: false });
      expect(other.stored('a')).to.equal(true);
      expect(other.stored('c')).to.equal(undefined);
    });

    it('keeps the states of items it is not told about', () => {
      const key = newKey();
      localStorage.setItem(key, JSON.stringify({ v: 1, items: { gone: true, a: false }, updated: 1 }));
      const { controller } = tracked();
      controller.open('local', key);
      controller.save({ a: true, fresh: true });
      expect(JSON.parse(localStorage.getItem(key)!).items).to.deep.equal({ gone: true, a: true, fresh: true });
    });

    it('uses sessionStorage for "session" and stores nothing for "none"', () => {
      const key = newKey();
      const { controller } = tracked();
      controller.open('session', key);
      controller.save({ a: true });
      expect(sessionStorage.getItem(key)).to.contain('"a":true');
      expect(localStorage.getItem(key)).to.equal(null);
      const none = tracked().controller;
      const other = newKey();
      none.open('none', other);
      none.save({ a: true });
      expect(localStorage.getItem(other)).to.equal(null);
      expect(sessionStorage.getItem(other)).to.equal(null);
    });
  });

  describe('faults', () => {
    it('copies an unreadable value to a backup key before the first write, once, and warns once', async () => {
      const key = newKey();
      localStorage.setItem(key, '{"v":7,"items":{"a":"?"}}');
      const { warnings } = await captureConsole(() => {
        const { controller } = tracked();
        expect(controller.open('local', key)).to.equal(undefined);
        expect(localStorage.getItem(key)).to.equal('{"v":7,"items":{"a":"?"}}');
        controller.save({ a: true });
        controller.save({ a: false });
      });
      const copies = backups(key);
      expect(copies).to.have.length(1);
      expect(localStorage.getItem(copies[0])).to.equal('{"v":7,"items":{"a":"?"}}');
      expect(JSON.parse(localStorage.getItem(key)!).items).to.deep.equal({ a: false });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<sov-test>').and.contain('newer version');
    });

    it('never writes over a value it could not copy', async () => {
      const key = newKey();
      localStorage.setItem(key, 'garbage');
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
        if (k.includes(':backup:')) throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, k, v);
      };
      try {
        const { warnings } = await captureConsole(() => {
          const { controller } = tracked();
          controller.open('local', key);
          controller.save({ a: true });
          controller.save({ a: false });
        });
        expect(warnings).to.have.length(1);
      } finally {
        Storage.prototype.setItem = setItem;
      }
      expect(localStorage.getItem(key)).to.equal('garbage');
      expect(backups(key)).to.deep.equal([]);
    });

    it('works in memory when every storage call throws, with one warning', async () => {
      const key = newKey();
      const saved = { getItem: Storage.prototype.getItem, setItem: Storage.prototype.setItem };
      const fail = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.getItem = fail;
      Storage.prototype.setItem = fail;
      try {
        const { warnings } = await captureConsole(() => {
          const { controller } = tracked();
          expect(controller.open('local', key)).to.equal(undefined);
          controller.save({ a: true });
          expect(controller.stored('a')).to.equal(true);
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('SecurityError');
      } finally {
        Object.assign(Storage.prototype, saved);
      }
    });
  });

  describe('sync', () => {
    it('applies another tab’s record for the same key and area only', () => {
      const key = newKey();
      const { controller, external } = tracked();
      controller.open('local', key);
      storageEvent(newKey(), '{"v":1,"items":{"a":true}}');
      storageEvent(key, '{"v":1,"items":{"a":true}}', sessionStorage);
      expect(external).to.deep.equal([]);
      storageEvent(key, '{"v":1,"items":{"a":true}}');
      expect(external).to.deep.equal([{ a: true }]);
      expect(controller.stored('a')).to.equal(true);
    });

    it('reports a removed or cleared record, and ignores an unreadable one', async () => {
      const key = newKey();
      const { controller, external } = tracked();
      controller.open('local', key);
      storageEvent(key, null);
      storageEvent(null, null);
      const { warnings } = await captureConsole(() => storageEvent(key, '{broken'));
      expect(external).to.deep.equal([undefined, undefined]);
      expect(warnings).to.have.length(1);
    });

    it('stops listening when disconnected', () => {
      const key = newKey();
      const { controller, external } = make();
      controller.open('local', key);
      controller.hostDisconnected();
      storageEvent(key, '{"v":1,"items":{"a":true}}');
      expect(external).to.deep.equal([]);
    });

    it('tells controllers on the same page with the same key', () => {
      const key = newKey();
      const a = tracked();
      const b = tracked();
      const c = tracked();
      a.controller.open('local', key);
      b.controller.open('local', key);
      c.controller.open('session', key);
      a.controller.save({ x: true });
      expect(b.external).to.deep.equal([{ x: true }]);
      expect(a.external).to.deep.equal([]);
      expect(c.external).to.deep.equal([]);
    });
  });
});

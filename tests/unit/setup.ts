// IndexedDB for Dexie in unit tests.
import 'fake-indexeddb/auto';

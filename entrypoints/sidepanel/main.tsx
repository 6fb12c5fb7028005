import { render } from 'preact';
import { openDb } from '../../src/db/schema';
import { App } from '../../src/panel/App';
import '../../src/panel/panel.css';

const db = openDb();
render(<App db={db} />, document.getElementById('app') as HTMLElement);

/**
 * The toolbar popup's shell: who needs a contact, most overdue first
 * (components/Popup.tsx), with what it asks of the browser in ./api.ts.
 */
import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { popupApi } from './api';
import './popup.css';

// Built before rendering: it asks for the first rows at once.
const api = popupApi();
const root = document.getElementById('app');
if (root) render(<Popup api={api} />, root);

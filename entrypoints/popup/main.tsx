import { mountPopup } from './mount-popup';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
await mountPopup(root);
